#pragma once

#include <viparita/report/csv_import.h>

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace viparita {

/// An app or a cuff whose export Viparita recognises by its header.
struct ImportSource {
    QString id;   ///< what --format takes: "omron-connect", "withings", ...
    QString name; ///< as people know it: "OMRON connect"
};

/// What a file to import holds and how to read it, found from its bytes: the starting point
/// that `viparita-cli import` uses as it is and the import dialog shows for a person to
/// change.
struct ImportDetection {
    enum class Kind {
        ViparitaCsv,    ///< Viparita's own readings CSV (CsvImport::readOwn)
        Table,          ///< another app's table of readings (CsvImport::readMapped with `map`)
        AppleHealthXml, ///< Apple Health's export.xml
        AppleHealthZip, ///< Apple Health's export.zip
        NotReadings,    ///< not a readings file: `looksLike` says what it seems to be
    };
    Kind kind = Kind::NotReadings;
    /// The app the file comes from; empty id for a table no source is known by.
    ImportSource source;
    /// How to read the table: encoding, delimiter, header line, columns, date format.
    CsvImport::ColumnMap map;
    /// The header's names, as written.
    QStringList header;
    /// The encoding the text is in; `encodingFallback` when that is the Windows-1252 guess.
    QString encoding;
    bool encodingFallback = false;
    /// How the date format was settled ("day first: '13/04/2026' on line 9"); empty when it
    /// was given.
    QString dateEvidence;
    /// What the file is when it is not readings: "a PDF document", "a table whose header
    /// names no blood pressure (Name, Email, Phone)".
    QString looksLike;
    /// The whole table, split as `map` reads it, when detection went through it: read() reads
    /// the readings from it instead of splitting the file again.
    CsvImport::Table table;
    /// Why the table cannot be read as it stands (the dates are ambiguous, a column is not
    /// found): names the option that settles it. Empty when it can.
    QString problem;
};

/// Finds what a file to import is: its encoding, delimiter, the lines before its header,
/// the app it comes from (by that app's own header), which column holds what, and the
/// format of its dates, from the whole date column.
class ImportDetect final {
public:
    /// What the person chose, which detection keeps to.
    struct Choices {
        /// A source id (sources()) to read the file as; empty to recognise it.
        QString source;
        /// Columns to use instead of the guessed or the source's ones (date or datetime,
        /// systolic and diastolic at least); the delimiter, header line and encoding of
        /// `columns` are kept when set.
        std::optional<CsvImport::ColumnMap> columns;
        /// The date format (a QDateTime format, "unix" or "unix-ms"); empty to detect it.
        QString dateFormat;
        /// The encoding (as CsvImport::decode() takes it), the delimiter and the line of the
        /// header; empty, none and 0 to detect them.
        QString encoding;
        QChar delimiter;
        int headerLine = 0;
        /// The day nothing may come after.
        QDate today = QDate::currentDate();
    };

    [[nodiscard]] static ImportDetection detect(const QByteArray &bytes, const Choices &choices);
    [[nodiscard]] static ImportDetection detect(const QByteArray &bytes)
    {
        return detect(bytes, Choices());
    }

    /// The readings of a table detected in `bytes` (Viparita's own CSV, or another app's read
    /// with `detection.map`), from the detection's split table when the map still reads it
    /// so. Apple Health's exports are read by AppleHealthImport.
    /// With `take`, the readings go to it as they are read (CsvImport::Take).
    [[nodiscard]] static CsvImportResult read(const QByteArray &bytes,
                                              const ImportDetection &detection,
                                              const QDateTime &now = QDateTime::currentDateTime(),
                                              const CsvImport::Take &take = {});
    /// The sources recognised by name, in the order --format lists them.
    [[nodiscard]] static QList<ImportSource> sources();

    /// What a file that is not text seems to be ("a zip archive", "a PDF document"), from its
    /// first bytes; empty when those could begin text.
    [[nodiscard]] static QString binaryKind(const QByteArray &head);
};

} // namespace viparita

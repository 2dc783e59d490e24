#pragma once

#include <viparita/core/reading.h>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace viparita {

/// What reading a CSV file gave.
struct CsvImportResult {
    /// The rows that make valid readings, in file order.
    QList<Reading> readings;
    struct BadRow {
        int line = 0;   ///< the physical line where the record starts; 1 is the header
        QString reason; ///< names the field: "systolic: must be a whole number ..."

        friend bool operator==(const BadRow &, const BadRow &) = default;
    };
    QList<BadRow> badRows;
    /// Why the file as a whole cannot be read (not UTF-8, no header, a column missing);
    /// empty when it could. With an error there are no readings and no bad rows.
    QString error;
    /// readOwn(): the file is CSV text with a header, but not Viparita's own; another app's
    /// file, to read with a ColumnMap (CsvColumnGuess proposes one).
    bool otherAppsFile = false;
    /// Rows of another app's file that hold a pulse and no blood pressure (some cuffs and
    /// watches write those): not readings, and not mistakes either; counted and left out.
    int pulseOnlyRows = 0;
};

/// Reads CSV files (RFC 4180: quoted fields, embedded line breaks, CRLF or LF line ends,
/// an optional UTF-8 BOM). The first record is always the header. Every row becomes a
/// Reading checked with ReadingValidator; a row that does not gives a BadRow.
class CsvImport final {
public:
    /// A column by its header name (compared without case and surrounding spaces) or its
    /// 1-based position.
    using Column = std::variant<int, QString>;

    /// Where another app's CSV keeps each value. Either `datetime`, or `date` (and
    /// optionally `time`). `systolic` and `diastolic` are required.
    struct ColumnMap {
        std::optional<Column> date, time, datetime, systolic, diastolic, pulse, note;
        /// A QDateTime format ("dd.MM.yyyy", "yyyy-MM-dd HH:mm") for the date, or for the
        /// datetime column; empty for ISO 8601 (YYYY-MM-DD, YYYY-MM-DDTHH:MM[:SS][offset]).
        /// The time column is read as H:mm or H:mm:ss. Times without an offset are local.
        QString dateFormat;
        /// What separates the fields: ',', ';' or a tab; none for the one the header uses.
        QChar delimiter;
    };

    /// Viparita's own readings CSV (CsvExport::writeReadings), found by header names.
    /// Restores the time with its UTC offset, context, arm, position, irregular and note;
    /// the session link is not restored (a session id means nothing in another journal), so
    /// a reading keeps its context (before/during/after) without a session. The category
    /// and sequence columns are ignored. `now` is the time the validator checks against.
    [[nodiscard]] static CsvImportResult
    readOwn(const QByteArray &bytes, const QDateTime &now = QDateTime::currentDateTime());
    /// Another app's CSV, read with `map`. Readings come in standalone.
    [[nodiscard]] static CsvImportResult
    readMapped(const QByteArray &bytes, const ColumnMap &map,
               const QDateTime &now = QDateTime::currentDateTime());

    /// One record of a CSV file, with the line it starts on.
    struct Record {
        int line = 0;
        QStringList fields;
    };
    /// Splits CSV text (a leading BOM skipped) into records; a record that is only an empty line is
    /// left out. A quoted field still open at the end of the text leaves its record out and gives
    /// the line it starts on in `unclosedLine` (0 when all is well). Fields are separated by
    /// `delimiter`; without one, by the one the first line uses (delimiterOf).
    [[nodiscard]] static QList<Record> parse(const QString &text, int *unclosedLine = nullptr,
                                             QChar delimiter = QChar());
    /// The separator of a CSV text: a comma, or the semicolon or tab its first line uses more
    /// (as spreadsheets save "CSV" where the comma is the decimal mark).
    [[nodiscard]] static QChar delimiterOf(const QString &text);
};

} // namespace viparita

#pragma once

#include <viparita/core/reading.h>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <variant>

namespace viparita {

/// What reading a CSV file gave.
struct CsvImportResult {
    /// The rows that make valid readings, in file order.
    QList<Reading> readings;
    /// The line each reading starts on, in the same order.
    QList<int> readingLines;
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
    /// The encoding the file was read in, and whether that was the Windows-1252 fallback.
    QString encoding;
    bool encodingFallback = false;
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
        /// A column of UTC offsets ("+01:00", "UTC+0100") of the times, and one that flags an
        /// irregular heartbeat ("1", "yes", "true", "x"; empty, "0" or "no" for none).
        std::optional<Column> offset, irregular;
        /// A QDateTime format ("dd.MM.yyyy", "MM/dd/yy", "d MMM yyyy") for the date, or for
        /// the datetime column, whose order of day, month and year is what counts (the
        /// separators, one or two digits, a month's name in English, German, French, Spanish,
        /// Italian or Dutch, a time and an offset after the date are all read); "unix" or
        /// "unix-ms" for Unix times; empty for year first (ISO 8601). Two-digit years go to
        /// the latest century that does not make them later than today. The time (in the
        /// date's cell or its own column) is read as H:mm, H:mm:ss or a 12-hour clock.
        QString dateFormat;
        /// Times written without an offset are in UTC (the offset column, if any, giving the
        /// offset to show them at); otherwise they are the wall-clock time where they were
        /// taken, local unless the offset column says.
        bool utcTimes = false;
        /// What separates the fields: ',', ';' or a tab; none for the one the header uses.
        QChar delimiter;
        /// The line the header is on (lines above it, such as a title, are left out); 0 for
        /// the first line that is not empty.
        int headerLine = 0;
        /// The text encoding: "UTF-8", "UTF-16LE", "UTF-16BE" or "Windows-1252"; empty to
        /// find it (decode()).
        QString encoding;
    };

    /// The text of a file.
    struct Text {
        QString text;
        /// The encoding it was read in ("UTF-8", "UTF-8 with BOM", "UTF-16LE", ...).
        QString encoding;
        /// The bytes are not UTF-8 and were read as Windows-1252: worth telling the person.
        bool fallback = false;
        /// Why the bytes are not text (binary data, a NUL byte); empty when they are.
        QString error;
    };
    /// Reads `bytes` as text: UTF-8 with or without a BOM, UTF-16 with a BOM, or else as
    /// Windows-1252 (a fallback, reported); `encoding` forces one. Bytes that are not text
    /// (NUL bytes, control characters) give an error naming where.
    [[nodiscard]] static Text decode(const QByteArray &bytes, const QString &encoding = {});

    /// Viparita's own readings CSV (CsvExport::writeReadings), found by header names.
    /// Restores the time with its UTC offset, context, arm, position, irregular and note;
    /// the session link is not restored (a session id means nothing in another journal), so
    /// a reading keeps its context (before/during/after) without a session. The category
    /// and sequence columns are ignored. `now` is the time the validator checks against.
    /// Takes the readings as they are read, a few thousand at a time (see readOwn() and
    /// readMapped()), so that they can be written while the rest are read.
    using Take = std::function<void(QList<Reading> &&)>;
    /// With `take`, the readings go to it as they are read and the result keeps none.
    [[nodiscard]] static CsvImportResult
    readOwn(const QByteArray &bytes, const QDateTime &now = QDateTime::currentDateTime(),
            const Take &take = {});
    /// Another app's CSV, read with `map`. Readings come in standalone.
    [[nodiscard]] static CsvImportResult
    readMapped(const QByteArray &bytes, const ColumnMap &map,
               const QDateTime &now = QDateTime::currentDateTime());

    /// One record of a CSV file, with the line it starts on.
    struct Record {
        int line = 0;
        QStringList fields;
    };
    /// A file decoded and split into records once, so that what finds its date format and
    /// what reads its readings go through it once (a file of ten years is 100,000 records).
    struct Table {
        /// How the bytes were decoded; `text.text` itself is not kept.
        Text text;
        /// What the file was split with: the encoding asked for (empty: found) and the
        /// delimiter (none: the first line's).
        QString encodingAsked;
        QChar delimiter;
        QList<Record> records;
        /// The line a quoted field left open starts on; 0 when all are closed.
        int unclosedLine = 0;
        /// Whether this is the file split as `map` reads it.
        [[nodiscard]] bool splitAs(const ColumnMap &map) const
        {
            return text.error.isEmpty() && !records.isEmpty() && delimiter == map.delimiter &&
                   encodingAsked == map.encoding;
        }
    };
    /// Decodes `bytes` (decode()) and splits the text (parse()).
    [[nodiscard]] static Table split(const QByteArray &bytes, QChar delimiter = QChar(),
                                     const QString &encoding = {});
    /// Splits text already decoded from the encoding `encodingAsked` asked for.
    [[nodiscard]] static Table split(Text text, QChar delimiter, const QString &encodingAsked);
    /// readMapped() of a file already split as `map` reads it (Table::splitAs()).
    /// With `take`, the readings go to it as they are read and the result keeps none.
    [[nodiscard]] static CsvImportResult
    readMapped(const Table &table, const ColumnMap &map,
               const QDateTime &now = QDateTime::currentDateTime(), const Take &take = {});
    /// readMapped() of `bytes`, through `split` when it was split as `map` reads it (the
    /// person may have chosen another delimiter or encoding since), else split again.
    [[nodiscard]] static CsvImportResult
    readMapped(const QByteArray &bytes, const Table &split, const ColumnMap &map,
               const QDateTime &now = QDateTime::currentDateTime(), const Take &take = {});
    /// Splits CSV text (a leading BOM skipped) into records; a record that is only an empty line is
    /// left out. A quoted field still open at the end of the text leaves its record out and gives
    /// the line it starts on in `unclosedLine` (0 when all is well). Fields are separated by
    /// `delimiter`; without one, by the one the first line uses (delimiterOf).
    /// With `limit` above 0, it stops after that many records.
    [[nodiscard]] static QList<Record> parse(const QString &text, int *unclosedLine = nullptr,
                                             QChar delimiter = QChar(), qsizetype limit = 0);
    /// The separator of a CSV text: a comma, or the semicolon or tab its first line uses more
    /// (as spreadsheets save "CSV" where the comma is the decimal mark).
    [[nodiscard]] static QChar delimiterOf(const QString &text);
};

} // namespace viparita

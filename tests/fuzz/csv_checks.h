#pragma once

// The rules every CsvImport result keeps, checked by both CSV fuzz targets.

#include "fuzz_support.h"

#include <viparita/core/reading_validator.h>
#include <viparita/report/csv_export.h>
#include <viparita/report/csv_import.h>

#include <QBuffer>
#include <QStringDecoder>

namespace viparita::fuzz {

/// The time the validator checks against: fixed, so a run repeats.
inline const QDateTime &csvNow()
{
    static const QDateTime now(QDate(2026, 11, 21), QTime(12, 0), Qt::OffsetFromUTC, 3600);
    return now;
}

inline QString describe(const Reading &reading)
{
    using namespace Qt::Literals::StringLiterals;
    return u"%1 (offset %2 s) %3/%4 pulse %5 note '%6'"_s
        .arg(reading.takenAt.toString(Qt::ISODateWithMs))
        .arg(reading.takenAt.offsetFromUtc())
        .arg(reading.systolic)
        .arg(reading.diastolic)
        .arg(reading.pulse ? QString::number(*reading.pulse) : u"-"_s, reading.note.left(40));
}

inline bool namesItsField(const QString &reason)
{
    using namespace Qt::Literals::StringLiterals;
    static const QStringList fields{u"date"_s,     u"time"_s,      u"utc_offset"_s, u"datetime"_s,
                                    u"systolic"_s, u"diastolic"_s, u"pulse"_s,      u"context"_s,
                                    u"arm"_s,      u"position"_s,  u"irregular"_s,  u"taken_at"_s,
                                    u"note"_s};
    for (const QString &field : fields) {
        if (reason.startsWith(field + u": "_s))
            return true;
    }
    return reason.startsWith(u"has "_s) || reason == u"a quoted field is not closed"_s;
}

/// Checks a result of readOwn or readMapped of `bytes` (split by `delimiter`, its header on
/// `headerLine`): whole-file errors stand alone, every record gives no more than one reading,
/// one bad row or one pulse alone, a bad row at a line of the file naming its field, every
/// reading passes ReadingValidator, and CsvExport's CSV of the readings reads back the same.
inline void checkCsvResult(const QByteArray &bytes, const CsvImportResult &result,
                           QChar delimiter = QChar(), int headerLine = 1)
{
    using namespace Qt::Literals::StringLiterals;
    if (!result.error.isEmpty()) {
        FUZZ_CHECK(result.readings.isEmpty() && result.badRows.isEmpty(), result.error);
        return;
    }
    const CsvImport::Text decoded = CsvImport::decode(bytes);
    FUZZ_CHECK(decoded.error.isEmpty(), u"read a file that is not text: "_s + decoded.error);
    const QString &text = decoded.text;
    int unclosed = 0;
    const QList<CsvImport::Record> records = CsvImport::parse(text, &unclosed, delimiter);
    FUZZ_CHECK(!records.isEmpty(), u"read a file with no header"_s);
    if (headerLine > 1) {
        FUZZ_CHECK(records.first().line <= headerLine, u"read a file with no header"_s);
    } else {
        // Only empty lines come before the header (a file may begin with one): nothing, or
        // one quoted empty field.
        const QStringList lines =
            QString(text).replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n').split(u'\n');
        for (int i = 0; i < records.first().line - 1 && i < lines.size(); ++i)
            FUZZ_CHECK(lines.at(i).isEmpty() || lines.at(i) == u"\"\""_s,
                       u"the header is not the first line: "_s + lines.at(i));
    }
    // Every record after the header gives one reading, one bad row or one row of a pulse
    // alone, until a blank line that starts another table.
    qsizetype rows = unclosed > 0 ? 1 : 0;
    for (const CsvImport::Record &record : records)
        rows += record.line > std::max(headerLine, 1) ? 1 : 0;
    FUZZ_CHECK(result.readings.size() + result.badRows.size() + result.pulseOnlyRows <= rows,
               u"%1 readings, %2 bad rows and %3 of a pulse alone from %4 rows"_s
                   .arg(result.readings.size())
                   .arg(result.badRows.size())
                   .arg(result.pulseOnlyRows)
                   .arg(rows));

    // Lines as a person counts them: CRLF, LF and a lone CR each end one.
    const qsizetype lineCount = QString(text).replace(u"\r\n"_s, u"\n"_s).count(u'\r') +
                                QString(text).replace(u"\r\n"_s, u"\n"_s).count(u'\n') + 1;
    int previousLine = 0;
    for (const auto &bad : result.badRows) {
        FUZZ_CHECK(bad.line >= 2 && bad.line <= lineCount && bad.line >= previousLine,
                   u"line %1 of %2: %3"_s.arg(bad.line).arg(lineCount).arg(bad.reason));
        FUZZ_CHECK(namesItsField(bad.reason), bad.reason);
        previousLine = bad.line;
    }

    for (const Reading &reading : result.readings) {
        const auto errors = ReadingValidator::validate(reading, csvNow());
        FUZZ_CHECK(errors.isEmpty(), describe(reading) + u": "_s + errors.first().toString());
        FUZZ_CHECK(!reading.sessionId && reading.id == 0 && !reading.deletedAt, describe(reading));
        // Its own offset (Qt makes an offset of zero UTC), in whole minutes as CSV writes it.
        FUZZ_CHECK(reading.takenAt.timeSpec() == Qt::OffsetFromUTC ||
                       reading.takenAt.timeSpec() == Qt::UTC,
                   describe(reading));
        FUZZ_CHECK(reading.takenAt.offsetFromUtc() % 60 == 0, describe(reading));
    }

    // Round trip through the own format, which keeps times to the second.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    FUZZ_CHECK(
        CsvExport::writeReadings(buffer, result.readings, {}, Guideline::Aha2025, true, &error),
        error);
    const CsvImportResult back = CsvImport::readOwn(buffer.data(), csvNow());
    FUZZ_CHECK(back.error.isEmpty(), back.error);
    FUZZ_CHECK(back.badRows.isEmpty(),
               u"line %1: %2"_s.arg(back.badRows.first().line).arg(back.badRows.first().reason));
    FUZZ_CHECK(back.readings.size() == result.readings.size(),
               QString::number(back.readings.size()));
    for (qsizetype i = 0; i < back.readings.size(); ++i) {
        Reading before = result.readings.at(i);
        before.takenAt = before.takenAt.addMSecs(-before.takenAt.time().msec());
        const Reading &after = back.readings.at(i);
        FUZZ_CHECK(after == before &&
                       after.takenAt.offsetFromUtc() == before.takenAt.offsetFromUtc(),
                   describe(before) + u" came back as "_s + describe(after));
    }
}

} // namespace viparita::fuzz

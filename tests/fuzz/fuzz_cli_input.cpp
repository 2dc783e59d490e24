// Bytes as the command line's values: the lines of the input are the arguments of a command
// that takes a reading (`reading add`: --systolic ... --at TIME), --from and --to; the first line
// is also given on its own to the time, date and SYSTOLIC/DIASTOLIC[/PULSE] parsers.

#include "csv_checks.h"
#include "exit_code.h"
#include "reading_input.h"
#include "time_input.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cstdlib>

using namespace Qt::Literals::StringLiterals;
using namespace viparita;
using namespace viparita::cli;

namespace {

/// A time far ahead, so the round trip below checks the format, not the clock.
const QDateTime farFuture(QDate(10001, 1, 1), QTime(0, 0), Qt::UTC);

/// A time the CLI accepts goes into the journal when ReadingValidator takes it; then the journal's
/// CSV must carry it back unchanged.
void checkCarriedByCsv(const QDateTime &time)
{
    Reading reading;
    reading.takenAt = time;
    reading.systolic = 120;
    reading.diastolic = 80;
    const auto errors = ReadingValidator::validate(reading, farFuture);
    if (!errors.isEmpty()) {
        FUZZ_CHECK(errors.size() == 1 && errors.first().field == u"taken_at"_s &&
                       std::abs(time.offsetFromUtc()) > ReadingValidator::maxOffsetMinutes * 60,
                   isoWithOffset(time) + u": "_s + errors.first().toString());
        return;
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    FUZZ_CHECK(CsvExport::writeReadings(buffer, {reading}, {}, Guideline::Aha2025, true),
               isoWithOffset(time));
    const CsvImportResult back = CsvImport::readOwn(buffer.data(), farFuture);
    FUZZ_CHECK(back.readings.size() == 1,
               isoWithOffset(time) + u": "_s +
                   (back.badRows.isEmpty() ? back.error : back.badRows.first().reason));
    const QDateTime &read = back.readings.first().takenAt;
    FUZZ_CHECK(read == time && read.offsetFromUtc() == time.offsetFromUtc(),
               isoWithOffset(time) + u" came back as "_s + isoWithOffset(read));
}

void checkTime(const QString &text)
{
    const auto time = parseTime(text);
    if (!time)
        return;
    FUZZ_CHECK(time->isValid() && time->offsetFromUtc() % 60 == 0, text);
    FUZZ_CHECK(time->timeSpec() == Qt::OffsetFromUTC || time->timeSpec() == Qt::UTC, text);
    // What is typed is what is kept: the same date, hour and minute on the wall clock.
    const QString typed = text.trimmed();
    QDate day = QDate::fromString(typed.left(10), u"yyyy-MM-dd"_s);
    QTime clock = QTime::fromString(typed.mid(11, 5), u"HH:mm"_s);
    if (typed.mid(11, 5) == u"24:00"_s) // ISO 8601's end of a day is the next day's start
        day = day.addDays(1), clock = QTime(0, 0);
    FUZZ_CHECK(day == time->date() && clock.hour() == time->time().hour() &&
                   clock.minute() == time->time().minute(),
               text + u" was read as "_s + isoWithOffset(*time));
    // The form the CLI prints reads back as the same time (seconds kept, milliseconds not).
    const QString printed = isoWithOffset(*time);
    const auto reread = parseTime(printed);
    const QDateTime whole = time->addMSecs(-time->time().msec());
    FUZZ_CHECK(reread && *reread == whole && reread->offsetFromUtc() == time->offsetFromUtc(),
               text + u" printed as "_s + printed);
    checkCarriedByCsv(whole);
}

void checkDate(const QString &text)
{
    const auto date = parseDate(text);
    if (date)
        FUZZ_CHECK(date->isValid() && date->toString(Qt::ISODate) == text.trimmed(), text);
}

void checkTriple(const QString &text)
{
    QStringList problems{u"earlier"_s};
    const auto reading = readingFromTriple(text, u"--before"_s, problems);
    if (reading) {
        FUZZ_CHECK(problems.size() == 1, problems.join(u"; "_s));
        const QStringList parts = text.split(u'/');
        FUZZ_CHECK(reading->systolic == ReadingValidator::parseWholeNumber(parts.at(0)) &&
                       reading->diastolic == ReadingValidator::parseWholeNumber(parts.at(1)) &&
                       reading->pulse.has_value() == (parts.size() == 3),
                   text);
        return;
    }
    FUZZ_CHECK(problems.size() > 1, text);
    for (qsizetype i = 1; i < problems.size(); ++i)
        FUZZ_CHECK(problems.at(i).startsWith(u"--before"_s), problems.at(i));
}

bool namesItsPlace(const QString &line)
{
    static const QStringList places{u"--"_s,      u"systolic: "_s, u"diastolic: "_s,
                                    u"pulse: "_s, u"arm: "_s,      u"position: "_s};
    if (!line.startsWith(u"viparita-cli: "_s))
        return false;
    const QString rest = line.mid(14);
    for (const QString &place : places) {
        if (rest.startsWith(place))
            return true;
    }
    return false;
}

void checkMessages(const QString &err)
{
    const QStringList lines = err.split(u'\n', Qt::SkipEmptyParts);
    FUZZ_CHECK(!lines.isEmpty(), u"refused without a message"_s);
    for (const QString &line : lines)
        FUZZ_CHECK(namesItsPlace(line), line);
}

void checkOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    addReadingOptions(parser);
    addDateRangeOptions(parser);
    parser.addOption({u"at"_s, u"When."_s, u"TIME"_s});
    if (!parser.parse(QStringList{u"viparita-cli"_s} + arguments))
        return;

    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    CommandContext context{outStream, errStream, false, QString()};
    int status = Success;
    const auto reading = readingFromOptions(parser, context, status);
    errStream.flush();
    if (reading) {
        FUZZ_CHECK(status == Success && err.isEmpty(), err);
        FUZZ_CHECK(reading->systolic ==
                           ReadingValidator::parseWholeNumber(parser.value(u"systolic"_s)) &&
                       reading->diastolic ==
                           ReadingValidator::parseWholeNumber(parser.value(u"diastolic"_s)),
                   parser.value(u"systolic"_s) + u'/' + parser.value(u"diastolic"_s));
        FUZZ_CHECK(reading->pulse.has_value() == parser.isSet(u"pulse"_s) &&
                       reading->arm.has_value() == parser.isSet(u"arm"_s) &&
                       reading->position.has_value() == parser.isSet(u"position"_s),
                   arguments.join(u' '));
        Reading dated = *reading;
        dated.takenAt = parseTime(parser.value(u"at"_s)).value_or(fuzz::csvNow());
        for (const FieldError &error : ReadingValidator::validate(dated, fuzz::csvNow())) {
            static const QStringList fields{u"systolic"_s, u"diastolic"_s, u"pulse"_s,
                                            u"taken_at"_s, u"note"_s};
            FUZZ_CHECK(fields.contains(error.field) && !error.message.isEmpty(), error.toString());
        }
    } else {
        FUZZ_CHECK(status == UsageError || status == InputRejected, QString::number(status));
        checkMessages(err);
    }

    err.clear();
    const auto range = dateRangeOption(parser, context);
    errStream.flush();
    if (range) {
        FUZZ_CHECK(err.isEmpty(), err);
        FUZZ_CHECK(!range->from || !range->to || *range->from <= *range->to, err);
        FUZZ_CHECK(range->from.has_value() == parser.isSet(u"from"_s) &&
                       range->to.has_value() == parser.isSet(u"to"_s),
                   arguments.join(u' '));
    } else {
        checkMessages(err);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::useFuzzTimeZone();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(fuzz::bytesOf(data, size));
    const QStringList lines = text.split(u'\n');
    checkTime(lines.first());
    checkDate(lines.first());
    checkTriple(lines.first());
    checkOptions(lines);
    return 0;
}

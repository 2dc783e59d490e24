#include <viparita/core/reading_validator.h>

#include "catch_qt.h"

#include <optional>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using viparita::FieldError;
using viparita::Reading;
using viparita::ReadingValidator;

namespace {

// 20:00 at UTC+01:00.
const QDateTime now(QDate(2024, 3, 10), QTime(20, 0), Qt::OffsetFromUTC, 3600);

QStringList messagesOf(const QList<FieldError> &errors)
{
    QStringList messages;
    for (const FieldError &error : errors)
        messages.append(error.toString());
    return messages;
}

const QString systolicRange = u"systolic: must be a whole number of mmHg from 50 to 300"_s;
const QString diastolicRange = u"diastolic: must be a whole number of mmHg from 25 to 200"_s;
const QString pulseRange = u"pulse: must be a whole number of beats a minute from 25 to 250"_s;
const QString swapped = u"systolic: must be higher than the diastolic value (did you swap them?)"_s;
const QString future = u"taken_at: is more than 5 minutes in the future"_s;
const QString invalidTime = u"taken_at: must be a valid date and time"_s;

} // namespace

TEST_CASE("a reading is checked against every rule at and around each edge")
{
    struct Case {
        const char *what;
        int systolic;
        int diastolic;
        std::optional<int> pulse;
        qint64 secondsFromNow; ///< when the reading was taken
        bool validTime;
        QString note;
        QStringList expected;
    };
    const QString longest = QString(2000, u'a');
    const QString tooLong = QString(2001, u'a');
    // Characters beyond the Basic Multilingual Plane count once, not as two UTF-16 units.
    const QString longestInMoons = u"\U0001F319"_s.repeated(2000);
    const QString tooLongInMoons = u"\U0001F319"_s.repeated(2001);
    // clang-format off
    const std::vector<Case> cases{
        {"an ordinary reading", 120, 80, 70, -60, true, {}, {}},
        {"systolic 49", 49, 40, 70, -60, true, {}, {systolicRange}},
        {"systolic 50", 50, 40, 70, -60, true, {}, {}},
        {"systolic 300", 300, 80, 70, -60, true, {}, {}},
        {"systolic 301", 301, 80, 70, -60, true, {}, {systolicRange}},
        {"systolic 0", 0, 80, 70, -60, true, {}, {systolicRange}},
        {"systolic negative", -120, 80, 70, -60, true, {}, {systolicRange}},
        {"diastolic 24", 120, 24, 70, -60, true, {}, {diastolicRange}},
        {"diastolic 25", 120, 25, 70, -60, true, {}, {}},
        {"diastolic 200", 201, 200, 70, -60, true, {}, {}},
        {"diastolic 201", 250, 201, 70, -60, true, {}, {diastolicRange}},
        {"the highest of both", 300, 200, 70, -60, true, {}, {}},
        {"the lowest of both", 50, 25, 70, -60, true, {}, {}},
        {"pulse 24", 120, 80, 24, -60, true, {}, {pulseRange}},
        {"pulse 25", 120, 80, 25, -60, true, {}, {}},
        {"pulse 250", 120, 80, 250, -60, true, {}, {}},
        {"pulse 251", 120, 80, 251, -60, true, {}, {pulseRange}},
        {"pulse 0", 120, 80, 0, -60, true, {}, {pulseRange}},
        {"no pulse", 120, 80, std::nullopt, -60, true, {}, {}},
        {"systolic equal to diastolic", 80, 80, 70, -60, true, {}, {swapped}},
        {"systolic below diastolic", 70, 90, 70, -60, true, {}, {swapped}},
        {"systolic one above diastolic", 81, 80, 70, -60, true, {}, {}},
        {"both out of range, no swap message", 49, 201, 70, -60, true, {}, {systolicRange, diastolicRange}},
        {"systolic out of range and below diastolic", 40, 60, 70, -60, true, {}, {systolicRange}},
        {"diastolic out of range and above systolic", 120, 210, 70, -60, true, {}, {diastolicRange}},
        {"both zero", 0, 0, std::nullopt, -60, true, {}, {systolicRange, diastolicRange}},
        {"taken exactly now", 120, 80, 70, 0, true, {}, {}},
        {"4 min 59 s in the future", 120, 80, 70, 299, true, {}, {}},
        {"exactly 5 min in the future", 120, 80, 70, 300, true, {}, {}},
        {"5 min 1 s in the future", 120, 80, 70, 301, true, {}, {future}},
        {"a day in the future", 120, 80, 70, 86400, true, {}, {future}},
        {"a year ago", 120, 80, 70, -365 * 86400, true, {}, {}},
        {"no valid time", 120, 80, 70, 0, false, {}, {invalidTime}},
        {"a note of 2000 characters", 120, 80, 70, -60, true, longest, {}},
        {"a note of 2001 characters", 120, 80, 70, -60, true, tooLong,
         {u"note: must be at most 2000 characters long (this one has 2001)"_s}},
        {"a note of 2000 moons", 120, 80, 70, -60, true, longestInMoons, {}},
        {"a note of 2001 moons", 120, 80, 70, -60, true, tooLongInMoons,
         {u"note: must be at most 2000 characters long (this one has 2001)"_s}},
        {"swapped, bad pulse, no time", 80, 120, 24, 0, false, {},
         {swapped, pulseRange, invalidTime}},
        {"everything wrong, in field order", 301, 201, 251, 301, true, tooLong,
         {systolicRange, diastolicRange, pulseRange, future,
          u"note: must be at most 2000 characters long (this one has 2001)"_s}},
    };
    // clang-format on
    REQUIRE(cases.size() >= 30);
    for (const Case &c : cases) {
        Reading reading;
        reading.systolic = c.systolic;
        reading.diastolic = c.diastolic;
        reading.pulse = c.pulse;
        reading.takenAt = c.validTime ? now.addSecs(c.secondsFromNow) : QDateTime();
        reading.note = c.note;
        INFO(c.what << ": " << c.systolic << "/" << c.diastolic);
        CHECK(messagesOf(ReadingValidator::validate(reading, now)) == c.expected);
    }
}

TEST_CASE("an error names its field and its message apart")
{
    Reading reading;
    reading.takenAt = now;
    reading.systolic = 90;
    reading.diastolic = 95;
    const auto errors = ReadingValidator::validate(reading, now);
    REQUIRE(errors.size() == 1);
    CHECK(errors.front() ==
          FieldError{u"systolic"_s,
                     u"must be higher than the diastolic value (did you swap them?)"_s});
    CHECK(errors.front().toString() == swapped);
}

TEST_CASE("the future is measured in real time, whatever the offsets")
{
    Reading reading;
    reading.systolic = 120;
    reading.diastolic = 80;
    // 20:04 at UTC-02:00 is 22:04 UTC, three hours after now (19:00 UTC).
    reading.takenAt = QDateTime(QDate(2024, 3, 10), QTime(20, 4), Qt::OffsetFromUTC, -2 * 3600);
    CHECK(messagesOf(ReadingValidator::validate(reading, now)) == QStringList{future});
    // 04:04 the next day at UTC+09:00 is 19:04 UTC, four minutes after now.
    reading.takenAt = QDateTime(QDate(2024, 3, 11), QTime(4, 4), Qt::OffsetFromUTC, 9 * 3600);
    CHECK(ReadingValidator::validate(reading, now).isEmpty());
    // 04:05:01 at UTC+09:00 is 5 min 1 s after now.
    reading.takenAt = QDateTime(QDate(2024, 3, 11), QTime(4, 5, 1), Qt::OffsetFromUTC, 9 * 3600);
    CHECK(messagesOf(ReadingValidator::validate(reading, now)) == QStringList{future});
}

// Found by fuzzing (tests/fuzz, fuzz_csv_mapped): Qt reads "2025-11-20T21-15" as 21:00 at
// UTC-15:00; such a reading was saved, but its own CSV could not be read back.
TEST_CASE("a UTC offset beyond any zone's is refused, up to 14 hours either way is not")
{
    const QString offsetRange = u"taken_at: must have a UTC offset from -14:00 to +14:00"_s;
    Reading reading;
    reading.systolic = 120;
    reading.diastolic = 80;
    const QDate day(2024, 3, 9);
    for (const int minutes : {-14 * 60, -12 * 60, -5 * 60 - 30, 0, 5 * 60 + 45, 14 * 60}) {
        reading.takenAt = QDateTime(day, QTime(12, 0), Qt::OffsetFromUTC, minutes * 60);
        INFO(minutes);
        CHECK(ReadingValidator::validate(reading, now).isEmpty());
    }
    for (const int minutes : {-15 * 60, -14 * 60 - 1, 14 * 60 + 1, 23 * 60 + 59}) {
        reading.takenAt = QDateTime(day, QTime(12, 0), Qt::OffsetFromUTC, minutes * 60);
        INFO(minutes);
        CHECK(messagesOf(ReadingValidator::validate(reading, now)) == QStringList{offsetRange});
    }
}

TEST_CASE("a whole number typed by a person is parsed and anything else is not")
{
    // Decided: surrounding white space is ignored and leading zeros are allowed; a sign of
    // either kind, decimals, exponents, inner spaces, digits of other scripts and numbers
    // too large for an int give nothing.
    struct Case {
        QString text;
        std::optional<int> expected;
    };
    const std::vector<Case> cases{
        {u"120"_s, 120},
        {u" 120"_s, 120},
        {u" 120 "_s, 120},
        {u"\t72\n"_s, 72},
        {u"0"_s, 0},
        {u"0120"_s, 120},
        {u"2147483647"_s, 2147483647},
        {u"+120"_s, std::nullopt},
        {u"-5"_s, std::nullopt},
        {u"12.5"_s, std::nullopt},
        {u"120.0"_s, std::nullopt},
        {u"12,5"_s, std::nullopt},
        {u"1e2"_s, std::nullopt},
        {u"0x10"_s, std::nullopt},
        {u""_s, std::nullopt},
        {u"   "_s, std::nullopt},
        {u"abc"_s, std::nullopt},
        {u"12a"_s, std::nullopt},
        {u"1 20"_s, std::nullopt},
        {u"120 mmHg"_s, std::nullopt},
        {u"2147483648"_s, std::nullopt},
        {u"99999999999"_s, std::nullopt},
        {u"\u0661\u0662\u0660"_s, std::nullopt}, // Arabic-Indic 120
        {u"\uFF11\uFF12\uFF10"_s, std::nullopt}, // full-width 120
    };
    for (const Case &c : cases) {
        INFO('"' << c.text.toStdString() << '"');
        CHECK(ReadingValidator::parseWholeNumber(c.text) == c.expected);
    }
}

TEST_CASE("the range rule of each field is the message of its range error")
{
    CHECK(ReadingValidator::rangeRule(u"systolic"_s) ==
          u"must be a whole number of mmHg from 50 to 300"_s);
    CHECK(ReadingValidator::rangeRule(u"diastolic"_s) ==
          u"must be a whole number of mmHg from 25 to 200"_s);
    CHECK(ReadingValidator::rangeRule(u"pulse"_s) ==
          u"must be a whole number of beats a minute from 25 to 250"_s);
    CHECK(ReadingValidator::rangeRule(u"taken_at"_s) == u"must be a valid date and time"_s);
    CHECK(ReadingValidator::rangeRule(u"note"_s) == u"must be at most 2000 characters long"_s);
    CHECK(ReadingValidator::rangeRule(u"Systolic"_s).isEmpty());
    CHECK(ReadingValidator::rangeRule(u"arm"_s).isEmpty());
}

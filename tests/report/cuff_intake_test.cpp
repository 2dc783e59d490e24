// What becomes of a cuff's measurement: the time it is stored at (the cuff's, or the time it
// arrived when the cuff's clock is missing or far off), its findings in words, the irregular
// flag, and the readings of another of the cuff's users. The records are written out by hand.

#include "local_zone.h"

#include <viparita/report/cuff_intake.h>

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using viparita::cuff::Intake;
using viparita::cuff::takeMeasurement;

namespace {

/// A record in mmHg with a time stamp (flags 0x02), pulse (0x04), user (0x08), status (0x10)
/// as asked.
QByteArray record(int systolic, int diastolic, const QDateTime *when, std::optional<int> user,
                  std::optional<quint16> status)
{
    QByteArray out;
    const auto add16 = [&out](int value) {
        out.append(char(value & 0xFF));
        out.append(char((value >> 8) & 0xFF));
    };
    out.append(char((when ? 0x02 : 0) | 0x04 | (user ? 0x08 : 0) | (status ? 0x10 : 0)));
    add16(systolic);
    add16(diastolic);
    add16(0x07FF);
    if (when) {
        add16(when->date().year());
        out.append(char(when->date().month()));
        out.append(char(when->date().day()));
        out.append(char(when->time().hour()));
        out.append(char(when->time().minute()));
        out.append(char(when->time().second()));
    }
    add16(64);
    if (user)
        out.append(char(*user));
    if (status)
        add16(*status);
    return out;
}

} // namespace

TEST_CASE("a cuff's time is kept unless it is missing or far from the computer's clock")
{
    const viparita::test::LocalZone zone("Europe/Berlin");
    const QDateTime arrived(QDate(2026, 12, 7), QTime(18, 30, 15), QTimeZone("Europe/Berlin"));

    const auto intakeAt = [&](const QDateTime &cuffClock) {
        return takeMeasurement(record(128, 82, &cuffClock, std::nullopt, std::nullopt), arrived,
                               std::nullopt);
    };
    SECTION("a stored reading of last week keeps its time, with its own offset")
    {
        const Intake intake = intakeAt(QDateTime(QDate(2026, 11, 30), QTime(7, 12, 30)));
        REQUIRE(intake.outcome == Intake::Outcome::Reading);
        CHECK_FALSE(intake.timeReplaced);
        CHECK(intake.reading.takenAt.toString(Qt::ISODate) == u"2026-11-30T07:12:30+01:00"_s);
        CHECK(intake.reading.note.isEmpty());
    }
    SECTION("summer time in the cuff's memory is read at its summer offset")
    {
        const Intake intake = intakeAt(QDateTime(QDate(2026, 7, 1), QTime(21, 5, 0)));
        CHECK(intake.reading.takenAt.toString(Qt::ISODate) == u"2026-07-01T21:05:00+02:00"_s);
    }
    SECTION("up to five minutes ahead is a clock a little fast: kept")
    {
        const Intake intake = intakeAt(arrived.addSecs(300).toLocalTime());
        CHECK_FALSE(intake.timeReplaced);
    }
    SECTION("more than five minutes ahead is not believed")
    {
        const Intake intake = intakeAt(QDateTime(QDate(2026, 12, 7), QTime(18, 35, 16)));
        CHECK(intake.timeReplaced);
        CHECK(intake.reading.takenAt.toString(Qt::ISODate) == u"2026-12-07T18:30:15+01:00"_s);
        CHECK(intake.reading.note ==
              u"Stored at the time it arrived: the cuff's clock said 2026-12-07 18:35."_s);
    }
    SECTION("a clock reset to the cuff's year of making is not believed")
    {
        const Intake intake = intakeAt(QDateTime(QDate(2000, 1, 1), QTime(0, 4, 0)));
        CHECK(intake.timeReplaced);
        CHECK(intake.reading.takenAt.toString(Qt::ISODate) == u"2026-12-07T18:30:15+01:00"_s);
        CHECK(intake.reading.note.contains(u"2000-01-01 00:04"_s));
    }
    SECTION("a year back is kept, a year and a day is not")
    {
        CHECK_FALSE(intakeAt(QDateTime(QDate(2025, 12, 8), QTime(18, 30, 15))).timeReplaced);
        CHECK(intakeAt(QDateTime(QDate(2025, 12, 6), QTime(18, 30, 15))).timeReplaced);
    }
    SECTION("no time stamp: the time it arrived")
    {
        const Intake intake = takeMeasurement(record(128, 82, nullptr, std::nullopt, std::nullopt),
                                              arrived, std::nullopt);
        CHECK(intake.timeReplaced);
        CHECK(intake.reading.takenAt == arrived);
        CHECK(intake.reading.note == u"Stored at the time it arrived: the cuff sent no time."_s);
    }
    SECTION("a time in the hour the clocks skip is read at the offset before the change")
    {
        const Intake intake = intakeAt(QDateTime(QDate(2026, 3, 29), QTime(2, 30, 0)));
        CHECK_FALSE(intake.timeReplaced);
        CHECK(intake.reading.takenAt.toUTC() ==
              QDateTime(QDate(2026, 3, 29), QTime(1, 30, 0), Qt::UTC));
    }
}

TEST_CASE("a cuff's findings go into the note and the irregular pulse sets the flag")
{
    const QDateTime arrived = QDateTime::currentDateTime();
    const auto findings = [&](quint16 status) {
        return takeMeasurement(record(120, 80, nullptr, std::nullopt, status), arrived,
                               std::nullopt);
    };
    CHECK(findings(0x0000).reading.note ==
          u"Stored at the time it arrived: the cuff sent no time."_s);
    CHECK_FALSE(findings(0x0000).reading.irregular);
    CHECK(findings(0x0001).reading.note.startsWith(u"The cuff found body movement. "_s));
    CHECK(findings(0x0002).reading.note.startsWith(u"The cuff found a loose cuff. "_s));
    CHECK(findings(0x0004).reading.irregular);
    CHECK(findings(0x0004).reading.note.startsWith(u"The cuff found an irregular pulse. "_s));
    CHECK(findings(0x0008).reading.note.startsWith(u"The cuff found a pulse above its range."_s));
    CHECK(findings(0x0010).reading.note.startsWith(u"The cuff found a pulse below its range."_s));
    CHECK(findings(0x0018).reading.note.startsWith(u"The cuff found a pulse out of its range."_s));
    CHECK(findings(0x0020).reading.note.startsWith(
        u"The cuff found an improper measurement position."_s));
    CHECK_FALSE(findings(0x0020).reading.irregular);
}

TEST_CASE("the readings of another user of the cuff are told apart, and errors store nothing")
{
    const QDateTime arrived = QDateTime::currentDateTime();
    CHECK(takeMeasurement(record(120, 80, nullptr, 1, std::nullopt), arrived, 2).outcome ==
          Intake::Outcome::OtherUser);
    CHECK(takeMeasurement(record(120, 80, nullptr, 2, std::nullopt), arrived, 2).outcome ==
          Intake::Outcome::Reading);
    // A cuff that has no users, or an unknown user (255), is everyone's.
    CHECK(
        takeMeasurement(record(120, 80, nullptr, std::nullopt, std::nullopt), arrived, 2).outcome ==
        Intake::Outcome::Reading);
    CHECK(takeMeasurement(record(120, 80, nullptr, 255, std::nullopt), arrived, 2).outcome ==
          Intake::Outcome::Reading);
    CHECK(
        takeMeasurement(record(120, 80, nullptr, 1, std::nullopt), arrived, std::nullopt).outcome ==
        Intake::Outcome::Reading);

    const Intake failed =
        takeMeasurement(record(0x07FF, 0x07FF, nullptr, 1, std::nullopt), arrived, std::nullopt);
    CHECK(failed.outcome == Intake::Outcome::CuffError);
    CHECK(failed.problem == u"systolic is NaN"_s);
    const Intake cut =
        takeMeasurement(record(120, 80, nullptr, 1, std::nullopt).left(5), arrived, std::nullopt);
    CHECK(cut.outcome == Intake::Outcome::Malformed);
    CHECK(cut.bytes == u"0c 78 00 50 00"_s);
    CHECK_FALSE(cut.problem.isEmpty());
}

TEST_CASE("a reading is spoken as its numbers")
{
    viparita::Reading reading;
    reading.systolic = 128;
    reading.diastolic = 82;
    CHECK(viparita::cuff::spokenReading(reading) == u"128 over 82"_s);
    reading.pulse = 64;
    CHECK(viparita::cuff::spokenReading(reading) == u"128 over 82, pulse 64"_s);
}

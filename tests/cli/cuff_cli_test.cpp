// `viparita-cli cuff scan` and `cuff read` through the real Qt Bluetooth stack, against a
// simulated BlueZ on a private D-Bus bus (tests/cuff/fake_bluez.py) playing what cuffs do:
// readings from its memory, a failed measurement, kilopascals, the pressure while inflating,
// two users, records a cuff should not send, a cuff that goes away early or never sends, and
// machines without Bluetooth.

#include "cli_journal.h"
#include "fake_bluez.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;
using viparita::test::CliJournal;
using viparita::test::FakeBluez;
using viparita::test::ProcessResult;

namespace {

ProcessResult cuffRun(const FakeBluez &bluez, const CliJournal &journal,
                      const QStringList &arguments)
{
    return viparita::test::runCli(QStringList{u"--database"_s, journal.path(), u"cuff"_s} +
                                      arguments,
                                  {}, bluez.environment());
}

QJsonObject jsonOf(const ProcessResult &result)
{
    INFO(result.out.toStdString() << result.err.toStdString());
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    return document.object();
}

QStringList linesOf(const QString &text)
{
    return text.split(u'\n', Qt::SkipEmptyParts);
}

/// The local day `days` before today, as the lines print it.
QString dayBefore(int days)
{
    return QDate::currentDate().addDays(-days).toString(Qt::ISODate);
}

} // namespace

TEST_CASE("cuff read --dry-run prints each reading the cuff sends, exactly, and writes nothing")
{
    const FakeBluez bluez(u"burst"_s);
    const CliJournal journal;
    const ProcessResult result =
        cuffRun(bluez, journal, {u"read"_s, u"--dry-run"_s, u"--seconds"_s, u"20"_s});
    INFO(result.out.toStdString() << result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QStringList lines = linesOf(result.out);
    REQUIRE(lines.size() == 6);
    CHECK(lines[0] ==
          u"Connected to Fake BP Cuff (C0:FF:EE:00:18:10); waiting for its readings."_s);
    // The cuff's own times (minutes it measured at, days ago), its values, its findings.
    const QRegularExpression first(
        u"^"_s + dayBefore(3) +
        u" \\d\\d:\\d\\d:00  128/82 mmHg, pulse 64  not saved \\(dry run\\)$"_s);
    CHECK(first.match(lines[1]).hasMatch());
    const QRegularExpression second(
        u"^"_s + dayBefore(2) +
        u" \\d\\d:\\d\\d:00  135/88 mmHg, pulse 71, irregular pulse  not saved \\(dry run\\)$"_s);
    CHECK(second.match(lines[2]).hasMatch());
    CHECK(lines[3] == u"    The cuff found an irregular pulse."_s);
    CHECK(lines[4].startsWith(dayBefore(1)));
    CHECK(lines[4].endsWith(u"  121/79 mmHg, pulse 62  not saved (dry run)"_s));
    CHECK(lines[5] ==
          u"Dry run, nothing written: 3 readings for you, 0 refused, 0 failed measurements."_s);
    CHECK(result.err.isEmpty());
    CHECK_FALSE(QFileInfo::exists(journal.path()));
}

TEST_CASE("cuff read saves a cuff's memory once, however often it is read")
{
    const FakeBluez bluez(u"burst"_s);
    const CliJournal journal;
    const QJsonObject first =
        jsonOf(cuffRun(bluez, journal, {u"read"_s, u"--json"_s, u"--seconds"_s, u"20"_s}));
    CHECK(first.value(u"new"_s).toInt() == 3);
    CHECK(first.value(u"known"_s).toInt() == 0);
    CHECK(first.value(u"device"_s).toObject().value(u"address"_s).toString() ==
          QLatin1String(FakeBluez::cuffAddress));
    // The simulated cuff takes the computer's time (its Date Time is writable).
    CHECK(first.value(u"clock_set"_s).toBool());
    for (int run = 0; run < 2; ++run) {
        const ProcessResult again = cuffRun(bluez, journal, {u"read"_s, u"--seconds"_s, u"20"_s});
        INFO(again.out.toStdString() << again.err.toStdString());
        REQUIRE(again.exitCode == 0);
        CHECK(again.out.count(u"  already in the journal\n"_s) == 3);
        CHECK(again.out.endsWith(
            u"0 new, 3 already in the journal, 0 refused, 0 failed measurements.\n"_s));
    }
    const QJsonArray saved = journal.json({u"readings"_s});
    REQUIRE(saved.size() == 3);
    CHECK(saved[0].toObject().value(u"systolic"_s).toInt() == 128);
    CHECK(saved[0].toObject().value(u"pulse"_s).toInt() == 64);
    CHECK(saved[0].toObject().value(u"irregular"_s).toBool() == false);
    CHECK(saved[1].toObject().value(u"systolic"_s).toInt() == 135);
    CHECK(saved[1].toObject().value(u"irregular"_s).toBool());
    CHECK(saved[1].toObject().value(u"note"_s).toString() ==
          u"The cuff found an irregular pulse."_s);
    CHECK(saved[2].toObject().value(u"diastolic"_s).toInt() == 79);
    for (const QJsonValue &reading : saved) {
        CHECK(reading.toObject().value(u"context"_s).toString() == u"standalone"_s);
        CHECK(reading.toObject().value(u"taken_at"_s).toString().contains(u":00+"_s) !=
              reading.toObject().value(u"taken_at"_s).toString().contains(u":00-"_s));
    }
}

TEST_CASE("cuff read: a failed measurement is the cuff's error, nothing is saved, exit 1")
{
    const FakeBluez bluez(u"nan"_s);
    const CliJournal journal;
    const ProcessResult result = cuffRun(bluez, journal, {u"read"_s, u"--seconds"_s, u"20"_s});
    INFO(result.out.toStdString() << result.err.toStdString());
    CHECK(result.exitCode == 1);
    CHECK(result.out.contains(u"The cuff could not measure (systolic is NaN): try again."_s));
    CHECK(result.out.contains(u"0 new, 0 already in the journal, 0 refused, 1 failed"_s));
    CHECK(journal.json({u"readings"_s}).isEmpty());
}

TEST_CASE("cuff read: a cuff in kilopascals gives whole mmHg")
{
    const FakeBluez bluez(u"kpa"_s);
    const CliJournal journal;
    const QJsonObject result = jsonOf(
        cuffRun(bluez, journal, {u"read"_s, u"--dry-run"_s, u"--json"_s, u"--seconds"_s, u"20"_s}));
    const QJsonArray received = result.value(u"received"_s).toArray();
    REQUIRE(received.size() == 1);
    const QJsonObject reading = received[0].toObject();
    // 16.0 / 10.7 kPa with a decimal exponent: 120.0 / 80.3 mmHg.
    CHECK(reading.value(u"systolic"_s).toInt() == 120);
    CHECK(reading.value(u"diastolic"_s).toInt() == 80);
    CHECK(reading.value(u"pulse"_s).toInt() == 66);
    CHECK(reading.value(u"in_kilopascal"_s).toBool());
    CHECK(reading.value(u"outcome"_s).toString() == u"read"_s);
    CHECK(result.value(u"dry_run"_s).toBool());
}

TEST_CASE("cuff read --verbose shows the cuff's pressure as it inflates, then the reading")
{
    const FakeBluez bluez(u"inflate"_s);
    const CliJournal journal;
    const ProcessResult result = cuffRun(
        bluez, journal, {u"read"_s, u"--dry-run"_s, u"--verbose"_s, u"--seconds"_s, u"20"_s});
    INFO(result.out.toStdString() << result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QStringList lines = linesOf(result.out);
    REQUIRE(lines.size() == 8);
    CHECK(lines[0].startsWith(u"Connected to Fake BP Cuff"_s));
    CHECK(lines[1] == u"  the cuff's clock was set to this computer's"_s);
    CHECK(lines[2] == u"  cuff pressure 40 mmHg"_s);
    CHECK(lines[3] == u"  cuff pressure 90 mmHg"_s);
    CHECK(lines[4] == u"  cuff pressure 150 mmHg"_s);
    CHECK(lines[5] == u"  cuff pressure 120 mmHg"_s);
    CHECK(lines[6].contains(u"118/76 mmHg, pulse 60"_s));
}

TEST_CASE("cuff read --user keeps the readings of one user of a shared cuff")
{
    const FakeBluez bluez(u"two-users"_s);
    const CliJournal journal;
    const ProcessResult second =
        cuffRun(bluez, journal, {u"read"_s, u"--user"_s, u"2"_s, u"--seconds"_s, u"20"_s});
    INFO(second.out.toStdString() << second.err.toStdString());
    REQUIRE(second.exitCode == 0);
    CHECK(second.out.contains(
        u"142/91 mmHg, pulse 75, cuff user 1  not saved: another user of the cuff"_s));
    CHECK(second.out.contains(u"2 new, 0 already in the journal, 1 refused"_s));
    QJsonArray saved = journal.json({u"readings"_s});
    REQUIRE(saved.size() == 2);
    CHECK(saved[0].toObject().value(u"systolic"_s).toInt() == 124);
    CHECK(saved[1].toObject().value(u"systolic"_s).toInt() == 126);

    // The other user, on the same journal, takes only theirs.
    const ProcessResult first =
        cuffRun(bluez, journal, {u"read"_s, u"--user"_s, u"1"_s, u"--seconds"_s, u"20"_s});
    CHECK(first.out.contains(u"1 new, 0 already in the journal, 2 refused"_s));
    saved = journal.json({u"readings"_s});
    CHECK(saved.size() == 3);
}

TEST_CASE("cuff read refuses a record cut short, with its bytes, and keeps the readings around it")
{
    const FakeBluez bluez(u"odd"_s);
    const CliJournal journal;
    const QJsonObject result =
        jsonOf(cuffRun(bluez, journal, {u"read"_s, u"--json"_s, u"--seconds"_s, u"20"_s}));
    CHECK(result.value(u"new"_s).toInt() == 2);
    CHECK(result.value(u"refused"_s).toInt() == 1);
    const QJsonArray received = result.value(u"received"_s).toArray();
    REQUIRE(received.size() == 3);
    const QJsonObject refused = received[0].toObject();
    CHECK(refused.value(u"outcome"_s).toString() == u"refused"_s);
    CHECK(refused.value(u"bytes"_s).toString() == u"06 78 00 50 00 5d 00 ea 07"_s);
    CHECK(refused.value(u"problem"_s).toString().contains(u"9 bytes"_s));
    // Every finding of the status field, in words; the irregular pulse is also the flag.
    const QJsonObject findings = received[1].toObject();
    CHECK(findings.value(u"irregular"_s).toBool());
    CHECK(findings.value(u"note"_s).toString() ==
          u"The cuff found body movement; a loose cuff; an irregular pulse; a pulse above its "
          "range; an improper measurement position."_s);
    // No time stamp: the time it arrived, and the note says so.
    const QJsonObject untimed = received[2].toObject();
    CHECK_FALSE(untimed.value(u"time_from_cuff"_s).toBool());
    CHECK(untimed.value(u"note"_s).toString() ==
          u"Stored at the time it arrived: the cuff sent no time."_s);
    const QDateTime arrived =
        QDateTime::fromString(untimed.value(u"taken_at"_s).toString(), Qt::ISODate);
    CHECK(std::abs(arrived.secsTo(QDateTime::currentDateTime())) < 120);
    CHECK(journal.json({u"readings"_s}).size() == 2);
}

TEST_CASE("cuff read: a cuff that never sends, or goes away before it is ready, is exit 1")
{
    SECTION("silent")
    {
        const FakeBluez bluez(u"silent"_s);
        const CliJournal journal;
        const ProcessResult result = cuffRun(bluez, journal, {u"read"_s, u"--seconds"_s, u"3"_s});
        CHECK(result.exitCode == 1);
        CHECK(result.out.endsWith(u"The cuff sent no readings in 3 seconds.\n"_s));
        CHECK(journal.json({u"readings"_s}).isEmpty());
    }
    SECTION("gone during service discovery")
    {
        const FakeBluez bluez(u"drop-in-discovery"_s);
        const CliJournal journal;
        const ProcessResult result = cuffRun(bluez, journal, {u"read"_s, u"--seconds"_s, u"20"_s});
        CHECK(result.exitCode == 1);
        CHECK(result.err ==
              u"viparita-cli cuff read: Fake BP Cuff went away before it was ready. Press its "
              "button again and keep it near.\n"_s);
        CHECK(journal.json({u"readings"_s}).isEmpty());
    }
    SECTION("a cuff that sends only once paired")
    {
        const FakeBluez bluez(u"needs-pairing"_s);
        const CliJournal journal;
        const ProcessResult result = cuffRun(bluez, journal, {u"read"_s, u"--seconds"_s, u"20"_s});
        CHECK(result.exitCode == 1);
        CHECK(result.err.contains(u"The cuff would not send its readings: pair it first in the "
                                  "desktop's Bluetooth settings"_s));
        CHECK(journal.json({u"readings"_s}).isEmpty());
    }
    SECTION("not in range")
    {
        const FakeBluez bluez(u"burst"_s);
        const CliJournal journal;
        const ProcessResult result =
            cuffRun(bluez, journal,
                    {u"read"_s, u"--device"_s, u"11:22:33:44:55:66"_s, u"--seconds"_s, u"2"_s});
        CHECK(result.exitCode == 1);
        CHECK(
            result.err.contains(u"The cuff 11:22:33:44:55:66 did not show itself in 2 seconds"_s));
    }
    SECTION("not a cuff")
    {
        const FakeBluez bluez(u"burst"_s);
        const CliJournal journal;
        const ProcessResult result =
            cuffRun(bluez, journal,
                    {u"read"_s, u"--device"_s, u"aa:bb:cc:00:00:01"_s, u"--seconds"_s, u"10"_s});
        CHECK(result.exitCode == 1);
        CHECK(result.err.contains(u"Heart Strap does not offer the standard Blood Pressure "
                                  "Service"_s));
    }
}

TEST_CASE("cuff read finds a cuff that shows itself only once the search began")
{
    const FakeBluez bluez(u"burst"_s, {u"--appear-on-scan"_s});
    const CliJournal journal;
    const ProcessResult result =
        cuffRun(bluez, journal, {u"read"_s, u"--dry-run"_s, u"--seconds"_s, u"20"_s});
    INFO(result.out.toStdString() << result.err.toStdString());
    CHECK(result.exitCode == 0);
    CHECK(result.out.count(u"not saved (dry run)"_s) == 3);
}

TEST_CASE("cuff commands without Bluetooth say why and exit 3")
{
    const auto [options, message] = GENERATE(
        std::pair{u"--no-bluez"_s, u"BlueZ, the system's Bluetooth service, is not running"_s},
        std::pair{u"--no-adapter"_s, u"this computer has no Bluetooth adapter"_s},
        std::pair{u"--powered-off"_s, u"Bluetooth is switched off"_s});
    const FakeBluez bluez(u"burst"_s, {options});
    const CliJournal journal;
    for (const QString &command : {u"scan"_s, u"read"_s}) {
        const ProcessResult result = cuffRun(bluez, journal, {command, u"--seconds"_s, u"3"_s});
        INFO(command.toStdString() << ": " << result.err.toStdString());
        CHECK(result.exitCode == 3);
        CHECK(result.err.contains(message));
        CHECK(result.out.isEmpty());
    }
}

TEST_CASE("cuff scan lists the devices in range, the cuffs first")
{
    const FakeBluez bluez(u"manual"_s);
    const CliJournal journal;
    const ProcessResult text = cuffRun(bluez, journal, {u"scan"_s, u"--seconds"_s, u"2"_s});
    INFO(text.out.toStdString() << text.err.toStdString());
    REQUIRE(text.exitCode == 0);
    const QStringList lines = linesOf(text.out);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == u"C0:FF:EE:00:18:10  blood-pressure cuff   -52 dBm  Fake BP Cuff"_s);
    CHECK(lines[1] == u"AA:BB:CC:00:00:01  other device          -70 dBm  Heart Strap"_s);

    const ProcessResult json =
        cuffRun(bluez, journal, {u"scan"_s, u"--seconds"_s, u"2"_s, u"--json"_s});
    const QJsonArray devices = QJsonDocument::fromJson(json.out.toUtf8()).array();
    REQUIRE(devices.size() == 2);
    CHECK(devices[0].toObject().value(u"blood_pressure_service"_s).toBool());
    CHECK(devices[0].toObject().value(u"name"_s).toString() == u"Fake BP Cuff"_s);
    CHECK_FALSE(devices[1].toObject().value(u"blood_pressure_service"_s).toBool());
    CHECK(devices[1].toObject().value(u"rssi"_s).toInt() == -70);
}

TEST_CASE("cuff commands refuse bad options before touching Bluetooth")
{
    const CliJournal journal;
    const auto [arguments, message] = GENERATE(
        std::pair{QStringList{u"read"_s, u"--device"_s, u"C0:FF:EE"_s}, u"--device must be"_s},
        std::pair{QStringList{u"read"_s, u"--user"_s, u"0"_s}, u"--user must be"_s},
        std::pair{QStringList{u"read"_s, u"--user"_s, u"255"_s}, u"--user must be"_s},
        std::pair{QStringList{u"read"_s, u"--seconds"_s, u"0"_s}, u"--seconds must be"_s},
        std::pair{QStringList{u"scan"_s, u"--seconds"_s, u"x"_s}, u"--seconds must be"_s},
        std::pair{QStringList{u"scan"_s, u"extra"_s}, u"takes no arguments"_s});
    const ProcessResult result = journal.run(QStringList{u"cuff"_s} + arguments);
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(message));
    CHECK_FALSE(QFileInfo::exists(journal.path()));
}

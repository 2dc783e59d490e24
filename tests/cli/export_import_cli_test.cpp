#include "cli_journal.h"
#include "test_environment.h"

#include "catch_qt.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using viparita::test::ProcessResult;

namespace {

using viparita::test::CliJournal;

/// `readings --json` without the ids, which differ between journals.
QJsonArray readingsWithoutIds(const CliJournal &journal)
{
    QJsonArray readings;
    for (const QJsonValue &value : journal.json({u"readings"_s})) {
        QJsonObject reading = value.toObject();
        reading.remove(u"id"_s);
        reading.remove(u"session_id"_s);
        readings.append(reading);
    }
    return readings;
}

const QByteArray header = "date,time,utc_offset,context,session_id,sequence,systolic,diastolic,"
                          "pulse,category,arm,position,irregular,note\r\n";

/// 100 readings in Viparita's CSV; the rows of `bad` (1-based reading numbers) are broken.
QByteArray hundredReadings(const QList<int> &bad)
{
    QByteArray bytes = header;
    for (int i = 1; i <= 100; ++i) {
        const QDate day = QDate(2025, 1, 1).addDays(i);
        QByteArray systolic = QByteArray::number(110 + i % 40);
        if (bad.contains(i))
            systolic = i % 2 ? "high" : "400";
        bytes += day.toString(u"yyyy-MM-dd"_s).toUtf8() + ",07:15:00,+01:00,standalone,,," +
                 systolic + ",75,60,,left,sitting,0,\"row " + QByteArray::number(i) + "\"\r\n";
    }
    return bytes;
}

} // namespace

TEST_CASE("export then import into an empty journal gives the same readings")
{
    const CliJournal source;
    source.runOk({u"reading"_s, u"add"_s, u"--systolic"_s, u"134"_s, u"--diastolic"_s, u"84"_s,
                  u"--pulse"_s, u"66"_s, u"--at"_s, u"2026-01-20T07:30:00-05:00"_s, u"--arm"_s,
                  u"left"_s, u"--position"_s, u"sitting"_s, u"--irregular"_s, u"--note"_s,
                  u"=HYPERLINK(\"x\"), \"coffee\"\nlate 🙂 שלום"_s});
    source.runOk({u"reading"_s, u"add"_s, u"--systolic"_s, u"121"_s, u"--diastolic"_s, u"79"_s,
                  u"--at"_s, u"2026-01-21T22:05:00+05:30"_s});
    source.runOk({u"session"_s, u"log"_s, u"healing"_s, u"--at"_s, u"2026-01-22T20:00:00+01:00"_s,
                  u"--before"_s, u"150/95/72"_s, u"--after"_s, u"138/88/64"_s, u"--note"_s,
                  u"-evening"_s});
    const QString file = source.folder() + u"/export.csv"_s;
    const auto exported = source.run({u"export"_s, u"--output"_s, file});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    const QByteArray bytes = viparita::test::readFile(file);
    CHECK(bytes.startsWith(header));
    CHECK(bytes.contains("\"'=HYPERLINK(\"\"x\"\"), \"\"coffee\"\"\nlate"));

    const CliJournal target;
    const auto imported = target.run({u"import"_s, file});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out == u"4 imported, 0 already in the journal, 0 bad rows skipped\n"_s);
    const QJsonArray expected = readingsWithoutIds(source);
    REQUIRE(expected.size() == 4);
    CHECK(readingsWithoutIds(target) == expected);

    // Standard output gives the same bytes as the file.
    const auto toStdout = source.run({u"export"_s, u"--output"_s, u"-"_s});
    CHECK(toStdout.exitCode == 0);
    CHECK(toStdout.out.toUtf8() == bytes);
    const auto withoutNotes = source.run({u"export"_s, u"--output"_s, u"-"_s, u"--no-notes"_s});
    CHECK_FALSE(withoutNotes.out.contains(u"HYPERLINK"_s));
    const auto sessions =
        source.run({u"export"_s, u"--format"_s, u"sessions-csv"_s, u"--output"_s, u"-"_s});
    CHECK(sessions.exitCode == 0);
    CHECK(sessions.out.contains(
        u",healing,10.7,completed,150,95,72,138,88,64,-12,-7,-8,,'-evening\r\n"_s));
}

TEST_CASE("three bad rows among 100 import nothing and are named by their lines")
{
    const CliJournal journal;
    const QString file = journal.folder() + u"/readings.csv"_s;
    viparita::test::writeFile(file, hundredReadings({10, 55, 99}));
    const auto refused = journal.run({u"import"_s, file});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(
        file + u":11: systolic: must be a whole number of mmHg from 50 to 300\n"_s));
    CHECK(refused.err.contains(
        file + u":56: systolic: must be a whole number of mmHg from 50 to 300, not 'high'\n"_s));
    CHECK(refused.err.contains(file + u":100: systolic: "_s));
    CHECK(refused.out.isEmpty());
    CHECK(readingsWithoutIds(journal).isEmpty());

    const auto dryRun = journal.run({u"import"_s, file, u"--skip-bad-rows"_s, u"--dry-run"_s});
    CHECK(dryRun.exitCode == 0);
    CHECK(dryRun.out.endsWith(u"97 imported, 0 already in the journal, 3 bad rows skipped\n"_s));
    CHECK(readingsWithoutIds(journal).isEmpty());

    const auto skipped = journal.run({u"import"_s, file, u"--skip-bad-rows"_s});
    INFO(skipped.err.toStdString());
    CHECK(skipped.exitCode == 0);
    CHECK(skipped.out == u"97 imported, 0 already in the journal, 3 bad rows skipped\n"_s);
    CHECK(readingsWithoutIds(journal).size() == 97);

    const auto again = journal.run({u"import"_s, file, u"--skip-bad-rows"_s});
    CHECK(again.exitCode == 0);
    CHECK(again.out == u"0 imported, 97 already in the journal, 3 bad rows skipped\n"_s);
    CHECK(readingsWithoutIds(journal).size() == 97);
}

TEST_CASE("another app's CSV is imported with --map and --date-format")
{
    const CliJournal journal;
    const QString file = journal.folder() + u"/other.csv"_s;
    viparita::test::writeFile(file, "Datum,Zeit,SYS,DIA,Puls,Notiz\n"
                                    "20.01.2026,07:30,134,84,66,müde\n"
                                    "21.01.2026,08:05,120,80,,\n");
    const auto imported =
        journal.run({u"import"_s, file, u"--map"_s,
                     u"date=Datum,time=2,systolic=SYS,diastolic=DIA,pulse=Puls,note=Notiz"_s,
                     u"--date-format"_s, u"dd.MM.yyyy"_s});
    INFO(imported.err.toStdString());
    CHECK(imported.exitCode == 0);
    CHECK(imported.out == u"2 imported, 0 already in the journal, 0 bad rows skipped\n"_s);
    const QJsonArray readings = readingsWithoutIds(journal);
    REQUIRE(readings.size() == 2);
    CHECK(readings.first().toObject().value(u"note"_s).toString() == u"müde"_s);
    CHECK(readings.first().toObject().value(u"systolic"_s).toInt() == 134);

    const auto badMap = journal.run({u"import"_s, file, u"--map"_s, u"colour=3"_s});
    CHECK(badMap.exitCode == 2);
    // Without the options the same columns and format are found: nothing new.
    const auto again = journal.run({u"import"_s, file});
    INFO(again.err.toStdString());
    CHECK(again.exitCode == 0);
    CHECK(again.out == u"0 imported, 2 already in the journal, 0 bad rows skipped\n"_s);
}

TEST_CASE("another app's CSV is imported with no options, and --dry-run says what was found")
{
    const CliJournal journal;
    const QString file = journal.folder() + u"/cuff.csv"_s;
    viparita::test::writeFile(file, "Exported from the cuff on 22/01/2026\n"
                                    "\n"
                                    "Date;Time;SYS;DIA;Pulse;Notes\n"
                                    "03/01/2026;07:30;134;84;066;tired\n"
                                    "20/01/2026;7:05 pm;\"120 mmHg\";80.0;;\n"
                                    "21/01/2026;08:05;;;71;\n");
    const auto dryRun = journal.run({u"import"_s, file, u"--dry-run"_s});
    INFO(dryRun.err.toStdString());
    CHECK(dryRun.exitCode == 0);
    CHECK(dryRun.out.contains(u"Source: a table no app is known by"_s));
    CHECK(dryRun.out.contains(u"Delimiter: semicolon\n"_s));
    CHECK(dryRun.out.contains(u"Header: line 3\n"_s));
    CHECK(dryRun.out.contains(u"Columns: date=Date, time=Time, systolic=SYS, diastolic=DIA, "
                              "pulse=Pulse, note=Notes\n"_s));
    CHECK(dryRun.out.contains(u"Dates: dd/MM/yyyy (day first: '20/01/2026' on line 5)"_s));
    CHECK(dryRun.out.contains(u"/134/84  pulse 66  \"tired\""_s.mid(1)));
    CHECK(dryRun.out.contains(u"Dry run, nothing written: 2 imported, 0 already in the journal, "
                              "0 bad rows skipped, 1 row with a pulse only left out\n"_s));
    CHECK(readingsWithoutIds(journal).isEmpty());

    const auto imported = journal.run({u"import"_s, file});
    INFO(imported.err.toStdString());
    CHECK(imported.exitCode == 0);
    CHECK(imported.out == u"2 imported, 0 already in the journal, 0 bad rows skipped, 1 row "
                          "with a pulse only left out\n"_s);
    const QJsonArray readings = readingsWithoutIds(journal);
    REQUIRE(readings.size() == 2);
    QStringList times;
    for (const auto &value : readings)
        times.append(value.toObject().value(u"taken_at"_s).toString().left(16));
    times.sort();
    CHECK(times == QStringList{u"2026-01-03T07:30"_s, u"2026-01-20T19:05"_s});
}

TEST_CASE("export to a path that cannot be written exits 3 and leaves an existing file intact")
{
    const CliJournal journal;
    journal.runOk({u"reading"_s, u"add"_s, u"--systolic"_s, u"120"_s, u"--diastolic"_s, u"80"_s,
                   u"--at"_s, u"2026-01-20T07:30:00+01:00"_s});
    const auto missingFolder =
        journal.run({u"export"_s, u"--output"_s, journal.folder() + u"/no/such/folder/out.csv"_s});
    CHECK(missingFolder.exitCode == 3);
    CHECK(missingFolder.err.contains(u"cannot write"_s));
    const auto aFolder = journal.run({u"export"_s, u"--output"_s, journal.folder()});
    CHECK(aFolder.exitCode == 3);

    // A journal that cannot be read: the old export stays as it was.
    const QString existing = journal.folder() + u"/old.csv"_s;
    viparita::test::writeFile(existing, "the old export\n");
    const QString broken = journal.folder() + u"/broken.sqlite"_s;
    viparita::test::writeFile(broken, QByteArray(4096, 'x'));
    const auto failed =
        viparita::test::runCli({u"--database"_s, broken, u"export"_s, u"--output"_s, existing});
    CHECK(failed.exitCode == 3);
    CHECK(viparita::test::readFile(existing) == "the old export\n");

    // A successful export replaces it whole.
    journal.runOk({u"export"_s, u"--output"_s, existing});
    CHECK(viparita::test::readFile(existing).startsWith(header));
}

TEST_CASE("export refuses formats it does not have and a PDF on the standard output")
{
    const CliJournal journal;
    const auto pdf = journal.run({u"export"_s, u"--format"_s, u"pdf"_s, u"--output"_s, u"-"_s});
    CHECK(pdf.exitCode == 2);
    CHECK(pdf.err.contains(u"binary"_s));
    CHECK(journal.run({u"export"_s, u"--format"_s, u"xml"_s, u"--output"_s, u"-"_s}).exitCode == 2);
    CHECK(journal.run({u"export"_s}).exitCode == 2);
}

TEST_CASE("export as PDF writes the report for the doctor")
{
    const CliJournal journal;
    journal.runOk({u"reading"_s, u"add"_s, u"--systolic"_s, u"142"_s, u"--diastolic"_s, u"91"_s,
                   u"--pulse"_s, u"66"_s, u"--at"_s, u"2026-11-20T07:30:00+01:00"_s});
    const QString path = journal.folder() + u"/report.pdf"_s;
    const auto result = journal.run(
        {u"export"_s, u"--format=pdf"_s, u"--output"_s, path, u"--name"_s, u"Ana Lima"_s});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    REQUIRE(viparita::test::readFile(path).startsWith("%PDF-"));
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {path, u"-"_s});
    REQUIRE(pdftotext.waitForFinished(60000));
    REQUIRE(pdftotext.exitCode() == 0);
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    CHECK(text.contains(u"Ana Lima"_s));
    CHECK(text.contains(u"142/91"_s));
}

TEST_CASE("export as FHIR gives a Bundle with the Patient and the vital-sign Observations")
{
    const CliJournal journal;
    journal.runOk({u"reading"_s, u"add"_s, u"--systolic"_s, u"142"_s, u"--diastolic"_s, u"91"_s,
                   u"--pulse"_s, u"66"_s, u"--at"_s, u"2026-11-20T07:30:00+01:00"_s, u"--arm"_s,
                   u"left"_s});
    const auto result = journal.run(
        {u"export"_s, u"--format"_s, u"fhir"_s, u"--output"_s, u"-"_s, u"--name"_s, u"Ana Lima"_s});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    QJsonParseError error{};
    const QJsonObject bundle = QJsonDocument::fromJson(result.out.toUtf8(), &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(bundle.value(u"resourceType"_s).toString() == u"Bundle"_s);
    CHECK(bundle.value(u"type"_s).toString() == u"collection"_s);
    QStringList kinds;
    QJsonObject pressure;
    for (const auto &entry : bundle.value(u"entry"_s).toArray()) {
        const QJsonObject resource = entry.toObject().value(u"resource"_s).toObject();
        kinds.append(resource.value(u"resourceType"_s).toString());
        const QJsonArray codes = resource.value(u"code"_s).toObject().value(u"coding"_s).toArray();
        if (!codes.isEmpty() &&
            codes.first().toObject().value(u"code"_s).toString() == u"85354-9"_s)
            pressure = resource;
    }
    kinds.sort();
    CHECK(kinds == QStringList{u"Observation"_s, u"Observation"_s, u"Patient"_s});
    REQUIRE_FALSE(pressure.isEmpty());
    CHECK(pressure.value(u"effectiveDateTime"_s).toString() == u"2026-11-20T07:30:00+01:00"_s);
    CHECK(pressure.value(u"component"_s).toArray().size() == 2);
}

// Found by fuzzing (tests/fuzz, fuzz_cli_input): in a zone whose offset had seconds (local mean
// time before time zones, such as Berlin's +00:53:28 until 1893) --at kept that offset, the CSV
// wrote it as +00:53, and the exported reading came back 28 seconds off, as a new reading.
TEST_CASE("a reading typed in a zone whose offset has seconds is found again after export")
{
    const CliJournal journal;
    const QStringList zone{u"TZ=LMT-0:53:28"_s}; // POSIX: 0:53:28 east of UTC
    auto run = [&](const QStringList &arguments) {
        return viparita::test::runCli(QStringList{u"--database"_s, journal.path()} + arguments, {},
                                      zone);
    };
    const auto added = run({u"reading"_s, u"add"_s, u"--systolic"_s, u"134"_s, u"--diastolic"_s,
                            u"84"_s, u"--at"_s, u"2025-11-20T07:30"_s});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const QJsonArray readings = journal.json({u"readings"_s});
    REQUIRE(readings.size() == 1);
    CHECK(readings.first().toObject().value(u"taken_at"_s).toString() ==
          u"2025-11-20T07:30:00+00:53"_s);

    const QString file = journal.folder() + u"/export.csv"_s;
    REQUIRE(run({u"export"_s, u"--output"_s, file}).exitCode == 0);
    CHECK(viparita::test::readFile(file).contains("2025-11-20,07:30:00,+00:53,"));
    const auto imported = run({u"import"_s, file});
    INFO(imported.err.toStdString());
    CHECK(imported.exitCode == 0);
    CHECK(imported.out == u"0 imported, 1 already in the journal, 0 bad rows skipped\n"_s);
}

// Found by fuzzing (tests/fuzz, fuzz_cli_input and fuzz_csv_mapped): an offset beyond any zone's
// was saved, and the journal's own CSV of it could not be imported again.
TEST_CASE("reading add refuses a time at an offset beyond any zone's, naming taken_at")
{
    const CliJournal journal;
    const auto refused =
        journal.run({u"reading"_s, u"add"_s, u"--systolic"_s, u"134"_s, u"--diastolic"_s, u"84"_s,
                     u"--at"_s, u"2025-11-20T07:30:00+20:00"_s});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err ==
          u"viparita-cli: taken_at: must have a UTC offset from -14:00 to +14:00\n"_s);
    CHECK(journal.json({u"readings"_s}).isEmpty());
    journal.runOk({u"reading"_s, u"add"_s, u"--systolic"_s, u"134"_s, u"--diastolic"_s, u"84"_s,
                   u"--at"_s, u"2025-11-20T07:30:00+14:00"_s});
}

// Found by fuzzing (tests/fuzz, fuzz_cli_input): --at 9999-12-31T24:00 was read as the start of
// the year 10000, which ISO 8601 cannot write: the session was saved and listed without a time.
TEST_CASE("a time given with --at takes 24:00 as the next day's start, but not past the year 9999")
{
    const CliJournal journal;
    const auto refused =
        journal.run({u"session"_s, u"log"_s, u"healing"_s, u"--at"_s, u"9999-12-31T24:00"_s});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(u"at: must be an ISO 8601 time"_s));
    CHECK(journal.json({u"sessions"_s}).isEmpty());

    journal.runOk({u"session"_s, u"log"_s, u"healing"_s, u"--at"_s, u"2026-01-20T24:00+01:00"_s});
    const QJsonArray sessions = journal.json({u"sessions"_s});
    REQUIRE(sessions.size() == 1);
    CHECK(sessions.first().toObject().value(u"started_at"_s).toString() ==
          u"2026-01-21T00:00:00+01:00"_s);
}

TEST_CASE("import --date-format dd.MM.yy puts 26 in this century, and a pulse alone is left out")
{
    const CliJournal journal;
    const QString file = journal.folder() + u"/cuff-yy.csv"_s;
    viparita::test::writeFile(file, "Datum;Zeit;Sys;Dia;Puls\n"
                                    "20.01.26;07:30;134 mmHg;84 mmHg;66\n"
                                    "21.01.26;8:05 PM;120.0;80.0;\n"
                                    "22.01.26;07:45;;;70\n");
    const auto imported =
        journal.run({u"import"_s, file, u"--map"_s,
                     u"date=Datum,time=Zeit,systolic=Sys,diastolic=Dia,pulse=Puls"_s,
                     u"--date-format"_s, u"dd.MM.yy"_s});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out == u"2 imported, 0 already in the journal, 0 bad rows skipped, 1 row "
                          "with a pulse only left out\n"_s);
    const QJsonArray readings = journal.json({u"readings"_s});
    REQUIRE(readings.size() == 2);
    CHECK(readings.at(0)
              .toObject()
              .value(u"taken_at"_s)
              .toString()
              .startsWith(u"2026-01-20T07:30:00"_s));
    CHECK(readings.at(1)
              .toObject()
              .value(u"taken_at"_s)
              .toString()
              .startsWith(u"2026-01-21T20:05:00"_s));
    CHECK(readings.at(1).toObject().value(u"systolic"_s).toInt() == 120);
}

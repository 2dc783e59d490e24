#include "catch_qt.h"
#include "local_zone.h"
#include "same_reading.h"

#include <viparita/report/csv_export.h>
#include <viparita/report/csv_import.h>

#include <viparita/storage/journal.h>

#include <QBuffer>
#include <QTemporaryDir>

#include <ctime>

using namespace Qt::Literals::StringLiterals;
using namespace viparita;

namespace {

const QDateTime now(QDate(2026, 11, 21), QTime(12, 0), Qt::OffsetFromUTC, 3600);

QDateTime at(int day, int hour, int minute, int offsetMinutes)
{
    return QDateTime(QDate(2025, 6, day), QTime(hour, minute, 15), Qt::OffsetFromUTC,
                     offsetMinutes * 60);
}

Reading reading(const QDateTime &takenAt, int systolic, int diastolic, std::optional<int> pulse,
                const QString &note = {})
{
    Reading r;
    r.takenAt = takenAt;
    r.systolic = systolic;
    r.diastolic = diastolic;
    r.pulse = pulse;
    r.note = note;
    return r;
}

QByteArray exported(const QList<Reading> &readings, const QList<SessionRecord> &sessions = {},
                    bool includeNotes = true)
{
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    QString error;
    REQUIRE(CsvExport::writeReadings(buffer, readings, sessions, Guideline::Aha2025, includeNotes,
                                     &error));
    CHECK(error.isEmpty());
    return buffer.data();
}

} // namespace

TEST_CASE("CSV cells are quoted as RFC 4180 asks")
{
    CHECK(CsvExport::quoted(u"plain"_s) == u"plain"_s);
    CHECK(CsvExport::quoted(QString()) == QString());
    CHECK(CsvExport::quoted(u"a,b"_s) == u"\"a,b\""_s);
    CHECK(CsvExport::quoted(u"say \"hi\""_s) == u"\"say \"\"hi\"\"\""_s);
    CHECK(CsvExport::quoted(u"one\ntwo"_s) == u"\"one\ntwo\""_s);
    CHECK(CsvExport::quoted(u"one\rtwo"_s) == u"\"one\rtwo\""_s);
    CHECK(CsvExport::quoted(u"it's fine"_s) == u"it's fine"_s);
}

TEST_CASE("the readings CSV has the header, CRLF line ends and local times with offsets")
{
    Reading first = reading(at(3, 7, 30, -300), 134, 84, 66, u"a, \"b\""_s);
    first.arm = Arm::Left;
    first.position = BodyPosition::Sitting;
    first.irregular = true;
    Reading second = reading(at(3, 21, 5, 330), 118, 76, std::nullopt);
    second.context = ReadingContext::Before;
    second.sessionId = 7;
    SessionRecord session;
    session.id = 7;
    session.sequenceId = u"-evening"_s;
    Reading deleted = reading(at(4, 8, 0, 60), 120, 80, 60);
    deleted.deletedAt = now;

    const QByteArray bytes = exported({first, second, deleted}, {session});
    CHECK(bytes ==
          "date,time,utc_offset,context,session_id,sequence,systolic,diastolic,pulse,category,"
          "arm,position,irregular,note\r\n"
          "2025-06-03,07:30:15,-05:00,standalone,,,134,84,66,stage_1,left,sitting,1,"
          "\"a, \"\"b\"\"\"\r\n"
          "2025-06-03,21:05:15,+05:30,before,7,'-evening,118,76,,normal,,,0,\r\n");
    CHECK(exported({first}, {}, false).endsWith(",stage_1,left,sitting,1,\r\n"));
}

TEST_CASE("a formula in a note comes out inert, and the app's own cells are left alone")
{
    const QByteArray bytes =
        exported({reading(at(5, 9, 0, -300), 120, 80, 60, u"=HYPERLINK(\"x\")"_s)});
    CHECK(bytes.contains(",-05:00,"));
    CHECK(bytes.contains(",\"'=HYPERLINK(\"\"x\"\")\"\r\n"));
    const auto records = CsvImport::parse(QString::fromUtf8(bytes));
    REQUIRE(records.size() == 2);
    CHECK(records.at(1).fields.last() == u"'=HYPERLINK(\"x\")"_s);
    for (const QString &text : {u"+1"_s, u"-1"_s, u"@SUM(A1)"_s, u"\tx"_s, u"\rx"_s, u"'x"_s})
        CHECK(CsvExport::inertText(text) == u'\'' + text);
    CHECK(CsvExport::inertText(u"fine = ok"_s) == u"fine = ok"_s);
}

TEST_CASE("notes with commas, quotes, line breaks, emoji and right-to-left text survive")
{
    const QStringList notes{
        u"after coffee, tired"_s,
        u"she said \"relax\""_s,
        u"first line\nsecond line"_s,
        u"windows\r\nline"_s,
        u"calm 🙂🧘‍♀️"_s,
        u"שלום עולם مرحبا"_s,
        u"=HYPERLINK(\"x\")"_s,
        u"'quoted already"_s,
        u"-5 mmHg, \"good\"\n🙂"_s,
        u"@home"_s,
        u"+2"_s,
        u""_s,
    };
    QList<Reading> readings;
    for (qsizetype i = 0; i < notes.size(); ++i)
        readings.append(reading(at(10, 6 + static_cast<int>(i), 0, 60), 120, 80, 60, notes.at(i)));
    const CsvImportResult result = CsvImport::readOwn(exported(readings), now);
    CHECK(result.error.isEmpty());
    CHECK(result.badRows.isEmpty());
    REQUIRE(result.readings.size() == notes.size());
    for (qsizetype i = 0; i < notes.size(); ++i)
        CHECK(result.readings.at(i).note == notes.at(i));
}

TEST_CASE("the own format gives back identical readings, the session link aside")
{
    Reading first = reading(at(12, 7, 30, -300), 134, 84, 66, u"left arm, morning"_s);
    first.arm = Arm::Left;
    first.position = BodyPosition::Lying;
    first.irregular = true;
    Reading second = reading(at(12, 20, 0, 345), 150, 95, std::nullopt);
    second.context = ReadingContext::After;
    second.sessionId = 3;
    second.arm = Arm::Right;
    second.position = BodyPosition::Standing;
    Reading third = reading(at(13, 23, 59, 0), 101, 67, 250);
    third.context = ReadingContext::During;
    const QList<Reading> readings{first, second, third};

    const CsvImportResult result = CsvImport::readOwn(exported(readings), now);
    CHECK(result.error.isEmpty());
    CHECK(result.badRows.isEmpty());
    REQUIRE(result.readings.size() == readings.size());
    for (qsizetype i = 0; i < readings.size(); ++i) {
        Reading expected = readings.at(i);
        expected.sessionId.reset();
        const Reading &got = result.readings.at(i);
        CHECK(got == expected);
        viparita::test::checkSameReading(got, expected);
    }
}

TEST_CASE("the parser takes a BOM, CRLF and LF, quoted line breaks and gives record lines")
{
    const QString text = u"\uFEFFa,b,c\r\n1,\"two\r\nlines\",3\n\n4,\"x\"\"y\",\n\"5\",,\"\""_s;
    int unclosed = -1;
    const auto records = CsvImport::parse(text, &unclosed);
    CHECK(unclosed == 0);
    REQUIRE(records.size() == 4);
    CHECK(records.at(0).line == 1);
    CHECK(records.at(0).fields == QStringList{u"a"_s, u"b"_s, u"c"_s});
    CHECK(records.at(1).line == 2);
    CHECK(records.at(1).fields == QStringList{u"1"_s, u"two\r\nlines"_s, u"3"_s});
    CHECK(records.at(2).line == 5);
    CHECK(records.at(2).fields == QStringList{u"4"_s, u"x\"y"_s, QString()});
    CHECK(records.at(3).line == 6);
    CHECK(records.at(3).fields == QStringList{u"5"_s, QString(), QString()});

    CHECK(CsvImport::parse(u"a\n\"open\nstill"_s, &unclosed).size() == 1);
    CHECK(unclosed == 2);
}

TEST_CASE("bad rows of the own format give their exact line and name the field")
{
    const QByteArray bytes =
        "\xEF\xBB\xBF"
        "date,time,utc_offset,context,session_id,sequence,systolic,diastolic,pulse,category,arm,"
        "position,irregular,note\r\n"
        "2025-06-01,07:00:00,+01:00,standalone,,,120,80,60,normal,,,0,\"two\r\nlines\"\r\n"
        "2025-06-01,08:00:00,+01:00,standalone,,,abc,80,60,,,,0,\r\n"
        "2025-06-01,09:00:00,+01:00,standalone,,,80,120,60,,,,0,\r\n"
        "2025-06-31,10:00:00,+01:00,standalone,,,120,80,60,,,,0,\r\n"
        "2025-06-01,11:00:00,+25,sideways,,,120,80,300,,middle,,2,\r\n"
        "2099-06-01,12:00:00,+01:00,standalone,,,120,80,60,,,,0,\r\n"
        "2025-06-01,13:00:00,+01:00,standalone,,,121,81,,,,,,\r\n";
    const CsvImportResult result = CsvImport::readOwn(bytes, now);
    CHECK(result.error.isEmpty());
    REQUIRE(result.readings.size() == 2);
    CHECK(result.readings.at(0).note == u"two\r\nlines"_s);
    CHECK(result.readings.at(1).systolic == 121);
    REQUIRE(result.badRows.size() == 5);
    CHECK(result.badRows.at(0).line == 4);
    CHECK(result.badRows.at(0).reason ==
          u"systolic: must be a whole number of mmHg from 50 to 300, not 'abc'"_s);
    CHECK(result.badRows.at(1).line == 5);
    CHECK(result.badRows.at(1).reason.startsWith(u"systolic: "_s));
    CHECK(result.badRows.at(2).line == 6);
    CHECK(result.badRows.at(2).reason == u"date: must be a date as YYYY-MM-DD, not '2025-06-31'"_s);
    CHECK(result.badRows.at(3).line == 7);
    const QString many = result.badRows.at(3).reason;
    CHECK(many.contains(u"utc_offset: must be an offset such as +01:00, not '+25'"_s));
    CHECK(many.contains(u"context: "_s));
    CHECK(many.contains(u"arm: "_s));
    CHECK(many.contains(u"irregular: must be 0 or 1, not '2'"_s));
    CHECK(many.contains(u"pulse: "_s));
    CHECK(result.badRows.at(4).line == 8);
    CHECK(result.badRows.at(4).reason.startsWith(u"taken_at: "_s));
}

TEST_CASE("a file without the own header is refused as a whole")
{
    const CsvImportResult result = CsvImport::readOwn("Date,SYS,DIA\n2025-06-01,120,80\n", now);
    CHECK(result.error.contains(u"time"_s));
    CHECK(result.readings.isEmpty());
    CHECK(CsvImport::readOwn("", now).error == u"the file has no header row"_s);
    CHECK(CsvImport::readOwn(QByteArray("date\n\0", 6), now).error ==
          u"the file is not text: line 2 holds a NUL byte"_s);
}

TEST_CASE("another app's CSV is read with a column map and a date format")
{
    const QByteArray bytes = "Datum,Uhrzeit,SYS,DIA,Puls,Kommentar\n"
                             "20.11.2025,07:30,134,84,66,\"nach dem Kaffee, müde\"\n"
                             "21.11.2025,7:05:09,118,76,,\n"
                             "2025-11-22,08:00,120,80,60,\n"
                             "23.11.2025,08:00,120,eighty,60,\n";
    CsvImport::ColumnMap map;
    map.date = CsvImport::Column(u"datum"_s);
    map.time = CsvImport::Column(2);
    map.systolic = CsvImport::Column(u"SYS"_s);
    map.diastolic = CsvImport::Column(u"DIA"_s);
    map.pulse = CsvImport::Column(u"Puls"_s);
    map.note = CsvImport::Column(6);
    map.dateFormat = u"dd.MM.yyyy"_s;
    const CsvImportResult result = CsvImport::readMapped(bytes, map, now);
    CHECK(result.error.isEmpty());
    REQUIRE(result.readings.size() == 2);
    const Reading &first = result.readings.at(0);
    const QDateTime local(QDate(2025, 11, 20), QTime(7, 30));
    CHECK(first.takenAt == local);
    CHECK(first.takenAt.offsetFromUtc() == local.offsetFromUtc());
    CHECK(first.systolic == 134);
    CHECK(first.diastolic == 84);
    CHECK(first.pulse == 66);
    CHECK(first.note == u"nach dem Kaffee, müde"_s);
    CHECK(first.context == ReadingContext::Standalone);
    CHECK(result.readings.at(1).takenAt == QDateTime(QDate(2025, 11, 21), QTime(7, 5, 9)));
    CHECK_FALSE(result.readings.at(1).pulse);
    REQUIRE(result.badRows.size() == 2);
    CHECK(result.badRows.at(0).line == 4);
    CHECK(result.badRows.at(0).reason == u"date: must be a date as dd.MM.yyyy, not '2025-11-22'"_s);
    CHECK(result.badRows.at(1).line == 5);
    CHECK(result.badRows.at(1).reason.startsWith(u"diastolic: "_s));

    CsvImport::ColumnMap combined;
    combined.datetime = CsvImport::Column(1);
    combined.systolic = CsvImport::Column(2);
    combined.diastolic = CsvImport::Column(3);
    combined.dateFormat = u"yyyy-MM-dd HH:mm"_s;
    const CsvImportResult second =
        CsvImport::readMapped("when,s,d\n2025-11-20 21:15,130,85\n", combined, now);
    REQUIRE(second.readings.size() == 1);
    CHECK(second.readings.first().takenAt == QDateTime(QDate(2025, 11, 20), QTime(21, 15)));
    // Empty lines before the header are left out; the rows keep their own line numbers.
    const CsvImportResult afterEmptyLines = CsvImport::readMapped(
        "\r\n\nwhen,s,d\n2025-11-20 21:15,130,85\n2025-11-20 21:20,13O,85\n", combined, now);
    REQUIRE(afterEmptyLines.error.isEmpty());
    CHECK(afterEmptyLines.readings.size() == 1);
    REQUIRE(afterEmptyLines.badRows.size() == 1);
    CHECK(afterEmptyLines.badRows.first().line == 5);

    combined.systolic = CsvImport::Column(u"missing"_s);
    CHECK(CsvImport::readMapped("when,s,d\n", combined, now).error ==
          u"the header has no column 'missing'"_s);
}

TEST_CASE("the sessions CSV gives the means and the change with at most one decimal")
{
    SessionRecord session;
    session.id = 4;
    session.sequenceId = u"healing"_s;
    session.startedAt = at(20, 20, 0, 60);
    session.status = SessionStatus::Completed;
    session.plannedSeconds = 600;
    session.actualSeconds = 640;
    session.feeling = 4;
    session.note = u"=calm"_s;
    SessionRecord empty = session;
    empty.id = 5;
    empty.feeling.reset();
    empty.actualSeconds.reset();
    QList<Reading> readings;
    for (const auto &[context, s, d, p] : {std::tuple{ReadingContext::Before, 150, 95, 72},
                                           std::tuple{ReadingContext::Before, 148, 94, 71},
                                           std::tuple{ReadingContext::After, 138, 88, 64}}) {
        Reading r = reading(session.startedAt, s, d, p);
        r.context = context;
        r.sessionId = 4;
        readings.append(r);
    }
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE(CsvExport::writeSessions(buffer, {session, empty}, readings, true));
    CHECK(buffer.data() ==
          "date,time,sequence,minutes,status,before_systolic,before_diastolic,before_pulse,"
          "after_systolic,after_diastolic,after_pulse,change_systolic,change_diastolic,"
          "change_pulse,feeling,note\r\n"
          "2025-06-20,20:00:15,healing,10.7,completed,149,94.5,71.5,138,88,64,-11,-6.5,-7.5,4,"
          "'=calm\r\n"
          "2025-06-20,20:00:15,healing,10,completed,,,,,,,,,,,'=calm\r\n");
}

TEST_CASE("a device that cannot be written makes the export fail with a reason")
{
    QBuffer buffer;
    QString error;
    CHECK_FALSE(CsvExport::writeReadings(buffer, {}, {}, Guideline::Aha2025, true, &error));
    CHECK_FALSE(error.isEmpty());
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    error.clear();
    CHECK_FALSE(CsvExport::writeSessions(buffer, {}, {}, true, &error));
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("importing CSV readings into a journal is all or nothing and skips known readings")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    JournalOpenResult opened = Journal::open(folder.filePath(u"journal.sqlite"_s), {});
    REQUIRE(opened.journal);
    Journal &journal = *opened.journal;
    const Reading first = reading(at(1, 7, 0, 60), 120, 80, 60);
    const Reading second = reading(at(1, 8, 0, 60), 125, 82, std::nullopt);
    Reading broken = reading(at(1, 9, 0, 60), 80, 120, 60);

    const auto refused = journal.importReadings({first, second, broken});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == StorageError::Kind::Invalid);
    CHECK(refused.error().message.startsWith(u"Reading 3 of the import: "_s));
    CHECK(journal.readings()->isEmpty());

    const auto dryRun = journal.importReadings({first, second, first}, true);
    REQUIRE(dryRun.ok());
    CHECK(*dryRun == ImportOutcome{2, 1});
    CHECK(journal.readings()->isEmpty());

    const auto added = journal.importReadings({first, second, first});
    REQUIRE(added.ok());
    CHECK(*added == ImportOutcome{2, 1});
    // The same instant in another offset matches; so does the same pressure written by
    // another app within the minute (with seconds, or with a pulse the first lacks). Another
    // pressure, or a minute later, is another reading.
    Reading moved = second;
    moved.takenAt = second.takenAt.toOffsetFromUtc(-5 * 3600);
    Reading withSeconds = first;
    withSeconds.takenAt = first.takenAt.addSecs(59);
    withSeconds.pulse = 61;
    Reading noPulse = second;
    noPulse.takenAt = second.takenAt.addSecs(-30);
    noPulse.pulse = 70;
    Reading otherPressure = first;
    otherPressure.systolic = 121;
    Reading minuteLater = first;
    minuteLater.takenAt = first.takenAt.addSecs(60);
    const auto again =
        journal.importReadings({moved, withSeconds, noPulse, otherPressure, minuteLater});
    REQUIRE(again.ok());
    CHECK(*again == ImportOutcome{2, 3});
    CHECK(journal.readings()->size() == 4);

    // A deleted reading does not count as already there.
    const qint64 firstId = journal.readings()->first().id;
    REQUIRE(journal.deleteReading(firstId).ok());
    CHECK(*journal.importReadings({first}) == ImportOutcome{1, 0});
}

// Found by fuzzing (tests/fuzz, fuzz_csv_mapped and fuzz_cli_input): a local time whose zone's
// offset has seconds (local mean time before time zones: Berlin's was +00:53:28 until 1893) kept
// that offset, the CSV wrote it as +00:53, and the reading came back 28 seconds off.
TEST_CASE("a local time in a zone whose offset has seconds comes in at a whole-minute offset")
{
    const viparita::test::LocalZone zone(
        "LMT-0:53:28"); // POSIX: 0:53:28 east of UTC, no time zone data needed
    REQUIRE(QDateTime(QDate(2025, 11, 20), QTime(7, 30)).offsetFromUtc() == 3208);

    CsvImport::ColumnMap map;
    map.date = CsvImport::Column(1);
    map.time = CsvImport::Column(2);
    map.systolic = CsvImport::Column(3);
    map.diastolic = CsvImport::Column(4);
    CsvImport::ColumnMap combined;
    combined.datetime = CsvImport::Column(1);
    combined.systolic = CsvImport::Column(2);
    combined.diastolic = CsvImport::Column(3);
    const CsvImportResult split =
        CsvImport::readMapped("d,t,s,d\n2025-11-20,07:30,134,84\n", map, now);
    const CsvImportResult iso =
        CsvImport::readMapped("when,s,d\n2025-11-20T07:30:00,134,84\n", combined, now);
    for (const CsvImportResult *result : {&split, &iso}) {
        CHECK(result->badRows.isEmpty());
        REQUIRE(result->readings.size() == 1);
        const Reading &read = result->readings.first();
        CHECK(read.takenAt.date() == QDate(2025, 11, 20));
        CHECK(read.takenAt.time() == QTime(7, 30));
        CHECK(read.takenAt.offsetFromUtc() == 53 * 60);

        const CsvImportResult back = CsvImport::readOwn(exported({read}), now);
        REQUIRE(back.readings.size() == 1);
        CHECK(back.readings.first() == read);
        CHECK(back.readings.first().takenAt.offsetFromUtc() == read.takenAt.offsetFromUtc());
    }
}

// Found by fuzzing (tests/fuzz, fuzz_csv_mapped): Qt reads "21-15" as 21:00 at UTC-15:00, an offset
// the own CSV cannot carry; the reading was taken, and its export could not be imported again.
TEST_CASE("another app's time at an offset beyond any zone's is a bad row naming taken_at")
{
    CsvImport::ColumnMap map;
    map.datetime = CsvImport::Column(1);
    map.systolic = CsvImport::Column(2);
    map.diastolic = CsvImport::Column(3);
    const CsvImportResult result = CsvImport::readMapped(
        "when,s,d\n2025-11-20 21-15,130,85\n2025-11-20T21:15+14:00,130,85\n", map, now);
    CHECK(result.error.isEmpty());
    REQUIRE(result.badRows.size() == 1);
    CHECK(result.badRows.first().line == 2);
    CHECK(result.badRows.first().reason ==
          u"taken_at: must have a UTC offset from -14:00 to +14:00"_s);
    REQUIRE(result.readings.size() == 1);
    CHECK(result.readings.first().takenAt.offsetFromUtc() == 14 * 3600);
    const CsvImportResult back = CsvImport::readOwn(exported(result.readings), now);
    CHECK(back.badRows.isEmpty());
    CHECK(back.readings == result.readings);
}

TEST_CASE("a CSV separated by semicolons or tabs is read: the separator comes from its header")
{
    CHECK(CsvImport::delimiterOf(u"a,b,c\n1;2;3"_s) == u',');
    CHECK(CsvImport::delimiterOf(u"Date;Time;Sys;Dia\n1,5;2"_s) == u';');
    CHECK(CsvImport::delimiterOf(u"Date\tTime\tSys\n"_s) == u'\t');
    // A quoted header name with a comma in it does not count.
    CHECK(CsvImport::delimiterOf(u"\"Blood pressure, sys\";\"dia\";note\n"_s) == u';');
    CHECK(CsvImport::delimiterOf(QString()) == u',');

    const auto semicolons = CsvImport::parse(u"a;\"b;c\";d\n1;2,5;3\n"_s);
    REQUIRE(semicolons.size() == 2);
    CHECK(semicolons.at(0).fields == QStringList{u"a"_s, u"b;c"_s, u"d"_s});
    CHECK(semicolons.at(1).fields == QStringList{u"1"_s, u"2,5"_s, u"3"_s});

    const QDateTime now(QDate(2026, 1, 1), QTime(12, 0));
    CsvImport::ColumnMap map;
    map.datetime = CsvImport::Column(u"Zeit"_s);
    map.systolic = CsvImport::Column(u"Sys"_s);
    map.diastolic = CsvImport::Column(u"Dia"_s);
    map.pulse = CsvImport::Column(u"Puls"_s);
    map.dateFormat = u"dd.MM.yyyy HH:mm"_s;
    for (const char *bytes : {"Zeit;Sys;Dia;Puls\r\n20.11.2025 21:15;130;85;66\r\n",
                              "Zeit\tSys\tDia\tPuls\n20.11.2025 21:15\t130\t85\t66\n"}) {
        INFO(bytes);
        const CsvImportResult result = CsvImport::readMapped(bytes, map, now);
        INFO(result.error.toStdString());
        REQUIRE(result.readings.size() == 1);
        CHECK(result.readings.first().systolic == 130);
        CHECK(result.readings.first().diastolic == 85);
        CHECK(result.readings.first().pulse == 66);
    }
}

TEST_CASE("two-digit years land in the most recent century, never in the future")
{
    const QDateTime now(QDate(2026, 12, 7), QTime(12, 0));
    CsvImport::ColumnMap map;
    map.date = CsvImport::Column(1);
    map.time = CsvImport::Column(2);
    map.systolic = CsvImport::Column(3);
    map.diastolic = CsvImport::Column(4);
    map.dateFormat = u"dd.MM.yy"_s;
    const CsvImportResult result = CsvImport::readMapped(
        "d,t,s,a\n21.11.26,07:30,134,84\n31.12.99,20:00,128,80\n07.12.26,11:00,130,82\n", map, now);
    INFO(result.error.toStdString());
    REQUIRE(result.readings.size() == 3);
    CHECK(result.readings.at(0).takenAt.date() == QDate(2026, 11, 21)); // not 1926
    CHECK(result.readings.at(1).takenAt.date() == QDate(1999, 12, 31)); // not 2099
    CHECK(result.readings.at(2).takenAt.date() == QDate(2026, 12, 7));  // today
    // One date and time in a column, with two-digit years too.
    CsvImport::ColumnMap combined;
    combined.datetime = CsvImport::Column(1);
    combined.systolic = CsvImport::Column(2);
    combined.diastolic = CsvImport::Column(3);
    combined.dateFormat = u"d/M/yy H:mm"_s;
    const CsvImportResult second =
        CsvImport::readMapped("when,s,d\n3/2/25 7:05,131,83\n", combined, now);
    REQUIRE(second.readings.size() == 1);
    CHECK(second.readings.first().takenAt.date() == QDate(2025, 2, 3));
}

TEST_CASE("12-hour clocks, units and decimal zeros in cells, and rows with a pulse only")
{
    const QDateTime now(QDate(2026, 12, 7), QTime(12, 0));
    CsvImport::ColumnMap map;
    map.date = CsvImport::Column(1);
    map.time = CsvImport::Column(2);
    map.systolic = CsvImport::Column(3);
    map.diastolic = CsvImport::Column(4);
    map.pulse = CsvImport::Column(5);
    const CsvImportResult result =
        CsvImport::readMapped("Date,Time,Sys,Dia,Pulse\n"
                              "2026-11-21,07:12 am,142 mmHg,91 mmHg,66 bpm\n"
                              "2026-11-21,7:40 PM,138.0,88.0,64\n"
                              "2026-11-22,12:05 a.m.,,,71\n"
                              "2026-11-22,12:30 p.m.,135.5,86,62\n",
                              map, now);
    INFO(result.error.toStdString());
    REQUIRE(result.readings.size() == 2);
    CHECK(result.readings.at(0).takenAt.time() == QTime(7, 12));
    CHECK(result.readings.at(0).systolic == 142);
    CHECK(result.readings.at(0).diastolic == 91);
    CHECK(result.readings.at(0).pulse == 66);
    CHECK(result.readings.at(1).takenAt.time() == QTime(19, 40));
    CHECK(result.readings.at(1).systolic == 138);
    // A pulse alone is no reading and no mistake: counted and left out.
    CHECK(result.pulseOnlyRows == 1);
    // A fraction that is not zero is a mistake, named.
    REQUIRE(result.badRows.size() == 1);
    CHECK(result.badRows.first().line == 5);
    CHECK(result.badRows.first().reason.startsWith(u"systolic: "_s));
}

TEST_CASE("the medication CSV has a row for each change of each medicine")
{
    using Kind = MedicationChange::Kind;
    Medication amlodipine;
    amlodipine.name = u"Amlodipine"_s;
    amlodipine.times = {DayTime::Morning, DayTime::Evening};
    amlodipine.changes = {
        {1, Kind::Started, QDate(2026, 9, 1), Dose{5, u"mg"_s}, {}},
        {2, Kind::DoseChanged, QDate(2026, 11, 1), Dose{2.5, u"mg"_s}, u"=dizzy, on standing"_s},
        {3, Kind::Stopped, QDate(2026, 11, 20), {}, {}},
    };
    Medication drops;
    drops.name = u"Eye drops"_s;
    drops.forBloodPressure = false;
    drops.changes = {{4, Kind::Started, QDate(2026, 10, 1), Dose{2, u"drop"_s}, {}}};

    for (const bool notes : {true, false}) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        REQUIRE(buffer.open(QIODevice::WriteOnly));
        QString error;
        REQUIRE(CsvExport::writeMedication(buffer, {amlodipine, drops}, notes, &error));
        const QString reason = notes ? u"\"'=dizzy, on standing\""_s : QString();
        CHECK(QString::fromUtf8(bytes) ==
              u"medicine,change,date,dose,amount,unit,times,for_blood_pressure,reason\r\n"
              "Amlodipine,started,2026-09-01,5 mg,5,mg,morning;evening,yes,\r\n"
              "Amlodipine,changed,2026-11-01,2.5 mg,2.5,mg,morning;evening,yes,"_s +
                  reason +
                  u"\r\n"
                  "Amlodipine,stopped,2026-11-20,,,,morning;evening,yes,\r\n"
                  "Eye drops,started,2026-10-01,2 drops,2,drop,,no,\r\n"_s);
    }
}

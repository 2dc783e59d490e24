#include "cli_journal.h"
#include "test_environment.h"

#include "catch_qt.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;
using viparita::test::ProcessResult;

using viparita::test::CliJournal;

TEST_CASE("reading add names the swapped values and the broken range, and exits 1")
{
    const CliJournal journal;
    const auto swapped = journal.run(
        {u"reading"_s, u"add"_s, u"--systolic"_s, u"120"_s, u"--diastolic"_s, u"130"_s});
    CHECK(swapped.exitCode == 1);
    CHECK(
        swapped.err ==
        u"viparita-cli: systolic: must be higher than the diastolic value (did you swap them?)\n"_s);
    const auto high =
        journal.run({u"reading"_s, u"add"_s, u"--systolic"_s, u"301"_s, u"--diastolic"_s, u"80"_s});
    CHECK(high.exitCode == 1);
    CHECK(high.err == u"viparita-cli: systolic: must be a whole number of mmHg from 50 to 300\n"_s);
    const auto words = journal.run({u"reading"_s, u"add"_s, u"--systolic"_s, u"high"_s,
                                    u"--diastolic"_s, u"80"_s, u"--pulse"_s, u"12.5"_s});
    CHECK(words.exitCode == 1);
    CHECK(words.err.contains(
        u"systolic: must be a whole number of mmHg from 50 to 300, not 'high'"_s));
    CHECK(words.err.contains(
        u"pulse: must be a whole number of beats a minute from 25 to 250, not '12.5'"_s));
    const auto missing = journal.run({u"reading"_s, u"add"_s, u"--systolic"_s, u"120"_s});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err == u"viparita-cli: --diastolic is required\n"_s);
    const auto future =
        journal.run({u"reading"_s, u"add"_s, u"--systolic"_s, u"120"_s, u"--diastolic"_s, u"80"_s,
                     u"--at"_s, u"2099-01-01T08:00:00+01:00"_s});
    CHECK(future.exitCode == 1);
    CHECK(future.err.contains(u"taken_at: is more than 5 minutes in the future"_s));
    // Nothing was written by any of them.
    CHECK(journal.json({u"readings"_s}).isEmpty());
}

TEST_CASE("reading add saves, prints the id and the category, and readings lists it")
{
    const CliJournal journal;
    const auto added = journal.run(
        {u"reading"_s, u"add"_s, u"--systolic"_s, u"134"_s, u"--diastolic"_s, u"84"_s, u"--pulse"_s,
         u"66"_s, u"--at"_s, u"2026-11-20T07:30:00+01:00"_s, u"--arm"_s, u"left"_s, u"--position"_s,
         u"sitting"_s, u"--irregular"_s, u"--note"_s, u"=after, \"coffee\"\nlate"_s});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(
        added.out ==
        u"Saved reading 1: 134/84 mmHg, pulse 66. Category (AHA/ACC 2025): Stage 1 hypertension.\n"_s);
    struct stat info {};
    REQUIRE(::stat(QFile::encodeName(journal.path()).constData(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);

    const QJsonArray readings = journal.json({u"readings"_s});
    REQUIRE(readings.size() == 1);
    const QJsonObject reading = readings.first().toObject();
    CHECK(reading.keys() == QStringList{u"arm"_s, u"category"_s, u"context"_s, u"diastolic"_s,
                                        u"flags"_s, u"id"_s, u"irregular"_s, u"note"_s,
                                        u"position"_s, u"pulse"_s, u"session_id"_s, u"systolic"_s,
                                        u"taken_at"_s});
    CHECK(reading.value(u"flags"_s).toArray().isEmpty());
    CHECK(reading.value(u"taken_at"_s).toString() == u"2026-11-20T07:30:00+01:00"_s);
    CHECK(reading.value(u"systolic"_s).toInt() == 134);
    CHECK(reading.value(u"pulse"_s).toInt() == 66);
    CHECK(reading.value(u"context"_s).toString() == u"standalone"_s);
    CHECK(reading.value(u"session_id"_s).isNull());
    CHECK(reading.value(u"arm"_s).toString() == u"left"_s);
    CHECK(reading.value(u"irregular"_s).toBool());
    CHECK(reading.value(u"note"_s).toString() == u"=after, \"coffee\"\nlate"_s);
    CHECK(reading.value(u"category"_s).toString() == u"stage_1"_s);
    const QJsonArray esh = journal.json({u"readings"_s, u"--guideline"_s, u"esh"_s});
    CHECK(esh.first().toObject().value(u"category"_s).toString() == u"high_normal"_s);
}

TEST_CASE("session log records a session, and sessions shows the means and the change")
{
    const CliJournal journal;
    const auto logged = journal.run({u"session"_s, u"log"_s, u"healing"_s, u"--at"_s,
                                     u"2026-11-20T20:00:00+01:00"_s, u"--before"_s, u"150/95/72"_s,
                                     u"--before"_s, u"148/94/70"_s, u"--after"_s, u"138/88/64"_s,
                                     u"--after"_s, u"136/86/63"_s, u"--feeling"_s, u"4"_s});
    INFO(logged.err.toStdString());
    REQUIRE(logged.exitCode == 0);
    const QJsonArray sessions = journal.json({u"sessions"_s});
    REQUIRE(sessions.size() == 1);
    const QJsonObject session = sessions.first().toObject();
    CHECK(session.value(u"sequence_id"_s).toString() == u"healing"_s);
    CHECK(session.value(u"status"_s).toString() == u"completed"_s);
    CHECK(session.value(u"started_at"_s).toString() == u"2026-11-20T20:00:00+01:00"_s);
    CHECK(session.value(u"feeling"_s).toInt() == 4);
    const QJsonObject before = session.value(u"before"_s).toObject();
    CHECK(before.value(u"systolic"_s).toDouble() == 149.0);
    CHECK(before.value(u"diastolic"_s).toDouble() == 94.5);
    CHECK(before.value(u"pulse"_s).toDouble() == 71.0);
    CHECK(before.value(u"readings"_s).toInt() == 2);
    const QJsonObject after = session.value(u"after"_s).toObject();
    CHECK(after.value(u"systolic"_s).toDouble() == 137.0);
    CHECK(after.value(u"diastolic"_s).toDouble() == 87.0);
    const QJsonObject change = session.value(u"change"_s).toObject();
    CHECK(change.value(u"systolic"_s).toDouble() == -12.0);
    CHECK(change.value(u"diastolic"_s).toDouble() == -7.5);
    CHECK(change.value(u"pulse"_s).toDouble() == -7.5);

    // The before readings come a minute apart before the start, the after ones after the end.
    const QJsonArray readings = journal.json({u"readings"_s});
    REQUIRE(readings.size() == 4);
    CHECK(readings.at(0).toObject().value(u"taken_at"_s).toString() ==
          u"2026-11-20T19:58:00+01:00"_s);
    CHECK(readings.at(1).toObject().value(u"taken_at"_s).toString() ==
          u"2026-11-20T19:59:00+01:00"_s);
    CHECK(readings.at(3).toObject().value(u"context"_s).toString() == u"after"_s);
    CHECK(readings.at(3).toObject().value(u"session_id"_s).toInt() ==
          session.value(u"id"_s).toInt());
}

TEST_CASE("a reading after a session that dropped sharply shows the guidance")
{
    const CliJournal journal;
    REQUIRE(journal
                .run({u"session"_s, u"log"_s, u"classic"_s, u"--at"_s,
                      u"2026-11-20T20:00:00+01:00"_s, u"--before"_s, u"140/90"_s})
                .exitCode == 0);
    const auto after =
        journal.run({u"reading"_s, u"add"_s, u"--systolic"_s, u"112"_s, u"--diastolic"_s, u"70"_s,
                     u"--context"_s, u"after"_s, u"--session"_s, u"1"_s, u"--at"_s,
                     u"2026-11-20T20:14:00+01:00"_s});
    INFO(after.err.toStdString());
    REQUIRE(after.exitCode == 0);
    CHECK(after.out.contains(u"roll onto one side"_s));
    CHECK(after.out.contains(u"doctor"_s));

    const auto crisis = journal.run(
        {u"reading"_s, u"add"_s, u"--systolic"_s, u"185"_s, u"--diastolic"_s, u"100"_s});
    REQUIRE(crisis.exitCode == 0);
    CHECK(crisis.out.contains(u"Severe hypertension"_s));
    CHECK(crisis.out.contains(u"Do not start the practice now"_s));
    CHECK(crisis.out.contains(u"emergency number"_s));

    const auto orphan =
        journal.run({u"reading"_s, u"add"_s, u"--systolic"_s, u"120"_s, u"--diastolic"_s, u"80"_s,
                     u"--context"_s, u"after"_s, u"--session"_s, u"9"_s});
    CHECK(orphan.exitCode == 1);
    CHECK(orphan.err == u"viparita-cli: session: there is no session 9\n"_s);
}

TEST_CASE("readings on standing up: flagged orthostatic against the last one lying or sitting")
{
    const CliJournal journal;
    // Sitting after at 132/84; standing at 1 minute 124/82, at 3 minutes 110/78 (22 lower).
    const auto logged =
        journal.run({u"session"_s, u"log"_s, u"classic"_s, u"--at"_s,
                     u"2026-11-20T20:00:00+01:00"_s, u"--before"_s, u"142/88"_s, u"--after"_s,
                     u"132/84"_s, u"--standing"_s, u"124/82"_s, u"--standing"_s, u"110/78"_s});
    INFO(logged.err.toStdString());
    REQUIRE(logged.exitCode == 0);
    const QJsonArray readings = journal.json({u"readings"_s});
    REQUIRE(readings.size() == 4);
    const QJsonObject first = readings.at(2).toObject();
    const QJsonObject second = readings.at(3).toObject();
    CHECK(first.value(u"context"_s).toString() == u"standing"_s);
    CHECK(first.value(u"position"_s).toString() == u"standing"_s);
    CHECK(first.value(u"flags"_s).toArray().isEmpty());
    CHECK(second.value(u"flags"_s).toArray() == QJsonArray{u"orthostatic"_s});
    // 1 and 3 minutes after the after reading.
    const QDateTime afterAt = QDateTime::fromString(
        readings.at(1).toObject().value(u"taken_at"_s).toString(), Qt::ISODate);
    REQUIRE(afterAt.isValid());
    CHECK(QDateTime::fromString(first.value(u"taken_at"_s).toString(), Qt::ISODate) ==
          afterAt.addSecs(60));
    CHECK(QDateTime::fromString(second.value(u"taken_at"_s).toString(), Qt::ISODate) ==
          afterAt.addSecs(180));

    const QJsonObject session = journal.json({u"sessions"_s}).first().toObject();
    CHECK(session.value(u"orthostatic"_s).toBool());
    CHECK(session.value(u"standing"_s).toObject().value(u"readings"_s).toInt() == 2);
    CHECK_FALSE(session.value(u"positions_differ"_s).toBool());

    // One typed by hand, under 90: orthostatic, with what to do.
    const auto added =
        journal.run({u"reading"_s, u"add"_s, u"--systolic"_s, u"88"_s, u"--diastolic"_s, u"70"_s,
                     u"--context"_s, u"standing"_s, u"--session"_s, u"1"_s, u"--at"_s,
                     u"2026-11-20T20:21:00+01:00"_s});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(added.out.contains(u"fell when you stood up"_s));
    CHECK(added.out.contains(u"Sit or lie down now"_s));
    CHECK(journal.json({u"readings"_s}).at(4).toObject().value(u"position"_s).toString() ==
          u"standing"_s);
    const auto stats = journal.run({u"stats"_s, u"--json"_s});
    REQUIRE(stats.exitCode == 0);
    const QJsonObject standing =
        QJsonDocument::fromJson(stats.out.toUtf8()).object().value(u"standing"_s).toObject();
    CHECK(standing.value(u"readings"_s).toInt() == 3);
    CHECK(standing.value(u"fell"_s).toInt() == 2);
    // Readings on standing up are no home readings: only the one before counts.
    CHECK(QJsonDocument::fromJson(stats.out.toUtf8())
              .object()
              .value(u"home_average"_s)
              .toObject()
              .value(u"readings"_s)
              .toInt() == 1);

    // A reading on standing up taken lying is a contradiction, and is refused.
    const auto lying = journal.run({u"reading"_s, u"add"_s, u"--systolic"_s, u"120"_s,
                                    u"--diastolic"_s, u"80"_s, u"--context"_s, u"standing"_s,
                                    u"--session"_s, u"1"_s, u"--position"_s, u"lying"_s});
    CHECK(lying.exitCode == 1);
    CHECK(lying.err.contains(u"position: must be standing"_s));
    CHECK(journal.json({u"readings"_s}).size() == 5);
}

TEST_CASE("a before and an after reading in different positions are not compared")
{
    const CliJournal journal;
    REQUIRE(journal
                .run({u"session"_s, u"log"_s, u"classic"_s, u"--at"_s,
                      u"2026-11-20T20:00:00+01:00"_s, u"--before"_s, u"140/90"_s})
                .exitCode == 0);
    REQUIRE(journal
                .run({u"reading"_s, u"add"_s, u"--systolic"_s, u"118"_s, u"--diastolic"_s, u"72"_s,
                      u"--context"_s, u"after"_s, u"--session"_s, u"1"_s, u"--position"_s,
                      u"lying"_s, u"--at"_s, u"2026-11-20T20:14:00+01:00"_s})
                .exitCode == 0);
    // The before reading has no position stated: compared. Stated sitting: not compared.
    QJsonObject session = journal.json({u"sessions"_s}).first().toObject();
    CHECK(session.value(u"change"_s).toObject().value(u"systolic"_s).toDouble() == -22.0);
    const CliJournal sitting;
    REQUIRE(sitting.run({u"reading"_s, u"add"_s, u"--systolic"_s, u"1"_s, u"--diastolic"_s, u"1"_s})
                .exitCode == 1);
    REQUIRE(
        sitting
            .run({u"session"_s, u"log"_s, u"classic"_s, u"--at"_s, u"2026-11-20T20:00:00+01:00"_s})
            .exitCode == 0);
    REQUIRE(sitting
                .run({u"reading"_s, u"add"_s, u"--systolic"_s, u"140"_s, u"--diastolic"_s, u"90"_s,
                      u"--context"_s, u"before"_s, u"--session"_s, u"1"_s, u"--position"_s,
                      u"sitting"_s, u"--at"_s, u"2026-11-20T19:58:00+01:00"_s})
                .exitCode == 0);
    REQUIRE(sitting
                .run({u"reading"_s, u"add"_s, u"--systolic"_s, u"118"_s, u"--diastolic"_s, u"72"_s,
                      u"--context"_s, u"after"_s, u"--session"_s, u"1"_s, u"--position"_s,
                      u"lying"_s, u"--at"_s, u"2026-11-20T20:14:00+01:00"_s})
                .exitCode == 0);
    session = sitting.json({u"sessions"_s}).first().toObject();
    CHECK(session.value(u"positions_differ"_s).toBool());
    CHECK(session.value(u"change"_s).toObject().value(u"systolic"_s).isNull());
    // Nor flagged as a drop since before.
    const QJsonArray readings = sitting.json({u"readings"_s});
    CHECK(readings.at(1).toObject().value(u"flags"_s).toArray().isEmpty());
}

TEST_CASE("reading delete removes a reading from the lists")
{
    const CliJournal journal;
    for (const QString &systolic : {u"121"_s, u"122"_s})
        REQUIRE(
            journal
                .run({u"reading"_s, u"add"_s, u"--systolic"_s, systolic, u"--diastolic"_s, u"80"_s})
                .exitCode == 0);
    const auto deleted = journal.run({u"reading"_s, u"delete"_s, u"1"_s});
    CHECK(deleted.exitCode == 0);
    const QJsonArray left = journal.json({u"readings"_s});
    REQUIRE(left.size() == 1);
    CHECK(left.first().toObject().value(u"systolic"_s).toInt() == 122);
    CHECK(journal.run({u"reading"_s, u"delete"_s, u"1"_s}).exitCode == 1);
    CHECK(journal.run({u"reading"_s, u"delete"_s, u"one"_s}).exitCode == 2);
}

TEST_CASE("the from and to dates choose local days, both included")
{
    const CliJournal journal;
    for (const QString &time : {u"2026-11-18T23:50:00-05:00"_s, u"2026-11-19T08:00:00+01:00"_s,
                                u"2026-11-20T21:00:00+01:00"_s})
        REQUIRE(journal
                    .run({u"reading"_s, u"add"_s, u"--systolic"_s, u"120"_s, u"--diastolic"_s,
                          u"80"_s, u"--at"_s, time})
                    .exitCode == 0);
    CHECK(journal.json({u"readings"_s, u"--from"_s, u"2026-11-19"_s}).size() == 2);
    CHECK(journal.json({u"readings"_s, u"--to"_s, u"2026-11-18"_s}).size() == 1);
    CHECK(journal.json({u"readings"_s, u"--from"_s, u"2026-11-19"_s, u"--to"_s, u"2026-11-19"_s})
              .size() == 1);
    const auto bad = journal.run({u"readings"_s, u"--from"_s, u"19.11.2026"_s});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err == u"viparita-cli: --from: must be a date as YYYY-MM-DD, not '19.11.2026'\n"_s);
}

TEST_CASE("the database option wins over VIPARITA_DATABASE, which wins over the default")
{
    const CliJournal first;
    const CliJournal second;
    const auto viaEnvironment = viparita::test::runCli(
        {u"reading"_s, u"add"_s, u"--systolic"_s, u"120"_s, u"--diastolic"_s, u"80"_s}, {},
        {u"VIPARITA_DATABASE="_s + first.path()});
    REQUIRE(viaEnvironment.exitCode == 0);
    const auto viaOption =
        viparita::test::runCli({u"reading"_s, u"add"_s, u"--systolic"_s, u"130"_s, u"--diastolic"_s,
                                u"80"_s, u"--database"_s, second.path()},
                               {}, {u"VIPARITA_DATABASE="_s + first.path()});
    REQUIRE(viaOption.exitCode == 0);
    CHECK(first.json({u"readings"_s}).size() == 1);
    CHECK(second.json({u"readings"_s}).size() == 1);
    CHECK(second.json({u"readings"_s}).first().toObject().value(u"systolic"_s).toInt() == 130);
}

TEST_CASE("backup and restore through the CLI")
{
    const CliJournal journal;
    REQUIRE(
        journal.run({u"reading"_s, u"add"_s, u"--systolic"_s, u"121"_s, u"--diastolic"_s, u"80"_s})
            .exitCode == 0);
    const QString copy = journal.folder() + u"/copy.sqlite"_s;
    const auto backup = journal.run({u"backup"_s, copy});
    INFO(backup.err.toStdString());
    REQUIRE(backup.exitCode == 0);
    REQUIRE(
        journal.run({u"reading"_s, u"add"_s, u"--systolic"_s, u"122"_s, u"--diastolic"_s, u"80"_s})
            .exitCode == 0);
    CHECK(journal.run({u"backup"_s, copy}).exitCode == 3); // never overwritten
    const auto restore = journal.run({u"restore"_s, copy});
    INFO(restore.err.toStdString());
    REQUIRE(restore.exitCode == 0);
    CHECK(restore.out.contains(u"-before-restore.sqlite"_s));
    CHECK(journal.json({u"readings"_s}).size() == 1);
    const QString notJournal = journal.folder() + u"/notes.txt"_s;
    viparita::test::writeFile(notJournal, "hello");
    const auto refused = journal.run({u"restore"_s, notJournal});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.startsWith(u"viparita-cli: Nothing was restored: "_s));
}

TEST_CASE("a damaged journal: the CLI says so, exits 3 and writes nothing")
{
    const CliJournal journal;
    REQUIRE(
        journal
            .run({u"session"_s, u"log"_s, u"healing"_s, u"--at"_s, u"2026-11-20T20:00:00+01:00"_s,
                  u"--before"_s, u"140/90"_s, u"--after"_s, u"130/85"_s})
            .exitCode == 0);
    {
        QFile file(journal.path());
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.size() >= 4 * 4096);
        REQUIRE(file.seek(file.size() - 4096));
        REQUIRE(file.write(QByteArray(4096, '\x5A')) == 4096);
    }
    const QByteArray bytes = viparita::test::readFile(journal.path());
    const auto add =
        journal.run({u"reading"_s, u"add"_s, u"--systolic"_s, u"120"_s, u"--diastolic"_s, u"80"_s});
    CHECK(add.exitCode == 3);
    CHECK(add.err.contains(u"is damaged"_s));
    CHECK(add.err.contains(u"It has not been changed."_s));
    const auto list = journal.run({u"readings"_s});
    CHECK(list.exitCode == 3);
    CHECK(viparita::test::readFile(journal.path()) == bytes);
}

TEST_CASE("session show, session delete and session restore, by id")
{
    const CliJournal journal;
    journal.runOk({u"session"_s, u"log"_s, u"healing"_s, u"--at"_s, u"2026-11-20T20:00:00+01:00"_s,
                   u"--before"_s, u"150/95/72"_s, u"--after"_s, u"138/88/64"_s, u"--feeling"_s,
                   u"4"_s, u"--note"_s, u"warm room"_s});
    journal.runOk({u"reading"_s, u"add"_s, u"--systolic"_s, u"128"_s, u"--diastolic"_s, u"82"_s});
    const QJsonArray sessions = journal.json({u"sessions"_s});
    REQUIRE(sessions.size() == 1);
    const QString id = QString::number(sessions.first().toObject().value(u"id"_s).toInt());

    const auto shown = journal.run({u"session"_s, u"show"_s, id});
    INFO(shown.err.toStdString());
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.out.startsWith(u"Session "_s + id + u": "_s));
    CHECK(shown.out.contains(u"(healing), completed"_s));
    CHECK(shown.out.contains(u"Feeling    4 of 5"_s));
    CHECK(shown.out.contains(u"Note       warm room"_s));
    CHECK(shown.out.contains(u"150/95"_s));
    CHECK(shown.out.contains(u"138/88"_s));
    const auto json = journal.run({u"session"_s, u"show"_s, id, u"--json"_s});
    REQUIRE(json.exitCode == 0);
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(object.value(u"id"_s).toInt() == id.toInt());
    CHECK(object.value(u"readings"_s).toArray().size() == 2);
    CHECK(object.value(u"note"_s).toString() == u"warm room"_s);

    const auto deleted = journal.run({u"session"_s, u"delete"_s, id});
    INFO(deleted.err.toStdString());
    REQUIRE(deleted.exitCode == 0);
    CHECK(deleted.out.contains(u"session restore "_s + id));
    CHECK(journal.json({u"sessions"_s}).isEmpty());
    CHECK(journal.json({u"readings"_s}).size() == 1); // the reading on its own stays
    const auto gone = journal.run({u"session"_s, u"show"_s, id});
    CHECK(gone.exitCode == 1);
    CHECK(gone.err.contains(u"There is no session "_s + id));
    CHECK(journal.run({u"session"_s, u"delete"_s, id}).exitCode == 1);

    journal.runOk({u"session"_s, u"restore"_s, id});
    CHECK(journal.json({u"sessions"_s}).size() == 1);
    CHECK(journal.json({u"readings"_s}).size() == 3);
    CHECK(journal.run({u"session"_s, u"restore"_s, id}).exitCode == 1);

    // A bad id is a usage error that says what an id is.
    for (const QString &bad : {u"abc"_s, u"0"_s}) {
        const auto refused = journal.run({u"session"_s, u"show"_s, bad});
        CHECK(refused.exitCode == 2);
        CHECK(refused.err.contains(u"must be a session's id"_s));
    }
}

TEST_CASE("a command that only reads never makes a journal: no journal there exits 3")
{
    const CliJournal journal;
    for (const QStringList &command :
         {QStringList{u"readings"_s}, QStringList{u"sessions"_s}, QStringList{u"stats"_s},
          QStringList{u"export"_s, u"--output"_s, journal.folder() + u"/out.csv"_s},
          QStringList{u"session"_s, u"show"_s, u"1"_s}}) {
        INFO(command.join(u' ').toStdString());
        const auto result = journal.run(command);
        CHECK(result.exitCode == 3);
        CHECK(result.err.contains(u"there is no journal at "_s + journal.path()));
        CHECK_FALSE(QFile::exists(journal.path()));
    }
    CHECK(QDir(journal.folder()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}

TEST_CASE("a file that is not a journal is said in words, without the database's own")
{
    const CliJournal journal;
    viparita::test::writeFile(journal.path(), "these are not the bytes of a journal\n");
    for (const QStringList &command : {QStringList{u"readings"_s}, QStringList{u"sessions"_s},
                                       QStringList{u"reading"_s, u"add"_s, u"--systolic"_s,
                                                   u"120"_s, u"--diastolic"_s, u"80"_s}}) {
        INFO(command.join(u' ').toStdString());
        const auto result = journal.run(command);
        INFO(result.err.toStdString());
        CHECK(result.exitCode == 3);
        CHECK(result.err.contains(u"viparita-cli: The journal "_s + journal.path() +
                                  u" is damaged, or is not a Viparita journal"_s));
        CHECK(result.err.contains(u"It has not been changed."_s));
        CHECK_FALSE(result.err.contains(u"file is not a database"_s));
        CHECK_FALSE(result.err.contains(u"SQLite"_s));
    }
    CHECK(viparita::test::readFile(journal.path()) == "these are not the bytes of a journal\n");
}

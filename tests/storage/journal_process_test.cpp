// The journal under attack: other processes, killed writers, damaged and
// read-only files. Each case checks the message and that nothing saved is
// lost or changed.
#include "test_environment.h"

#include "catch_qt.h"

#include <viparita/storage/journal.h>

#include "schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

#include <future>
#include <random>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using viparita::Journal;
using viparita::StorageError;

namespace {

QString freshPath()
{
    const QString folder = viparita::test::dataHome() + u"/process-"_s +
                           QUuid::createUuid().toString(QUuid::WithoutBraces);
    REQUIRE(QDir().mkpath(folder));
    return folder + u"/journal.sqlite"_s;
}

QStringList sqlRows(const QString &path, const QString &sql)
{
    const QString name = QUuid::createUuid().toString();
    QStringList rows;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        database.setDatabaseName(path);
        database.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        REQUIRE(database.open());
        QSqlQuery query(database);
        REQUIRE(query.exec(sql));
        while (query.next())
            rows.append(query.value(0).toString());
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

/// A journal with `count` readings, closed again.
void fill(const QString &path, int count)
{
    QProcess tool;
    tool.start(QStringLiteral(VIPARITA_JOURNAL_TOOL), {u"add"_s, path, QString::number(count)});
    REQUIRE(tool.waitForFinished(60000));
    INFO(tool.readAllStandardError().toStdString());
    REQUIRE(tool.exitCode() == 0);
}

struct Acknowledged {
    qint64 id;
    int index;
};

std::vector<Acknowledged> acknowledgedIn(const QByteArray &output)
{
    std::vector<Acknowledged> acknowledged;
    for (const QByteArray &line : output.split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() == 3 && parts[0] == "ok")
            acknowledged.push_back({parts[1].toLongLong(), parts[2].toInt()});
    }
    return acknowledged;
}

} // namespace

namespace {

/// Runs statements on a file with a connection of its own.
void runSql(const QString &path, const QStringList &statements)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        database.setDatabaseName(path);
        REQUIRE(database.open());
        for (const QString &statement : statements) {
            QSqlQuery query(database);
            INFO(statement.toStdString());
            REQUIRE(query.exec(statement));
        }
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
}

/// Rows that every schema version since 1 can hold.
const QStringList sampleRows{
    u"INSERT INTO sessions (id, sequence_id, sequence_version, sequence_title, started_at, "
    u"started_offset, "
    "ended_at, ended_offset, status, planned_seconds, actual_seconds, breath_pattern, feeling, "
    "note) VALUES "
    "(1, 'healing', 1, 'Healing', 1763665200000, 3600, 1763665860000, 3600, 'completed', 660, 655, "
    "'4-0-6-0', 4, "
    "'calm')"_s,
    u"INSERT INTO session_steps (session_id, position, step_id, side, planned_seconds, "
    u"actual_seconds, skipped, "
    "extended_seconds) VALUES (1, 0, 'hamstrings', NULL, 90, 90.5, 0, 0)"_s,
    u"INSERT INTO readings (taken_at, taken_offset, systolic, diastolic, pulse, context, "
    u"session_id, arm, "
    "position, irregular, note) VALUES (1763665140000, 3600, 150, 95, 72, 'before', 1, 'left', "
    "'sitting', 0, "
    "'a, \"quoted\" note')"_s,
    u"INSERT INTO readings (taken_at, taken_offset, systolic, diastolic, pulse, context, "
    u"session_id, arm, "
    "position, irregular, note) VALUES (1763700000000, -18000, 128, 82, NULL, 'standalone', NULL, "
    "NULL, NULL, 1, "
    "'')"_s,
    // An id after a gap, and a deleted reading: a table made anew keeps both as they are.
    u"INSERT INTO readings (id, taken_at, taken_offset, systolic, diastolic, pulse, context, "
    u"session_id, arm, position, irregular, note, deleted_at) VALUES (7, 1763665920000, 3600, "
    u"118, 76, 64, 'after', 1, 'left', 'sitting', 0, 'after', 1763700000000)"_s,
};

/// Every row of every table, each column as SQLite quotes it.
QStringList everything(const QString &path)
{
    QStringList rows;
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        database.setDatabaseName(path);
        REQUIRE(database.open());
        for (const QString &table : {u"sessions"_s, u"session_steps"_s, u"readings"_s}) {
            QStringList columns;
            const QSqlRecord record = database.record(table);
            for (int i = 0; i < record.count(); ++i) {
                // A column a later version adds to the sessions, null in every row it finds.
                if (table == u"sessions"_s && record.fieldName(i) == u"deleted_at"_s)
                    continue;
                columns.append(u"quote(%1)"_s.arg(record.fieldName(i)));
            }
            QSqlQuery query(database);
            REQUIRE(query.exec(
                u"SELECT %1 FROM %2 ORDER BY id"_s.arg(columns.join(u" || '|' || "_s), table)));
            while (query.next())
                rows.append(table + u": "_s + query.value(0).toString());
        }
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

} // namespace

TEST_CASE(
    "every migration from every older version, with data, gives the same rows as a fresh journal")
{
    const QString schema =
        u"SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master ORDER BY name"_s;
    const QString fresh = freshPath();
    {
        auto journal = Journal::open(fresh, {});
        REQUIRE(journal.journal);
    }
    runSql(fresh, sampleRows);

    for (int version = 0; version < Journal::schemaVersion; ++version) {
        INFO("from version " << version);
        const QString old = freshPath();
        {
            QFile file(old);
            REQUIRE(file.open(QIODevice::WriteOnly));
        }
        QStringList statements;
        for (const auto &step : viparita::detail::schemaSteps()) {
            if (step.version <= version)
                statements += step.statements;
        }
        statements.append(u"PRAGMA user_version = %1"_s.arg(version));
        if (version >= 1)
            statements += sampleRows;
        runSql(old, statements);
        {
            auto journal = Journal::open(old, {});
            REQUIRE(journal.journal);
            REQUIRE_FALSE(journal.error.isError());
        }
        CHECK(sqlRows(old, schema) == sqlRows(fresh, schema));
        CHECK(sqlRows(old, u"PRAGMA user_version"_s) ==
              QStringList{QString::number(Journal::schemaVersion)});
        if (version >= 1)
            CHECK(everything(old) == everything(fresh));
    }
    CHECK(sqlRows(fresh, schema).size() >= 7);
    CHECK(everything(fresh).size() == 5);
    // A new journal holds no empty pages (the tables made anew gave theirs back).
    CHECK(sqlRows(fresh, u"PRAGMA freelist_count"_s) == QStringList{u"0"_s});
}

TEST_CASE("a journal of version 2 takes readings on standing up once upgraded")
{
    const QString path = freshPath();
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    QStringList statements;
    for (const auto &step : viparita::detail::schemaSteps()) {
        if (step.version <= 2)
            statements += step.statements;
    }
    statements.append(u"PRAGMA user_version = 2"_s);
    statements += sampleRows;
    runSql(path, statements);
    const QStringList before = everything(path);

    auto opened = Journal::open(path, {});
    REQUIRE(opened.journal);
    REQUIRE_FALSE(opened.error.isError());
    CHECK(sqlRows(path, u"PRAGMA user_version"_s) ==
          QStringList{QString::number(Journal::schemaVersion)});
    CHECK(sqlRows(path, u"PRAGMA integrity_check"_s) == QStringList{u"ok"_s});
    CHECK(everything(path) == before);

    viparita::Reading standing;
    standing.takenAt = QDateTime(QDate(2025, 11, 20), QTime(20, 16), Qt::OffsetFromUTC, 3600);
    standing.systolic = 112;
    standing.diastolic = 74;
    standing.context = viparita::ReadingContext::Standing;
    standing.position = viparita::BodyPosition::Standing;
    standing.sessionId = 1;
    const auto saved = opened.journal->addReading(standing);
    INFO(saved.error().message.toStdString());
    REQUIRE(saved.ok());
    const auto ofSession = opened.journal->readingsOfSession(1);
    REQUIRE(ofSession.ok());
    CHECK(std::any_of(ofSession->cbegin(), ofSession->cend(), [&](const viparita::Reading &r) {
        return r.id == *saved && r.context == viparita::ReadingContext::Standing;
    }));
    // The table still refuses a context it does not know.
    opened.journal.reset();
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        database.setDatabaseName(path);
        REQUIRE(database.open());
        QSqlQuery query(database);
        CHECK_FALSE(query.exec(u"INSERT INTO readings (taken_at, taken_offset, systolic, "
                               u"diastolic, context) VALUES (1, 0, 120, 80, 'kneeling')"_s));
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
}

TEST_CASE("a journal from a newer Viparita is opened read-only and never written")
{
    const QString path = freshPath();
    fill(path, 3);
    {
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            database.setDatabaseName(path);
            REQUIRE(database.open());
            QSqlQuery query(database);
            REQUIRE(query.exec(u"PRAGMA user_version = 99"_s));
            database.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    const QByteArray bytes = viparita::test::readFile(path);
    {
        auto opened = Journal::open(path, {});
        REQUIRE(opened.journal != nullptr);
        CHECK(opened.journal->isReadOnly());
        CHECK(opened.error.kind == StorageError::Kind::NewerVersion);
        CHECK(opened.error.message.contains(u"newer version of Viparita"_s));
        CHECK(opened.journal->readings()->size() == 3);
        viparita::Reading reading;
        reading.takenAt = QDateTime::currentDateTime();
        reading.systolic = 120;
        reading.diastolic = 80;
        const auto refused = opened.journal->addReading(reading);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == StorageError::Kind::ReadOnly);
        CHECK(opened.journal->deleteReading(1).error().kind == StorageError::Kind::ReadOnly);
    }
    CHECK(viparita::test::readFile(path) == bytes);
}

TEST_CASE("a journal checked on another thread opens as it would have, and nothing is written")
{
    const QString path = freshPath();
    fill(path, 400);
    // a sound file: "ok", from any thread, and opening with that verdict reads it all
    const QString verdict =
        std::async(std::launch::async, [&path] { return Journal::checkFile(path); }).get();
    CHECK(verdict == u"ok"_s);
    const QByteArray bytes = viparita::test::readFile(path);
    {
        Journal::OpenOptions options;
        options.checkedAs = verdict;
        const auto opened = Journal::open(path, options);
        REQUIRE(opened.journal != nullptr);
        CHECK_FALSE(opened.error.isError());
        CHECK(opened.journal->readings()->size() == 400);
    }
    // no file: said so, and none is made
    const QString missing = QFileInfo(path).absolutePath() + u"/missing.sqlite"_s;
    CHECK(Journal::checkFile(missing) != u"ok"_s);
    CHECK_FALSE(QFileInfo::exists(missing));
    // checking writes nothing
    CHECK(Journal::checkFile(path) == u"ok"_s);
    CHECK(viparita::test::readFile(path) == bytes);
}

TEST_CASE("a damaged journal is refused with the latest backup named, and left as it is")
{
    const QString path = freshPath();
    fill(path, 400);
    const QString backups = QFileInfo(path).absolutePath() + u"/backups"_s;
    viparita::test::writeFile(backups + u"/journal-2026-11-19.sqlite"_s, "old");
    viparita::test::writeFile(backups + u"/journal-2026-11-20.sqlite"_s, "newer");
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.size() > 5 * 4096);
        REQUIRE(file.seek(2 * 4096));
        REQUIRE(file.write(QByteArray(4096, '\xAB')) == 4096);
    }
    const QByteArray bytes = viparita::test::readFile(path);
    Journal::OpenOptions options;
    options.backupFolder = backups;
    // The app checks the file on another thread while it starts, and opens with the verdict.
    const QString verdict =
        std::async(std::launch::async, [&path] { return Journal::checkFile(path); }).get();
    INFO(verdict.toStdString());
    CHECK_FALSE(verdict.isEmpty());
    CHECK(verdict != u"ok"_s);
    options.checkedAs = verdict;
    const auto opened = Journal::open(path, options);
    CHECK(opened.journal == nullptr);
    CHECK(opened.error.kind == StorageError::Kind::Damaged);
    CHECK(opened.error.message.startsWith(u"The journal "_s + path +
                                          u" is damaged, or is not a Viparita journal"_s));
    CHECK(opened.error.message.contains(u"It has not been changed."_s));
    CHECK(opened.error.message.contains(backups + u"/journal-2026-11-20.sqlite"_s));
    CHECK(viparita::test::readFile(path) == bytes);
}

TEST_CASE("a file that is not a Viparita journal is refused and left as it is")
{
    const QString text = freshPath();
    viparita::test::writeFile(text, "date,systolic\n2026-11-20,120\n");
    const auto refused = Journal::open(text, {});
    CHECK(refused.journal == nullptr);
    CHECK(viparita::test::readFile(text) == "date,systolic\n2026-11-20,120\n");

    const QString other = freshPath();
    {
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            database.setDatabaseName(other);
            REQUIRE(database.open());
            QSqlQuery query(database);
            REQUIRE(query.exec(u"CREATE TABLE notes (text)"_s));
            database.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    const QByteArray bytes = viparita::test::readFile(other);
    const auto foreign = Journal::open(other, {});
    CHECK(foreign.journal == nullptr);
    CHECK(foreign.error.kind == StorageError::Kind::NotAJournal);
    CHECK(foreign.error.message.contains(u"not a Viparita journal"_s));
    CHECK(viparita::test::readFile(other) == bytes);
}

TEST_CASE("a missing folder is named and nothing is created")
{
    const QString path = viparita::test::dataHome() + u"/no-such-folder/journal.sqlite"_s;
    const auto opened = Journal::open(path, {});
    CHECK(opened.journal == nullptr);
    CHECK(opened.error.kind == StorageError::Kind::FolderMissing);
    CHECK(opened.error.message == u"The folder %1 of the journal does not exist."_s.arg(
                                      viparita::test::dataHome() + u"/no-such-folder"_s));
    CHECK_FALSE(QFileInfo::exists(viparita::test::dataHome() + u"/no-such-folder"_s));
}

TEST_CASE("a read-only journal can be read but not written, and is left as it is")
{
    // A folder others may enter, so a writer without rights can be run.
    QTemporaryDir folder(QDir::tempPath() + u"/viparita-readonly-XXXXXX"_s);
    REQUIRE(folder.isValid());
    REQUIRE(QFile::setPermissions(
        folder.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther |
                           QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup));
    const QString path = folder.filePath(u"journal.sqlite"_s);
    fill(path, 5);
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray bytes = viparita::test::readFile(path);

    QProcess writer;
    if (::geteuid() == 0) {
        // Root may write anything: run the writer as an unprivileged user.
        writer.start(u"setpriv"_s, {u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s,
                                    QStringLiteral(VIPARITA_JOURNAL_TOOL), u"add"_s, path, u"1"_s});
    } else {
        writer.start(QStringLiteral(VIPARITA_JOURNAL_TOOL), {u"add"_s, path, u"1"_s});
    }
    REQUIRE(writer.waitForFinished(30000));
    const QString message = QString::fromUtf8(writer.readAllStandardError());
    INFO(message.toStdString());
    CHECK(writer.exitCode() == 3);
    CHECK(message.contains(u"read-only"_s));
    CHECK(viparita::test::readFile(path) == bytes);
    CHECK(sqlRows(path, u"SELECT count(*) FROM readings"_s) == QStringList{u"5"_s});
}

TEST_CASE("a journal locked by another program gives a clear message, and nothing changes")
{
    const QString path = freshPath();
    fill(path, 2);
    const QByteArray bytes = viparita::test::readFile(path);
    QProcess locker;
    locker.start(QStringLiteral(VIPARITA_JOURNAL_TOOL), {u"lock"_s, path, u"8"_s});
    REQUIRE(locker.waitForReadyRead(10000));
    REQUIRE(locker.readLine().trimmed() == "locked");

    auto opened = Journal::open(path, {});
    REQUIRE(opened.journal != nullptr);
    viparita::Reading reading;
    reading.takenAt = QDateTime::currentDateTime();
    reading.systolic = 120;
    reading.diastolic = 80;
    const auto refused = opened.journal->addReading(reading);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == StorageError::Kind::Locked);
    CHECK(refused.error().message.contains(u"in use by another program"_s));
    opened.journal.reset();
    locker.kill();
    locker.waitForFinished();
    CHECK(viparita::test::readFile(path) == bytes);
}

TEST_CASE("two processes adding 500 readings each at once: all 1000 are there")
{
    const QString path = freshPath();
    {
        auto journal = Journal::open(path, {});
        REQUIRE(journal.journal);
    }
    QProcess first;
    QProcess second;
    first.start(QStringLiteral(VIPARITA_JOURNAL_TOOL), {u"add"_s, path, u"500"_s, u"0"_s});
    second.start(QStringLiteral(VIPARITA_JOURNAL_TOOL), {u"add"_s, path, u"500"_s, u"500"_s});
    REQUIRE(first.waitForFinished(120000));
    REQUIRE(second.waitForFinished(120000));
    INFO(first.readAllStandardError().toStdString() << second.readAllStandardError().toStdString());
    CHECK(first.exitCode() == 0);
    CHECK(second.exitCode() == 0);
    CHECK(sqlRows(path, u"SELECT count(*) FROM readings"_s) == QStringList{u"1000"_s});
    CHECK(sqlRows(path, u"SELECT count(DISTINCT note) FROM readings"_s) == QStringList{u"1000"_s});
}

TEST_CASE("a writer killed at random moments (50 times, seeded) loses no acknowledged reading")
{
    const QString path = freshPath();
    {
        auto journal = Journal::open(path, {});
        REQUIRE(journal.journal);
    }
    std::mt19937 random(4242);
    std::vector<Acknowledged> acknowledged;
    int next = 0;
    for (int round = 0; round < 50; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(VIPARITA_JOURNAL_TOOL),
                     {u"add"_s, path, u"100000"_s, QString::number(next)});
        REQUIRE(writer.waitForStarted());
        QByteArray output;
        // Kill after the first acknowledged write, at a random moment.
        REQUIRE(writer.waitForReadyRead(10000));
        output += writer.readAllStandardOutput();
        QThread::usleep(std::uniform_int_distribution<unsigned long>(0, 60000)(random));
        writer.kill();
        REQUIRE(writer.waitForFinished(10000));
        output += writer.readAllStandardOutput();
        const auto round_acknowledged = acknowledgedIn(output);
        REQUIRE_FALSE(round_acknowledged.empty());
        acknowledged.insert(acknowledged.end(), round_acknowledged.begin(),
                            round_acknowledged.end());
        next = round_acknowledged.back().index + 10; // leave room for an unacknowledged write

        INFO("round " << round);
        REQUIRE(sqlRows(path, u"PRAGMA integrity_check"_s) == QStringList{u"ok"_s});
    }
    auto opened = Journal::open(path, {});
    REQUIRE(opened.journal != nullptr);
    for (const Acknowledged &item : acknowledged) {
        const auto reading = opened.journal->reading(item.id);
        REQUIRE(reading.ok());
        CHECK(reading->systolic == 100 + item.index % 100);
        CHECK(reading->diastolic == 60 + item.index % 30);
        CHECK(reading->note == u"reading %1"_s.arg(item.index));
    }
    CHECK(acknowledged.size() >= 50);
}

#include "test_environment.h"

#include "catch_qt.h"
#include "same_reading.h"

#include <viparita/storage/journal.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;
using viparita::Journal;
using viparita::Reading;
using viparita::ReadingContext;
using viparita::SessionRecord;
using viparita::SessionStatus;
using viparita::StorageError;

namespace {

QString freshPath(const QString &name = u"journal.sqlite"_s)
{
    const QString folder = viparita::test::dataHome() + u"/journal-"_s +
                           QUuid::createUuid().toString(QUuid::WithoutBraces);
    REQUIRE(QDir().mkpath(folder));
    return folder + u'/' + name;
}

std::unique_ptr<Journal> openOk(const QString &path)
{
    auto opened = Journal::open(path, {});
    INFO(opened.error.message.toStdString());
    REQUIRE(opened.journal != nullptr);
    REQUIRE_FALSE(opened.error.isError());
    return std::move(opened.journal);
}

QDateTime at(const QString &iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODate);
    REQUIRE(time.isValid());
    return time;
}

Reading reading(const QString &iso, int systolic, int diastolic, std::optional<int> pulse = {})
{
    Reading r;
    r.takenAt = at(iso);
    r.systolic = systolic;
    r.diastolic = diastolic;
    r.pulse = pulse;
    return r;
}

/// `base` with every optional detail given: an arm, a position, the irregular flag, a note.
Reading withDetails(Reading base, viparita::Arm arm, viparita::BodyPosition position,
                    const QString &note)
{
    base.arm = arm;
    base.position = position;
    base.irregular = true;
    base.note = note;
    return base;
}

/// Runs SQL on a file with a connection of its own.
QVariant sqlValue(const QString &path, const QString &sql)
{
    const QString name = QUuid::createUuid().toString();
    QVariant value;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        database.setDatabaseName(path);
        REQUIRE(database.open());
        QSqlQuery query(database);
        REQUIRE(query.exec(sql));
        if (query.next())
            value = query.value(0);
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

} // namespace

TEST_CASE("a new journal is created with mode 0600, in WAL mode, at the current schema")
{
    const QString path = freshPath();
    {
        auto journal = openOk(path);
        CHECK_FALSE(journal->isReadOnly());
        CHECK(journal->path() == path);
    }
    struct stat info {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    CHECK(sqlValue(path, u"PRAGMA journal_mode"_s).toString() == u"wal"_s);
    CHECK(sqlValue(path, u"PRAGMA user_version"_s).toInt() == Journal::schemaVersion);
    CHECK(sqlValue(path, u"PRAGMA application_id"_s).toInt() == Journal::applicationId);
}

TEST_CASE("a reading is saved as given, with its UTC offset, and read back unchanged")
{
    auto journal = openOk(freshPath());
    Reading saved = withDetails(reading(u"2026-11-20T20:05:00+01:00"_s, 142, 91, 68),
                                viparita::Arm::Left, viparita::BodyPosition::Sitting,
                                u"after tea, \"calm\" — ملاحظة 🙂\nsecond line"_s);
    const auto id = journal->addReading(saved);
    REQUIRE(id.ok());
    saved.id = *id;
    const auto loaded = journal->reading(*id);
    REQUIRE(loaded.ok());
    CHECK(loaded->takenAt.offsetFromUtc() == 3600);
    CHECK(loaded->takenAt == saved.takenAt);
    CHECK(*loaded == saved);
}

TEST_CASE("readings read for their measures leave out the arm, position, flag and note")
{
    auto journal = openOk(freshPath());
    const Reading detailed =
        withDetails(reading(u"2026-11-20T08:05:00+01:00"_s, 142, 91, 68), viparita::Arm::Right,
                    viparita::BodyPosition::Lying, u"after a walk"_s);
    REQUIRE(journal->addReading(detailed).ok());
    REQUIRE(journal->addReading(reading(u"2026-11-19T21:00:00+01:00"_s, 131, 84)).ok());

    const auto full = journal->readings();
    const auto measures = journal->readings({}, Journal::ReadingDetail::Measures);
    REQUIRE(full.ok());
    REQUIRE(measures.ok());
    REQUIRE(full->size() == 2);
    REQUIRE(measures->size() == 2);
    for (qsizetype i = 0; i < full->size(); ++i) {
        // The same readings in the same order, all but those four fields as read in full.
        Reading expected = full->at(i);
        expected.arm = Reading{}.arm;
        expected.position = Reading{}.position;
        expected.irregular = false;
        expected.note.clear();
        CHECK(measures->at(i) == expected);
    }
    CHECK(full->at(1).note == u"after a walk"_s);
    CHECK(full->at(1).arm == viparita::Arm::Right);
    CHECK(measures->at(1).takenAt == detailed.takenAt);
    CHECK(measures->at(1).pulse == 68);
}

TEST_CASE("an invalid reading is refused with the field named, and nothing is saved")
{
    auto journal = openOk(freshPath());
    const auto swapped = journal->addReading(reading(u"2026-11-20T20:00:00+01:00"_s, 80, 120));
    REQUIRE_FALSE(swapped.ok());
    CHECK(swapped.error().kind == StorageError::Kind::Invalid);
    CHECK(swapped.error().message.startsWith(u"systolic: "_s));
    CHECK(swapped.error().message.contains(u"swap"_s));
    const auto high = journal->addReading(reading(u"2026-11-20T20:00:00+01:00"_s, 301, 80));
    REQUIRE_FALSE(high.ok());
    CHECK(high.error().message.contains(u"50 to 300"_s));
    CHECK(journal->readings()->isEmpty());
}

TEST_CASE("delete then restore gives the reading back exactly and purge removes it for good")
{
    auto journal = openOk(freshPath());
    const auto first = journal->addReading(reading(u"2026-11-20T08:00:00+01:00"_s, 130, 85, 70));
    const auto second = journal->addReading(reading(u"2026-11-20T20:00:00+01:00"_s, 125, 80));
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    const Reading before = *journal->reading(*first);

    REQUIRE(journal->deleteReading(*first).ok());
    CHECK(journal->readings()->size() == 1);
    CHECK(journal->reading(*first)->deletedAt.has_value());
    CHECK(journal->deleteReading(*first).error().kind == StorageError::Kind::NotFound);

    REQUIRE(journal->restoreReading(*first).ok());
    CHECK(*journal->reading(*first) == before);
    CHECK(journal->readings()->size() == 2);

    REQUIRE(journal->deleteReading(*second).ok());
    const auto purged = journal->purgeDeletedReadings();
    REQUIRE(purged.ok());
    CHECK(*purged == 1);
    CHECK(journal->reading(*second).error().kind == StorageError::Kind::NotFound);
    CHECK(journal->restoreReading(*second).error().kind == StorageError::Kind::NotFound);
}

TEST_CASE("readings fall on the day of their own local time, across time zones")
{
    auto journal = openOk(freshPath());
    // 23:30 in New York on the 10th is 04:30 UTC on the 11th.
    REQUIRE(journal->addReading(reading(u"2026-10-10T23:30:00-05:00"_s, 120, 80)).ok());
    // 00:30 in Tokyo on the 11th is 15:30 UTC on the 10th.
    REQUIRE(journal->addReading(reading(u"2026-10-11T00:30:00+09:00"_s, 121, 80)).ok());
    REQUIRE(journal->addReading(reading(u"2026-10-12T12:00:00+00:00"_s, 122, 80)).ok());

    const auto on10 = journal->readings({QDate(2026, 10, 10), QDate(2026, 10, 10)});
    REQUIRE(on10->size() == 1);
    CHECK(on10->first().systolic == 120);
    const auto on11 = journal->readings({QDate(2026, 10, 11), QDate(2026, 10, 11)});
    REQUIRE(on11->size() == 1);
    CHECK(on11->first().systolic == 121);
    CHECK(journal->readings({QDate(2026, 10, 11), std::nullopt})->size() == 2);
    CHECK(journal->readings({std::nullopt, QDate(2026, 10, 11)})->size() == 2);
    // In time order: Tokyo (15:30 UTC on the 10th) before New York.
    const auto all = journal->readings();
    REQUIRE(all->size() == 3);
    CHECK(all->at(0).systolic == 121);
    CHECK(all->at(1).systolic == 120);
}

TEST_CASE("a session is written as it happens, and an interrupted one is found")
{
    const QString path = freshPath();
    qint64 finished = 0;
    qint64 interrupted = 0;
    {
        auto journal = openOk(path);
        SessionRecord session;
        session.sequenceId = u"healing"_s;
        session.sequenceTitle = u"Healing sequence"_s;
        session.sequenceVersion = 2;
        session.startedAt = at(u"2026-11-20T20:00:00+01:00"_s);
        session.plannedSeconds = 660;
        session.breathPattern = u"4-0-6-0"_s;
        const auto first = journal->startSession(session);
        REQUIRE(first.ok());
        finished = *first;
        REQUIRE(
            journal
                ->addSessionStep(finished, {0, u"hamstrings"_s, std::nullopt, 90, 91.5, false, 0})
                .ok());
        REQUIRE(journal
                    ->addSessionStep(finished,
                                     {1, u"twist"_s, viparita::Side::Left, 60, 30.0, true, 30})
                    .ok());
        REQUIRE(journal
                    ->finishSession(finished, SessionStatus::Completed,
                                    at(u"2026-11-20T20:11:00+01:00"_s), 660, 4, u"calm"_s)
                    .ok());
        session.startedAt = at(u"2026-11-21T07:00:00+01:00"_s);
        const auto second = journal->startSession(session);
        REQUIRE(second.ok());
        interrupted = *second;
        // The process dies here: the session stays in progress.
    }
    auto journal = openOk(path);
    const auto open = journal->interruptedSessions();
    REQUIRE(open->size() == 1);
    CHECK(open->first().id == interrupted);
    CHECK(open->first().status == SessionStatus::InProgress);

    const auto done = journal->session(finished);
    REQUIRE(done.ok());
    CHECK(done->status == SessionStatus::Completed);
    CHECK(done->endedAt == at(u"2026-11-20T20:11:00+01:00"_s));
    CHECK(done->feeling == 4);
    CHECK(done->note == u"calm"_s);
    CHECK(done->sequenceVersion == 2);
    const auto steps = journal->sessionSteps(finished);
    REQUIRE(steps->size() == 2);
    CHECK(steps->at(1).side == viparita::Side::Left);
    CHECK(steps->at(1).skipped);
    CHECK(steps->at(1).extendedBySeconds == 30);
    CHECK(steps->at(0).actualSeconds == Approx(91.5));

    REQUIRE(journal
                ->finishSession(interrupted, SessionStatus::Stopped,
                                at(u"2026-11-21T07:05:00+01:00"_s), 300, std::nullopt, {})
                .ok());
    CHECK(journal->interruptedSessions()->isEmpty());
    CHECK(journal
              ->finishSession(999, SessionStatus::Stopped, at(u"2026-11-21T07:05:00+01:00"_s), 1,
                              std::nullopt, {})
              .error()
              .kind == StorageError::Kind::NotFound);
    CHECK(journal
              ->finishSession(interrupted, SessionStatus::Completed,
                              at(u"2026-11-21T07:05:00+01:00"_s), 300, 6, {})
              .error()
              .kind == StorageError::Kind::Invalid);
}

TEST_CASE("the last completed session and the days practised, each on its own local day")
{
    auto journal = openOk(freshPath());
    CHECK_FALSE(journal->lastCompletedSession()->has_value());
    CHECK(journal->practiceDays()->isEmpty());

    const auto log = [&](const QString &start, SessionStatus status, const QString &title) {
        SessionRecord session;
        session.sequenceId = u"classic"_s;
        session.sequenceTitle = title;
        session.startedAt = at(start);
        session.endedAt = session.startedAt.addSecs(600);
        session.status = status;
        session.plannedSeconds = 600;
        const auto saved = journal->logSession(session, {}, {});
        REQUIRE(saved.ok());
        return *saved;
    };
    // 23:30 at UTC+13 is still the 20th there, though the 20th at 10:30 in UTC.
    log(u"2026-11-20T23:30:00+13:00"_s, SessionStatus::Completed, u"far east"_s);
    log(u"2026-11-18T07:00:00-05:00"_s, SessionStatus::Completed, u"morning"_s);
    log(u"2026-11-18T21:00:00-05:00"_s, SessionStatus::Completed, u"same day, evening"_s);
    // the 19th has only a stopped session, and the latest session is still in progress
    log(u"2026-11-19T20:00:00+01:00"_s, SessionStatus::Stopped, u"stopped"_s);
    const qint64 last = log(u"2026-11-21T06:00:00+01:00"_s, SessionStatus::Completed, u"last"_s);
    SessionRecord running;
    running.sequenceId = u"classic"_s;
    running.sequenceTitle = u"running"_s;
    running.startedAt = at(u"2026-11-22T06:00:00+01:00"_s);
    running.plannedSeconds = 600;
    REQUIRE(journal->startSession(running).ok());
    // one before 1970 falls on its own day too
    log(u"1969-12-31T23:00:00+00:00"_s, SessionStatus::Completed, u"long ago"_s);

    const auto found = journal->lastCompletedSession();
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    CHECK((*found)->id == last);
    CHECK((*found)->sequenceTitle == u"last"_s);

    const auto days = journal->practiceDays();
    REQUIRE(days.ok());
    CHECK(*days == QList<QDate>{QDate(1969, 12, 31), QDate(2026, 11, 18), QDate(2026, 11, 20),
                                QDate(2026, 11, 21)});
}

TEST_CASE("a logged session is saved whole or not at all")
{
    auto journal = openOk(freshPath());
    SessionRecord session;
    session.sequenceId = u"classic"_s;
    session.sequenceTitle = u"Classic"_s;
    session.startedAt = at(u"2026-11-20T20:00:00+01:00"_s);
    session.endedAt = at(u"2026-11-20T20:12:00+01:00"_s);
    session.status = SessionStatus::Completed;
    session.plannedSeconds = 720;
    Reading before = reading(u"2026-11-20T19:59:00+01:00"_s, 140, 90);
    before.context = ReadingContext::Before;
    Reading badAfter = reading(u"2026-11-20T20:13:00+01:00"_s, 80, 90); // swapped
    badAfter.context = ReadingContext::After;

    const auto refused = journal->logSession(
        session, {{0, u"rest"_s, std::nullopt, 720, 720.0, false, 0}}, {before, badAfter});
    REQUIRE_FALSE(refused.ok());
    CHECK(journal->sessions()->isEmpty());
    CHECK(journal->readings()->isEmpty());

    badAfter.systolic = 120;
    const auto saved = journal->logSession(
        session, {{0, u"rest"_s, std::nullopt, 720, 720.0, false, 0}}, {before, badAfter});
    REQUIRE(saved.ok());
    const auto readings = journal->readingsOfSession(*saved);
    REQUIRE(readings->size() == 2);
    CHECK(readings->at(0).sessionId == *saved);
    CHECK(journal->sessionSteps(*saved)->size() == 1);
}

TEST_CASE("a session is deleted with its readings, and Undo brings back exactly what it took")
{
    auto journal = openOk(freshPath());
    SessionRecord session;
    session.sequenceId = u"classic"_s;
    session.sequenceTitle = u"Classic"_s;
    session.startedAt = at(u"2026-11-20T20:00:00+01:00"_s);
    session.endedAt = at(u"2026-11-20T20:12:00+01:00"_s);
    session.status = SessionStatus::Completed;
    session.plannedSeconds = 720;
    Reading before = reading(u"2026-11-20T19:59:00+01:00"_s, 140, 90);
    before.context = ReadingContext::Before;
    Reading after = reading(u"2026-11-20T20:13:00+01:00"_s, 128, 84);
    after.context = ReadingContext::After;
    const auto id = journal->logSession(
        session, {{0, u"rest"_s, std::nullopt, 720, 720.0, false, 0}}, {before, after});
    REQUIRE(id.ok());
    REQUIRE(journal->addReading(reading(u"2026-11-21T08:00:00+01:00"_s, 131, 85)).ok());
    const auto own = journal->readingsOfSession(*id);
    REQUIRE(own->size() == 2);
    // A reading of the session deleted on its own first: Undo of the session leaves it so.
    REQUIRE(journal->deleteReading(own->at(0).id).ok());

    // How the person felt and what they noted can be put right.
    REQUIRE(journal->updateSessionNotes(*id, 4, u"calmer afterwards"_s).ok());
    CHECK(journal->session(*id)->feeling == 4);
    CHECK(journal->session(*id)->note == u"calmer afterwards"_s);
    CHECK(journal->updateSessionNotes(*id, 9, {}).error().kind == StorageError::Kind::Invalid);
    CHECK(journal->session(*id)->feeling == 4);

    REQUIRE(journal->deleteSession(*id).ok());
    CHECK(journal->sessions()->isEmpty());
    CHECK(journal->session(*id).error().kind == StorageError::Kind::NotFound);
    CHECK(journal->readingsOfSession(*id)->isEmpty());
    CHECK(journal->readings()->size() == 1); // the reading on its own
    CHECK_FALSE(journal->lastCompletedSession()->has_value());
    CHECK(journal->practiceDays()->isEmpty());
    CHECK(journal->deleteSession(*id).error().kind == StorageError::Kind::NotFound);
    CHECK(journal->updateSessionNotes(*id, 3, {}).error().kind == StorageError::Kind::NotFound);

    REQUIRE(journal->restoreSession(*id).ok());
    REQUIRE(journal->sessions()->size() == 1);
    CHECK(journal->session(*id)->note == u"calmer afterwards"_s);
    const auto back = journal->readingsOfSession(*id);
    REQUIRE(back->size() == 1);
    CHECK(back->first().systolic == 128);
    CHECK(journal->sessionSteps(*id)->size() == 1);
    CHECK(journal->restoreSession(*id).error().kind == StorageError::Kind::NotFound);

    // A session under way is not deleted.
    SessionRecord running = session;
    running.status = SessionStatus::InProgress;
    running.endedAt.reset();
    const auto started = journal->startSession(running);
    REQUIRE(started.ok());
    CHECK(journal->deleteSession(*started).error().kind == StorageError::Kind::NotFound);
}

namespace {

/// The statements that make the readings' indexes, in the order of their names.
QString readingsIndexes(const QString &path)
{
    return sqlValue(path, u"SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_master "
                          "WHERE type = 'index' AND tbl_name = 'readings' ORDER BY name)"_s)
        .toString();
}

/// `count` readings an hour apart from 2020-01-01 07:00:20 +01:00 on (the `first`th hour on);
/// the first of all is 130/84, 20 seconds after the one each test saves first.
QList<Reading> hourly(int first, int count)
{
    QList<Reading> readings;
    const QDateTime start = at(u"2020-01-01T07:00:20+01:00"_s);
    for (int i = first; i < first + count; ++i) {
        Reading r;
        r.takenAt = start.addSecs(qint64(i) * 3600);
        r.systolic = i == 0 ? 130 : 110 + i % 50;
        r.diastolic = i == 0 ? 84 : 70 + i % 20;
        // Every detail, or none, in turn: each column is written filled and empty.
        if (i % 3 == 1) {
            r = withDetails(r, i % 2 ? viparita::Arm::Left : viparita::Arm::Right,
                            i % 2 ? viparita::BodyPosition::Lying : viparita::BodyPosition::Sitting,
                            u"note %1, ünïcode"_s.arg(i));
            r.pulse = 50 + i % 40;
        }
        readings.append(r);
    }
    return readings;
}

} // namespace

TEST_CASE("a large import leaves the readings' indexes as they were, and finds its repeats")
{
    const QString path = freshPath();
    auto journal = openOk(path);
    REQUIRE(journal->addReading(reading(u"2020-01-01T07:00:00+01:00"_s, 130, 84)).ok());
    const QString indexes = readingsIndexes(path);
    REQUIRE(indexes.count(u"CREATE INDEX"_s) >= 3);

    // Enough readings for the import to build the indexes after the rows; the first is the
    // journal's reading again, written by another app 20 seconds later.
    const QList<Reading> many = hourly(0, 6000);
    const auto added = journal->importReadings(many);
    REQUIRE(added.ok());
    CHECK(*added == viparita::ImportOutcome{5999, 1});
    CHECK(readingsIndexes(path) == indexes);
    CHECK(sqlValue(path, u"PRAGMA integrity_check"_s).toString() == u"ok"_s);
    CHECK(sqlValue(path, u"SELECT count(*) FROM readings"_s).toInt() == 6000);
    // Each reading as it was given, whether written in a batch of rows or alone.
    const auto back = journal->readings();
    REQUIRE(back.ok());
    REQUIRE(back->size() == 6000);
    for (qsizetype i = 1; i < many.size(); ++i) {
        const Reading &given = many.at(i);
        const Reading &read = back->at(i);
        INFO(i);
        viparita::test::checkSameReading(read, given);
    }
    const auto again = journal->importReadings(many);
    REQUIRE(again.ok());
    CHECK(*again == viparita::ImportOutcome{0, 6000});
}

TEST_CASE("readings fed as they are read are kept when the feed is done, and none when it stops")
{
    const QString path = freshPath();
    auto journal = openOk(path);
    REQUIRE(journal->addReading(reading(u"2020-01-01T07:00:00+01:00"_s, 130, 84)).ok());
    const QString indexes = readingsIndexes(path);
    // Three chunks of 3000: past the size where the indexes are built after the rows.
    using Feed = Journal::Feed;
    const auto feed = [](Feed last, std::optional<Reading> broken = {}) {
        int given = 0;
        return [=](QList<Reading> &readings) mutable {
            readings = hourly(given * 3000, 3000);
            if (broken && given == 1)
                readings.append(*broken);
            return ++given < 3 ? Feed::More : last;
        };
    };

    const auto stopped = journal->importReadings(feed(Feed::Abandon));
    REQUIRE_FALSE(stopped.ok());
    CHECK(stopped.error().kind == StorageError::Kind::Invalid);
    CHECK(sqlValue(path, u"SELECT count(*) FROM readings"_s).toInt() == 1);
    CHECK(readingsIndexes(path) == indexes);

    Reading bad = reading(u"2020-06-01T07:00:00+01:00"_s, 80, 90); // diastolic above systolic
    const auto refused = journal->importReadings(feed(Feed::Done, bad));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == StorageError::Kind::Invalid);
    CHECK(refused.error().message.contains(u"Reading 6001 of the import"_s));
    CHECK(sqlValue(path, u"SELECT count(*) FROM readings"_s).toInt() == 1);
    CHECK(readingsIndexes(path) == indexes);

    const auto done = journal->importReadings(feed(Feed::Done));
    REQUIRE(done.ok());
    CHECK(*done == viparita::ImportOutcome{8999, 1});
    CHECK(sqlValue(path, u"SELECT count(*) FROM readings"_s).toInt() == 9000);
    CHECK(readingsIndexes(path) == indexes);
    CHECK(sqlValue(path, u"PRAGMA integrity_check"_s).toString() == u"ok"_s);
}

TEST_CASE("a medicine and its course are kept, changed, taken back and deleted")
{
    using viparita::Dose;
    using viparita::Medication;
    using viparita::MedicationChange;
    using Kind = MedicationChange::Kind;
    const QString path = freshPath();
    auto journal = openOk(path);
    std::optional<viparita::JournalChange> told;
    journal->setChangeListener([&told](viparita::JournalChange change) { told = change; });

    Medication medication;
    medication.name = u"  Amlodipine "_s;
    medication.times = {viparita::DayTime::Morning};
    medication.changes = {{0, Kind::Started, QDate(2026, 9, 1), Dose{5, u"mg"_s}, {}}};
    const auto id = journal->addMedication(medication);
    REQUIRE(id.ok());
    CHECK(told == viparita::JournalChange::Medications);

    const auto changed = journal->addMedicationChange(
        *id, {0, Kind::DoseChanged, QDate(2026, 11, 1), Dose{2.5, u"mg"_s}, u"dizzy"_s});
    REQUIRE(changed.ok());
    // A change that breaks the course is refused, saying why, and nothing is written.
    const auto twice = journal->addMedicationChange(
        *id, {0, Kind::Started, QDate(2026, 11, 2), Dose{5, u"mg"_s}, {}});
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().kind == StorageError::Kind::Invalid);
    CHECK(twice.error().message.startsWith(u"change: Amlodipine was already being taken"_s));
    CHECK(sqlValue(path, u"SELECT count(*) FROM medication_changes"_s).toInt() == 2);

    auto stored = journal->medication(*id);
    REQUIRE(stored.ok());
    CHECK(stored->name == u"Amlodipine"_s);
    CHECK(stored->times == QList<viparita::DayTime>{viparita::DayTime::Morning});
    REQUIRE(stored->changes.size() == 2);
    CHECK(stored->changes[1].dose == Dose{2.5, u"mg"_s});
    CHECK(stored->changes[1].reason == u"dizzy"_s);
    CHECK(stored->changes[1].id == *changed);

    REQUIRE(journal->removeLatestMedicationChange(*id).ok());
    CHECK(journal->medication(*id)->changes.size() == 1);
    CHECK_FALSE(journal->removeLatestMedicationChange(*id).ok());

    Medication renamed = *journal->medication(*id);
    renamed.name = u"Amlodipine besilate"_s;
    renamed.forBloodPressure = false;
    REQUIRE(journal->updateMedicationDetails(renamed).ok());
    CHECK(journal->medication(*id)->name == u"Amlodipine besilate"_s);
    CHECK_FALSE(journal->medication(*id)->forBloodPressure);
    renamed.name.clear();
    CHECK_FALSE(journal->updateMedicationDetails(renamed).ok());

    REQUIRE(journal->deleteMedication(*id).ok());
    CHECK(journal->medications()->isEmpty());
    CHECK(journal->medication(*id).error().kind == StorageError::Kind::NotFound);
    REQUIRE(journal->restoreMedication(*id).ok());
    CHECK(journal->medications()->size() == 1);
    CHECK(sqlValue(path, u"PRAGMA foreign_key_check"_s).isNull());
}

TEST_CASE("home-monitoring weeks are kept once a first day, oldest first")
{
    const QString path = freshPath();
    auto journal = openOk(path);
    const auto later = journal->startHomeWeek(QDate(2026, 12, 1), u"after a change"_s);
    const auto earlier = journal->startHomeWeek(QDate(2026, 10, 5), u"before a visit"_s);
    REQUIRE(later.ok());
    REQUIRE(earlier.ok());
    CHECK(*journal->startHomeWeek(QDate(2026, 12, 1), {}) == *later);
    const auto weeks = journal->homeWeeks();
    REQUIRE(weeks.ok());
    REQUIRE(weeks->size() == 2);
    CHECK(weeks->at(0) ==
          viparita::HomeWeekRecord{*earlier, QDate(2026, 10, 5), u"before a visit"_s});
    CHECK(weeks->at(1).firstDay == QDate(2026, 12, 1));
    REQUIRE(journal->deleteHomeWeek(*earlier).ok());
    CHECK(journal->homeWeeks()->size() == 1);
    CHECK(journal->deleteHomeWeek(*earlier).error().kind == StorageError::Kind::NotFound);
    CHECK_FALSE(journal->startHomeWeek(QDate(), {}).ok());
}

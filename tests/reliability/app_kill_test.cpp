// Power cuts through the real app: `viparita --start healing` runs a session
// unattended on the offscreen platform, its clock sped up and its reading
// dialogs answered by the test hooks of src/app/main.cpp, and is killed with
// SIGKILL at random moments (seeded). After each kill the journal must pass
// integrity_check, keep every reading the app acknowledged, and offer the
// cut-off session for recovery. docs/reliability.md has the details.
#include "kill_support.h"
#include "test_environment.h"

#include "catch_qt.h"

#include <viparita/storage/journal.h>

#include <QDir>
#include <QRegularExpression>
#include <QSettings>
#include <QUuid>

#include <cstdio>
#include <optional>
#include <random>
#include <set>

using namespace Qt::Literals::StringLiterals;
using namespace viparita::reliability;
using std::chrono::duration_cast;
using std::chrono::microseconds;

namespace {

constexpr int clockSpeed = 100; // a 4-minute session in 2.4 seconds
constexpr int minutes = 4;
const QString sequence = u"healing"_s;
constexpr int systolic = 124, diastolic = 78, pulse = 66; // what the dialogs are answered with

/// What the app said it saved (its log on standard error).
struct Acknowledged {
    std::optional<qint64> started;      ///< the session it started and saved
    std::optional<QString> finished;    ///< its status, once finished and saved
    std::map<qint64, QString> readings; ///< id to context
};

Acknowledged acknowledgedIn(const QByteArray &log)
{
    Acknowledged acknowledged;
    static const QRegularExpression started(u"^info: Session (\\d+) started and saved$"_s,
                                            QRegularExpression::MultilineOption);
    static const QRegularExpression reading(
        u"^info: Reading (\\d+) of session (\\d+) saved \\((\\w+)\\)$"_s,
        QRegularExpression::MultilineOption);
    static const QRegularExpression finished(
        u"^info: Session (\\d+) finished and saved \\((\\w+)\\)$"_s,
        QRegularExpression::MultilineOption);
    const QString text = QString::fromUtf8(log);
    if (const auto match = started.match(text); match.hasMatch())
        acknowledged.started = match.captured(1).toLongLong();
    for (auto it = reading.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        acknowledged.readings[match.captured(1).toLongLong()] = match.captured(3);
    }
    if (const auto match = finished.match(text); match.hasMatch())
        acknowledged.finished = match.captured(2);
    return acknowledged;
}

struct KnownSession {
    Row row;
    std::vector<Row> steps;
};

struct Model {
    std::map<qint64, Row> readings;
    std::map<qint64, KnownSession> sessions;
};

QString describe(const Row &row)
{
    return row.join(u" | "_s);
}

struct Figures {
    int kills = 0;
    std::map<KillPoint, int> points;
    int duringStartUp = 0;  ///< killed before the session was saved
    int interrupted = 0;    ///< sessions left in progress, offered for recovery
    int finishedFirst = 0;  ///< sessions that were finished before the kill came
    int readings = 0;       ///< readings acknowledged
    int cutOffReadings = 0; ///< readings saved but killed before their acknowledgement
};

/// Checks the journal after a kill: nothing known changed, what the app
/// acknowledged is there, and a session cut off is offered for recovery.
void checkJournal(const QString &path, const std::vector<PlannedStepRow> &plan,
                  const Acknowledged &acknowledged, Model &model, Figures &figures)
{
    const JournalContents contents = readJournal(path);
    REQUIRE(contents.error.isEmpty());
    REQUIRE(contents.integrity == u"ok"_s);
    REQUIRE(contents.foreignKeys.isEmpty());

    QStringList problems;
    for (const auto &[id, known] : model.sessions) {
        const auto found = contents.sessions.find(id);
        const auto steps = contents.steps.find(id);
        if (found == contents.sessions.end())
            problems.append(u"session %1 is lost"_s.arg(id));
        else if (found->second != known.row ||
                 (steps == contents.steps.end() ? std::vector<Row>() : steps->second) !=
                     known.steps)
            problems.append(u"session %1 changed: %2"_s.arg(id).arg(describe(found->second)));
    }
    for (const auto &[id, known] : model.readings) {
        const auto found = contents.readings.find(id);
        if (found == contents.readings.end())
            problems.append(u"reading %1 is lost"_s.arg(id));
        else if (found->second != known)
            problems.append(u"reading %1 changed: %2, was %3"_s.arg(id).arg(describe(found->second),
                                                                            describe(known)));
    }

    // At most one new session: the one this run started.
    std::optional<qint64> session;
    for (const auto &[id, row] : contents.sessions) {
        if (model.sessions.count(id))
            continue;
        if (session)
            problems.append(u"a second new session %1: %2"_s.arg(id).arg(describe(row)));
        session = id;
    }
    if (acknowledged.started && session != acknowledged.started)
        problems.append(
            u"session %1 was acknowledged but is not in the journal"_s.arg(*acknowledged.started));
    bool afterSaved = false;
    for (const auto &[id, context] : acknowledged.readings)
        afterSaved = afterSaved || context == u"after"_s;

    std::map<qint64, Row> newReadings;
    for (const auto &[id, row] : contents.readings) {
        if (!model.readings.count(id))
            newReadings.emplace(id, row);
    }
    for (const auto &[id, context] : acknowledged.readings) {
        if (!newReadings.count(id))
            problems.append(
                u"reading %1 (%2) was acknowledged but is not in the journal"_s.arg(id).arg(
                    context));
        else if (newReadings.at(id).at(RContext) != quoted(context))
            problems.append(
                u"reading %1 is not %2: %3"_s.arg(id).arg(context, describe(newReadings.at(id))));
    }
    int unacknowledged = 0;
    for (const auto &[id, row] : newReadings) {
        if (!acknowledged.readings.count(id))
            ++unacknowledged;
        if (!session || row.at(RSessionId) != quoted(*session) ||
            row.at(RSystolic) != quoted(systolic) || row.at(RDiastolic) != quoted(diastolic) ||
            row.at(RPulse) != quoted(pulse) || row.at(RDeletedAt) != quotedNull())
            problems.append(
                u"reading %1 is not one the session saved: %2"_s.arg(id).arg(describe(row)));
        model.readings[id] = row;
    }
    // The one write under way when the kill came may be saved without its
    // acknowledgement; no more.
    if (unacknowledged > 1)
        problems.append(u"%1 readings saved that were not acknowledged"_s.arg(unacknowledged));
    figures.cutOffReadings += unacknowledged;
    figures.readings += static_cast<int>(acknowledged.readings.size());

    if (session) {
        const Row &row = contents.sessions.at(*session);
        const auto found = contents.steps.find(*session);
        const std::vector<Row> steps =
            found == contents.steps.end() ? std::vector<Row>() : found->second;
        // The steps played so far: the plan's first ones, in order.
        if (steps.size() > plan.size())
            problems.append(u"session %1 has %2 steps, its plan %3"_s.arg(*session)
                                .arg(steps.size())
                                .arg(plan.size()));
        for (std::size_t i = 0; i < std::min(steps.size(), plan.size()); ++i) {
            const Row &step = steps.at(i);
            if (step.at(TPosition) != quoted(static_cast<qint64>(i)) ||
                step.at(TStepId) != quoted(plan.at(i).stepId) ||
                step.at(TSide) !=
                    (plan.at(i).side.isEmpty() ? quotedNull() : quoted(plan.at(i).side)) ||
                step.at(TPlannedSeconds) != quoted(plan.at(i).seconds) ||
                step.at(TActualSeconds).toDouble() < 0.0)
                problems.append(
                    u"session %1: step %2 is %3"_s.arg(*session).arg(i).arg(describe(step)));
        }
        if (row.at(SSequenceId) != quoted(sequence))
            problems.append(
                u"session %1 is not of %2: %3"_s.arg(*session).arg(sequence, describe(row)));
        const QString status = row.at(SStatus);
        if (acknowledged.finished) {
            if (status != quoted(*acknowledged.finished) || row.at(SEndedAt) == quotedNull())
                problems.append(
                    u"session %1 was acknowledged finished, but is %2"_s.arg(*session).arg(
                        describe(row)));
            ++figures.finishedFirst;
        } else if (status == quoted(u"completed"_s) && afterSaved) {
            // Finished in the moment between its saving and its acknowledgement.
            ++figures.finishedFirst;
        } else if (status != quoted(u"in_progress"_s) || row.at(SEndedAt) != quotedNull()) {
            problems.append(
                u"session %1 was cut off, but is %2"_s.arg(*session).arg(describe(row)));
        } else {
            ++figures.interrupted;
        }
        model.sessions[*session] = {row, steps};
    } else {
        ++figures.duringStartUp;
    }
    INFO(problems.join(u'\n').toStdString());
    REQUIRE(problems.isEmpty());

    // Offered for recovery: the journal itself reports every session left in
    // progress as interrupted, as the app asks it at start.
    std::set<qint64> inProgress;
    for (const auto &[id, known] : model.sessions) {
        if (known.row.at(SStatus) == quoted(u"in_progress"_s))
            inProgress.insert(id);
    }
    auto opened = viparita::Journal::open(path, {});
    INFO(opened.error.message.toStdString());
    REQUIRE(opened.journal);
    REQUIRE_FALSE(opened.error.isError());
    const auto interrupted = opened.journal->interruptedSessions();
    REQUIRE(interrupted.ok());
    std::set<qint64> offered;
    for (const viparita::SessionRecord &record : *interrupted)
        offered.insert(record.id);
    CHECK(offered == inProgress);
}

enum class Aim {
    StartUp,   ///< before the session is saved
    Anywhere,  ///< a moment anywhere in the session
    NextWrite, ///< a moment in the session, moved on to the app's next write to the journal
};

} // namespace

TEST_CASE("the app killed at random moments of a session (20 times, seeded) keeps every "
          "acknowledged reading and offers the session for recovery")
{
    const std::uint32_t seed = seedFromEnvironment(20261122);
    const int count = countFromEnvironment("VIPARITA_APP_KILL_COUNT", 20);
    std::printf(
        "viparita kills: seed %u (VIPARITA_KILL_SEED), %d kills (VIPARITA_APP_KILL_COUNT)\n", seed,
        count);
    std::fflush(stdout);
    INFO("seed " << seed << " (set VIPARITA_KILL_SEED to repeat)");

    const QString folder = viparita::test::dataHome() + u"/app-kills-"_s +
                           QUuid::createUuid().toString(QUuid::WithoutBraces);
    REQUIRE(QDir().mkpath(folder));
    const QString journal = folder + u"/journal.sqlite"_s;
    FolderWatch watch(folder);
    REQUIRE(watch.isValid());

    // The app's settings (the test's own configuration folder): the cautions
    // already read, silence, a reading during each session and the standing check after it.
    {
        QSettings settings;
        settings.setValue(u"app/cautionsAcknowledged"_s, true);
        settings.setValue(u"sound/chimes"_s, false);
        settings.setValue(u"sound/breathTones"_s, false);
        settings.setValue(u"sound/voice"_s, false);
        settings.setValue(u"health/takesMedication"_s, true);
        settings.sync();
        REQUIRE(settings.status() == QSettings::NoError);
    }
    QString error;
    const std::vector<PlannedStepRow> plan =
        planSteps(QStringLiteral(VIPARITA_CLI_PATH), sequence, minutes, error);
    INFO(error.toStdString());
    REQUIRE_FALSE(plan.empty());

    const QStringList arguments{u"--database"_s, journal,        u"--start"_s,
                                sequence,        u"--minutes"_s, QString::number(minutes)};
    const QStringList environment{
        u"VIPARITA_CLOCK_SPEED=%1"_s.arg(clockSpeed),
        u"VIPARITA_AUTO_READING=%1/%2/%3"_s.arg(systolic).arg(diastolic).arg(pulse),
        u"QT_QPA_PLATFORM=offscreen"_s};
    const auto patience = std::chrono::seconds(120);

    std::mt19937 random(seed);
    Model model;
    Figures figures;
    const auto began = Clock::now();

    /// Waits until the app has acknowledged its session; when it has.
    auto waitForStart = [&](ChildProcess &app) {
        const auto giveUp = app.startedAt() + patience;
        while (!acknowledgedIn(app.err()).started) {
            INFO(app.err().toStdString());
            REQUIRE(app.waitUntil(std::min(giveUp, Clock::now() + std::chrono::milliseconds(5))) !=
                    ChildProcess::Wake::Exited);
            REQUIRE(Clock::now() < giveUp);
        }
        return Clock::now();
    };

    // One whole session first: it must finish and be saved as completed; it
    // tells how long start-up and a session take here.
    Clock::duration startUp{};
    Clock::duration session{};
    {
        watch.drain();
        ChildProcess app(QStringLiteral(VIPARITA_APP_PATH), arguments, environment);
        REQUIRE(app.startError().isEmpty());
        const auto started = waitForStart(app);
        startUp = started - app.startedAt();
        while (!acknowledgedIn(app.err()).finished) {
            INFO(app.err().toStdString());
            REQUIRE(app.waitUntil(Clock::now() + std::chrono::milliseconds(5)) !=
                    ChildProcess::Wake::Exited);
            REQUIRE(Clock::now() < started + patience);
        }
        session = Clock::now() - started;
        app.stopAndKill(journal);
        const Acknowledged acknowledged = acknowledgedIn(app.err());
        INFO(app.err().toStdString());
        CHECK(acknowledged.finished == u"completed"_s);
        // before, during, after, and two on standing up (the medication setting brings the check)
        CHECK(acknowledged.readings.size() == 5);
        checkJournal(journal, plan, acknowledged, model, figures);
        figures = {};
    }

    auto spread = [&](Clock::duration length) {
        const auto top = duration_cast<microseconds>(length).count();
        return microseconds(std::uniform_int_distribution<long long>(0, top)(random));
    };
    for (int round = 0; round < count; ++round) {
        INFO("kill " << round + 1 << " of " << count);
        const int roll = std::uniform_int_distribution<int>(0, 9)(random);
        const Aim aim = roll == 0 ? Aim::StartUp : roll < 5 ? Aim::Anywhere : Aim::NextWrite;
        watch.drain();
        ChildProcess app(QStringLiteral(VIPARITA_APP_PATH), arguments, environment);
        REQUIRE(app.startError().isEmpty());
        if (aim == Aim::StartUp) {
            app.waitUntil(app.startedAt() + spread(startUp));
        } else {
            const auto started = waitForStart(app);
            if (aim == Aim::Anywhere) {
                // A little past the end too: the readings after, the summary.
                app.waitUntil(started + spread(session * 11 / 10));
            } else {
                app.waitUntil(started + spread(session));
                watch.drain();
                const auto giveUp = Clock::now() + session;
                while (Clock::now() < giveUp &&
                       app.waitUntil(giveUp, watch.fd()) == ChildProcess::Wake::Watched &&
                       !watch.take(u"journal.sqlite-wal"_s, false)) {
                }
                app.waitUntil(Clock::now() + spread(std::chrono::microseconds(600)));
            }
        }
        const KillPoint point = app.stopAndKill(journal);
        INFO(app.err().toStdString());
        REQUIRE(point != KillPoint::Exited);
        ++figures.kills;
        ++figures.points[point];
        checkJournal(journal, plan, acknowledgedIn(app.err()), model, figures);
    }

    const double seconds = std::chrono::duration<double>(Clock::now() - began).count();
    std::printf(
        "viparita kills: %d (start-up %.2f s, session %.2f s here), %d mid-write (%d inside "
        "a write transaction, %d inside a checkpoint), %d with the journal open between "
        "writes, %d with it not open\n",
        figures.kills, std::chrono::duration<double>(startUp).count(),
        std::chrono::duration<double>(session).count(),
        figures.points[KillPoint::Transaction] + figures.points[KillPoint::Checkpoint],
        figures.points[KillPoint::Transaction], figures.points[KillPoint::Checkpoint],
        figures.points[KillPoint::Open], figures.points[KillPoint::NotOpen]);
    std::printf("  %d sessions cut off and offered for recovery, %d finished before the kill, %d "
                "kills before a session was saved; %d readings acknowledged, all found unchanged, "
                "%d saved without acknowledgement; %.1f s\n",
                figures.interrupted, figures.finishedFirst, figures.duringStartUp, figures.readings,
                figures.cutOffReadings, seconds);
    std::fflush(stdout);
    CHECK(figures.kills == count);
    // The kills must be during sessions, as meant: most of them cut one off.
    CHECK(figures.interrupted * 2 >= count);
}

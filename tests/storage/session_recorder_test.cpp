// A session's journal writes, apart from the window that plays it: each as it happens, the
// record built once from the plan (as the command line's `session log` builds it too), and a
// session a crash interrupted taken up again.
#include "test_environment.h"

#include "catch_qt.h"

#include <viparita/core/player.h>
#include <viparita/core/sequence_library.h>
#include <viparita/storage/journal.h>
#include <viparita/storage/session_recorder.h>

#include <QDir>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using viparita::Journal;
using viparita::Reading;
using viparita::ReadingContext;
using viparita::SessionRecord;
using viparita::SessionRecorder;
using viparita::SessionStatus;

namespace {

std::unique_ptr<Journal> freshJournal()
{
    const QString folder = viparita::test::dataHome() + u"/recorder-"_s +
                           QUuid::createUuid().toString(QUuid::WithoutBraces);
    REQUIRE(QDir().mkpath(folder));
    auto opened = Journal::open(folder + u"/journal.sqlite"_s, {});
    REQUIRE(opened.journal);
    return std::move(opened.journal);
}

viparita::SessionPlan planOf(const QString &id)
{
    const auto library = viparita::SequenceLibrary::load({});
    viparita::PlanOptions options;
    options.breath = viparita::BreathProgression{{4, 0, 6, 0}, viparita::BreathPattern{5, 0, 7, 0}};
    auto planned = viparita::SessionPlan::create(*library.find(id), options);
    REQUIRE(planned.plan);
    return *planned.plan;
}

Reading reading(ReadingContext context, int systolic, int diastolic, int minutesFromNow)
{
    Reading r;
    const QDateTime at = QDateTime::currentDateTime().addSecs(minutesFromNow * 60LL);
    r.takenAt = at.toOffsetFromUtc(at.offsetFromUtc());
    r.systolic = systolic;
    r.diastolic = diastolic;
    r.context = context;
    return r;
}

} // namespace

TEST_CASE("a session record is built once from its plan")
{
    const viparita::SessionPlan plan = planOf(u"healing"_s);
    const QDateTime start(QDate(2026, 11, 20), QTime(20, 0), Qt::OffsetFromUTC, 3600);
    const SessionRecord record = SessionRecord::forPlan(plan, start);
    CHECK(record.id == 0);
    CHECK(record.sequenceId == u"healing"_s);
    CHECK(record.sequenceTitle == plan.sequenceTitle());
    CHECK(record.sequenceVersion == plan.sequenceVersion());
    CHECK(record.startedAt == start);
    CHECK(record.startedAt.offsetFromUtc() == 3600);
    CHECK(record.status == SessionStatus::InProgress);
    CHECK(record.plannedSeconds == plan.totalSeconds());
    CHECK(record.breathPattern == u"4-0-6-0 > 5-0-7-0"_s);
    CHECK(SessionRecord::breathText({{4.5, 1, 6, 0}, std::nullopt}) == u"4.5-1-6-0"_s);

    const auto steps = viparita::SessionStepRecord::playedInFull(plan);
    REQUIRE(steps.size() == plan.steps().size());
    for (qsizetype i = 0; i < steps.size(); ++i) {
        CHECK(steps.at(i).position == i);
        CHECK(steps.at(i).stepId == plan.steps().at(i).stepId);
        CHECK(steps.at(i).side == plan.steps().at(i).side);
        CHECK(steps.at(i).actualSeconds == plan.steps().at(i).durationSeconds);
        CHECK_FALSE(steps.at(i).skipped);
    }
}

TEST_CASE("the recorder writes a played session as it happens")
{
    const auto journal = freshJournal();
    SessionRecorder recorder(journal.get());
    const viparita::SessionPlan plan = planOf(u"healing"_s);
    REQUIRE(plan.steps().size() > 3);
    REQUIRE(recorder.start(plan, QDateTime::currentDateTime()));
    const qint64 id = recorder.sessionId();
    REQUIRE(id > 0);
    CHECK(journal->interruptedSessions()->size() == 1);

    recorder.saveReadings({reading(ReadingContext::Before, 150, 95, -2),
                           reading(ReadingContext::Before, 146, 93, -1)});
    CHECK(journal->readingsOfSession(id)->size() == 2);
    REQUIRE(recorder.measurementOf(ReadingContext::Before).has_value());
    CHECK(recorder.measurementOf(ReadingContext::Before)->systolic == 148.0);
    CHECK_FALSE(recorder.measurementOf(ReadingContext::After).has_value());

    // Play it through; the step under way is kept back, then all are saved.
    viparita::Player player(plan);
    auto now = viparita::Player::Clock::now();
    player.start(now);
    now += std::chrono::seconds(plan.steps().at(2).startSeconds + 5);
    (void)player.update(now);
    const int underWay = player.snapshot(now).step;
    recorder.saveSteps(player.stepLog(), underWay);
    const auto early = journal->sessionSteps(id);
    REQUIRE(early.ok());
    for (const auto &step : *early)
        CHECK(step.position != underWay);
    CHECK_FALSE(early->isEmpty());
    now += 2h;
    (void)player.update(now);
    recorder.saveSteps(player.stepLog(), std::nullopt);
    CHECK(journal->sessionSteps(id)->size() == plan.steps().size());

    recorder.saveReadings({reading(ReadingContext::After, 136, 86, 1)});
    REQUIRE(
        recorder.finish(SessionStatus::Completed, QDateTime::currentDateTime(), 600, 4, u"calm"_s));
    const auto saved = journal->session(id);
    REQUIRE(saved.ok());
    CHECK(saved->status == SessionStatus::Completed);
    CHECK(saved->actualSeconds == 600);
    CHECK(saved->feeling == 4);
    CHECK(saved->note == u"calm"_s);
    CHECK(journal->interruptedSessions()->isEmpty());
    CHECK(recorder.readings().size() == 3);
}

TEST_CASE("readings before a session that never began are kept as readings on their own")
{
    const auto journal = freshJournal();
    SessionRecorder recorder(journal.get());
    recorder.saveWithoutSession({reading(ReadingContext::Before, 186, 124, -6),
                                 reading(ReadingContext::Before, 184, 122, -5)});
    CHECK(recorder.sessionId() == 0);
    const auto saved = journal->readings();
    REQUIRE(saved.ok());
    REQUIRE(saved->size() == 2);
    for (const Reading &r : *saved) {
        CHECK(r.context == ReadingContext::Standalone);
        CHECK_FALSE(r.sessionId.has_value());
        CHECK(r.id > 0);
    }
    CHECK(saved->first().systolic == 186);
    CHECK(recorder.readings().size() == 2);
    CHECK(recorder.readings().first().id == saved->first().id);
}

TEST_CASE("without a journal the recorder keeps the readings and writes nothing")
{
    SessionRecorder recorder(nullptr);
    CHECK_FALSE(recorder.start(planOf(u"classic"_s), QDateTime::currentDateTime()));
    CHECK(recorder.sessionId() == 0);
    recorder.saveReadings({reading(ReadingContext::Before, 130, 85, -1)});
    recorder.saveSteps({}, std::nullopt);
    CHECK(recorder.readings().size() == 1);
    CHECK(recorder.readings().first().id == 0);
    CHECK(recorder.measurementOf(ReadingContext::Before)->systolic == 130.0);
    CHECK_FALSE(recorder.finish(SessionStatus::Completed, QDateTime::currentDateTime(), 60,
                                std::nullopt, {}));
    SessionRecord session;
    session.id = 7;
    CHECK_FALSE(recorder.resume(session).has_value());
}

TEST_CASE("a session a crash interrupted is taken up with its readings and steps, or stopped")
{
    const auto journal = freshJournal();
    const viparita::SessionPlan plan = planOf(u"healing"_s);
    qint64 id = 0;
    {
        SessionRecorder first(journal.get());
        REQUIRE(first.start(plan, QDateTime::currentDateTime().addSecs(-3600)));
        id = first.sessionId();
        first.saveReadings({reading(ReadingContext::Before, 150, 95, -60)});
        auto steps = viparita::SessionStepRecord::playedInFull(plan).mid(0, 3);
        steps[1].skipped = true;
        steps[1].actualSeconds = 20.5;
        for (const auto &step : steps)
            REQUIRE(journal->addSessionStep(id, step).ok());
        // ... and the power goes.
    }
    const auto interrupted = journal->interruptedSessions();
    REQUIRE(interrupted->size() == 1);
    SessionRecorder again(journal.get());
    const auto taken = again.resume(interrupted->first());
    REQUIRE(taken.has_value());
    CHECK(again.sessionId() == id);
    CHECK(taken->sequenceTitle == plan.sequenceTitle());
    CHECK(taken->stepsDone == 3);
    CHECK(taken->stepsSkipped == 1);
    CHECK(taken->practisedSeconds == static_cast<int>(plan.steps().at(0).durationSeconds + 20.5 +
                                                      plan.steps().at(2).durationSeconds));
    CHECK(again.measurementOf(ReadingContext::Before)->systolic == 150.0);

    REQUIRE(
        SessionRecorder::markStopped(*journal, interrupted->first(), QDateTime::currentDateTime())
            .ok());
    CHECK(journal->session(id)->status == SessionStatus::Stopped);
    CHECK(journal->interruptedSessions()->isEmpty());
}

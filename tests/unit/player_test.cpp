#include <viparita/core/player.h>
#include <viparita/core/sequence_library.h>

#include "catch_qt.h"

#include <map>
#include <random>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using viparita::Player;
using viparita::PlayerEvent;
using viparita::PlayerState;
using viparita::SessionPlan;
using Kind = viparita::PlayerEvent::Kind;
using std::chrono::milliseconds;

namespace {

/// A fake monotonic clock: the tests decide what "now" is.
struct FakeClock {
    Player::TimePoint now{std::chrono::hours(1000)};
    Player::TimePoint advance(Player::Clock::duration by) { return now += by; }
};

SessionPlan makePlan(const QString &id, std::optional<int> minutes = std::nullopt)
{
    const auto library = viparita::SequenceLibrary::load({});
    const viparita::Sequence *sequence = library.find(id);
    REQUIRE(sequence != nullptr);
    viparita::PlanOptions options;
    options.minutes = minutes;
    auto result = SessionPlan::create(*sequence, options);
    REQUIRE(result.plan.has_value());
    return *result.plan;
}

struct Delivered {
    PlayerEvent event;
    Player::TimePoint deliveredAt;
};

/// Updates every `tick` until the session ends or `until` passes.
std::vector<Delivered> playThrough(Player &player, FakeClock &clock, Player::Clock::duration tick,
                                   Player::Clock::duration until = std::chrono::hours(2))
{
    std::vector<Delivered> delivered;
    const auto end = clock.now + until;
    while (clock.now < end && player.state() != PlayerState::Finished &&
           player.state() != PlayerState::Stopped) {
        clock.advance(tick);
        for (const auto &event : player.update(clock.now))
            delivered.push_back({event, clock.now});
    }
    return delivered;
}

std::vector<PlayerEvent> ofKind(const std::vector<Delivered> &delivered, Kind kind)
{
    std::vector<PlayerEvent> events;
    for (const auto &item : delivered) {
        if (item.event.kind == kind)
            events.push_back(item.event);
    }
    return events;
}

int cueCount(const SessionPlan &plan)
{
    int count = static_cast<int>(plan.settleCues().size());
    for (const auto &step : plan.steps())
        count += static_cast<int>(step.cues.size());
    return count;
}

} // namespace

TEST_CASE("a whole 20-minute session: every step starts at its planned millisecond")
{
    const SessionPlan plan = makePlan(u"healing"_s, 20);
    REQUIRE(plan.totalSeconds() == 1200);
    FakeClock clock;
    Player player(plan);
    REQUIRE(player.start(clock.now));
    // Updates at an uneven 7 ms, so few of them fall on a whole second.
    const auto delivered = playThrough(player, clock, 7ms);

    const auto started = ofKind(delivered, Kind::StepStarted);
    REQUIRE(started.size() == static_cast<size_t>(plan.steps().size()));
    for (size_t i = 0; i < started.size(); ++i) {
        CHECK(started[i].step == static_cast<int>(i));
        CHECK(started[i].side == plan.steps()[static_cast<qsizetype>(i)].side);
        CHECK(started[i].at ==
              milliseconds(plan.steps()[static_cast<qsizetype>(i)].startSeconds * 1000));
    }
    const auto finished = ofKind(delivered, Kind::Finished);
    REQUIRE(finished.size() == 1);
    CHECK(finished.front().at == 1200s);
    CHECK(delivered.back().event.kind == Kind::Finished);
    CHECK(ofKind(delivered, Kind::Halfway).size() == 1);
    CHECK(ofKind(delivered, Kind::Halfway).front().at == 600s);
    CHECK(ofKind(delivered, Kind::SideSwitch).size() == 2);
    CHECK(ofKind(delivered, Kind::TenSecondsLeft).size() ==
          static_cast<size_t>(plan.steps().size()));
    CHECK(ofKind(delivered, Kind::Cue).size() == static_cast<size_t>(cueCount(plan)));
    for (const auto &item : delivered) {
        // Delivered on the first update at or after it was due, so never stale.
        CHECK_FALSE(item.event.stale);
        CHECK(item.deliveredAt - clock.now <= 0ms);
    }
    CHECK(player.sessionTime(clock.now) == 1200s);
    const auto snapshot = player.snapshot(clock.now);
    CHECK(snapshot.state == PlayerState::Finished);
    CHECK(snapshot.progress == Approx(1.0));
    CHECK(snapshot.sessionRemaining == 0ms);
}

TEST_CASE("a 3-minute pause moves every later event by exactly 3 minutes")
{
    const SessionPlan plan = makePlan(u"healing"_s, 20);
    FakeClock plainClock;
    Player plain(plan);
    plain.start(plainClock.now);
    const auto start = plainClock.now;
    const auto reference = playThrough(plain, plainClock, 10ms);

    FakeClock clock;
    clock.now = start;
    Player paused(plan);
    paused.start(clock.now);
    auto delivered = playThrough(paused, clock, 10ms, 500s);
    REQUIRE(paused.pause(clock.now));
    CHECK(paused.state() == PlayerState::Paused);
    const auto beforePause = paused.sessionTime(clock.now);
    // Nothing becomes due while paused.
    for (int i = 0; i < 180; ++i)
        CHECK(paused.update(clock.advance(1s)).isEmpty());
    CHECK(paused.sessionTime(clock.now) == beforePause);
    REQUIRE(paused.resume(clock.now));
    const auto after = playThrough(paused, clock, 10ms);
    delivered.insert(delivered.end(), after.begin(), after.end());

    REQUIRE(delivered.size() == reference.size());
    for (size_t i = 0; i < reference.size(); ++i) {
        CHECK(delivered[i].event.kind == reference[i].event.kind);
        CHECK(delivered[i].event.at == reference[i].event.at);
        const auto shift = delivered[i].deliveredAt - reference[i].deliveredAt;
        CHECK(shift == (reference[i].event.at <= 500s ? 0s : 180s));
    }
}

TEST_CASE("one update after 10 minutes of silence delivers every due event once, in order")
{
    const SessionPlan plan = makePlan(u"healing"_s, 20);
    FakeClock clock;
    Player player(plan);
    player.start(clock.now);
    const auto events = player.update(clock.advance(600s));
    REQUIRE(events.size() > 20);
    for (qsizetype i = 1; i < events.size(); ++i)
        CHECK(events[i - 1].at <= events[i].at);
    std::map<std::tuple<int, int, QString>, int> seen;
    for (const auto &event : events) {
        const int times = ++seen[{static_cast<int>(event.kind), event.step, event.text}];
        CHECK(times == 1);
        CHECK(event.stale == (600s - event.at > 5s));
    }
    CHECK(events.first().kind == Kind::SettleStarted);
    CHECK_FALSE(events.first().at.count() > 0);
    // Exactly what a session updated all along would have delivered by then.
    FakeClock steadyClock;
    Player steady(plan);
    steady.start(steadyClock.now);
    const auto reference = playThrough(steady, steadyClock, 100ms, 600s);
    REQUIRE(static_cast<size_t>(events.size()) == reference.size());
    for (size_t i = 0; i < reference.size(); ++i) {
        CHECK(events[static_cast<qsizetype>(i)].kind == reference[i].event.kind);
        CHECK(events[static_cast<qsizetype>(i)].at == reference[i].event.at);
    }
    // Nothing is delivered twice.
    CHECK(player.update(clock.now).isEmpty());
}

TEST_CASE("next skips the rest of the step, the settle-in or the switch pause")
{
    const SessionPlan plan = makePlan(u"healing"_s);
    FakeClock clock;
    Player player(plan);
    player.start(clock.now);
    (void)player.update(clock.advance(3s));
    CHECK(player.snapshot(clock.now).settling);

    REQUIRE(player.next(clock.now)); // during the settle-in
    auto events = player.update(clock.now);
    REQUIRE_FALSE(events.isEmpty());
    CHECK(events.first().kind == Kind::StepStarted);
    CHECK(events.first().step == 0);
    CHECK(events.first().at == 3s);
    CHECK(player.state() == PlayerState::Running);

    // To the right side of ankle-to-knee, then next into the switch pause.
    for (int i = 0; i < 3; ++i)
        player.next(clock.advance(1s));
    CHECK(player.snapshot(clock.now).step == 3);
    player.next(clock.advance(1s));
    auto snapshot = player.snapshot(clock.now);
    CHECK(snapshot.switchingSide);
    CHECK(snapshot.step == 4);
    CHECK(snapshot.side == viparita::Side::Left);
    player.next(clock.advance(1s));
    snapshot = player.snapshot(clock.now);
    CHECK_FALSE(snapshot.switchingSide);
    CHECK(snapshot.step == 4);

    // Next on the last step finishes the session.
    while (player.snapshot(clock.now).step < static_cast<int>(plan.steps().size()) - 1)
        player.next(clock.advance(1s));
    REQUIRE(player.next(clock.advance(1s)));
    CHECK(player.state() == PlayerState::Finished);
    events = player.update(clock.now);
    REQUIRE_FALSE(events.isEmpty());
    CHECK(events.last().kind == Kind::Finished);
    CHECK_FALSE(player.next(clock.advance(1s)));

    const auto log = player.stepLog();
    REQUIRE(log.size() == plan.steps().size());
    for (const auto &record : log) {
        CHECK(record.skipped);
        CHECK(record.actualSeconds <= 1.0);
    }
}

TEST_CASE("previous: back to the start of this step after 5 s, else to the step before")
{
    const SessionPlan plan = makePlan(u"healing"_s);
    FakeClock clock;
    Player player(plan);
    player.start(clock.now);
    player.next(clock.now); // no settle-in
    (void)player.update(clock.now);

    SECTION("on the first step within 5 s it restarts the first step")
    {
        REQUIRE(player.previous(clock.advance(2s)));
        const auto events = player.update(clock.now);
        REQUIRE_FALSE(events.isEmpty());
        CHECK(events.first().kind == Kind::StepStarted);
        CHECK(events.first().step == 0);
        CHECK(player.snapshot(clock.now).stepElapsed == 0ms);
    }
    SECTION("more than 5 s into a step it restarts that step")
    {
        player.next(clock.advance(1s)); // straddle
        (void)player.update(clock.advance(6s));
        REQUIRE(player.previous(clock.now));
        const auto snapshot = player.snapshot(clock.now);
        CHECK(snapshot.step == 1);
        CHECK(snapshot.stepElapsed == 0ms);
    }
    SECTION("5 s or less into a step it goes to the step before")
    {
        player.next(clock.advance(1s)); // straddle
        (void)player.update(clock.advance(5s));
        REQUIRE(player.previous(clock.now));
        CHECK(player.snapshot(clock.now).step == 0);
        // The right side is the step before the left side, across the pause.
        player.next(clock.advance(1s));
        player.next(clock.advance(1s));
        player.next(clock.advance(1s)); // right side
        player.next(clock.advance(1s)); // switch pause
        player.next(clock.advance(1s)); // left side
        REQUIRE(player.snapshot(clock.now).step == 4);
        player.previous(clock.advance(1s));
        CHECK(player.snapshot(clock.now).step == 3);
    }
    SECTION("during the switch pause it restarts the side just done")
    {
        for (int i = 0; i < 4; ++i)
            player.next(clock.advance(1s));
        REQUIRE(player.snapshot(clock.now).switchingSide);
        player.previous(clock.advance(1s));
        const auto snapshot = player.snapshot(clock.now);
        CHECK_FALSE(snapshot.switchingSide);
        CHECK(snapshot.step == 3);
        CHECK(snapshot.side == viparita::Side::Right);
    }
}

TEST_CASE("previous during the settle-in starts it again")
{
    FakeClock clock;
    Player player(makePlan(u"classic"_s));
    player.start(clock.now);
    (void)player.update(clock.advance(8s));
    REQUIRE(player.previous(clock.now));
    const auto events = player.update(clock.now);
    REQUIRE_FALSE(events.isEmpty());
    CHECK(events.first().kind == Kind::SettleStarted);
    CHECK(player.snapshot(clock.now).settling);
    CHECK(player.snapshot(clock.now).stepRemaining == 20s);
}

TEST_CASE("extend makes the current step longer, and moves the end-timed cues and the warning")
{
    const SessionPlan plan = makePlan(u"classic"_s);
    FakeClock clock;
    Player player(plan);
    player.start(clock.now);
    player.next(clock.now);
    (void)player.update(clock.now);
    const auto lastStepEnd = std::chrono::seconds(plan.steps().last().durationSeconds);

    SECTION("extending the last step delays the end")
    {
        (void)player.update(clock.advance(lastStepEnd - 8s)); // the warning has come
        REQUIRE(player.extend(clock.now, 30s));
        const auto delivered = playThrough(player, clock, 50ms);
        const auto finished = ofKind(delivered, Kind::Finished);
        REQUIRE(finished.size() == 1);
        CHECK(finished.front().at == lastStepEnd + 30s);
        // The warning comes again, ten seconds before the new end.
        const auto warnings = ofKind(delivered, Kind::TenSecondsLeft);
        REQUIRE(warnings.size() == 1);
        CHECK(warnings.front().at == lastStepEnd + 20s);
        const auto log = player.stepLog();
        CHECK(log.last().extendedBySeconds == 30);
        CHECK(log.last().actualSeconds == Approx(lastStepEnd.count() + 30));
        CHECK_FALSE(log.last().skipped);
    }
    SECTION("extending while paused works, and time stands still")
    {
        (void)player.update(clock.advance(60s));
        REQUIRE(player.pause(clock.now));
        REQUIRE(player.extend(clock.advance(5s), 30s));
        CHECK(player.state() == PlayerState::Paused);
        const auto snapshot = player.snapshot(clock.advance(100s));
        CHECK(snapshot.state == PlayerState::Paused);
        CHECK(snapshot.stepElapsed == 60s);
        CHECK(snapshot.stepRemaining == lastStepEnd - 60s + 30s);
        CHECK_FALSE(player.extend(clock.now, 0s));
    }
}

TEST_CASE("next while paused moves on but stays paused")
{
    FakeClock clock;
    Player player(makePlan(u"healing"_s));
    player.start(clock.now);
    player.next(clock.now);
    (void)player.update(clock.advance(30s));
    REQUIRE(player.pause(clock.now));
    REQUIRE(player.next(clock.advance(10s)));
    CHECK(player.state() == PlayerState::Paused);
    const auto events = player.update(clock.advance(10s));
    REQUIRE_FALSE(events.isEmpty());
    CHECK(events.first().kind == Kind::StepStarted);
    CHECK(events.first().step == 1);
    CHECK(events.first().at == 30s);
    CHECK(player.sessionTime(clock.now) == 30s);
    REQUIRE(player.resume(clock.now));
    CHECK(player.state() == PlayerState::Running);
    CHECK(player.sessionTime(clock.advance(5s)) == 35s);
}

TEST_CASE("previous while paused goes back but stays paused")
{
    FakeClock clock;
    Player player(makePlan(u"healing"_s));
    player.start(clock.now);
    player.next(clock.now);
    player.next(clock.advance(2s)); // straddle from 2 s
    (void)player.update(clock.advance(3s));
    REQUIRE(player.pause(clock.now));
    REQUIRE(player.previous(clock.advance(60s))); // 3 s into straddle: back to hamstrings
    CHECK(player.state() == PlayerState::Paused);
    const auto snapshot = player.snapshot(clock.now);
    CHECK(snapshot.step == 0);
    CHECK(snapshot.stepElapsed == 0ms);
    CHECK(player.sessionTime(clock.now) == 5s);
}

TEST_CASE("commands that do not apply are refused")
{
    FakeClock clock;
    Player player(makePlan(u"classic"_s));
    CHECK(player.state() == PlayerState::Ready);
    CHECK_FALSE(player.pause(clock.now));
    CHECK_FALSE(player.resume(clock.now));
    CHECK_FALSE(player.next(clock.now));
    CHECK_FALSE(player.stop(clock.now));
    CHECK(player.update(clock.now).isEmpty());
    CHECK(player.snapshot(clock.now).nextStep == 0);
    REQUIRE(player.start(clock.now));
    CHECK(player.state() == PlayerState::Settling);
    CHECK_FALSE(player.start(clock.now));
    CHECK_FALSE(player.resume(clock.now));
    REQUIRE(player.stop(clock.advance(40s)));
    CHECK(player.state() == PlayerState::Stopped);
    CHECK_FALSE(player.pause(clock.now));
    CHECK_FALSE(player.previous(clock.now));
    CHECK_FALSE(player.extend(clock.now, 30s));
    // After a stop nothing more happens; the stopped step is logged as it was.
    const auto events = player.update(clock.advance(1000s));
    for (const auto &event : events)
        CHECK(event.kind != Kind::Finished);
    CHECK(player.sessionTime(clock.now) == 40s);
    const auto log = player.stepLog();
    REQUIRE(log.size() == 1);
    CHECK(log.first().actualSeconds == Approx(20.0));
    CHECK_FALSE(log.first().skipped);
}

TEST_CASE("the snapshot tells the step, the time left and the next step")
{
    const SessionPlan plan = makePlan(u"healing"_s);
    FakeClock clock;
    Player player(plan);
    player.start(clock.now);
    auto snapshot = player.snapshot(clock.advance(10s));
    CHECK(snapshot.state == PlayerState::Settling);
    CHECK(snapshot.step == -1);
    CHECK(snapshot.nextStep == 0);
    CHECK(snapshot.stepRemaining == 10s);
    CHECK(snapshot.sessionRemaining == 650s);
    // Without an update in between: the snapshot still knows where it is.
    snapshot = player.snapshot(clock.advance(120s)); // 130 s: straddle started at 110 s
    CHECK(snapshot.state == PlayerState::Running);
    CHECK(snapshot.step == 1);
    CHECK(snapshot.nextStep == 2);
    CHECK(snapshot.stepElapsed == 20s);
    CHECK(snapshot.stepRemaining == 55s);
    CHECK(snapshot.sessionElapsed == 130s);
    CHECK(snapshot.progress == Approx(130.0 / 660.0));
}

TEST_CASE("the progress follows Next, Previous and 30 more seconds, mark for mark")
{
    const SessionPlan plan = makePlan(u"healing"_s);
    const double total = plan.totalSeconds();
    const auto mark = [&](int step) { return plan.steps().at(step).startSeconds / total; };
    FakeClock clock;
    Player player(plan);
    player.start(clock.now);
    clock.advance(std::chrono::seconds(plan.steps().at(0).startSeconds + 10));
    (void)player.update(clock.now);
    REQUIRE(player.snapshot(clock.now).step == 0);
    const double inFirst = player.snapshot(clock.now).progress;
    CHECK(inFirst > mark(0));
    CHECK(inFirst < mark(1));

    // Next: at the next step's mark at once.
    REQUIRE(player.next(clock.now));
    CHECK(player.snapshot(clock.now).step == 1);
    CHECK(player.snapshot(clock.now).progress == Approx(mark(1)).margin(1e-6));
    // Previous: back at the first step's mark.
    REQUIRE(player.previous(clock.now));
    CHECK(player.snapshot(clock.now).step == 0);
    CHECK(player.snapshot(clock.now).progress == Approx(mark(0)).margin(1e-6));

    // 30 more seconds: the bar stays within the step and crosses it more slowly.
    clock.advance(20s);
    const double beforeExtending = player.snapshot(clock.now).progress;
    REQUIRE(player.extend(clock.now, 30s));
    const double extended = player.snapshot(clock.now).progress;
    CHECK(extended <= beforeExtending);
    CHECK(extended > mark(0));
    clock.advance(10s);
    CHECK(player.snapshot(clock.now).progress > extended);
    CHECK(player.snapshot(clock.now).progress < mark(1));
}

TEST_CASE("the breath follows the session time and each step's pattern")
{
    FakeClock clock;
    Player player(makePlan(u"healing"_s));
    const auto start = clock.now;
    player.start(clock.now);
    CHECK(player.breath(clock.advance(2s)).phase == viparita::BreathPhase::Inhale);
    CHECK(player.breath(clock.now).breathsPerMinute == Approx(6.0));
    player.pause(clock.now);
    const auto paused = player.breath(clock.advance(3s));
    CHECK(paused.fullness == Approx(0.5));
    player.resume(clock.now);
    CHECK(player.breath(clock.now + 2s).fullness == Approx(1.0));
    CHECK(clock.now - start == 5s);
}

TEST_CASE("random commands keep the invariants (seeded)")
{
    const SessionPlan plan = makePlan(u"healing"_s, 5);
    const int stepCount = static_cast<int>(plan.steps().size());
    std::mt19937 random(20261121);
    for (int run = 0; run < 2000; ++run) {
        FakeClock clock;
        Player player(plan);
        player.start(clock.now);
        milliseconds lastTime{0};
        milliseconds lastEventAt{0};
        int finishedCount = 0;
        bool finishedLast = false;
        std::map<int, int> starts;
        int lastStarted = -1;
        for (int action = 0; action < 200 && player.state() != PlayerState::Stopped; ++action) {
            clock.advance(milliseconds(std::uniform_int_distribution<int>(0, 20000)(random)));
            switch (std::uniform_int_distribution<int>(0, 9)(random)) {
            case 0:
                player.pause(clock.now);
                break;
            case 1:
                player.resume(clock.now);
                break;
            case 2:
                player.next(clock.now);
                break;
            case 3:
                player.previous(clock.now);
                break;
            case 4:
                player.extend(clock.now, std::chrono::seconds(30));
                break;
            case 5:
                if (action > 150)
                    player.stop(clock.now);
                break;
            default:
                break;
            }
            const auto events = player.update(clock.now);
            for (const auto &event : events) {
                CHECK(event.at >= lastEventAt);
                lastEventAt = event.at;
                CHECK(finishedCount == 0);
                if (event.kind == Kind::Finished)
                    ++finishedCount;
                if (event.kind == Kind::StepStarted) {
                    ++starts[event.step];
                    lastStarted = event.step;
                }
                CHECK(event.step >= -1);
                CHECK(event.step < stepCount);
            }
            if (!events.isEmpty())
                finishedLast = events.last().kind == Kind::Finished;
            const auto time = player.sessionTime(clock.now);
            CHECK(time >= lastTime);
            lastTime = time;
            const auto snapshot = player.snapshot(clock.now);
            CHECK(snapshot.step >= -1);
            CHECK(snapshot.step < stepCount);
            CHECK(snapshot.progress >= 0.0);
            CHECK(snapshot.progress <= 1.0);
            CHECK(snapshot.stepRemaining >= 0ms);
            // The latest step started is the step the player is in.
            if (!snapshot.settling && !snapshot.switchingSide && snapshot.step >= 0)
                CHECK(lastStarted == snapshot.step);
        }
        CHECK(finishedCount <= 1);
        if (finishedCount == 1)
            CHECK(finishedLast);
        // Every step the player was seen in was started; none started twice
        // without a command in between is checked by the per-update rule
        // above (the latest start is the step the player is in).
        CHECK_FALSE(starts.empty());
        CHECK(static_cast<int>(starts.size()) <= stepCount);
    }
}

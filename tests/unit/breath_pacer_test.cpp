#include <viparita/core/breath_pacer.h>

#include "catch_qt.h"

#include <algorithm>
#include <cmath>

using viparita::BreathPacer;
using viparita::BreathPattern;
using viparita::BreathPhase;
using viparita::BreathProgression;

TEST_CASE("the pacer walks through the phases of one breath")
{
    const BreathPacer pacer({{4, 1, 6, 2}, std::nullopt}, 600);
    CHECK(pacer.at(0).phase == BreathPhase::Inhale);
    CHECK(pacer.at(2).phase == BreathPhase::Inhale);
    CHECK(pacer.at(2).phaseProgress == Approx(0.5));
    CHECK(pacer.at(2).fullness == Approx(0.5));
    CHECK(pacer.at(4.5).phase == BreathPhase::HoldIn);
    CHECK(pacer.at(4.5).fullness == Approx(1.0));
    CHECK(pacer.at(8).phase == BreathPhase::Exhale);
    CHECK(pacer.at(8).fullness == Approx(0.5));
    CHECK(pacer.at(12).phase == BreathPhase::HoldOut);
    CHECK(pacer.at(12).fullness == Approx(0.0));
    // 13 s a breath: the second breath starts at 13 s.
    CHECK(pacer.at(12.99).breathCount == 0);
    CHECK(pacer.at(13).breathCount == 1);
    CHECK(pacer.at(13).phase == BreathPhase::Inhale);
    CHECK(pacer.at(130).breathCount == 10);
}

TEST_CASE("the default 4 in, 6 out is six breaths a minute")
{
    const BreathPacer pacer({}, 600);
    CHECK(pacer.at(0).breathsPerMinute == Approx(6.0));
    CHECK(pacer.at(60).breathCount == 6);
    CHECK(pacer.at(600).breathCount == 60);
}

TEST_CASE("a progression starts at the start pattern and ends at the end pattern")
{
    const double session = 600;
    const BreathPacer pacer({{4, 0, 6, 0}, BreathPattern{5, 0, 7, 0}}, session);
    CHECK(pacer.at(0).breathsPerMinute == Approx(6.0));
    CHECK(pacer.patternAt(session) == BreathPattern{5, 0, 7, 0});
    CHECK(pacer.patternAt(session * 2) == BreathPattern{5, 0, 7, 0});
    // The last breath of the session starts within one breath of its end.
    const auto last = pacer.at(session - 0.001);
    CHECK(last.breathsPerMinute == Approx(5.0).epsilon(0.03));
    // Breaths only lengthen.
    double previous = 0.0;
    for (double t = 0; t < session; t += 1.0) {
        const double cycle = pacer.patternAt(t).cycleSeconds();
        CHECK(cycle >= previous);
        previous = cycle;
    }
}

TEST_CASE("the pacer never jumps by more than one frame of motion")
{
    BreathPacer pacer({{4, 0, 6, 0}, BreathPattern{6, 1, 9, 1}}, 900);
    // Steps with patterns of their own, starting mid-breath.
    pacer.changeFrom(123.4, {{3, 0, 3, 0}, std::nullopt});
    pacer.changeFrom(301.7, {{5, 2, 5, 2}, BreathPattern{6, 2, 8, 2}});
    pacer.changeFrom(555.5, {{4, 0, 6, 0}, BreathPattern{6, 1, 9, 1}});
    const double frame = 1.0 / 60.0;
    // The fastest motion is a whole inhale or exhale over the shortest phase (3 s).
    const double maxStep = frame / 3.0 + 1e-9;
    double worst = 0.0;
    auto previous = pacer.at(0);
    for (int i = 1; i <= 900 * 60; ++i) {
        const auto state = pacer.at(i * frame);
        worst = std::max(worst, std::abs(state.fullness - previous.fullness));
        CHECK(state.breathCount >= previous.breathCount);
        previous = state;
    }
    CHECK(worst <= maxStep);
    CHECK(worst > 0.0);
}

TEST_CASE("a new pattern takes effect at the next breath and never changes the past")
{
    BreathPacer pacer({{4, 0, 6, 0}, std::nullopt}, 600);
    std::vector<double> before;
    for (double t = 0; t < 100; t += 0.25)
        before.push_back(pacer.at(t).fullness);
    pacer.changeFrom(95, {{2, 0, 2, 0}, std::nullopt});
    // Breaths start every 10 s: the one from 90 s keeps 4/6, the next starts at 100 s.
    for (size_t i = 0; i < before.size(); ++i)
        CHECK(pacer.at(static_cast<double>(i) * 0.25).fullness == Approx(before[i]));
    CHECK(pacer.at(100).pattern == BreathPattern{2, 0, 2, 0});
    CHECK(pacer.at(104).breathCount == 11);
    // A later change replaces what was set for later times.
    pacer.changeFrom(50, {{5, 0, 5, 0}, std::nullopt});
    CHECK(pacer.at(104).pattern == BreathPattern{5, 0, 5, 0});
}

// The one rule of the breathing pace: what each choice breathes, and what a pattern no one
// could breathe gives (the sequence's own pace, with the reason), and the limits the
// sequence files, the settings and the pacer share.
#include <viparita/core/breath_choice.h>
#include <viparita/core/breath_pacer.h>
#include <viparita/core/sequence_library.h>
#include <viparita/core/session_plan.h>

#include "catch_qt.h"

#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;
using viparita::BreathChoice;
using viparita::BreathPattern;
using viparita::BreathProgression;
using Pace = BreathChoice::Pace;

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();
constexpr double infinity = std::numeric_limits<double>::infinity();

/// Patterns no pacer can breathe, and the phase each one's problem names.
struct Bad {
    const char *what;
    BreathPattern pattern;
    const char *phase;
};

QList<Bad> badPatterns()
{
    return {
        {"all zeros", {0, 0, 0, 0}, "inhale"},
        {"a zero exhale", {4, 0, 0, 0}, "exhale"},
        {"a negative inhale", {-4, 0, 6, 0}, "inhale"},
        {"a negative hold", {4, -1, 6, 0}, "hold_in"},
        {"a negative hold after the exhale", {4, 0, 6, -0.5}, "hold_out"},
        {"an inhale under a second", {0.999, 0, 6, 0}, "inhale"},
        {"NaN", {nan, 0, 6, 0}, "inhale"},
        {"a NaN hold", {4, nan, 6, 0}, "hold_in"},
        {"infinity", {4, 0, infinity, 0}, "exhale"},
        {"absurdly long", {4, 0, 1e308, 0}, "exhale"},
        {"a phase past 20 s", {20.001, 0, 6, 0}, "inhale"},
        {"a hold past 20 s", {4, 0, 6, 21}, "hold_out"},
    };
}

} // namespace

TEST_CASE("a breath pattern is sound within the limits, and names the phase that is not")
{
    for (const BreathPattern &good :
         {BreathPattern{}, BreathPattern{1, 0, 1, 0}, BreathPattern{20, 20, 20, 20},
          BreathPattern{4.5, 0.5, 6.5, 0}}) {
        INFO(good.inhale << "-" << good.holdIn << "-" << good.exhale << "-" << good.holdOut);
        CHECK_FALSE(good.problem().has_value());
    }
    for (const Bad &bad : badPatterns()) {
        INFO(bad.what);
        const auto problem = bad.pattern.problem();
        REQUIRE(problem.has_value());
        CHECK(problem->startsWith(QLatin1String(bad.phase) + u": must be a number of seconds"_s));
    }
    const BreathProgression lengthening{{4, 0, 6, 0}, BreathPattern{0, 0, 7, 0}};
    REQUIRE(lengthening.problem().has_value());
    CHECK(lengthening.problem()->startsWith(u"end: inhale:"_s));
}

TEST_CASE("each pace breathes its preset, the sequence's own gives nothing")
{
    BreathChoice choice;
    CHECK_FALSE(choice.resolve().breath.has_value());
    CHECK(choice.resolve().fallbackReason.isEmpty());
    for (const auto &[pace, pattern] : {std::pair{Pace::Six, BreathPattern{4, 0, 6, 0}},
                                        std::pair{Pace::Five, BreathPattern{5, 0, 7, 0}},
                                        std::pair{Pace::Gentle, BreathPattern{4, 0, 4, 0}}}) {
        INFO(BreathChoice::key(pace).toStdString());
        choice.pace = pace;
        choice.lengthen = false;
        CHECK(choice.resolve().breath == BreathProgression{pattern, std::nullopt});
        choice.lengthen = true;
        CHECK(choice.resolve().breath ==
              BreathProgression{pattern, BreathPattern{pattern.inhale + 1, pattern.holdIn,
                                                       pattern.exhale + 1, pattern.holdOut}});
        CHECK(BreathChoice::fromKey(BreathChoice::key(pace)) == pace);
    }
    CHECK(BreathChoice::preset(Pace::Six).breathsPerMinute() == 6.0);
    CHECK(BreathChoice::preset(Pace::Five).breathsPerMinute() == 5.0);
    CHECK_FALSE(BreathChoice::fromKey(u"seven"_s).has_value());
    CHECK(BreathChoice::paces().size() == 5);
}

TEST_CASE("a custom pace breathes as given, lengthened no further than a phase may last")
{
    BreathChoice choice;
    choice.pace = Pace::Custom;
    choice.custom = {5.5, 1, 8, 2.5};
    CHECK(choice.resolve().breath == BreathProgression{{5.5, 1, 8, 2.5}, std::nullopt});
    choice.custom = {20, 0, 19.5, 0};
    choice.lengthen = true;
    const auto breath = choice.resolve().breath;
    REQUIRE(breath.has_value());
    REQUIRE(breath->end.has_value());
    CHECK(*breath->end == BreathPattern{20, 0, 20, 0});
    CHECK_FALSE(breath->problem().has_value());
}

TEST_CASE("a custom pace no one could breathe falls back to the sequence's own, saying why")
{
    QList<Bad> bad = badPatterns();
    bad.append({"a breath longer than a minute", {20, 20, 20, 0.5}, ""});
    for (const Bad &each : std::as_const(bad)) {
        INFO(each.what);
        for (const bool lengthen : {false, true}) {
            BreathChoice choice;
            choice.pace = Pace::Custom;
            choice.custom = each.pattern;
            choice.lengthen = lengthen;
            const BreathChoice::Resolved resolved = choice.resolve();
            CHECK_FALSE(resolved.breath.has_value());
            CHECK(resolved.fallbackReason.contains(u"the sequence's own pace is used instead"_s));
            CHECK(BreathChoice::customProblem(each.pattern).has_value());
        }
    }
    // A breath of exactly a minute is kept.
    CHECK_FALSE(BreathChoice::customProblem({20, 20, 20, 0}).has_value());
}

TEST_CASE("a plan refuses a breath no one could breathe, naming it")
{
    const auto library = viparita::SequenceLibrary::load({});
    const viparita::Sequence *healing = library.find(u"healing"_s);
    REQUIRE(healing != nullptr);
    for (const Bad &bad : badPatterns()) {
        INFO(bad.what);
        viparita::PlanOptions options;
        options.breath = BreathProgression{bad.pattern, std::nullopt};
        const auto planned = viparita::SessionPlan::create(*healing, options);
        CHECK_FALSE(planned.plan.has_value());
        CHECK(planned.error.startsWith(u"the breathing pace: "_s + QLatin1String(bad.phase)));

        viparita::Sequence broken = *healing;
        broken.steps[1].breath = BreathProgression{bad.pattern, std::nullopt};
        const auto stepPlan = viparita::SessionPlan::create(broken);
        CHECK_FALSE(stepPlan.plan.has_value());
        CHECK(stepPlan.error.startsWith(u"the breath of step %1: "_s.arg(broken.steps[1].id)));

        broken = *healing;
        broken.breath.start = bad.pattern;
        CHECK(viparita::SessionPlan::create(broken).error.startsWith(u"the sequence's breath: "_s));
    }
}

TEST_CASE("the pacer refuses a breath no one could breathe and holds still, never looping")
{
    for (const Bad &bad : badPatterns()) {
        INFO(bad.what);
        const viparita::BreathPacer pacer({bad.pattern, std::nullopt}, 600);
        CHECK(pacer.error().startsWith(QLatin1String(bad.phase)));
        const viparita::BreathState state = pacer.at(300);
        CHECK(state.breathCount == 0);
        CHECK(state.fullness == 0.0);

        viparita::BreathPacer sound({}, 600);
        CHECK(sound.error().isEmpty());
        CHECK_FALSE(sound.changeFrom(60, {bad.pattern, std::nullopt}));
        CHECK_FALSE(sound.error().isEmpty());
        // What it breathed before is kept.
        CHECK(sound.at(120).breathCount == 12);
    }
}

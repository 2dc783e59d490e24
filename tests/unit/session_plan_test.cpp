#include "test_environment.h"

#include <viparita/core/sequence_library.h>
#include <viparita/core/sequence_loader.h>
#include <viparita/core/session_plan.h>

#include "catch_qt.h"

#include <cmath>

using namespace Qt::Literals::StringLiterals;
using viparita::PlanOptions;
using viparita::SessionPlan;
using viparita::Side;

namespace {

viparita::Sequence bundled(const QString &id)
{
    const auto library = viparita::SequenceLibrary::load({});
    const viparita::Sequence *sequence = library.find(id);
    REQUIRE(sequence != nullptr);
    return *sequence;
}

SessionPlan planOf(const viparita::Sequence &sequence, const PlanOptions &options = {})
{
    auto result = SessionPlan::create(sequence, options);
    INFO(result.error.toStdString());
    REQUIRE(result.plan.has_value());
    return *result.plan;
}

} // namespace

TEST_CASE("a plan doubles two-sided steps, right then left, with a pause between")
{
    const SessionPlan plan = planOf(bundled(u"healing"_s));
    QStringList played;
    for (const auto &step : plan.steps())
        played.append(step.stepId +
                      (step.side ? u"/"_s + viparita::sideName(*step.side) : QString()));
    CHECK(played == QStringList{u"hamstrings"_s, u"straddle"_s, u"bound-angle"_s,
                                u"ankle-to-knee/right"_s, u"ankle-to-knee/left"_s, u"psoas"_s,
                                u"twist/right"_s, u"twist/left"_s, u"bolster"_s});
    // Worked by hand: 20 s settle-in, then 90, 75, 75, 60 | 5 | 60, 60, 60 | 5 | 60, 90.
    QList<int> starts;
    for (const auto &step : plan.steps())
        starts.append(step.startSeconds);
    CHECK(starts == QList<int>{20, 110, 185, 260, 325, 385, 445, 510, 570});
    CHECK(plan.totalSeconds() == 660);
    CHECK(plan.switchPauseSeconds() == 5);
    CHECK(plan.steps().at(4).startSeconds - plan.steps().at(3).endSeconds() == 5);
}

TEST_CASE("the settle-in period carries the setup cues, spread over it")
{
    const auto sequence = bundled(u"classic"_s);
    const SessionPlan plan = planOf(sequence);
    CHECK(plan.settleSeconds() == 20);
    REQUIRE(plan.settleCues().size() == sequence.setup.size());
    CHECK(plan.settleCues().first().atSeconds == 0);
    for (qsizetype i = 1; i < plan.settleCues().size(); ++i)
        CHECK(plan.settleCues().at(i).atSeconds > plan.settleCues().at(i - 1).atSeconds);
    CHECK(plan.settleCues().last().atSeconds < 20);
    CHECK(plan.steps().first().startSeconds == 20);

    PlanOptions noSettle;
    noSettle.settleSeconds = 0;
    const SessionPlan direct = planOf(sequence, noSettle);
    CHECK(direct.settleCues().isEmpty());
    CHECK(direct.steps().first().startSeconds == 0);
    CHECK(direct.totalSeconds() == 720);
}

TEST_CASE("fitting to N minutes: within 5 s, whole 5 s steps, none under 15 s, for every sequence")
{
    const auto library = viparita::SequenceLibrary::load({});
    for (const auto &entry : library.entries()) {
        for (int minutes = SessionPlan::minMinutes; minutes <= SessionPlan::maxMinutes; ++minutes) {
            INFO(entry.sequence->id.toStdString() << " at " << minutes << " minutes");
            PlanOptions options;
            options.minutes = minutes;
            const SessionPlan plan = planOf(*entry.sequence, options);
            CHECK(std::abs(plan.totalSeconds() - minutes * 60) <= 5);
            int previousEnd = plan.settleSeconds();
            for (const auto &step : plan.steps()) {
                CHECK(step.durationSeconds % 5 == 0);
                CHECK(step.durationSeconds >= 15);
                CHECK(step.startSeconds >= previousEnd);
                previousEnd = step.endSeconds();
                for (const auto &cue : step.cues)
                    CHECK(cue.atSeconds < step.durationSeconds);
            }
        }
    }
}

TEST_CASE("fitting keeps the steps in proportion")
{
    PlanOptions options;
    options.minutes = 15;
    const SessionPlan plan = planOf(bundled(u"healing"_s), options);
    // 900 s - 20 s settle-in - 2 x 5 s pauses = 870 s for 630 s of steps: x1.381.
    // Hamstrings 90 s -> 124.3 -> 125; ankle to knee 60 s -> 82.9 -> 80 or 85.
    CHECK(plan.steps().first().durationSeconds == 125);
    CHECK(plan.steps().last().durationSeconds == 125);
    for (const auto &step : plan.steps()) {
        const double scaled = step.durationSeconds / 870.0 * 630.0;
        const int original = bundled(u"healing"_s).steps.at(step.sequenceStepIndex).durationSeconds;
        CHECK(std::abs(scaled - original) < 5.0);
    }
    CHECK(plan.totalSeconds() == 900);
}

TEST_CASE("a length outside 3 to 60 minutes, or too short for the steps, is refused")
{
    const auto healing = bundled(u"healing"_s);
    for (int minutes : {2, 0, -5, 61, 1000}) {
        PlanOptions options;
        options.minutes = minutes;
        const auto result = SessionPlan::create(healing, options);
        CHECK_FALSE(result.plan.has_value());
        CHECK(result.error == u"the length must be from 3 to 60 minutes, not %1"_s.arg(minutes));
    }

    // 20 one-sided steps need 20 x 15 s + 20 s of settle-in = 320 s: six minutes.
    viparita::Sequence many = healing;
    many.steps.clear();
    for (int i = 0; i < 20; ++i) {
        viparita::Step step = healing.steps.first();
        step.id = u"step-%1"_s.arg(i);
        many.steps.append(step);
    }
    PlanOptions tooShort;
    tooShort.minutes = 5;
    const auto refused = SessionPlan::create(many, tooShort);
    CHECK_FALSE(refused.plan.has_value());
    CHECK(refused.error == u"20 steps of at least 15 s each do not fit into 5 minutes; choose 6 "
                           "minutes or more"_s);
    tooShort.minutes = 6;
    CHECK(SessionPlan::create(many, tooShort).plan.has_value());
}

TEST_CASE("each step's breath: the user's choice, else the step's own, else the sequence's")
{
    auto sequence = bundled(u"healing"_s);
    const viparita::BreathProgression own{{5, 0, 5, 0}, std::nullopt};
    sequence.steps[2].breath = own;

    const SessionPlan plan = planOf(sequence);
    CHECK(plan.steps().at(0).breath == sequence.breath);
    CHECK(plan.steps().at(2).breath == own);
    CHECK(plan.breath() == sequence.breath);

    PlanOptions chosen;
    chosen.breath = viparita::BreathProgression{{4, 0, 4, 0}, std::nullopt};
    const SessionPlan mine = planOf(sequence, chosen);
    for (const auto &step : mine.steps())
        CHECK(step.breath == *chosen.breath);
    CHECK(mine.breath() == *chosen.breath);
}

TEST_CASE("cue times follow the fitted step: percentages scale, end-N stays before the end")
{
    const auto result = viparita::SequenceLoader::loadFile(
        viparita::test::sourcePath(u"tests/data/valid/cue-forms.json"_s));
    REQUIRE(result.ok());
    PlanOptions options;
    options.settleSeconds = 0;
    options.minutes = 4; // the one 120 s step becomes 240 s
    const SessionPlan plan = planOf(*result.sequence, options);
    REQUIRE(plan.steps().size() == 1);
    const auto &step = plan.steps().first();
    CHECK(step.durationSeconds == 240);
    REQUIRE(step.cues.size() == 4);
    CHECK(step.cues[0].atSeconds == 0);   // "start"
    CHECK(step.cues[1].atSeconds == 30);  // 30 s stays 30 s
    CHECK(step.cues[2].atSeconds == 120); // "50%"
    CHECK(step.cues[3].atSeconds == 225); // "end-15"
    CHECK(step.cues[3].beforeEndSeconds == 15);
}

TEST_CASE("a step fitted shorter keeps its cues in order: the last one stays last")
{
    const auto result = viparita::SequenceLoader::loadFile(
        viparita::test::sourcePath(u"tests/data/valid/cue-forms.json"_s));
    REQUIRE(result.ok());
    viparita::Sequence sequence = *result.sequence;
    REQUIRE(sequence.steps.size() == 1);
    auto &step = sequence.steps.first();
    // At its own 120 s: 30 s, 90 s, then 80 % (96 s), then 10 s before the end (110 s).
    step.durationSeconds = 120;
    step.cues = {{{viparita::CueTime::Kind::Seconds, 30}, u"first"_s, true},
                 {{viparita::CueTime::Kind::BeforeEnd, 10}, u"fourth"_s, true},
                 {{viparita::CueTime::Kind::Seconds, 90}, u"second"_s, true},
                 {{viparita::CueTime::Kind::Percent, 80}, u"third"_s, true}};
    for (const int minutes : {3, 4, 10}) {
        INFO(minutes << " minutes");
        PlanOptions options;
        options.settleSeconds = 0;
        options.minutes = minutes; // 180 s is longer; a settle-in is there anyway
        sequence.steps.first().durationSeconds = 120;
        const SessionPlan plan = planOf(sequence, options);
        const auto &planned = plan.steps().first();
        QStringList order;
        int last = -1;
        for (const auto &cue : planned.cues) {
            order.append(cue.text);
            CHECK(cue.atSeconds >= last);
            CHECK(cue.atSeconds < planned.durationSeconds);
            last = cue.atSeconds;
        }
        CHECK(order == QStringList{u"first"_s, u"second"_s, u"third"_s, u"fourth"_s});
    }
    // Shorter than its own length: 60 s instead of 120 s.
    sequence.steps.first().durationSeconds = 120;
    sequence.steps.append(sequence.steps.first());
    sequence.steps.last().id = u"other"_s;
    sequence.steps.last().durationSeconds = 480;
    PlanOptions options;
    options.settleSeconds = 0;
    options.minutes = 3; // 600 s fitted to 180 s: the first step gets 35 s or so
    const SessionPlan plan = planOf(sequence, options);
    const auto &shortened = plan.steps().first();
    REQUIRE(shortened.durationSeconds < 120);
    QStringList order;
    for (const auto &cue : shortened.cues)
        order.append(cue.text);
    CHECK(order == QStringList{u"first"_s, u"second"_s, u"third"_s, u"fourth"_s});
    CHECK(shortened.cues.last().atSeconds >= shortened.cues.at(2).atSeconds);
}

// When a session asks for a reading while it plays: once, with medication, at the step the
// sequence marks, else at the middle of the session; for every bundled sequence.
#include <viparita/core/during_reading.h>
#include <viparita/core/sequence_library.h>

#include "catch_qt.h"

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using viparita::DuringReading;
using viparita::Player;
using viparita::PlayerEvent;

namespace {

/// The seconds into the session at which each bundled sequence asks, played as written.
std::optional<int> dueSecond(const viparita::SessionPlan &plan, bool takesMedication)
{
    Player player(plan);
    const auto start = Player::Clock::now();
    player.start(start);
    bool asked = false;
    std::optional<int> due;
    for (int second = 0; second <= plan.totalSeconds() + 1; ++second) {
        for (const PlayerEvent &event : player.update(start + std::chrono::seconds(second))) {
            if (DuringReading::isDue({takesMedication}, plan, event, asked)) {
                CHECK_FALSE(due.has_value()); // once only
                due = second;
                asked = true;
            }
        }
    }
    return due;
}

} // namespace

TEST_CASE("every bundled sequence asks once, at its marked step or at its middle")
{
    const auto library = viparita::SequenceLibrary::load({});
    int sequences = 0;
    for (const auto &entry : library.entries()) {
        if (!entry.sequence)
            continue;
        ++sequences;
        INFO(entry.sequence->id.toStdString());
        const auto planned = viparita::SessionPlan::create(*entry.sequence);
        REQUIRE(planned.plan);
        const viparita::SessionPlan &plan = *planned.plan;
        const auto due = dueSecond(plan, true);
        REQUIRE(due.has_value());
        if (const auto marked = DuringReading::markedStep(plan))
            CHECK(*due == plan.steps().at(*marked).startSeconds);
        else
            CHECK(std::abs(*due - plan.totalSeconds() / 2) <= 1);
        // Without medication, never.
        CHECK_FALSE(dueSecond(plan, false).has_value());
    }
    CHECK(sequences >= 4);
}

TEST_CASE("the healing sequence marks the twist, on its right side first")
{
    const auto library = viparita::SequenceLibrary::load({});
    const auto planned = viparita::SessionPlan::create(*library.find(u"healing"_s));
    REQUIRE(planned.plan);
    const auto marked = DuringReading::markedStep(*planned.plan);
    REQUIRE(marked.has_value());
    CHECK(planned.plan->steps().at(*marked).stepId == u"twist"_s);
    CHECK(planned.plan->steps().at(*marked).side == viparita::Side::Right);
}

#include <viparita/core/session_plan.h>

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace viparita {

namespace {

/// Fits the per-side durations of the steps so that their played total is
/// `target` seconds: each scaled in proportion, rounded to whole
/// `granularity` seconds, at least `minimum`. The rounding remainders go,
/// one granule at a time, to the steps that lost most in rounding (largest
/// remainder), or are taken from those that gained most; a two-sided step
/// counts double. Returns nothing when the steps cannot fit.
std::optional<QList<int>> fitDurations(const QList<int> &durations, const QList<int> &sideCounts,
                                       int target, int granularity, int minimum)
{
    const int natural =
        std::transform_reduce(durations.cbegin(), durations.cend(), sideCounts.cbegin(), 0);
    const double scale = static_cast<double>(target) / natural;
    QList<int> fitted;
    QList<double> remainders;
    for (int duration : durations) {
        const double exact = duration * scale / granularity;
        const int granules = std::max(minimum / granularity, static_cast<int>(std::lround(exact)));
        fitted.append(granules * granularity);
        remainders.append(exact - granules);
    }
    auto total = [&] {
        return std::transform_reduce(fitted.cbegin(), fitted.cend(), sideCounts.cbegin(), 0);
    };
    // Each pass moves the total one granule (or two for a two-sided step)
    // toward the target; the loop ends when the total is as close as it gets.
    for (int guard = 0; guard < 10000; ++guard) {
        const int error = total() - target;
        qsizetype best = -1;
        for (qsizetype i = 0; i < fitted.size(); ++i) {
            const int change = granularity * sideCounts[i];
            if (error < 0) {
                // Adding must bring the total nearer the target.
                if (std::abs(error + change) >= std::abs(error))
                    continue;
                if (best < 0 || remainders[i] > remainders[best])
                    best = i;
            } else if (error > 0) {
                if (fitted[i] - granularity < minimum ||
                    std::abs(error - change) >= std::abs(error))
                    continue;
                if (best < 0 || remainders[i] < remainders[best])
                    best = i;
            }
        }
        if (best < 0)
            break;
        const int direction = error < 0 ? 1 : -1;
        fitted[best] += direction * granularity;
        remainders[best] -= direction;
    }
    if (std::abs(total() - target) > granularity)
        return std::nullopt;
    return fitted;
}

struct SessionPlanText {
    Q_DECLARE_TR_FUNCTIONS(viparita::SessionPlan)
};

} // namespace

QString sideName(Side side)
{
    return side == Side::Right ? u"right"_s : u"left"_s;
}

int SessionPlan::totalSeconds() const
{
    return m_steps.isEmpty() ? m_settleSeconds : m_steps.last().endSeconds();
}

PlanResult SessionPlan::create(const Sequence &sequence, const PlanOptions &options)
{
    PlanResult result;
    if (sequence.steps.isEmpty()) {
        result.error = SessionPlanText::tr("the sequence has no steps");
        return result;
    }
    if (options.settleSeconds < 0 || options.switchPauseSeconds < 0) {
        result.error =
            SessionPlanText::tr("the settle-in and the pause between sides cannot be negative");
        return result;
    }

    // A breath the pacer cannot breathe (a zero-second breath would never end) is refused
    // here, whoever asks: a hand-edited setting, a sequence built in code.
    if (options.breath) {
        if (const auto problem = options.breath->problem()) {
            result.error = SessionPlanText::tr("the breathing pace: %1").arg(*problem);
            return result;
        }
    }
    if (const auto problem = sequence.breath.problem()) {
        result.error = SessionPlanText::tr("the sequence's breath: %1").arg(*problem);
        return result;
    }
    for (const Step &step : sequence.steps) {
        if (!step.breath)
            continue;
        if (const auto problem = step.breath->problem()) {
            result.error = SessionPlanText::tr("the breath of step %1: %2").arg(step.id, *problem);
            return result;
        }
    }

    QList<int> durations;
    QList<int> sideCounts;
    for (const Step &step : sequence.steps) {
        durations.append(step.durationSeconds);
        sideCounts.append(step.sideCount());
    }
    const int twoSided = static_cast<int>(std::count(sideCounts.cbegin(), sideCounts.cend(), 2));
    const int fixedSeconds = options.settleSeconds + twoSided * options.switchPauseSeconds;

    if (options.minutes) {
        const int minutes = *options.minutes;
        if (minutes < minMinutes || minutes > maxMinutes) {
            result.error = SessionPlanText::tr("the length must be from %1 to %2 minutes, not %3")
                               .arg(minMinutes)
                               .arg(maxMinutes)
                               .arg(minutes);
            return result;
        }
        const int playedSteps = std::accumulate(sideCounts.cbegin(), sideCounts.cend(), 0);
        const int target = minutes * 60 - fixedSeconds;
        const int needed = playedSteps * minFittedStepSeconds + fixedSeconds;
        auto fitted = target >= playedSteps * minFittedStepSeconds
                          ? fitDurations(durations, sideCounts, target, fitGranularitySeconds,
                                         minFittedStepSeconds)
                          : std::nullopt;
        if (!fitted) {
            result.error =
                SessionPlanText::tr("%1 steps of at least %2 s each do not fit into %3 minutes; "
                                    "choose %4 minutes or more")
                    .arg(playedSteps)
                    .arg(minFittedStepSeconds)
                    .arg(minutes)
                    .arg((needed + 59) / 60);
            return result;
        }
        durations = *fitted;
    }

    SessionPlan plan;
    plan.m_sequenceId = sequence.id;
    plan.m_sequenceTitle = sequence.title;
    plan.m_sequenceVersion = sequence.version;
    plan.m_settleSeconds = options.settleSeconds;
    plan.m_switchPauseSeconds = options.switchPauseSeconds;
    plan.m_breath = options.breath.value_or(sequence.breath);

    if (options.settleSeconds > 0 && !sequence.setup.isEmpty()) {
        const auto count = static_cast<int>(sequence.setup.size());
        for (int i = 0; i < count; ++i)
            plan.m_settleCues.append(
                {options.settleSeconds * i / count, sequence.setup.at(i), true, std::nullopt});
    }

    int start = options.settleSeconds;
    for (qsizetype i = 0; i < sequence.steps.size(); ++i) {
        const Step &step = sequence.steps.at(i);
        const int duration = durations.at(i);
        QList<std::optional<Side>> sides{std::nullopt};
        if (step.sides == Sides::Both)
            sides = {Side::Right, Side::Left};
        for (const auto &side : sides) {
            if (side == Side::Left)
                start += options.switchPauseSeconds;
            PlannedStep planned;
            planned.sequenceStepIndex = static_cast<int>(i);
            planned.stepId = step.id;
            planned.title = step.title;
            planned.targets = step.targets;
            planned.image = step.image;
            planned.safety = step.safety;
            planned.askReading = step.askReading;
            planned.side = side;
            planned.startSeconds = start;
            planned.durationSeconds = duration;
            // The cues in the order the step's own length gives them; in a step made shorter,
            // a cue at a number of seconds moves in proportion, and none comes before one
            // that belongs earlier (a cue clamped to the end would otherwise end up last).
            QList<std::pair<int, const Cue *>> ordered;
            for (const Cue &cue : step.cues)
                ordered.append({cue.at.secondsInto(std::max(step.durationSeconds, 1)), &cue});
            std::stable_sort(ordered.begin(), ordered.end(),
                             [](const auto &a, const auto &b) { return a.first < b.first; });
            const bool shortened = step.durationSeconds > duration;
            int earliest = 0;
            for (const auto &[ownTime, cue] : std::as_const(ordered)) {
                int at = cue->at.secondsInto(duration);
                if (shortened && cue->at.kind == CueTime::Kind::Seconds)
                    at = std::min(duration - 1, cue->at.value * duration / step.durationSeconds);
                at = std::max({at, earliest, 0});
                earliest = at;
                std::optional<int> beforeEnd;
                if (cue->at.kind == CueTime::Kind::BeforeEnd)
                    beforeEnd = duration - at;
                planned.cues.append({at, cue->text, cue->spoken, beforeEnd});
            }
            planned.breath = options.breath.value_or(step.breath.value_or(sequence.breath));
            plan.m_steps.append(planned);
            start += duration;
        }
    }
    result.plan = std::move(plan);
    return result;
}

} // namespace viparita

#include <viparita/core/breath_pattern.h>

#include <QCoreApplication>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace viparita {

namespace {

struct BreathPatternText {
    Q_DECLARE_TR_FUNCTIONS(viparita::BreathPattern)
};

std::optional<QString> phaseProblem(const QString &phase, double seconds, double minimum)
{
    if (std::isfinite(seconds) && seconds >= minimum && seconds <= BreathPattern::maxPhaseSeconds)
        return std::nullopt;
    return BreathPatternText::tr("%1: must be a number of seconds from %2 to %3, not %4")
        .arg(phase)
        .arg(minimum)
        .arg(BreathPattern::maxPhaseSeconds)
        .arg(seconds);
}

} // namespace

std::optional<QString> BreathPattern::problem() const
{
    if (auto found = phaseProblem(u"inhale"_s, inhale, minBreathSeconds))
        return found;
    if (auto found = phaseProblem(u"hold_in"_s, holdIn, minHoldSeconds))
        return found;
    if (auto found = phaseProblem(u"exhale"_s, exhale, minBreathSeconds))
        return found;
    return phaseProblem(u"hold_out"_s, holdOut, minHoldSeconds);
}

std::optional<QString> BreathProgression::problem() const
{
    if (auto found = start.problem())
        return found;
    if (end) {
        if (auto found = end->problem())
            return u"end: "_s + *found;
    }
    return std::nullopt;
}

} // namespace viparita

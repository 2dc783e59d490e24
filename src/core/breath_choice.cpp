#include <viparita/core/breath_choice.h>

#include <viparita/core/key_table.h>

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace viparita {

namespace {

struct BreathChoiceText {
    Q_DECLARE_TR_FUNCTIONS(viparita::BreathChoice)
};

} // namespace

namespace {

constexpr KeyTable<BreathChoice::Pace, 5> paceKeys{{{{BreathChoice::Pace::Sequence, u"sequence"},
                                                     {BreathChoice::Pace::Six, u"6"},
                                                     {BreathChoice::Pace::Five, u"5"},
                                                     {BreathChoice::Pace::Gentle, u"gentle"},
                                                     {BreathChoice::Pace::Custom, u"custom"}}}};

} // namespace

QList<BreathChoice::Pace> BreathChoice::paces()
{
    QList<Pace> all;
    for (const auto &[pace, key] : paceKeys.entries())
        all.append(pace);
    return all;
}

QString BreathChoice::key(Pace pace)
{
    return paceKeys.key(pace);
}

std::optional<BreathChoice::Pace> BreathChoice::fromKey(const QString &key)
{
    return paceKeys.value(key);
}

BreathPattern BreathChoice::preset(Pace pace)
{
    switch (pace) {
    case Pace::Five:
        return {5.0, 0.0, 7.0, 0.0};
    case Pace::Gentle:
        return {4.0, 0.0, 4.0, 0.0};
    case Pace::Sequence:
    case Pace::Six:
    case Pace::Custom:
        break;
    }
    return {4.0, 0.0, 6.0, 0.0};
}

BreathPattern BreathChoice::lengthened(const BreathPattern &pattern)
{
    // Never past what a phase may last: a 20 s inhale stays 20 s.
    const auto longer = [](double seconds) {
        return std::min(seconds + lengthenBySeconds, BreathPattern::maxPhaseSeconds);
    };
    return {longer(pattern.inhale), pattern.holdIn, longer(pattern.exhale), pattern.holdOut};
}

std::optional<QString> BreathChoice::customProblem(const BreathPattern &pattern)
{
    if (auto problem = pattern.problem())
        return problem;
    if (pattern.cycleSeconds() > longestCustomBreathSeconds)
        return BreathChoiceText::tr("one breath must last at most %1 seconds, not %2")
            .arg(longestCustomBreathSeconds)
            .arg(pattern.cycleSeconds());
    return std::nullopt;
}

BreathChoice::Resolved BreathChoice::resolve() const
{
    Resolved resolved;
    if (pace == Pace::Sequence)
        return resolved;
    BreathPattern pattern = preset(pace);
    if (pace == Pace::Custom) {
        if (const auto problem = customProblem(custom)) {
            resolved.fallbackReason =
                BreathChoiceText::tr(
                    "the custom breathing pace cannot be breathed (%1); the sequence's own pace "
                    "is used instead")
                    .arg(*problem);
            return resolved;
        }
        pattern = custom;
    }
    BreathProgression breath{pattern, std::nullopt};
    if (lengthen)
        breath.end = lengthened(pattern);
    resolved.breath = breath;
    return resolved;
}

} // namespace viparita

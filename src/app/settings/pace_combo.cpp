#include "settings/pace_combo.h"

#include <viparita/core/display_format.h>

#include <algorithm>

namespace viparita::app {

PaceCombo::PaceCombo(const QString &customLabel, QWidget *parent) : QComboBox(parent)
{
    using Pace = BreathChoice::Pace;
    const DisplayFormat format;
    const auto seconds = [&format](Pace pace) {
        const BreathPattern pattern = BreathChoice::preset(pace);
        return tr("%1 s in, %2 s out")
            .arg(format.number(pattern.inhale), format.number(pattern.exhale));
    };
    for (const Pace pace : BreathChoice::paces()) {
        QString label;
        switch (pace) {
        case Pace::Sequence:
            label = tr("The sequence's own");
            break;
        case Pace::Six:
            label = tr("6 breaths a minute (%1)").arg(seconds(pace));
            break;
        case Pace::Five:
            label = tr("5 breaths a minute (%1)").arg(seconds(pace));
            break;
        case Pace::Gentle:
            label = tr("Gentle (%1)").arg(seconds(pace));
            break;
        case Pace::Custom:
            label = customLabel;
            break;
        }
        addItem(label, BreathChoice::key(pace));
    }
}

BreathChoice::Pace PaceCombo::pace() const
{
    return BreathChoice::fromKey(currentData().toString()).value_or(BreathChoice::Pace::Sequence);
}

void PaceCombo::setPace(BreathChoice::Pace pace)
{
    setCurrentIndex(std::max(0, findData(BreathChoice::key(pace))));
}

void PaceCombo::setPaceKey(const QString &key)
{
    setPace(BreathChoice::fromKey(key).value_or(BreathChoice::Pace::Sequence));
}

} // namespace viparita::app

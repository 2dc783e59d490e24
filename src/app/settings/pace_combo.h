#pragma once

#include <viparita/core/breath_choice.h>

#include <QComboBox>

namespace viparita::app {

/// The chooser of a breathing pace, as the home page and the settings dialog show it: each
/// pace of BreathChoice, with its preset's seconds, its key as the item's data.
class PaceCombo final : public QComboBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaceCombo)

public:
    /// `customLabel` names the custom pace ("Custom", "Custom (from the settings)").
    PaceCombo(const QString &customLabel, QWidget *parent = nullptr);

    [[nodiscard]] BreathChoice::Pace pace() const;
    /// Chooses `pace`; a key no pace has chooses the sequence's own.
    void setPace(BreathChoice::Pace pace);
    void setPaceKey(const QString &key);
};

} // namespace viparita::app

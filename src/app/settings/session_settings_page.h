#pragma once

#include "settings/settings_page.h"

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace viparita::app {

class PaceCombo;

/// The session: its length, the breathing pace (a preset or the person's own pattern) and
/// whether the breath lengthens. A custom breath longer than BreathChoice allows cannot be
/// kept.
class SessionSettingsPage final : public SettingsPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionSettingsPage)

public:
    explicit SessionSettingsPage(QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override;
    void load(const Value &value) override;
    void save(const Put &put) const override;
    [[nodiscard]] QString problem() const override;

private:
    [[nodiscard]] BreathPattern shownPattern() const;
    void updateEnabled();

    QCheckBox *m_fitLength = nullptr;
    QSpinBox *m_minutes = nullptr;
    PaceCombo *m_pace = nullptr;
    QWidget *m_customPace = nullptr;
    QDoubleSpinBox *m_inhale = nullptr;
    QDoubleSpinBox *m_holdIn = nullptr;
    QDoubleSpinBox *m_exhale = nullptr;
    QDoubleSpinBox *m_holdOut = nullptr;
    QCheckBox *m_lengthen = nullptr;
    QLabel *m_paceSummary = nullptr;
};

} // namespace viparita::app

#pragma once

#include "settings/settings_page.h"

class QCheckBox;
class QTimeEdit;

namespace viparita::app {

/// Reminders, also while the window is closed: a practice on chosen days at a time, and a
/// home-monitoring week's morning and evening measurements.
class ReminderSettingsPage final : public SettingsPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReminderSettingsPage)

public:
    explicit ReminderSettingsPage(QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override;
    void load(const Value &value) override;
    void save(const Put &put) const override;

private:
    void updateEnabled();

    QCheckBox *m_practice = nullptr;
    QList<QCheckBox *> m_days; ///< Monday to Sunday
    QTimeEdit *m_practiceTime = nullptr;
    QCheckBox *m_week = nullptr;
    QTimeEdit *m_morning = nullptr;
    QTimeEdit *m_evening = nullptr;
};

} // namespace viparita::app

#pragma once

#include "settings/settings_page.h"

class QCheckBox;
class QComboBox;

namespace viparita::app {

/// Health: the guideline readings are placed by, the medication (with it, a reading during
/// each session), the standing check after a session (on with the medication until the
/// person chooses), and the usual arm and position of new readings.
class HealthSettingsPage final : public SettingsPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthSettingsPage)

public:
    explicit HealthSettingsPage(QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override;
    void load(const Value &value) override;
    void save(const Put &put) const override;

private:
    QComboBox *m_guideline = nullptr;
    QCheckBox *m_medication = nullptr;
    QCheckBox *m_standing = nullptr;
    QComboBox *m_arm = nullptr;
    QComboBox *m_position = nullptr;
};

} // namespace viparita::app

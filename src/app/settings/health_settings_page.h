#pragma once

#include "settings/settings_page.h"

#include <QStringList>

class QCheckBox;
class QComboBox;
class QLabel;

namespace viparita::app {

/// Health: the guideline readings are placed by, the medication and the reading taken during
/// a session, and the usual arm and position of new readings.
class HealthSettingsPage final : public SettingsPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthSettingsPage)

public:
    /// `stepIds`: the steps of the default sequence, offered for the reading during a session.
    explicit HealthSettingsPage(const QStringList &stepIds, QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override;
    void load(const Value &value) override;
    void save(const Put &put) const override;

    /// A step id as a label: "ankle-to-knee" -> "Ankle to knee".
    [[nodiscard]] static QString stepLabel(const QString &stepId);

private:
    void updateEnabled();

    QStringList m_stepIds;
    QComboBox *m_guideline = nullptr;
    QCheckBox *m_medication = nullptr;
    QLabel *m_duringStepLabel = nullptr;
    QComboBox *m_duringStep = nullptr;
    QComboBox *m_arm = nullptr;
    QComboBox *m_position = nullptr;
};

} // namespace viparita::app

#pragma once

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSlider;
class QSpinBox;
class QTabWidget;

namespace viparita::app {

class Settings;

/// The preferences, in tabs: sound and voice, session, health, report and
/// appearance. Nothing is written to the Settings until OK; Cancel changes
/// nothing.
class SettingsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    /// `stepIds`: the steps of the default sequence, offered for the reading
    /// taken during a session.
    explicit SettingsDialog(Settings &settings, const QStringList &stepIds,
                            QWidget *parent = nullptr);

    /// Writes the values shown (those that differ) to the Settings, then closes.
    void accept() override;

    /// A step id as a label: "ankle-to-knee" -> "Ankle to knee".
    [[nodiscard]] static QString stepLabel(const QString &stepId);

private:
    QWidget *createSoundPage();
    QWidget *createSessionPage();
    QWidget *createHealthPage();
    QWidget *createReportPage();
    QWidget *createAppearancePage();

    /// Shows the stored values, or the defaults when `defaults` is true.
    void load(bool defaults);
    void save();
    void updateEnabled();
    void updatePaceSummary();

    Settings &m_settings;
    QStringList m_stepIds;

    QTabWidget *m_tabs = nullptr;
    QWidget *m_sessionPage = nullptr;
    QDialogButtonBox *m_buttons = nullptr;

    QCheckBox *m_chimes = nullptr;
    QCheckBox *m_breathTones = nullptr;
    QCheckBox *m_voice = nullptr;
    QCheckBox *m_eyesClosed = nullptr;
    QSlider *m_volume = nullptr;
    QLabel *m_volumeValue = nullptr;

    QCheckBox *m_fitLength = nullptr;
    QSpinBox *m_minutes = nullptr;
    QComboBox *m_pace = nullptr;
    QWidget *m_customPace = nullptr;
    QDoubleSpinBox *m_inhale = nullptr;
    QDoubleSpinBox *m_holdIn = nullptr;
    QDoubleSpinBox *m_exhale = nullptr;
    QDoubleSpinBox *m_holdOut = nullptr;
    QCheckBox *m_lengthen = nullptr;
    QLabel *m_paceSummary = nullptr;

    QComboBox *m_guideline = nullptr;
    QCheckBox *m_medication = nullptr;
    QLabel *m_duringStepLabel = nullptr;
    QComboBox *m_duringStep = nullptr;
    QComboBox *m_arm = nullptr;
    QComboBox *m_position = nullptr;

    QLineEdit *m_reportName = nullptr;
    QComboBox *m_theme = nullptr;
};

} // namespace viparita::app

#pragma once

#include <QDialog>
#include <QList>

#include <memory>

class QDialogButtonBox;
class QTabWidget;

namespace viparita::app {

class Settings;
class SettingsPage;
class SoundCues;
class VoiceCues;

/// The preferences, a tab for each page: sound and voice, session, health, report and
/// appearance (settings_page.h). Nothing is written to the Settings until OK; Cancel changes
/// nothing; Restore defaults shows the defaults, kept only on OK.
class SettingsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(Settings &settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    /// Writes the values shown (those that differ) to the Settings, then closes; while a page
    /// has a problem, shows that page instead.
    void accept() override;

private:
    /// Shows the stored values, or the defaults when `defaults` is true.
    void load(bool defaults);
    void save();
    void updateOk();
    /// Plays a chime and speaks a sentence; says what was heard, or what is missing.
    [[nodiscard]] QString testSound();

    Settings &m_settings;
    QTabWidget *m_tabs = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QList<SettingsPage *> m_pages;
    std::unique_ptr<SoundCues> m_sound;
    std::unique_ptr<VoiceCues> m_voice;
};

} // namespace viparita::app

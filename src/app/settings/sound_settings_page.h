#pragma once

#include "settings/settings_page.h"

class QCheckBox;
class QLabel;
class QSlider;

namespace viparita::app {

/// Sound and voice: the chimes, the breath tones, the voice, the eyes-closed announcements
/// and the volume.
class SoundSettingsPage final : public SettingsPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SoundSettingsPage)

public:
    explicit SoundSettingsPage(QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override;
    void load(const Value &value) override;
    void save(const Put &put) const override;

    /// Says under the Test button what the test found ("A chime played; the voice spoke.").
    void showTestResult(const QString &result);

Q_SIGNALS:
    /// Test was pressed: play a chime and speak a sentence now.
    void testRequested();

private:
    void updateEnabled();

    QCheckBox *m_chimes = nullptr;
    QCheckBox *m_breathTones = nullptr;
    QCheckBox *m_voice = nullptr;
    QCheckBox *m_eyesClosed = nullptr;
    QSlider *m_volume = nullptr;
    QLabel *m_volumeValue = nullptr;
    QLabel *m_testResult = nullptr;
};

} // namespace viparita::app

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

private:
    void updateEnabled();

    QCheckBox *m_chimes = nullptr;
    QCheckBox *m_breathTones = nullptr;
    QCheckBox *m_voice = nullptr;
    QCheckBox *m_eyesClosed = nullptr;
    QSlider *m_volume = nullptr;
    QLabel *m_volumeValue = nullptr;
};

} // namespace viparita::app

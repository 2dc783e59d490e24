#pragma once

#include "settings.h"

#include <viparita/core/breath_pacer.h>

#include <QObject>
#include <QString>

#include <array>

class QMediaDevices;
class QSoundEffect;

namespace viparita::app {

/// The sounds of a session, for someone whose eyes are closed: a chime at
/// each step, a lighter two-note chime at a side switch, a bell at the end,
/// and soft rising and falling tones with the breath.
///
/// Each sound is a preloaded QSoundEffect (":/sounds/<name>.wav", made by
/// scripts/make-sounds.py). Chimes and the bell play only with the Chimes
/// setting on, breath tones only with BreathTones on; the volume follows the
/// Volume setting. With no audio output the session runs silently and the
/// log says why once.
class SoundCues final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SoundCues)

public:
    explicit SoundCues(Settings &settings, QObject *parent = nullptr);
    ~SoundCues() override;

    /// A new step (or the settle-in) began.
    void stepChime();
    /// The pause to switch to the other side began.
    void sideChime();
    /// The session finished.
    void endBell();
    /// A rising tone on the inhale, a falling one on the exhale; the holds
    /// are silent.
    void breathTone(viparita::BreathPhase phase);

    /// False when there is no audio output (or the sounds could not be
    /// loaded): the cues then play nothing.
    [[nodiscard]] bool available() const;
    /// What was last asked to play once the settings allowed it: "chime",
    /// "side-chime", "end-bell", "inhale", "exhale", or empty. Set with or
    /// without an audio output, so tests can check the logic.
    [[nodiscard]] QString lastPlayed() const { return m_lastPlayed; }
    /// The volume given to the sounds, 0 to 1 (from the Volume setting).
    [[nodiscard]] double volume() const { return m_volume; }

private:
    enum class Sound { Chime, SideChime, EndBell, Inhale, Exhale };
    static constexpr std::size_t soundCount = 5;

    void play(Sound sound, Settings::Key allowedBy);
    void updateOutputs();
    void createEffects();
    void applyVolume();
    void goSilent(const QString &reason);

    Settings &m_settings;
    QMediaDevices *m_devices = nullptr;
    std::array<QSoundEffect *, soundCount> m_effects{};
    bool m_hasOutput = false;
    bool m_loadFailed = false;
    bool m_warned = false;
    double m_volume = 0.0;
    QString m_lastPlayed;
};

} // namespace viparita::app

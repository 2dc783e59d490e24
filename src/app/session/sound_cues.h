#pragma once

#include "settings/settings.h"

#include <viparita/core/breath_pacer.h>

#include <QObject>
#include <QString>

#include <memory>

namespace viparita::app {

class SoundOutput;

/// The sounds of a session, for someone whose eyes are closed: a chime at
/// each step, a lighter two-note chime at a side switch, a bell at the end,
/// and soft rising and falling tones with the breath.
///
/// The sounds (":/sounds/<name>.wav", made by scripts/make-sounds.py) are
/// played by the cue backend (cue_backend.h), loaded with them on first use or
/// by prepare(). Chimes and the bell play only with the Chimes setting on,
/// breath tones only with BreathTones on; the volume follows the Volume
/// setting. With no audio output, or no backend, the session runs silently and
/// the log says why once.
class SoundCues final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SoundCues)

public:
    explicit SoundCues(Settings &settings, QObject *parent = nullptr);
    ~SoundCues() override;

    /// Loads the backend and the sounds now, if not yet done. Everything else loads them
    /// when first needed; a session calls this as it begins so that its first chime is on
    /// time.
    void prepare();

    /// A new step (or the settle-in) began.
    void stepChime();
    /// The pause to switch to the other side began.
    void sideChime();
    /// The session finished.
    void endBell();
    /// A rising tone on the inhale, a falling one on the exhale; the holds
    /// are silent.
    void breathTone(viparita::BreathPhase phase);

    /// False when there is no audio output (or the sounds or their backend
    /// could not be loaded): the cues then play nothing.
    [[nodiscard]] bool available() const;
    /// Plays the step chime whatever the settings say (Settings > Sound > Test); false when
    /// there is no audio output to play it on.
    bool testChime();
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
    void applyVolume();
    void goSilent(const QString &reason);

    Settings &m_settings;
    std::unique_ptr<SoundOutput> m_output;
    bool m_prepared = false;
    bool m_loadFailed = false;
    bool m_warned = false;
    double m_volume = 0.0;
    QString m_lastPlayed;
};

} // namespace viparita::app

#pragma once

#include <viparita/core/breath_pacer.h>
#include <viparita/core/player.h>

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace viparita::app {

class Settings;
class SoundCues;
class VoiceCues;

/// What a session plays and says, so that it can be followed with the eyes closed: the
/// chime, the step's name and cues read aloud, the switch of sides, ten seconds left and
/// the next step, halfway, the end bell, and the breath tones. The flow of the session
/// (SessionController) tells it each player event; it answers with the cue to show.
class SessionAnnouncer final {
    Q_DECLARE_TR_FUNCTIONS(viparita::app::SessionAnnouncer)

public:
    explicit SessionAnnouncer(Settings &settings);
    ~SessionAnnouncer();
    SessionAnnouncer(const SessionAnnouncer &) = delete;
    SessionAnnouncer &operator=(const SessionAnnouncer &) = delete;

    [[nodiscard]] SoundCues &sound() const { return *m_sound; }
    [[nodiscard]] VoiceCues &voice() const { return *m_voice; }

    /// Loads the sounds and the voice (when the voice is on) ahead of the first cue.
    void prepare();
    /// A new session: the breath tones start again from its first breath.
    void reset() { m_lastPhase.reset(); }
    /// Plays and says what `event` of `plan` calls for. The text to show as the cue, when
    /// the event brings one (empty to clear it); nothing to leave the cue as it is.
    [[nodiscard]] std::optional<QString> announce(const PlayerEvent &event,
                                                  const SessionPlan &plan);
    /// A tone as the breath turns from one phase to the next (none while paused).
    void breathe(const BreathState &breath, bool paused);
    /// The session paused for a reading: said now, the rest of the queue dropped.
    void readingDue();
    /// A reading of the standing check is due: a chime, and `spoken` said now.
    void readingTime(const QString &spoken);
    /// Says `text` now, before anything queued (guidance that must be heard).
    void say(const QString &text);
    /// The person paused: the voice stops.
    void paused();

    /// "Straddle, right side": a planned step as it is announced.
    [[nodiscard]] static QString stepName(const SessionPlan &plan, int step);

private:
    /// Says `text` after what is queued, and announces it to a screen reader.
    void tell(const QString &text);
    /// Says `text` now, and announces it to a screen reader.
    void tellNow(const QString &text);
    Settings &m_settings;
    std::unique_ptr<SoundCues> m_sound;
    std::unique_ptr<VoiceCues> m_voice;
    std::optional<BreathPhase> m_lastPhase;
};

} // namespace viparita::app

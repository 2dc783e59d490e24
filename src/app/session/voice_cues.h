#pragma once

#include "plugins/cue_backend.h"
#include "settings/settings.h"

#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <optional>

namespace viparita::app {

/// Cues and step names read aloud, one after another, in a calm, slightly slow
/// voice, by the cue backend's text-to-speech engine (cue_backend.h): "flite"
/// where it is installed, else the default engine. Nothing is said with the
/// Voice setting off; the volume follows the Volume setting.
///
/// Texts wait in a short queue while the engine speaks. At most
/// `maxQueued` wait: beyond that the oldest is dropped, since stale
/// guidance is worse than none. sayNow() (a step change) drops the queue
/// and interrupts what is being said.
///
/// With no engine, or an engine in its Error state (no audio output, for
/// example), nothing is queued or recorded and the log says why once; an
/// error drops the queue. Flite can fall into Error for a moment (an audio
/// hiccup) and come back: speaking then resumes with the next text.
///
/// spoken() lists only what was really handed to an engine, so tests must
/// not count on speech: on a machine without an engine it stays empty.
/// (Flite is Ready until its first text even without an audio output, and
/// reports the Error only from the event loop.)
class VoiceCues final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VoiceCues)

public:
    static constexpr int maxQueued = 3;
    /// The rate given to the engine (-1 to 1): a little slower than normal.
    static constexpr double calmRate = -0.15;

    explicit VoiceCues(Settings &settings, QObject *parent = nullptr);
    ~VoiceCues() override;

    /// Loads the engine and its voices now, if not yet done. Everything else loads them
    /// when first needed; a session calls this as it begins so that its first cue is on time.
    void prepare();
    /// Says `text` once what is already being said (and queued) is done.
    void say(const QString &text);
    /// Drops the queue, interrupts what is being said and says `text`.
    void sayNow(const QString &text);
    /// Stops speaking and drops the queue.
    void stop();
    /// Says `text` now whatever the Voice setting (Settings > Sound > Test); false when there
    /// is no voice to say it.
    bool sayTest(const QString &text);

    /// True when an engine is there and not in its Error state.
    [[nodiscard]] bool available() const;
    /// Whether a voice of the language asked for by setLocale() is there to speak the cues.
    [[nodiscard]] bool speaksWantedLanguage() const;
    /// The engine used ("flite", ...), empty when there is none.
    [[nodiscard]] QString engineName() const;
    /// The rate (-1 to 1) and volume (0 to 1) the engine has, -1 when there is no engine.
    [[nodiscard]] double engineRate() const;
    [[nodiscard]] double engineVolume() const;
    /// Every text handed to the engine, in order.
    [[nodiscard]] QStringList spoken() const { return m_spoken; }
    /// Every text asked to be said with the Voice setting on, in order, whether or not an
    /// engine could say it (a machine without audio): what a session meant to be heard.
    [[nodiscard]] QStringList asked() const { return m_asked; }
    /// How many texts wait to be said.
    [[nodiscard]] int queued() const { return static_cast<int>(m_queue.size()); }
    /// The texts waiting, oldest first.
    [[nodiscard]] QStringList pending() const { return m_queue; }

    /// Speaks in `locale`'s language when the engine has it (else as before).
    void setLocale(const QLocale &locale);

private:
    /// Where the text last handed to the engine is.
    enum class Utterance { None, Starting, Speaking };

    void speakNext();
    void handToEngine(const QString &text);
    void onStateChanged(SpeechOutput::State state);
    void onStartTimeout();
    void applyVolume();
    [[nodiscard]] QString engineError() const;
    void goSilent(const QString &reason);
    /// Sets the engine's voice to one of `locale`'s language; false when it has none.
    bool applyLocale(const QLocale &locale);

    Settings &m_settings;
    std::unique_ptr<SpeechOutput> m_speech;
    QStringList m_queue;
    QStringList m_spoken;
    QStringList m_asked;
    Utterance m_utterance = Utterance::None;
    /// An engine that never starts speaking a text must not hold up the queue.
    QTimer m_startTimeout;
    /// A stop() was asked while speaking: its Ready is not the end of a new text.
    bool m_stopPending = false;
    bool m_warned = false;
    bool m_prepared = false;
    /// The language asked for, applied once the engine is there.
    std::optional<QLocale> m_wantedLocale;
    /// The engine has a voice of the language asked for (or none was asked for).
    bool m_voiceForLanguage = true;
};

} // namespace viparita::app

#pragma once

// What the app asks of the sound and speech libraries. They are loaded from a plugin
// (libviparita_cues.so) when a session first needs them, not when the window opens: Qt
// Multimedia, Qt TextToSpeech and the audio libraries under them cost the start-up time
// and memory of a dozen shared libraries that the home page, history and trends never use.
//
// The plugin and the app are built together from this header. Bump the interface id on any
// change to it: a plugin built against another revision is refused.

#include <QList>
#include <QLocale>
#include <QString>
#include <QUrl>
#include <QtPlugin>

#include <functional>
#include <memory>

namespace viparita::app {

/// A session's sounds, each loaded once, played on the default audio output (which it
/// follows as devices come and go).
class SoundOutput {
public:
    virtual ~SoundOutput() = default;

    /// False when there is no audio output device: play() then does nothing.
    [[nodiscard]] virtual bool hasOutput() const = 0;
    /// Plays sound `index` of the list the output was made with.
    virtual void play(qsizetype index) = 0;
    /// From 0 (silent) to 1.
    virtual void setVolume(double volume) = 0;
};

/// What a SoundOutput reports, from the event loop.
struct SoundOutputHandlers {
    /// The last audio output went away (`hasOutput` false), or one came back (true).
    std::function<void(bool hasOutput)> outputsChanged;
    /// A sound could not be loaded or played; `reason` names it.
    std::function<void(const QString &reason)> failed;
};

/// A text-to-speech engine.
class SpeechOutput {
public:
    enum class State { Ready, Speaking, Paused, Error };

    virtual ~SpeechOutput() = default;

    /// The engine's name ("flite", "speechd", ...).
    [[nodiscard]] virtual QString engine() const = 0;
    [[nodiscard]] virtual State state() const = 0;
    /// Why the engine is in its Error state (may be empty).
    [[nodiscard]] virtual QString errorString() const = 0;
    /// Speaks `text`, stopping what is being said.
    virtual void say(const QString &text) = 0;
    virtual void stop() = 0;
    /// From -1 (slowest) to 1 (fastest); 0 is the engine's normal rate.
    virtual void setRate(double rate) = 0;
    [[nodiscard]] virtual double rate() const = 0;
    /// From 0 (silent) to 1.
    virtual void setVolume(double volume) = 0;
    [[nodiscard]] virtual double volume() const = 0;
    [[nodiscard]] virtual QLocale locale() const = 0;
    [[nodiscard]] virtual QList<QLocale> availableLocales() const = 0;
    virtual void setLocale(const QLocale &locale) = 0;
};

/// Makes the outputs; the plugin's one object.
class CueBackend {
public:
    virtual ~CueBackend() = default;

    /// The sounds at `sources` (qrc: or file: URLs), in that order.
    [[nodiscard]] virtual std::unique_ptr<SoundOutput>
    createSoundOutput(const QList<QUrl> &sources, SoundOutputHandlers handlers) = 0;
    /// The engine for `language`: flite for English where it is installed (it is local and
    /// always answers), speech-dispatcher's for the other languages (its voices speak many),
    /// else the one there is; reporting each change of its state from the event loop. Null,
    /// with `whyNot` set, when no engine is installed.
    [[nodiscard]] virtual std::unique_ptr<SpeechOutput>
    createSpeechOutput(const QLocale &language,
                       std::function<void(SpeechOutput::State)> stateChanged, QString *whyNot) = 0;

    /// The backend, its plugin loaded on the first call; null when the plugin cannot be
    /// found or loaded (`whyNot` then says why, on every call).
    [[nodiscard]] static CueBackend *instance(QString *whyNot = nullptr);
};

} // namespace viparita::app

#define VIPARITA_CUE_BACKEND_IID "org.viparita.CueBackend/2"
Q_DECLARE_INTERFACE(viparita::app::CueBackend, VIPARITA_CUE_BACKEND_IID)

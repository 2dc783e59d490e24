#include "plugins/cues/multimedia_cue_backend.h"

#include <QAudioDevice>
#include <QDeadlineTimer>
#include <QFile>
#include <QLocalSocket>
#include <QMediaDevices>
#include <QProcess>
#include <QSoundEffect>
#include <QStandardPaths>
#include <QTextToSpeech>
#include <QThread>

#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

namespace {

/// Each sound a preloaded QSoundEffect, all on the default output.
class EffectsOutput final : public QObject, public SoundOutput {
public:
    EffectsOutput(const QList<QUrl> &sources, SoundOutputHandlers handlers)
        : m_sources(sources)
        , m_handlers(std::move(handlers))
    {
        // Headphones plugged in or out: follow the default output.
        connect(&m_devices, &QMediaDevices::audioOutputsChanged, this,
                &EffectsOutput::updateOutputs);
        m_hasOutput = !QMediaDevices::audioOutputs().isEmpty();
        if (m_hasOutput)
            createEffects();
    }

    [[nodiscard]] bool hasOutput() const override { return m_hasOutput; }

    void play(qsizetype index) override
    {
        if (m_hasOutput && index >= 0 && index < static_cast<qsizetype>(m_effects.size()))
            m_effects.at(static_cast<std::size_t>(index))->play();
    }

    void setVolume(double volume) override
    {
        m_volume = volume;
        for (QSoundEffect *effect : m_effects)
            effect->setVolume(static_cast<float>(volume));
    }

private:
    void updateOutputs()
    {
        const bool hadOutput = m_hasOutput;
        m_hasOutput = !QMediaDevices::audioOutputs().isEmpty();
        if (!m_hasOutput) {
            for (QSoundEffect *effect : m_effects)
                effect->stop();
        } else if (m_effects.empty()) {
            createEffects();
        } else {
            const QAudioDevice device = QMediaDevices::defaultAudioOutput();
            for (QSoundEffect *effect : m_effects)
                effect->setAudioDevice(device);
        }
        if (m_hasOutput != hadOutput && m_handlers.outputsChanged)
            m_handlers.outputsChanged(m_hasOutput);
    }

    void createEffects()
    {
        const QAudioDevice device = QMediaDevices::defaultAudioOutput();
        for (const QUrl &source : m_sources) {
            auto *effect = new QSoundEffect(device, this);
            connect(effect, &QSoundEffect::statusChanged, this, [this, effect] {
                if (effect->status() == QSoundEffect::Error && m_handlers.failed)
                    m_handlers.failed(
                        u"%1 could not be loaded or played"_s.arg(effect->source().toString()));
            });
            effect->setVolume(static_cast<float>(m_volume));
            effect->setSource(source);
            m_effects.push_back(effect);
        }
    }

    QList<QUrl> m_sources;
    SoundOutputHandlers m_handlers;
    QMediaDevices m_devices;
    std::vector<QSoundEffect *> m_effects;
    bool m_hasOutput = false;
    double m_volume = 1.0;
};

SpeechOutput::State stateOf(QTextToSpeech::State state)
{
    switch (state) {
    case QTextToSpeech::Ready:
        return SpeechOutput::State::Ready;
    case QTextToSpeech::Speaking:
        return SpeechOutput::State::Speaking;
    case QTextToSpeech::Paused:
        return SpeechOutput::State::Paused;
    case QTextToSpeech::Error:
        break;
    }
    return SpeechOutput::State::Error;
}

/// Whether speech-dispatcher answers for its voices within a second or two, started first
/// when it is installed but not running. Qt's speechd engine asks it the same question when
/// it is made and waits for ever on a daemon that is stuck: the window would freeze.
bool speechDispatcherAnswers()
{
#ifdef Q_OS_LINUX
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    const QString socketPath = runtime + u"/speech-dispatcher/speechd.sock"_s;
    if (!QFile::exists(socketPath)) {
        const QString daemon = QStandardPaths::findExecutable(u"speech-dispatcher"_s);
        if (daemon.isEmpty() || !QProcess::startDetached(daemon, {u"--spawn"_s}))
            return false;
        const QDeadlineTimer started(3000);
        while (!QFile::exists(socketPath) && !started.hasExpired())
            QThread::msleep(50);
    }
    QLocalSocket socket;
    socket.connectToServer(socketPath);
    if (!socket.waitForConnected(1000))
        return false;
    socket.write("LIST SYNTHESIS_VOICES\r\n");
    // The reply's last line is "2xx OK ...": a code and a space.
    const QDeadlineTimer answered(2000);
    QByteArray reply;
    while (!answered.hasExpired()) {
        if (!socket.waitForReadyRead(int(std::max<qint64>(1, answered.remainingTime()))))
            break;
        reply += socket.readAll();
        for (const QByteArray &line : reply.split('\n')) {
            if (line.size() > 4 && line.at(3) == ' ')
                return line.startsWith('2');
        }
    }
    return false;
#else
    return false;
#endif
}

/// A QTextToSpeech engine.
class EngineOutput final : public SpeechOutput {
public:
    EngineOutput(QTextToSpeech *speech, std::function<void(SpeechOutput::State)> stateChanged)
        : m_speech(speech)
    {
        QObject::connect(m_speech.get(), &QTextToSpeech::stateChanged, m_speech.get(),
                         [changed = std::move(stateChanged)](QTextToSpeech::State state) {
                             if (changed)
                                 changed(stateOf(state));
                         });
    }

    [[nodiscard]] QString engine() const override { return m_speech->engine(); }
    [[nodiscard]] State state() const override { return stateOf(m_speech->state()); }
    [[nodiscard]] QString errorString() const override { return m_speech->errorString(); }
    void say(const QString &text) override { m_speech->say(text); }
    void stop() override { m_speech->stop(); }
    void setRate(double rate) override { m_speech->setRate(rate); }
    [[nodiscard]] double rate() const override { return m_speech->rate(); }
    void setVolume(double volume) override { m_speech->setVolume(volume); }
    [[nodiscard]] double volume() const override { return m_speech->volume(); }
    [[nodiscard]] QLocale locale() const override { return m_speech->locale(); }
    [[nodiscard]] QList<QLocale> availableLocales() const override
    {
        return m_speech->availableLocales();
    }
    void setLocale(const QLocale &locale) override { m_speech->setLocale(locale); }

private:
    std::unique_ptr<QTextToSpeech> m_speech;
};

} // namespace

std::unique_ptr<SoundOutput> MultimediaCueBackend::createSoundOutput(const QList<QUrl> &sources,
                                                                     SoundOutputHandlers handlers)
{
    return std::make_unique<EffectsOutput>(sources, std::move(handlers));
}

std::unique_ptr<SpeechOutput> MultimediaCueBackend::createSpeechOutput(
    const QLocale &language, std::function<void(SpeechOutput::State)> stateChanged, QString *whyNot)
{
    const QStringList engines = QTextToSpeech::availableEngines();
    if (engines.isEmpty()) {
        if (whyNot != nullptr)
            *whyNot = u"no text-to-speech engine is installed"_s;
        return nullptr;
    }
    QString engine;
#ifdef Q_OS_LINUX
    // Flite is small, local and always answers, but speaks English only; speech-dispatcher
    // (with espeak-ng) speaks the other languages, when its daemon can be started.
    const bool english =
        language.language() == QLocale::English || language.language() == QLocale::C;
    if (english && engines.contains(u"flite"_s))
        engine = u"flite"_s;
    else if (!english && engines.contains(u"speechd"_s) && speechDispatcherAnswers())
        engine = u"speechd"_s;
    else if (engines.contains(u"flite"_s))
        engine = u"flite"_s;
#else
    Q_UNUSED(language)
#endif
    auto *speech = engine.isEmpty() ? new QTextToSpeech : new QTextToSpeech(engine);
    return std::make_unique<EngineOutput>(speech, std::move(stateChanged));
}

} // namespace viparita::app

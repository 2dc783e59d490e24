#include "session/voice_cues.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace viparita::app {

VoiceCues::VoiceCues(Settings &settings, QObject *parent) : QObject(parent), m_settings(settings)
{
    m_startTimeout.setSingleShot(true);
    m_startTimeout.setInterval(5s);
    connect(&m_startTimeout, &QTimer::timeout, this, &VoiceCues::onStartTimeout);

    connect(&m_settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::Volume)
            applyVolume();
        else if (key == Settings::Key::Voice && !m_settings.flag(Settings::Key::Voice))
            stop();
    });
}

VoiceCues::~VoiceCues()
{
    // First, while everything it reports to is still there.
    m_speech.reset();
}

void VoiceCues::prepare()
{
    if (m_prepared)
        return;
    m_prepared = true;
    // Loading an engine and its voices takes a while and a good deal of memory: it is done
    // when the voice is first needed (a session starting), not when the window opens.
    QString whyNot;
    if (CueBackend *backend = CueBackend::instance(&whyNot)) {
        m_speech = backend->createSpeechOutput(
            m_wantedLocale.value_or(QLocale()),
            [this](SpeechOutput::State state) { onStateChanged(state); }, &whyNot);
    }
    if (m_speech == nullptr) {
        goSilent(whyNot);
    } else {
        m_speech->setRate(calmRate);
        applyVolume();
        if (m_speech->state() == SpeechOutput::State::Error)
            goSilent(engineError());
        else
            spdlog::info("Voice cues: the {} engine", m_speech->engine().toStdString());
    }
    if (m_wantedLocale)
        applyLocale(*m_wantedLocale);
}

bool VoiceCues::available() const
{
    const_cast<VoiceCues *>(this)->prepare();
    return m_speech != nullptr && m_speech->state() != SpeechOutput::State::Error;
}

QString VoiceCues::engineName() const
{
    const_cast<VoiceCues *>(this)->prepare();
    return m_speech != nullptr ? m_speech->engine() : QString();
}

double VoiceCues::engineRate() const
{
    const_cast<VoiceCues *>(this)->prepare();
    return m_speech != nullptr ? m_speech->rate() : -1.0;
}

double VoiceCues::engineVolume() const
{
    const_cast<VoiceCues *>(this)->prepare();
    return m_speech != nullptr ? m_speech->volume() : -1.0;
}

void VoiceCues::say(const QString &text)
{
    if (m_settings.flag(Settings::Key::Voice) && !text.trimmed().isEmpty())
        m_asked.append(text);
    if (!m_settings.flag(Settings::Key::Voice) || !available() || text.trimmed().isEmpty())
        return;
    if (m_utterance == Utterance::None && m_speech->state() == SpeechOutput::State::Ready) {
        handToEngine(text);
        return;
    }
    m_queue.append(text);
    while (m_queue.size() > maxQueued)
        m_queue.removeFirst();
}

void VoiceCues::sayNow(const QString &text)
{
    stop();
    if (m_settings.flag(Settings::Key::Voice) && !text.trimmed().isEmpty())
        m_asked.append(text);
    if (!m_settings.flag(Settings::Key::Voice) || !available() || text.trimmed().isEmpty())
        return;
    // Engines stop what they say before saying something new.
    handToEngine(text);
}

bool VoiceCues::sayTest(const QString &text)
{
    stop();
    if (!available() || text.trimmed().isEmpty())
        return false;
    handToEngine(text);
    return true;
}

void VoiceCues::stop()
{
    m_queue.clear();
    m_startTimeout.stop();
    m_utterance = Utterance::None;
    if (m_speech == nullptr)
        return;
    const SpeechOutput::State state = m_speech->state();
    if (state == SpeechOutput::State::Speaking || state == SpeechOutput::State::Paused) {
        m_stopPending = true;
        m_speech->stop();
    }
}

void VoiceCues::setLocale(const QLocale &locale)
{
    const bool otherLanguage = !m_wantedLocale || m_wantedLocale->language() != locale.language();
    m_wantedLocale = locale;
    if (m_speech == nullptr)
        return;
    if (!applyLocale(locale) && otherLanguage && m_utterance == Utterance::None &&
        m_queue.isEmpty()) {
        // Another engine may speak it (speech-dispatcher's, where flite speaks English only).
        m_speech.reset();
        m_prepared = false;
        m_warned = false;
        prepare();
    }
}

bool VoiceCues::applyLocale(const QLocale &locale)
{
    m_voiceForLanguage = true;
    if (m_speech->locale() == locale)
        return true;
    const QList<QLocale> locales = m_speech->availableLocales();
    if (locales.contains(locale)) {
        m_speech->setLocale(locale);
        return true;
    }
    const auto sameLanguage = std::find_if(locales.cbegin(), locales.cend(), [&](const QLocale &l) {
        return l.language() == locale.language();
    });
    if (sameLanguage != locales.cend()) {
        m_speech->setLocale(*sameLanguage);
        return true;
    }
    spdlog::info("Voice cues: the {} engine has no voice for {}", m_speech->engine().toStdString(),
                 locale.name().toStdString());
    // Text in one language read by a voice of another is not understood: the cues are shown.
    m_voiceForLanguage = false;
    return false;
}

bool VoiceCues::speaksWantedLanguage() const
{
    return available() && m_voiceForLanguage;
}

void VoiceCues::speakNext()
{
    if (!m_voiceForLanguage) {
        m_queue.clear();
        return;
    }
    if (m_queue.isEmpty() || m_utterance != Utterance::None || !available() ||
        m_speech->state() != SpeechOutput::State::Ready)
        return;
    handToEngine(m_queue.takeFirst());
}

void VoiceCues::handToEngine(const QString &text)
{
    m_spoken.append(text);
    m_utterance = Utterance::Starting;
    m_startTimeout.start();
    m_speech->say(text);
}

void VoiceCues::onStateChanged(SpeechOutput::State state)
{
    switch (state) {
    case SpeechOutput::State::Speaking:
        m_stopPending = false;
        if (m_utterance == Utterance::Starting) {
            m_utterance = Utterance::Speaking;
            m_startTimeout.stop();
        }
        break;
    case SpeechOutput::State::Ready:
        if (m_stopPending) {
            // The end of what was stopped, not of the text handed since.
            m_stopPending = false;
            if (m_utterance == Utterance::Starting)
                break;
        }
        m_utterance = Utterance::None;
        m_startTimeout.stop();
        speakNext();
        break;
    case SpeechOutput::State::Paused:
        break;
    case SpeechOutput::State::Error:
        m_queue.clear();
        m_utterance = Utterance::None;
        m_stopPending = false;
        m_startTimeout.stop();
        goSilent(engineError());
        break;
    }
}

void VoiceCues::onStartTimeout()
{
    if (m_utterance != Utterance::Starting)
        return;
    if (m_speech->state() == SpeechOutput::State::Speaking) {
        // It did start, without telling (the state did not change).
        m_utterance = Utterance::Speaking;
        m_stopPending = false;
        return;
    }
    m_utterance = Utterance::None;
    speakNext();
}

void VoiceCues::applyVolume()
{
    if (m_speech != nullptr)
        m_speech->setVolume(m_settings.volume());
}

QString VoiceCues::engineError() const
{
    // Flite sets its message only after the state has changed.
    const QString message = m_speech->errorString();
    return u"the %1 engine is in error (%2); nothing is said until it recovers"_s.arg(
        m_speech->engine(), message.isEmpty() ? u"no reason given"_s : message);
}

void VoiceCues::goSilent(const QString &reason)
{
    if (m_warned)
        return;
    m_warned = true;
    spdlog::warn("Voice cues are silent: {}", reason.toStdString());
}

} // namespace viparita::app

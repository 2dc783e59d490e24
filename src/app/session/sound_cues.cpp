#include "session/sound_cues.h"

#include "plugins/cue_backend.h"

#include <QUrl>

#include <spdlog/spdlog.h>

#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

namespace {

/// The sounds' names, in the order of SoundCues::Sound: "<name>" is what
/// lastPlayed() says, ":/sounds/<name>.wav" the file played.
constexpr std::array<const char *, 5> soundNames{"chime", "side-chime", "end-bell", "inhale",
                                                 "exhale"};

QString nameOf(std::size_t index)
{
    return QLatin1String(soundNames.at(index));
}

} // namespace

SoundCues::SoundCues(Settings &settings, QObject *parent) : QObject(parent), m_settings(settings)
{
    applyVolume();
    connect(&m_settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::Volume)
            applyVolume();
    });
}

SoundCues::~SoundCues()
{
    // First, while everything it reports to is still there.
    m_output.reset();
}

void SoundCues::prepare()
{
    if (m_prepared)
        return;
    m_prepared = true;
    QString whyNot;
    CueBackend *backend = CueBackend::instance(&whyNot);
    if (backend == nullptr) {
        goSilent(whyNot);
        return;
    }
    QList<QUrl> sources;
    for (std::size_t index = 0; index < soundCount; ++index)
        sources.append(QUrl(u"qrc:/sounds/%1.wav"_s.arg(nameOf(index))));
    SoundOutputHandlers handlers;
    handlers.outputsChanged = [this](bool hasOutput) {
        if (!hasOutput)
            goSilent(u"no audio output device"_s);
        else if (m_warned)
            spdlog::info("Sound cues: an audio output is available again");
    };
    handlers.failed = [this](const QString &reason) {
        m_loadFailed = true;
        goSilent(reason);
    };
    m_output = backend->createSoundOutput(sources, std::move(handlers));
    m_output->setVolume(m_volume);
    if (!m_output->hasOutput())
        goSilent(u"no audio output device"_s);
}

void SoundCues::stepChime()
{
    play(Sound::Chime, Settings::Key::Chimes);
}

void SoundCues::sideChime()
{
    play(Sound::SideChime, Settings::Key::Chimes);
}

void SoundCues::endBell()
{
    play(Sound::EndBell, Settings::Key::Chimes);
}

void SoundCues::breathTone(viparita::BreathPhase phase)
{
    switch (phase) {
    case BreathPhase::Inhale:
        play(Sound::Inhale, Settings::Key::BreathTones);
        break;
    case BreathPhase::Exhale:
        play(Sound::Exhale, Settings::Key::BreathTones);
        break;
    case BreathPhase::HoldIn:
    case BreathPhase::HoldOut:
        break;
    }
}

bool SoundCues::available() const
{
    const_cast<SoundCues *>(this)->prepare();
    return m_output != nullptr && m_output->hasOutput() && !m_loadFailed;
}

bool SoundCues::testChime()
{
    const auto index = static_cast<std::size_t>(Sound::Chime);
    m_lastPlayed = nameOf(index);
    if (!available())
        return false;
    m_output->play(static_cast<qsizetype>(index));
    return true;
}

void SoundCues::play(Sound sound, Settings::Key allowedBy)
{
    if (!m_settings.flag(allowedBy))
        return;
    const auto index = static_cast<std::size_t>(sound);
    m_lastPlayed = nameOf(index);
    if (available())
        m_output->play(static_cast<qsizetype>(index));
}

void SoundCues::applyVolume()
{
    m_volume = m_settings.volume();
    if (m_output != nullptr)
        m_output->setVolume(m_volume);
}

void SoundCues::goSilent(const QString &reason)
{
    if (m_warned)
        return;
    m_warned = true;
    spdlog::warn("Sound cues are silent: {}", reason.toStdString());
}

} // namespace viparita::app

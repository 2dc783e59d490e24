#include "sound_cues.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QSoundEffect>
#include <QUrl>

#include <spdlog/spdlog.h>

#include <algorithm>

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

SoundCues::SoundCues(Settings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_devices(new QMediaDevices(this))
{
    applyVolume();
    connect(&m_settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::Volume)
            applyVolume();
    });
    // Headphones plugged in or out: follow the default output.
    connect(m_devices, &QMediaDevices::audioOutputsChanged, this, &SoundCues::updateOutputs);
    updateOutputs();
}

SoundCues::~SoundCues() = default;

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
    return m_hasOutput && !m_loadFailed;
}

void SoundCues::play(Sound sound, Settings::Key allowedBy)
{
    if (!m_settings.flag(allowedBy))
        return;
    const auto index = static_cast<std::size_t>(sound);
    m_lastPlayed = nameOf(index);
    if (!available())
        return;
    if (QSoundEffect *effect = m_effects.at(index))
        effect->play();
}

void SoundCues::updateOutputs()
{
    const bool hadOutput = m_hasOutput;
    m_hasOutput = !QMediaDevices::audioOutputs().isEmpty();
    if (!m_hasOutput) {
        for (QSoundEffect *effect : m_effects) {
            if (effect)
                effect->stop();
        }
        goSilent(u"no audio output device"_s);
        return;
    }
    if (!hadOutput && m_warned)
        spdlog::info("Sound cues: an audio output is available again");
    if (m_effects.front() == nullptr) {
        createEffects();
        return;
    }
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    for (QSoundEffect *effect : m_effects)
        effect->setAudioDevice(device);
}

void SoundCues::createEffects()
{
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    for (std::size_t index = 0; index < m_effects.size(); ++index) {
        auto *effect = new QSoundEffect(device, this);
        const QString name = nameOf(index);
        connect(effect, &QSoundEffect::statusChanged, this, [this, effect] {
            if (effect->status() != QSoundEffect::Error)
                return;
            m_loadFailed = true;
            goSilent(u"%1 could not be loaded or played"_s.arg(effect->source().toString()));
        });
        effect->setVolume(static_cast<float>(m_volume));
        effect->setSource(QUrl(u"qrc:/sounds/%1.wav"_s.arg(name)));
        m_effects.at(index) = effect;
    }
}

void SoundCues::applyVolume()
{
    m_volume = std::clamp(m_settings.number(Settings::Key::Volume), 0, 100) / 100.0;
    for (QSoundEffect *effect : m_effects) {
        if (effect)
            effect->setVolume(static_cast<float>(m_volume));
    }
}

void SoundCues::goSilent(const QString &reason)
{
    if (m_warned)
        return;
    m_warned = true;
    spdlog::warn("Sound cues are silent: {}", reason.toStdString());
}

} // namespace viparita::app

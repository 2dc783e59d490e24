#include "test_environment.h"

#include "session/screen_saver_inhibitor.h"
#include "session/sound_cues.h"
#include "session/voice_cues.h"
#include "settings/settings.h"

#include "catch_qt.h"

#include <QAudioDevice>
#include <QDBusConnection>
#include <QElapsedTimer>
#include <QFile>
#include <QMediaDevices>
#include <QSet>
#include <QtEndian>

#include <algorithm>
#include <cstdlib>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using viparita::BreathPhase;
using viparita::app::ScreenSaverInhibitor;
using viparita::app::Settings;
using viparita::app::SoundCues;
using viparita::app::VoiceCues;

namespace {

/// Settings of a file of their own, at volume 0 so that a developer's
/// machine with speakers stays quiet while the tests run.
QString quietSettingsFile(const QString &name)
{
    const QString file = viparita::test::dataHome() + u"/"_s + name + u".ini"_s;
    QFile::remove(file);
    Settings settings(file);
    settings.setValue(Settings::Key::Volume, 0);
    return file;
}

/// What the header of a PCM WAV file says.
struct WavInfo {
    quint16 format = 0;
    quint16 channels = 0;
    quint32 sampleRate = 0;
    quint16 bitsPerSample = 0;
    QByteArray data;
};

quint32 le32(const QByteArray &bytes, qsizetype at)
{
    return qFromLittleEndian<quint32>(bytes.constData() + at);
}

quint16 le16(const QByteArray &bytes, qsizetype at)
{
    return qFromLittleEndian<quint16>(bytes.constData() + at);
}

/// Walks the RIFF chunks; nothing when the file is not a WAV file.
std::optional<WavInfo> readWav(const QByteArray &bytes)
{
    if (bytes.size() < 12 || !bytes.startsWith("RIFF") || bytes.mid(8, 4) != "WAVE")
        return std::nullopt;
    if (le32(bytes, 4) != static_cast<quint32>(bytes.size() - 8))
        return std::nullopt;
    WavInfo info;
    bool sawFormat = false;
    qsizetype at = 12;
    while (at + 8 <= bytes.size()) {
        const QByteArray id = bytes.mid(at, 4);
        const qsizetype size = le32(bytes, at + 4);
        const qsizetype body = at + 8;
        if (body + size > bytes.size())
            return std::nullopt;
        if (id == "fmt " && size >= 16) {
            info.format = le16(bytes, body);
            info.channels = le16(bytes, body + 2);
            info.sampleRate = le32(bytes, body + 4);
            info.bitsPerSample = le16(bytes, body + 14);
            sawFormat = true;
        } else if (id == "data") {
            info.data = bytes.mid(body, size);
        }
        at = body + size + (size % 2);
    }
    if (!sawFormat || info.data.isEmpty())
        return std::nullopt;
    return info;
}

/// Sets an environment variable for the life of the guard.
class EnvironmentGuard {
public:
    EnvironmentGuard(const char *name, const QByteArray &value)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name))
    {
        qputenv(name, value);
    }
    ~EnvironmentGuard()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }
    EnvironmentGuard(const EnvironmentGuard &) = delete;
    EnvironmentGuard &operator=(const EnvironmentGuard &) = delete;

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};

} // namespace

TEST_CASE("the chimes and the end bell play only with the Chimes setting")
{
    Settings settings(quietSettingsFile(u"sound-chimes"_s));
    SoundCues sounds(settings);
    CHECK(sounds.lastPlayed().isEmpty());
    CHECK(sounds.available() == !QMediaDevices::audioOutputs().isEmpty());

    settings.setValue(Settings::Key::Chimes, false);
    sounds.stepChime();
    sounds.sideChime();
    sounds.endBell();
    CHECK(sounds.lastPlayed().isEmpty());

    settings.setValue(Settings::Key::Chimes, true);
    sounds.stepChime();
    CHECK(sounds.lastPlayed() == u"chime"_s);
    sounds.sideChime();
    CHECK(sounds.lastPlayed() == u"side-chime"_s);
    sounds.endBell();
    CHECK(sounds.lastPlayed() == u"end-bell"_s);

    // The breath tones have a setting of their own (off by default).
    sounds.breathTone(BreathPhase::Inhale);
    CHECK(sounds.lastPlayed() == u"end-bell"_s);

    settings.setValue(Settings::Key::Chimes, false);
    sounds.stepChime();
    CHECK(sounds.lastPlayed() == u"end-bell"_s);
}

TEST_CASE("the breath tones follow the breath and stay silent on the holds")
{
    Settings settings(quietSettingsFile(u"sound-breath"_s));
    settings.setValue(Settings::Key::Chimes, false);
    SoundCues sounds(settings);

    settings.setValue(Settings::Key::BreathTones, true);
    sounds.breathTone(BreathPhase::Inhale);
    CHECK(sounds.lastPlayed() == u"inhale"_s);
    sounds.breathTone(BreathPhase::HoldIn);
    CHECK(sounds.lastPlayed() == u"inhale"_s);
    sounds.breathTone(BreathPhase::Exhale);
    CHECK(sounds.lastPlayed() == u"exhale"_s);
    sounds.breathTone(BreathPhase::HoldOut);
    CHECK(sounds.lastPlayed() == u"exhale"_s);

    // The chimes do not ride on the breath tones' setting.
    sounds.stepChime();
    CHECK(sounds.lastPlayed() == u"exhale"_s);

    settings.setValue(Settings::Key::BreathTones, false);
    sounds.breathTone(BreathPhase::Inhale);
    CHECK(sounds.lastPlayed() == u"exhale"_s);
}

TEST_CASE("the sound volume follows the Volume setting")
{
    Settings settings(quietSettingsFile(u"sound-volume"_s));
    SoundCues sounds(settings);
    CHECK(sounds.volume() == Approx(0.0));
    settings.setValue(Settings::Key::Volume, 40);
    CHECK(sounds.volume() == Approx(0.4));
    settings.setValue(Settings::Key::Volume, 100);
    CHECK(sounds.volume() == Approx(1.0));
    // A hand-edited file out of range is kept within 0-100.
    settings.setValue(Settings::Key::Volume, 250);
    CHECK(sounds.volume() == Approx(1.0));
    settings.setValue(Settings::Key::Volume, -5);
    CHECK(sounds.volume() == Approx(0.0));
    settings.reset(Settings::Key::Volume);
    CHECK(sounds.volume() == Approx(0.7));
    settings.setValue(Settings::Key::Volume, 0);
}

TEST_CASE("the voice says nothing with the Voice setting off")
{
    Settings settings(quietSettingsFile(u"voice-off"_s));
    settings.setValue(Settings::Key::Voice, false);
    VoiceCues voice(settings);
    voice.say(u"Rest your legs on the wall."_s);
    voice.say(u"Breathe out slowly."_s);
    voice.sayNow(u"Bound angle."_s);
    CHECK(voice.spoken().isEmpty());
    CHECK(voice.queued() == 0);

    if (!voice.available()) {
        WARN("No usable text-to-speech engine here: only the silent path was checked");
        return;
    }
    // Turning the voice off in the middle stops it and drops what waits.
    settings.setValue(Settings::Key::Voice, true);
    voice.say(u"One."_s);
    voice.say(u"Two."_s);
    CHECK(voice.spoken() == QStringList{u"One."_s});
    CHECK(voice.queued() == 1);
    settings.setValue(Settings::Key::Voice, false);
    CHECK(voice.queued() == 0);
    voice.say(u"Three."_s);
    CHECK(voice.spoken() == QStringList{u"One."_s});
}

TEST_CASE("the voice queue keeps the newest three and sayNow drops it")
{
    Settings settings(quietSettingsFile(u"voice-queue"_s));
    VoiceCues voice(settings);
    CHECK(VoiceCues::maxQueued == 3);
    if (!voice.available()) {
        // Documented: with no engine nothing is queued or recorded.
        voice.say(u"One."_s);
        CHECK(voice.queued() == 0);
        CHECK(voice.spoken().isEmpty());
        WARN("No usable text-to-speech engine here: the queue was not exercised");
        return;
    }
    INFO("engine: " << voice.engineName().toStdString());
    // No event is processed in between: the engine is still busy with the
    // first text when the others come.
    for (const QString &text : {u"One."_s, u"Two."_s, u"Three."_s, u"Four."_s, u"Five."_s})
        voice.say(text);
    CHECK(voice.spoken() == QStringList{u"One."_s});
    CHECK(voice.queued() == 3);
    CHECK(voice.pending() == QStringList{u"Three."_s, u"Four."_s, u"Five."_s});
    voice.say(u"   "_s);
    CHECK(voice.queued() == 3);

    voice.sayNow(u"Legs up the wall."_s);
    CHECK(voice.queued() == 0);
    CHECK(voice.spoken() == QStringList{u"One."_s, u"Legs up the wall."_s});

    voice.say(u"Six."_s);
    CHECK(voice.queued() == 1);
    voice.stop();
    CHECK(voice.queued() == 0);

    // The engine's rate is calm, and its volume follows the setting.
    CHECK(voice.engineRate() == Approx(VoiceCues::calmRate).margin(0.01));
    settings.setValue(Settings::Key::Volume, 40);
    CHECK(voice.engineVolume() == Approx(0.4).margin(0.01));
    settings.setValue(Settings::Key::Volume, 0);
}

TEST_CASE("the screen saver inhibitor gives up at once without a session bus")
{
    const EnvironmentGuard noBus(
        "DBUS_SESSION_BUS_ADDRESS",
        (u"unix:path="_s + viparita::test::dataHome() + u"/no-such-bus"_s).toUtf8());
    QElapsedTimer clock;
    clock.start();
    ScreenSaverInhibitor inhibitor;
    CHECK_FALSE(inhibitor.isInhibited());
    inhibitor.release(); // not inhibited: nothing happens
    const bool inhibited = inhibitor.inhibit(u"A session is playing"_s);
    const bool again = inhibitor.inhibit(u"A session is playing"_s);
    CHECK(clock.elapsed() < 3000);
    CHECK(again == inhibited);
    if (QDBusConnection::sessionBus().isConnected()) {
        // This process reached a bus before the address was spoiled.
        WARN("A session bus was already connected: the no-bus path was not checked");
    } else {
        CHECK_FALSE(inhibited);
        CHECK_FALSE(inhibitor.isInhibited());
    }
    inhibitor.release();
    CHECK_FALSE(inhibitor.isInhibited());
    inhibitor.release();
    CHECK_FALSE(inhibitor.isInhibited());
}

TEST_CASE("every sound is a short and soft 16-bit mono WAV at 44.1 kHz")
{
    struct Expected {
        QString name;
        double minSeconds;
        double maxSeconds;
    };
    const Expected expected[] = {
        {u"chime"_s, 1.2, 2.0},  {u"side-chime"_s, 0.5, 1.2}, {u"end-bell"_s, 3.0, 5.0},
        {u"inhale"_s, 0.7, 1.5}, {u"exhale"_s, 0.7, 1.5},
    };
    QSet<QByteArray> distinct;
    for (const Expected &sound : expected) {
        const QString path = u":/sounds/%1.wav"_s.arg(sound.name);
        INFO(path.toStdString());
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        CHECK(bytes.size() < 400 * 1024);
        const std::optional<WavInfo> wav = readWav(bytes);
        REQUIRE(wav.has_value());
        CHECK(wav->format == 1); // PCM
        CHECK(wav->channels == 1);
        CHECK(wav->sampleRate == 44100);
        CHECK(wav->bitsPerSample == 16);
        REQUIRE(wav->data.size() % 2 == 0);
        const qsizetype samples = wav->data.size() / 2;
        const double seconds = static_cast<double>(samples) / 44100.0;
        CHECK(seconds >= sound.minSeconds);
        CHECK(seconds <= sound.maxSeconds);

        // Soft: well below full scale, yet not silent; and no click at either end.
        int peak = 0;
        for (qsizetype i = 0; i < samples; ++i)
            peak = std::max(peak, std::abs(static_cast<int>(
                                      qFromLittleEndian<qint16>(wav->data.constData() + 2 * i))));
        CHECK(peak <= 32767 / 3);  // at most about -10 dBFS
        CHECK(peak >= 32767 / 20); // at least about -26 dBFS
        CHECK(std::abs(qFromLittleEndian<qint16>(wav->data.constData())) < 100);
        CHECK(std::abs(qFromLittleEndian<qint16>(wav->data.constData() + 2 * (samples - 1))) < 100);
        distinct.insert(wav->data);
    }
    CHECK(distinct.size() == 5);
}

#include "settings/settings.h"

#include "reminders/reminder_keys.h"

#include <QSettings>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

namespace {

struct Entry {
    Settings::Key key;
    const char *name;
    QVariant defaultValue;
};

const std::array<Entry, 32> &table()
{
    using Key = Settings::Key;
    static const std::array<Entry, 32> entries{{
        {Key::Chimes, "sound/chimes", true},
        {Key::BreathTones, "sound/breathTones", false},
        {Key::Voice, "sound/voice", true},
        {Key::EyesClosed, "sound/eyesClosed", true},
        {Key::Volume, "sound/volume", 70},
        {Key::DefaultMinutes, "session/defaultMinutes", 0},
        {Key::BreathPace, "session/breathPace", u"sequence"_s},
        {Key::CustomInhale, "session/customInhale", 4.0},
        {Key::CustomHoldIn, "session/customHoldIn", 0.0},
        {Key::CustomExhale, "session/customExhale", 6.0},
        {Key::CustomHoldOut, "session/customHoldOut", 0.0},
        {Key::LengthenBreath, "session/lengthenBreath", false},
        {Key::Guideline, "health/guideline", u"aha2025"_s},
        {Key::TakesMedication, "health/takesMedication", false},
        {Key::StandingCheck, "health/standingCheck", false},
        {Key::UsualArm, "health/usualArm", u"left"_s},
        {Key::UsualPosition, "health/usualPosition", u"sitting"_s},
        {Key::ReportName, "report/name", QString()},
        {Key::ExportNotes, "export/notes", true},
        {Key::ExportFolder, "export/folder", QString()},
        {Key::Theme, "appearance/theme", u"system"_s},
        {Key::Language, reminders::languageKey, QString()},
        {Key::CautionsAcknowledged, "app/cautionsAcknowledged", false},
        {Key::CuffAddress, "cuff/address", QString()},
        {Key::CuffName, "cuff/name", QString()},
        {Key::CuffUser, "cuff/user", 0},
        // Read by viparita-reminders too: the names are src/reminders/reminder_keys.h's.
        {Key::RemindersPractice, reminders::practiceKey, false},
        {Key::PracticeDays, reminders::practiceDaysKey, u"1,2,3,4,5,6,7"_s},
        {Key::PracticeTime, reminders::practiceTimeKey, u"19:00"_s},
        {Key::RemindersWeek, reminders::weekKey, false},
        {Key::MorningTime, reminders::morningTimeKey, u"07:30"_s},
        {Key::EveningTime, reminders::eveningTimeKey, u"20:00"_s},
    }};
    return entries;
}

const Entry &entryOf(Settings::Key key)
{
    return table().at(static_cast<size_t>(key));
}

} // namespace

Settings::Settings(QObject *parent) : QObject(parent), m_settings(std::make_unique<QSettings>()) {}

Settings::Settings(const QString &iniFile, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{}

Settings::~Settings() = default;

QString Settings::name(Key key)
{
    return QLatin1String(entryOf(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return entryOf(key).defaultValue;
}

QVariant Settings::value(Key key) const
{
    // The standing check is on with the medication setting until the person chooses.
    if (key == Key::StandingCheck && !m_settings->contains(name(key)))
        return value(Key::TakesMedication);
    const QVariant fallback = defaultValue(key);
    QVariant stored = m_settings->value(name(key), fallback);
    // A stored value of the wrong type (an edited file) falls back to the default.
    if (!stored.convert(fallback.metaType()))
        return fallback;
    return stored;
}

void Settings::setValue(Key key, const QVariant &value)
{
    if (this->value(key) == value && m_settings->contains(name(key)))
        return;
    m_settings->setValue(name(key), value);
    m_settings->sync();
    Q_EMIT changed(key);
}

void Settings::reset(Key key)
{
    m_settings->remove(name(key));
    m_settings->sync();
    Q_EMIT changed(key);
}

viparita::Guideline Settings::guideline() const
{
    return BpClassifier::guidelineFromKey(text(Key::Guideline)).value_or(Guideline::Aha2025);
}

double Settings::volume() const
{
    return std::clamp(number(Key::Volume), 0, 100) / 100.0;
}

BreathChoice Settings::breathChoice() const
{
    BreathChoice choice;
    choice.pace =
        BreathChoice::fromKey(text(Key::BreathPace)).value_or(BreathChoice::Pace::Sequence);
    choice.custom = {seconds(Key::CustomInhale), seconds(Key::CustomHoldIn),
                     seconds(Key::CustomExhale), seconds(Key::CustomHoldOut)};
    choice.lengthen = flag(Key::LengthenBreath);
    return choice;
}

std::optional<BreathProgression> Settings::breath() const
{
    return breathOf(breathChoice());
}

std::optional<BreathProgression> Settings::breathOf(const BreathChoice &choice)
{
    const BreathChoice::Resolved resolved = choice.resolve();
    if (!resolved.fallbackReason.isEmpty())
        spdlog::warn("Settings: {}", resolved.fallbackReason.toStdString());
    return resolved.breath;
}

} // namespace viparita::app

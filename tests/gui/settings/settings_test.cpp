// The settings: every key with its name and default, read back from a real file, and the
// breathing pace they choose.
#include "test_environment.h"

#include "catch_qt.h"

#include "settings/settings.h"

#include <QFile>
#include <QMetaEnum>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;
using viparita::BreathPattern;
using viparita::BreathProgression;
using viparita::Guideline;
using viparita::app::Settings;
using Key = Settings::Key;

namespace {

/// A settings file of the test's own, empty at the start.
QString freshIniFile(const QString &name)
{
    const QString path = viparita::test::dataHome() + u"/settings-"_s + name + u".ini"_s;
    QFile::remove(path);
    return path;
}

QList<Key> allKeys()
{
    const QMetaEnum keys = QMetaEnum::fromType<Key>();
    QList<Key> result;
    for (int i = 0; i < keys.keyCount(); ++i)
        result.append(static_cast<Key>(keys.value(i)));
    return result;
}

} // namespace

TEST_CASE("every setting reads back its default from a fresh file")
{
    Settings settings(freshIniFile(u"defaults"_s));
    for (const Key key : allKeys()) {
        INFO(Settings::name(key).toStdString());
        CHECK(settings.value(key) == Settings::defaultValue(key));
    }
    CHECK(settings.flag(Key::Chimes));
    CHECK_FALSE(settings.flag(Key::BreathTones));
    CHECK(settings.flag(Key::Voice));
    CHECK(settings.flag(Key::EyesClosed));
    CHECK(settings.number(Key::Volume) == 70);
    CHECK(settings.number(Key::DefaultMinutes) == 0);
    CHECK(settings.text(Key::BreathPace) == u"sequence"_s);
    CHECK(settings.seconds(Key::CustomInhale) == 4.0);
    CHECK(settings.seconds(Key::CustomHoldIn) == 0.0);
    CHECK(settings.seconds(Key::CustomExhale) == 6.0);
    CHECK(settings.seconds(Key::CustomHoldOut) == 0.0);
    CHECK_FALSE(settings.flag(Key::LengthenBreath));
    CHECK(settings.text(Key::Guideline) == u"aha2025"_s);
    CHECK(settings.guideline() == Guideline::Aha2025);
    CHECK_FALSE(settings.flag(Key::TakesMedication));
    CHECK_FALSE(settings.flag(Key::StandingCheck));
    CHECK(settings.text(Key::UsualArm) == u"left"_s);
    CHECK(settings.text(Key::UsualPosition) == u"sitting"_s);
    CHECK(settings.text(Key::ReportName).isEmpty());
    CHECK(settings.text(Key::Theme) == u"system"_s);
    CHECK_FALSE(settings.flag(Key::CautionsAcknowledged));
    CHECK_FALSE(settings.breath().has_value());
}

TEST_CASE("the settings table follows the Key enum, with one name for each key")
{
    const QList<Key> keys = allKeys();
    REQUIRE(keys.size() == 32);
    QSet<QString> names;
    const QMetaEnum meta = QMetaEnum::fromType<Key>();
    for (int i = 0; i < keys.size(); ++i) {
        const Key key = keys.at(i);
        const QString name = Settings::name(key);
        INFO(meta.valueToKey(static_cast<int>(key)) << " -> " << name.toStdString());
        CHECK(static_cast<int>(key) == i);
        CHECK_FALSE(name.isEmpty());
        CHECK(name.count(u'/') == 1);
        CHECK_FALSE(names.contains(name));
        names.insert(name);
        // The stored name is the key's own ("sound/chimes" for Chimes, "report/name" for
        // ReportName), so a table out of step with the enum shows here.
        const QString enumName = QString::fromLatin1(meta.valueToKey(static_cast<int>(key)));
        const QString group = name.section(u'/', 0, 0);
        const QString leaf = name.section(u'/', 1);
        CHECK((enumName.compare(leaf, Qt::CaseInsensitive) == 0 ||
               enumName.compare(group + leaf, Qt::CaseInsensitive) == 0));
        CHECK(Settings::defaultValue(key).isValid());
    }
    CHECK(Settings::name(Key::Chimes) == u"sound/chimes"_s);
    CHECK(Settings::name(Key::CautionsAcknowledged) == u"app/cautionsAcknowledged"_s);
}

TEST_CASE("the standing check follows the medication setting until it is set on its own")
{
    Settings settings(freshIniFile(u"standing"_s));
    CHECK_FALSE(settings.flag(Key::StandingCheck));
    settings.setValue(Key::TakesMedication, true);
    CHECK(settings.flag(Key::StandingCheck));
    settings.setValue(Key::StandingCheck, false);
    CHECK_FALSE(settings.flag(Key::StandingCheck));
    settings.setValue(Key::TakesMedication, false);
    settings.setValue(Key::StandingCheck, true);
    CHECK(settings.flag(Key::StandingCheck));
    settings.reset(Key::StandingCheck);
    CHECK_FALSE(settings.flag(Key::StandingCheck));
}

TEST_CASE("a stored setting is read back by a new Settings on the same file")
{
    const QString file = freshIniFile(u"kept"_s);
    {
        Settings settings(file);
        QSignalSpy changed(&settings, &Settings::changed);
        settings.setValue(Key::Volume, 35);
        settings.setValue(Key::ReportName, u"Ada Lovelace"_s);
        settings.setValue(Key::CustomExhale, 7.5);
        settings.setValue(Key::TakesMedication, true);
        CHECK(changed.count() == 4);
        settings.setValue(Key::Volume, 35);
        CHECK(changed.count() == 4);
    }
    Settings settings(file);
    CHECK(settings.number(Key::Volume) == 35);
    CHECK(settings.text(Key::ReportName) == u"Ada Lovelace"_s);
    CHECK(settings.seconds(Key::CustomExhale) == 7.5);
    CHECK(settings.flag(Key::TakesMedication));
    settings.reset(Key::Volume);
    CHECK(settings.number(Key::Volume) == 70);
}

TEST_CASE("a hand-edited value of the wrong type falls back to the default")
{
    const QString file = freshIniFile(u"edited"_s);
    viparita::test::writeFile(file, "[sound]\n"
                                    "volume=loud\n"
                                    "[session]\n"
                                    "defaultMinutes=a quarter of an hour\n"
                                    "breathPace=custom\n"
                                    "customInhale=slowly\n"
                                    "customExhale=8\n"
                                    "[health]\n"
                                    "guideline=who\n");
    Settings settings(file);
    CHECK(settings.number(Key::Volume) == 70);
    CHECK(settings.value(Key::Volume) == Settings::defaultValue(Key::Volume));
    CHECK(settings.number(Key::DefaultMinutes) == 0);
    CHECK(settings.seconds(Key::CustomInhale) == 4.0);
    CHECK(settings.seconds(Key::CustomExhale) == 8.0);
    // An unknown guideline reads as the default one.
    CHECK(settings.guideline() == Guideline::Aha2025);
    const auto breath = settings.breath();
    REQUIRE(breath.has_value());
    CHECK(breath->start == BreathPattern{4.0, 0.0, 8.0, 0.0});
}

TEST_CASE("Settings::breath gives each pace, with and without lengthening")
{
    Settings settings(freshIniFile(u"breath"_s));
    CHECK_FALSE(settings.breath().has_value());

    const auto check = [&settings](const QString &pace, const BreathPattern &expected) {
        INFO("pace " << pace.toStdString());
        settings.setValue(Key::BreathPace, pace);
        settings.setValue(Key::LengthenBreath, false);
        auto breath = settings.breath();
        REQUIRE(breath.has_value());
        CHECK(*breath == BreathProgression{expected, std::nullopt});

        settings.setValue(Key::LengthenBreath, true);
        breath = settings.breath();
        REQUIRE(breath.has_value());
        CHECK(breath->start == expected);
        REQUIRE(breath->end.has_value());
        CHECK(*breath->end == BreathPattern{expected.inhale + 1.0, expected.holdIn,
                                            expected.exhale + 1.0, expected.holdOut});
    };
    check(u"6"_s, {4.0, 0.0, 6.0, 0.0});
    check(u"5"_s, {5.0, 0.0, 7.0, 0.0});
    check(u"gentle"_s, {4.0, 0.0, 4.0, 0.0});
    check(u"custom"_s, {4.0, 0.0, 6.0, 0.0});
    settings.setValue(Key::CustomInhale, 5.5);
    settings.setValue(Key::CustomHoldIn, 1.0);
    settings.setValue(Key::CustomExhale, 8.0);
    settings.setValue(Key::CustomHoldOut, 2.5);
    check(u"custom"_s, {5.5, 1.0, 8.0, 2.5});
    CHECK(viparita::BreathChoice::preset(viparita::BreathChoice::Pace::Six).breathsPerMinute() ==
          6.0);
    CHECK(viparita::BreathChoice::preset(viparita::BreathChoice::Pace::Five).breathsPerMinute() ==
          5.0);

    // A custom breath the pacer cannot breathe falls back to the sequence's own pace.
    settings.setValue(Key::LengthenBreath, false);
    settings.setValue(Key::CustomInhale, 0.5);
    CHECK_FALSE(settings.breath().has_value());
    settings.setValue(Key::CustomInhale, 20.0);
    settings.setValue(Key::CustomHoldIn, 20.0);
    settings.setValue(Key::CustomExhale, 20.0);
    CHECK_FALSE(settings.breath().has_value());

    // The sequence's own pace ignores lengthening.
    settings.setValue(Key::LengthenBreath, true);
    settings.setValue(Key::BreathPace, u"sequence"_s);
    CHECK_FALSE(settings.breath().has_value());
}

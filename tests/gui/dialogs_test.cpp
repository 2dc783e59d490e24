#include "test_environment.h"

#include "cautions_dialog.h"
#include "settings.h"
#include "settings_dialog.h"
#include "theme.h"

#include "catch_qt.h"
#include "find_child.h"

#include <viparita/core/sequence_library.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMetaEnum>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using viparita::BreathPattern;
using viparita::BreathProgression;
using viparita::Guideline;
using viparita::app::CautionsDialog;
using viparita::app::Settings;
using viparita::app::SettingsDialog;
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

/// The steps of the default sequence, as the app passes them.
QStringList healingStepIds()
{
    const auto library = viparita::SequenceLibrary::load({});
    const viparita::Sequence *healing = library.find(u"healing"_s);
    REQUIRE(healing != nullptr);
    QStringList ids;
    for (const viparita::Step &step : healing->steps)
        ids.append(step.id);
    return ids;
}

using viparita::test::child;

void selectData(QComboBox *combo, const QString &data)
{
    const int index = combo->findData(data);
    INFO("item data: " << data.toStdString());
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

/// The dialog fits an 800x600 screen with room for a title bar.
void checkFitsSmallScreen(QDialog &dialog)
{
    CHECK(dialog.width() <= 800);
    CHECK(dialog.height() <= 560);
    CHECK(dialog.minimumSizeHint().width() <= 800);
    CHECK(dialog.minimumSizeHint().height() <= 560);
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
    CHECK(settings.text(Key::Guideline) == u"aha"_s);
    CHECK(settings.guideline() == Guideline::AccAha2017);
    CHECK_FALSE(settings.flag(Key::TakesMedication));
    CHECK(settings.text(Key::DuringReadingStep) == u"twist"_s);
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
    REQUIRE(keys.size() == 22);
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
    CHECK(settings.guideline() == Guideline::AccAha2017);
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
    CHECK(Settings::pacePattern(u"6"_s).breathsPerMinute() == 6.0);
    CHECK(Settings::pacePattern(u"5"_s).breathsPerMinute() == 5.0);

    // A custom breath the pacer cannot breathe falls back to six a minute.
    settings.setValue(Key::LengthenBreath, false);
    settings.setValue(Key::CustomInhale, 0.5);
    CHECK(settings.breath()->start == BreathPattern{4.0, 0.0, 6.0, 0.0});
    settings.setValue(Key::CustomInhale, 20.0);
    settings.setValue(Key::CustomHoldIn, 20.0);
    settings.setValue(Key::CustomExhale, 20.0);
    CHECK(settings.breath()->start == BreathPattern{4.0, 0.0, 6.0, 0.0});

    // The sequence's own pace ignores lengthening.
    settings.setValue(Key::LengthenBreath, true);
    settings.setValue(Key::BreathPace, u"sequence"_s);
    CHECK_FALSE(settings.breath().has_value());
}

TEST_CASE("the settings dialog shows the stored values")
{
    Settings settings(freshIniFile(u"dialog-shows"_s));
    settings.setValue(Key::BreathTones, true);
    settings.setValue(Key::Volume, 40);
    settings.setValue(Key::DefaultMinutes, 12);
    settings.setValue(Key::BreathPace, u"5"_s);
    settings.setValue(Key::Guideline, u"esh"_s);
    settings.setValue(Key::TakesMedication, true);
    settings.setValue(Key::DuringReadingStep, u"psoas"_s);
    settings.setValue(Key::UsualArm, u"right"_s);
    settings.setValue(Key::UsualPosition, u"lying"_s);
    settings.setValue(Key::ReportName, u"Grace Hopper"_s);
    settings.setValue(Key::Theme, u"night"_s);

    SettingsDialog dialog(settings, healingStepIds());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    checkFitsSmallScreen(dialog);
    CHECK(child<QCheckBox>(dialog, u"chimesCheck"_s)->isChecked());
    CHECK(child<QCheckBox>(dialog, u"breathTonesCheck"_s)->isChecked());
    CHECK(child<QCheckBox>(dialog, u"voiceCheck"_s)->isChecked());
    CHECK(child<QCheckBox>(dialog, u"eyesClosedCheck"_s)->isChecked());
    CHECK(child<QSlider>(dialog, u"volumeSlider"_s)->value() == 40);
    CHECK(child<QLabel>(dialog, u"volumeValue"_s)->text() == u"40%"_s);
    CHECK(child<QCheckBox>(dialog, u"fitLengthCheck"_s)->isChecked());
    CHECK(child<QSpinBox>(dialog, u"minutesSpin"_s)->value() == 12);
    CHECK(child<QComboBox>(dialog, u"paceCombo"_s)->currentData() == u"5"_s);
    CHECK(child<QComboBox>(dialog, u"paceCombo"_s)->currentText().contains(u"5 s in, 7 s out"_s));
    auto *guideline = child<QComboBox>(dialog, u"guidelineCombo"_s);
    CHECK(guideline->currentData() == u"esh"_s);
    CHECK(guideline->currentText() == viparita::BpClassifier::guidelineName(Guideline::EscEsh2018));
    CHECK(guideline->count() == 2);
    CHECK(child<QCheckBox>(dialog, u"medicationCheck"_s)->isChecked());
    auto *step = child<QComboBox>(dialog, u"duringStepCombo"_s);
    CHECK(step->count() == 7);
    CHECK(step->currentData() == u"psoas"_s);
    CHECK(step->itemText(step->findData(u"ankle-to-knee"_s)) == u"Ankle to knee"_s);
    CHECK(child<QComboBox>(dialog, u"armCombo"_s)->currentData() == u"right"_s);
    CHECK(child<QComboBox>(dialog, u"positionCombo"_s)->currentData() == u"lying"_s);
    CHECK(child<QLineEdit>(dialog, u"reportNameEdit"_s)->text() == u"Grace Hopper"_s);
    CHECK(child<QComboBox>(dialog, u"themeCombo"_s)->currentData() == u"night"_s);
    dialog.reject();
}

TEST_CASE("the settings pages are not cut off at the dialog's smallest size")
{
    Settings settings(freshIniFile(u"dialog-small"_s));
    SettingsDialog dialog(settings, healingStepIds());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    checkFitsSmallScreen(dialog);
    dialog.resize(dialog.minimumSize());
    auto *tabs = child<QTabWidget>(dialog, u"settingsTabs"_s);
    REQUIRE(tabs->count() == 5);
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QApplication::processEvents();
        auto *scroll = qobject_cast<QScrollArea *>(tabs->currentWidget());
        REQUIRE(scroll != nullptr);
        INFO("tab " << tabs->tabText(tab).toStdString());
        CHECK(scroll->viewport()->width() >= scroll->widget()->minimumSizeHint().width());
    }
    dialog.reject();
}

TEST_CASE("OK writes the settings dialog's values and Cancel changes nothing")
{
    Settings settings(freshIniFile(u"dialog-ok"_s));
    const QStringList steps = healingStepIds();
    QSignalSpy changed(&settings, &Settings::changed);

    const auto edit = [](SettingsDialog &dialog) {
        child<QCheckBox>(dialog, u"chimesCheck"_s)->setChecked(false);
        child<QCheckBox>(dialog, u"eyesClosedCheck"_s)->setChecked(false);
        child<QSlider>(dialog, u"volumeSlider"_s)->setValue(55);
        child<QCheckBox>(dialog, u"fitLengthCheck"_s)->setChecked(true);
        child<QSpinBox>(dialog, u"minutesSpin"_s)->setValue(20);
        selectData(child<QComboBox>(dialog, u"paceCombo"_s), u"custom"_s);
        child<QDoubleSpinBox>(dialog, u"inhaleSpin"_s)->setValue(5.0);
        child<QDoubleSpinBox>(dialog, u"holdInSpin"_s)->setValue(1.5);
        child<QDoubleSpinBox>(dialog, u"exhaleSpin"_s)->setValue(7.0);
        child<QDoubleSpinBox>(dialog, u"holdOutSpin"_s)->setValue(0.5);
        child<QCheckBox>(dialog, u"lengthenCheck"_s)->setChecked(true);
        selectData(child<QComboBox>(dialog, u"guidelineCombo"_s), u"esh"_s);
        child<QCheckBox>(dialog, u"medicationCheck"_s)->setChecked(true);
        selectData(child<QComboBox>(dialog, u"duringStepCombo"_s), u"bolster"_s);
        selectData(child<QComboBox>(dialog, u"armCombo"_s), u"right"_s);
        selectData(child<QComboBox>(dialog, u"positionCombo"_s), u"standing"_s);
        auto *name = child<QLineEdit>(dialog, u"reportNameEdit"_s);
        name->setFocus();
        QTest::keyClicks(name, u"  Mary Somerville "_s);
        selectData(child<QComboBox>(dialog, u"themeCombo"_s), u"night"_s);
    };

    SECTION("Cancel")
    {
        SettingsDialog dialog(settings, steps);
        dialog.show();
        edit(dialog);
        QTest::mouseClick(child<QPushButton>(dialog, u"cancelButton"_s), Qt::LeftButton);
        CHECK(dialog.result() == QDialog::Rejected);
        CHECK(changed.isEmpty());
        for (const Key key : allKeys()) {
            INFO(Settings::name(key).toStdString());
            CHECK(settings.value(key) == Settings::defaultValue(key));
        }
    }
    SECTION("OK without a change writes nothing")
    {
        SettingsDialog dialog(settings, steps);
        dialog.show();
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(changed.isEmpty());
    }
    SECTION("OK")
    {
        SettingsDialog dialog(settings, steps);
        dialog.show();
        edit(dialog);
        QTest::mouseClick(child<QPushButton>(dialog, u"okButton"_s), Qt::LeftButton);
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK_FALSE(settings.flag(Key::Chimes));
        CHECK_FALSE(settings.flag(Key::EyesClosed));
        CHECK(settings.flag(Key::Voice));
        CHECK(settings.number(Key::Volume) == 55);
        CHECK(settings.number(Key::DefaultMinutes) == 20);
        CHECK(settings.text(Key::BreathPace) == u"custom"_s);
        CHECK(settings.flag(Key::LengthenBreath));
        const auto breath = settings.breath();
        REQUIRE(breath.has_value());
        CHECK(breath->start == BreathPattern{5.0, 1.5, 7.0, 0.5});
        CHECK(breath->end == BreathPattern{6.0, 1.5, 8.0, 0.5});
        CHECK(settings.guideline() == Guideline::EscEsh2018);
        CHECK(settings.flag(Key::TakesMedication));
        CHECK(settings.text(Key::DuringReadingStep) == u"bolster"_s);
        CHECK(settings.text(Key::UsualArm) == u"right"_s);
        CHECK(settings.text(Key::UsualPosition) == u"standing"_s);
        CHECK(settings.text(Key::ReportName) == u"Mary Somerville"_s);
        CHECK(settings.text(Key::Theme) == u"night"_s);
        CHECK_FALSE(settings.flag(Key::CautionsAcknowledged));

        // Back to the sequence's own length.
        SettingsDialog again(settings, steps);
        again.show();
        child<QCheckBox>(again, u"fitLengthCheck"_s)->setChecked(false);
        again.accept();
        CHECK(settings.number(Key::DefaultMinutes) == 0);
    }
}

TEST_CASE("the custom pace spin boxes are enabled only for the custom pace")
{
    Settings settings(freshIniFile(u"dialog-pace"_s));
    SettingsDialog dialog(settings, healingStepIds());
    dialog.show();
    auto *pace = child<QComboBox>(dialog, u"paceCombo"_s);
    auto *lengthen = child<QCheckBox>(dialog, u"lengthenCheck"_s);
    auto *summary = child<QLabel>(dialog, u"paceSummary"_s);
    const QStringList spins{u"inhaleSpin"_s, u"holdInSpin"_s, u"exhaleSpin"_s, u"holdOutSpin"_s};
    const auto spinsEnabled = [&] {
        int enabled = 0;
        for (const QString &name : spins)
            enabled += child<QDoubleSpinBox>(dialog, name)->isEnabled() ? 1 : 0;
        return enabled;
    };

    CHECK(pace->currentData() == u"sequence"_s);
    CHECK(spinsEnabled() == 0);
    CHECK_FALSE(lengthen->isEnabled());
    REQUIRE(pace->count() == 5);
    for (const QString &preset : {u"6"_s, u"5"_s, u"gentle"_s}) {
        selectData(pace, preset);
        CHECK(spinsEnabled() == 0);
        CHECK(lengthen->isEnabled());
    }
    selectData(pace, u"6"_s);
    CHECK(summary->text() == u"About 6 breaths a minute."_s);
    lengthen->setChecked(true);
    CHECK(summary->text().contains(u"slowing to about 5 by the end"_s));

    selectData(pace, u"custom"_s);
    CHECK(spinsEnabled() == 4);
    CHECK(lengthen->isEnabled());
    auto *inhale = child<QDoubleSpinBox>(dialog, u"inhaleSpin"_s);
    auto *holdIn = child<QDoubleSpinBox>(dialog, u"holdInSpin"_s);
    CHECK(inhale->minimum() == 1.0);
    CHECK(inhale->maximum() == 20.0);
    CHECK(inhale->singleStep() == 0.5);
    CHECK(holdIn->minimum() == 0.0);
    CHECK(holdIn->maximum() == 20.0);
    CHECK(child<QDoubleSpinBox>(dialog, u"exhaleSpin"_s)->minimum() == 1.0);

    // Stepping with the keyboard goes by half a second.
    inhale->setFocus();
    QTest::keyClick(inhale, Qt::Key_Up);
    CHECK(inhale->value() == 4.5);

    // A breath longer than a minute cannot be kept.
    auto *ok = child<QPushButton>(dialog, u"okButton"_s);
    CHECK(ok->isEnabled());
    for (QDoubleSpinBox *spin : {inhale, holdIn, child<QDoubleSpinBox>(dialog, u"exhaleSpin"_s),
                                 child<QDoubleSpinBox>(dialog, u"holdOutSpin"_s)})
        spin->setValue(20.0);
    CHECK_FALSE(ok->isEnabled());
    CHECK(summary->text().contains(u"at most 60 seconds"_s));
    holdIn->setValue(0.0);
    CHECK(ok->isEnabled());

    selectData(pace, u"sequence"_s);
    CHECK(spinsEnabled() == 0);
    CHECK_FALSE(lengthen->isEnabled());
    dialog.reject();
}

TEST_CASE("the settings dialog enables the length and the reading step only when they apply")
{
    Settings settings(freshIniFile(u"dialog-enabled"_s));
    SettingsDialog dialog(settings, healingStepIds());
    dialog.show();
    auto *fit = child<QCheckBox>(dialog, u"fitLengthCheck"_s);
    auto *minutes = child<QSpinBox>(dialog, u"minutesSpin"_s);
    CHECK_FALSE(fit->isChecked());
    CHECK_FALSE(minutes->isEnabled());
    CHECK(minutes->minimum() == 3);
    CHECK(minutes->maximum() == 60);
    fit->setChecked(true);
    CHECK(minutes->isEnabled());

    auto *medication = child<QCheckBox>(dialog, u"medicationCheck"_s);
    auto *step = child<QComboBox>(dialog, u"duringStepCombo"_s);
    CHECK_FALSE(medication->isChecked());
    CHECK_FALSE(step->isEnabled());
    CHECK(step->currentData() == u"twist"_s);
    QTest::mouseClick(medication, Qt::LeftButton, {}, QPoint(8, medication->height() / 2));
    CHECK(medication->isChecked());
    CHECK(step->isEnabled());

    // The volume matters only while something sounds.
    auto *volume = child<QSlider>(dialog, u"volumeSlider"_s);
    CHECK(volume->isEnabled());
    for (const QString &name : {u"chimesCheck"_s, u"breathTonesCheck"_s, u"voiceCheck"_s})
        child<QCheckBox>(dialog, name)->setChecked(false);
    CHECK_FALSE(volume->isEnabled());
    child<QCheckBox>(dialog, u"voiceCheck"_s)->setChecked(true);
    CHECK(volume->isEnabled());
    dialog.reject();
}

TEST_CASE("restore defaults in the settings dialog is kept only on OK")
{
    Settings settings(freshIniFile(u"dialog-restore"_s));
    settings.setValue(Key::Volume, 20);
    settings.setValue(Key::Theme, u"night"_s);
    settings.setValue(Key::CautionsAcknowledged, true);
    {
        SettingsDialog dialog(settings, healingStepIds());
        dialog.show();
        QTest::mouseClick(child<QPushButton>(dialog, u"restoreDefaultsButton"_s), Qt::LeftButton);
        CHECK(dialog.isVisible());
        CHECK(child<QSlider>(dialog, u"volumeSlider"_s)->value() == 70);
        CHECK(child<QComboBox>(dialog, u"themeCombo"_s)->currentData() == u"system"_s);
        CHECK(settings.number(Key::Volume) == 20);
        dialog.reject();
        CHECK(settings.number(Key::Volume) == 20);
    }
    SettingsDialog dialog(settings, healingStepIds());
    dialog.show();
    QTest::mouseClick(child<QPushButton>(dialog, u"restoreDefaultsButton"_s), Qt::LeftButton);
    dialog.accept();
    CHECK(settings.number(Key::Volume) == 70);
    CHECK(settings.text(Key::Theme) == u"system"_s);
    // Not a setting of this dialog.
    CHECK(settings.flag(Key::CautionsAcknowledged));
}

TEST_CASE("a reading step that is not among the steps offered is kept until changed")
{
    Settings settings(freshIniFile(u"dialog-step"_s));
    settings.setValue(Key::DuringReadingStep, u"thread-the-needle"_s);
    SettingsDialog dialog(settings, {u"hamstrings"_s, u"twist"_s, u"twist"_s});
    dialog.show();
    auto *step = child<QComboBox>(dialog, u"duringStepCombo"_s);
    CHECK(step->count() == 3);
    CHECK(step->currentData() == u"thread-the-needle"_s);
    CHECK(step->currentText() == u"Thread the needle"_s);
    dialog.accept();
    CHECK(settings.text(Key::DuringReadingStep) == u"thread-the-needle"_s);

    SettingsDialog noSteps(settings, {});
    noSteps.show();
    CHECK(child<QComboBox>(noSteps, u"duringStepCombo"_s)->count() == 1);
    noSteps.accept();
    CHECK(settings.text(Key::DuringReadingStep) == u"thread-the-needle"_s);
}

TEST_CASE("ensureAcknowledged returns at once when the cautions were acknowledged")
{
    Settings settings(freshIniFile(u"acknowledged"_s));
    settings.setValue(Key::CautionsAcknowledged, true);
    CHECK(CautionsDialog::ensureAcknowledged(settings, nullptr));
    CHECK(settings.flag(Key::CautionsAcknowledged));
    for (QWidget *widget : QApplication::topLevelWidgets())
        CHECK(qobject_cast<CautionsDialog *>(widget) == nullptr);
}

TEST_CASE("the first-start cautions can be accepted only once they are ticked as read")
{
    CautionsDialog dialog(CautionsDialog::Mode::FirstStart);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    checkFitsSmallScreen(dialog);
    CHECK(dialog.mode() == CautionsDialog::Mode::FirstStart);
    CHECK(child<QLabel>(dialog, u"cautionsHeading"_s)->text() == u"Before your first session"_s);

    const QString text = child<QLabel>(dialog, u"cautionsText"_s)->text();
    CHECK(text == CautionsDialog::cautionsHtml());
    for (const QString &fact :
         {u"pregnancy"_s, u"glaucoma"_s, u"blood pressure is very high"_s, u"hernia"_s,
          u"lying on your back for a long time"_s, u"blood flowing toward your head"_s,
          u"menstrual"_s, u"talk to your doctor"_s, u"medication"_s, u"Bend your knees."_s,
          u"Roll onto one side."_s, u"Only then sit up, slowly."_s, u"does not diagnose"_s,
          u"does not advise on medication"_s}) {
        INFO(fact.toStdString());
        CHECK(text.contains(fact));
    }

    auto *check = child<QCheckBox>(dialog, u"acknowledgeCheck"_s);
    auto *accept = child<QPushButton>(dialog, u"acknowledgeButton"_s);
    auto *notNow = child<QPushButton>(dialog, u"notNowButton"_s);
    CHECK(accept->text() == u"I understand"_s);
    CHECK(check->text() == u"I have read this"_s);
    CHECK_FALSE(check->isChecked());
    CHECK_FALSE(accept->isEnabled());
    CHECK(notNow->isEnabled());
    CHECK(dialog.findChild<QPushButton *>(u"closeButton"_s) == nullptr);

    // A click on a disabled button does nothing.
    QTest::mouseClick(accept, Qt::LeftButton);
    CHECK(dialog.isVisible());
    check->setFocus();
    QTest::keyClick(check, Qt::Key_Space);
    CHECK(check->isChecked());
    CHECK(accept->isEnabled());
    QTest::keyClick(check, Qt::Key_Space);
    CHECK_FALSE(accept->isEnabled());
    QTest::keyClick(check, Qt::Key_Space);
    QTest::mouseClick(accept, Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(dialog.isVisible());
}

TEST_CASE("the first-start cautions can be declined")
{
    CautionsDialog dialog(CautionsDialog::Mode::FirstStart);
    dialog.show();
    QTest::mouseClick(child<QPushButton>(dialog, u"notNowButton"_s), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Rejected);
    CHECK_FALSE(dialog.isVisible());
}

TEST_CASE("the cautions from the Help menu have only a Close button")
{
    CautionsDialog dialog(CautionsDialog::Mode::FromHelp);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    checkFitsSmallScreen(dialog);
    CHECK(dialog.mode() == CautionsDialog::Mode::FromHelp);
    CHECK(child<QLabel>(dialog, u"cautionsHeading"_s)->text() == u"Cautions"_s);
    CHECK(child<QLabel>(dialog, u"cautionsText"_s)->text().contains(u"does not diagnose"_s));
    CHECK(dialog.findChild<QCheckBox *>(u"acknowledgeCheck"_s) == nullptr);
    CHECK(dialog.findChild<QPushButton *>(u"acknowledgeButton"_s) == nullptr);
    auto *buttons = child<QDialogButtonBox>(dialog, u"buttons"_s);
    CHECK(buttons->buttons().size() == 1);
    QTest::mouseClick(child<QPushButton>(dialog, u"closeButton"_s), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Rejected);
    CHECK_FALSE(dialog.isVisible());
}

// Not run by ctest: `viparita_gui_tests "[screenshots]"` with VIPARITA_SCREENSHOTS set to a
// folder saves the dialogs as pictures there (settings.png, cautions.png, and each tab).
TEST_CASE("pictures of the dialogs", "[.][screenshots]")
{
    const QString folder = qEnvironmentVariable("VIPARITA_SCREENSHOTS");
    REQUIRE_FALSE(folder.isEmpty());
    Settings settings(freshIniFile(u"pictures"_s));
    settings.setValue(Key::TakesMedication, true);
    settings.setValue(Key::BreathPace, u"6"_s);

    SettingsDialog dialog(settings, healingStepIds());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *tabs = child<QTabWidget>(dialog, u"settingsTabs"_s);
    const QStringList names{u"sound"_s, u"session"_s, u"health"_s, u"report"_s, u"appearance"_s};
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QTest::qWait(20);
        CHECK(dialog.grab().save(folder + u"/settings-"_s + names.value(tab) + u".png"_s));
    }
    tabs->setCurrentIndex(1);
    QTest::qWait(20);
    CHECK(dialog.grab().save(folder + u"/settings.png"_s));
    dialog.resize(dialog.minimumSize());
    QTest::qWait(20);
    CHECK(dialog.grab().save(folder + u"/settings-smallest.png"_s));
    dialog.reject();

    CautionsDialog cautions(CautionsDialog::Mode::FirstStart);
    cautions.show();
    REQUIRE(QTest::qWaitForWindowExposed(&cautions));
    QTest::qWait(20);
    CHECK(cautions.grab().save(folder + u"/cautions.png"_s));
    cautions.resize(cautions.minimumSize());
    QTest::qWait(20);
    CHECK(cautions.grab().save(folder + u"/cautions-smallest.png"_s));
    cautions.resize(cautions.width(), 3000);
    QTest::qWait(20);
    CHECK(cautions.grab().save(folder + u"/cautions-full.png"_s));
    cautions.reject();

    // The night theme, for a look at the colours.
    viparita::app::Theme::apply(*qApp, viparita::app::Theme::Kind::Night);
    SettingsDialog night(settings, healingStepIds());
    night.show();
    child<QTabWidget>(night, u"settingsTabs"_s)->setCurrentIndex(2);
    QTest::qWait(20);
    CHECK(night.grab().save(folder + u"/settings-night.png"_s));
    night.reject();
    CautionsDialog nightCautions(CautionsDialog::Mode::FromHelp);
    nightCautions.show();
    QTest::qWait(20);
    CHECK(nightCautions.grab().save(folder + u"/cautions-night.png"_s));
    nightCautions.reject();
    viparita::app::Theme::apply(*qApp, viparita::app::Theme::Kind::System);
}

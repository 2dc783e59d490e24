// The settings dialog: a tab for each page, the stored values shown, only valid values kept,
// OK and Cancel and Restore defaults, and a size that fits a small screen. Its fields given
// bad values, typed as a person would (QTest::keyClicks, through the field's validator) and
// set directly (setText, as a paste): the field refuses them, and the settings keep valid
// values.
#include "test_environment.h"

#include "bad_input.h"
#include "catch_qt.h"
#include "find_child.h"

#include "appearance/theme.h"
#include "settings/settings.h"
#include "settings/settings_dialog.h"

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
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using viparita::BreathPattern;
using viparita::Guideline;
using viparita::app::Settings;
using viparita::app::SettingsDialog;
using viparita::test::badNumbers;
using viparita::test::BadText;
using viparita::test::child;
using viparita::test::type;
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

TEST_CASE("the settings dialog shows the stored values")
{
    Settings settings(freshIniFile(u"dialog-shows"_s));
    settings.setValue(Key::BreathTones, true);
    settings.setValue(Key::Volume, 40);
    settings.setValue(Key::DefaultMinutes, 12);
    settings.setValue(Key::BreathPace, u"5"_s);
    settings.setValue(Key::Guideline, u"esh"_s);
    settings.setValue(Key::TakesMedication, true);
    settings.setValue(Key::UsualArm, u"right"_s);
    settings.setValue(Key::UsualPosition, u"lying"_s);
    settings.setValue(Key::ReportName, u"Grace Hopper"_s);
    settings.setValue(Key::Theme, u"night"_s);

    SettingsDialog dialog(settings);
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
    // "esh", the key of an earlier version, shows the guideline that replaced it.
    CHECK(guideline->currentData() == u"esh2023"_s);
    CHECK(guideline->currentText() == viparita::BpClassifier::guidelineName(Guideline::Esh2023));
    CHECK(guideline->count() == 3);
    CHECK(child<QCheckBox>(dialog, u"medicationCheck"_s)->isChecked());
    CHECK(child<QComboBox>(dialog, u"armCombo"_s)->currentData() == u"right"_s);
    CHECK(child<QComboBox>(dialog, u"positionCombo"_s)->currentData() == u"lying"_s);
    CHECK(child<QLineEdit>(dialog, u"reportNameEdit"_s)->text() == u"Grace Hopper"_s);
    CHECK(child<QComboBox>(dialog, u"themeCombo"_s)->currentData() == u"night"_s);
    dialog.reject();
}

TEST_CASE("the settings pages are not cut off at the dialog's smallest size")
{
    Settings settings(freshIniFile(u"dialog-small"_s));
    SettingsDialog dialog(settings);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    checkFitsSmallScreen(dialog);
    dialog.resize(dialog.minimumSize());
    auto *tabs = child<QTabWidget>(dialog, u"settingsTabs"_s);
    REQUIRE(tabs->count() == 7);
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
        selectData(child<QComboBox>(dialog, u"guidelineCombo"_s), u"esh2023"_s);
        child<QCheckBox>(dialog, u"medicationCheck"_s)->setChecked(true);
        selectData(child<QComboBox>(dialog, u"armCombo"_s), u"right"_s);
        selectData(child<QComboBox>(dialog, u"positionCombo"_s), u"standing"_s);
        auto *name = child<QLineEdit>(dialog, u"reportNameEdit"_s);
        name->setFocus();
        QTest::keyClicks(name, u"  Mary Somerville "_s);
        selectData(child<QComboBox>(dialog, u"themeCombo"_s), u"night"_s);
    };

    SECTION("Cancel")
    {
        SettingsDialog dialog(settings);
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
        SettingsDialog dialog(settings);
        dialog.show();
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(changed.isEmpty());
    }
    SECTION("OK")
    {
        SettingsDialog dialog(settings);
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
        CHECK(settings.guideline() == Guideline::Esh2023);
        CHECK(settings.flag(Key::TakesMedication));
        CHECK(settings.flag(Key::StandingCheck)); // on with the medication
        CHECK(settings.text(Key::UsualArm) == u"right"_s);
        CHECK(settings.text(Key::UsualPosition) == u"standing"_s);
        CHECK(settings.text(Key::ReportName) == u"Mary Somerville"_s);
        CHECK(settings.text(Key::Theme) == u"night"_s);
        CHECK_FALSE(settings.flag(Key::CautionsAcknowledged));

        // Back to the sequence's own length.
        SettingsDialog again(settings);
        again.show();
        child<QCheckBox>(again, u"fitLengthCheck"_s)->setChecked(false);
        again.accept();
        CHECK(settings.number(Key::DefaultMinutes) == 0);
    }
}

TEST_CASE("the custom pace spin boxes are enabled only for the custom pace")
{
    Settings settings(freshIniFile(u"dialog-pace"_s));
    SettingsDialog dialog(settings);
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

TEST_CASE("the settings dialog enables the length and the volume only when they apply")
{
    Settings settings(freshIniFile(u"dialog-enabled"_s));
    SettingsDialog dialog(settings);
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
    CHECK_FALSE(medication->isChecked());
    auto *standing = child<QCheckBox>(dialog, u"standingCheck"_s);
    CHECK_FALSE(standing->isChecked());
    QTest::mouseClick(medication, Qt::LeftButton, {}, QPoint(8, medication->height() / 2));
    CHECK(medication->isChecked());
    // The standing check comes on with the medication, and can then be turned off alone.
    CHECK(standing->isChecked());
    QTest::mouseClick(standing, Qt::LeftButton, {}, QPoint(8, standing->height() / 2));
    CHECK_FALSE(standing->isChecked());
    CHECK(medication->isChecked());

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
        SettingsDialog dialog(settings);
        dialog.show();
        QTest::mouseClick(child<QPushButton>(dialog, u"restoreDefaultsButton"_s), Qt::LeftButton);
        CHECK(dialog.isVisible());
        CHECK(child<QSlider>(dialog, u"volumeSlider"_s)->value() == 70);
        CHECK(child<QComboBox>(dialog, u"themeCombo"_s)->currentData() == u"system"_s);
        CHECK(settings.number(Key::Volume) == 20);
        dialog.reject();
        CHECK(settings.number(Key::Volume) == 20);
    }
    SettingsDialog dialog(settings);
    dialog.show();
    QTest::mouseClick(child<QPushButton>(dialog, u"restoreDefaultsButton"_s), Qt::LeftButton);
    dialog.accept();
    CHECK(settings.number(Key::Volume) == 70);
    CHECK(settings.text(Key::Theme) == u"system"_s);
    // Not a setting of this dialog.
    CHECK(settings.flag(Key::CautionsAcknowledged));
}

TEST_CASE("the settings dialog's fields refuse bad text, and only valid values are saved")
{
    const QString path = viparita::test::dataHome() + u"/bad-settings.ini"_s;
    QFile::remove(path);
    Settings settings(path);
    settings.setValue(Key::DefaultMinutes, 12);
    settings.setValue(Key::BreathPace, u"custom"_s);
    settings.setValue(Key::CustomInhale, 4.0);
    settings.setValue(Key::CustomHoldIn, 1.0);
    settings.setValue(Key::CustomExhale, 6.0);
    settings.setValue(Key::CustomHoldOut, 0.5);
    settings.setValue(Key::ReportName, u"Ana Lima"_s);

    struct Spin {
        QString name;
        Key key;
        double minimum;
        double maximum;
    };
    const QList<Spin> spins{{u"minutesSpin"_s, Key::DefaultMinutes, 3, 60},
                            {u"inhaleSpin"_s, Key::CustomInhale, 1, 20},
                            {u"holdInSpin"_s, Key::CustomHoldIn, 0, 20},
                            {u"exhaleSpin"_s, Key::CustomExhale, 1, 20},
                            {u"holdOutSpin"_s, Key::CustomHoldOut, 0, 20}};
    for (const Spin &spin : spins) {
        for (const BadText &bad : badNumbers()) {
            INFO(spin.name.toStdString() << ": " << bad.kind);
            viparita::app::SettingsDialog dialog(settings);
            dialog.show();
            REQUIRE(QTest::qWaitForWindowExposed(&dialog));
            auto *box = child<QAbstractSpinBox>(dialog, spin.name);
            REQUIRE(box->isEnabled());
            box->setFocus();
            QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClick(box, Qt::Key_Backspace);
            type(box, bad.text.left(300));
            // Enter takes what the field shows (or its last good value) and presses OK.
            QTest::keyClick(box, Qt::Key_Return);
            const double shown = spin.name == u"minutesSpin"_s
                                     ? static_cast<QSpinBox *>(box)->value()
                                     : static_cast<QDoubleSpinBox *>(box)->value();
            INFO("the field shows " << box->text().toStdString());
            CHECK(dialog.result() == QDialog::Accepted);
            const double stored = settings.value(spin.key).toDouble();
            CHECK(stored >= spin.minimum);
            CHECK(stored <= spin.maximum);
            CHECK(stored == shown);
            CHECK_FALSE(box->text().contains(u'-'));
            CHECK_FALSE(box->text().contains(u"abc"_s));
            CHECK_FALSE(box->text().contains(u'\uFFFD'));
            // Put back for the next round.
            settings.setValue(spin.key, spin.name == u"minutesSpin"_s ? QVariant(12)
                                                                      : QVariant(spin.minimum + 1));
        }
    }

    // A breath longer than the longest allowed: OK stays disabled, and the summary says why.
    {
        viparita::app::SettingsDialog dialog(settings);
        dialog.show();
        QSignalSpy changed(&settings, &Settings::changed);
        for (const QString &name :
             {u"inhaleSpin"_s, u"holdInSpin"_s, u"exhaleSpin"_s, u"holdOutSpin"_s})
            child<QDoubleSpinBox>(dialog, name)->setValue(20.0);
        auto *ok = child<QPushButton>(dialog, u"okButton"_s);
        CHECK_FALSE(ok->isEnabled());
        CHECK(child<QLabel>(dialog, u"paceSummary"_s)->text().contains(u"One breath may last"_s));
        QTest::keyClick(&dialog, Qt::Key_Return);
        dialog.accept();
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(changed.isEmpty());
    }

    // The name on reports takes at most 120 characters, typed or pasted.
    for (const bool typed : {false, true}) {
        viparita::app::SettingsDialog dialog(settings);
        dialog.show();
        auto *name = child<QLineEdit>(dialog, u"reportNameEdit"_s);
        name->clear();
        if (typed) {
            name->setFocus();
            type(name, QString(300, u'x'));
        } else {
            name->setText(QString(100000, u'y'));
        }
        CHECK(name->text().size() == 120);
        dialog.accept();
        CHECK(settings.text(Key::ReportName).size() == 120);
    }
}

TEST_CASE("pictures of the settings dialog", "[.][screenshots]")
{
    const QString folder = qEnvironmentVariable("VIPARITA_SCREENSHOTS");
    REQUIRE_FALSE(folder.isEmpty());
    Settings settings(freshIniFile(u"pictures"_s));
    settings.setValue(Key::TakesMedication, true);
    settings.setValue(Key::BreathPace, u"6"_s);

    SettingsDialog dialog(settings);
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

    // The night theme, for a look at the colours.
    viparita::app::Theme::apply(*qApp, viparita::app::Theme::Kind::Night);
    SettingsDialog night(settings);
    night.show();
    child<QTabWidget>(night, u"settingsTabs"_s)->setCurrentIndex(2);
    QTest::qWait(20);
    CHECK(night.grab().save(folder + u"/settings-night.png"_s));
    night.reject();
    viparita::app::Theme::apply(*qApp, viparita::app::Theme::Kind::System);
}

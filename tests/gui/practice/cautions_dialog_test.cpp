// The cautions: acknowledged once at the first start, read again from the Help menu.
#include "test_environment.h"

#include "catch_qt.h"
#include "find_child.h"

#include "appearance/theme.h"
#include "practice/cautions_dialog.h"
#include "settings/settings.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using viparita::app::CautionsDialog;
using viparita::app::Settings;
using viparita::test::child;
using Key = Settings::Key;

namespace {

/// A settings file of the test's own, empty at the start.
QString freshIniFile(const QString &name)
{
    const QString path = viparita::test::dataHome() + u"/settings-"_s + name + u".ini"_s;
    QFile::remove(path);
    return path;
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

TEST_CASE("pictures of the cautions", "[.][screenshots]")
{
    const QString folder = qEnvironmentVariable("VIPARITA_SCREENSHOTS");
    REQUIRE_FALSE(folder.isEmpty());
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

    viparita::app::Theme::apply(*qApp, viparita::app::Theme::Kind::Night);
    CautionsDialog nightCautions(CautionsDialog::Mode::FromHelp);
    nightCautions.show();
    QTest::qWait(20);
    CHECK(nightCautions.grab().save(folder + u"/cautions-night.png"_s));
    nightCautions.reject();
    viparita::app::Theme::apply(*qApp, viparita::app::Theme::Kind::System);
}

// The main window: its pages and its navigation, offscreen.
#include "test_environment.h"

#include "catch_qt.h"

#include "history/history_page.h"
#include "practice/cautions_dialog.h"
#include "practice/home_page.h"
#include "practice/sequence_list_model.h"
#include "session/session_controller.h"
#include "settings/settings.h"
#include "shell/help_dialog.h"
#include "shell/main_window.h"
#include "trends/trends_page.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using viparita::SequenceLibrary;
using viparita::app::MainWindow;
using viparita::app::SequenceListModel;

namespace {

viparita::app::Settings &testSettings()
{
    static viparita::app::Settings settings(viparita::test::dataHome() +
                                            u"/main-window-test.ini"_s);
    return settings;
}

} // namespace

TEST_CASE("the main window opens on the home page with the bundled sequences")
{
    const auto library = SequenceLibrary::load({});
    MainWindow window(library, testSettings(), nullptr);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.windowTitle() == u"Viparita"_s);
    CHECK_FALSE(window.windowIcon().isNull());

    auto *list = window.findChild<QListView *>(u"sequenceList"_s);
    REQUIRE(list != nullptr);
    CHECK(list->isVisible());
    const QAbstractItemModel *model = list->model();
    REQUIRE(model->rowCount() == 4);
    const QString first = model->index(0, 0).data().toString();
    CHECK(first.startsWith(u"Healing"_s));
    CHECK(first.contains(u"10 min 30 s"_s));
    CHECK(first.contains(u"7 steps"_s));
    CHECK(window.homePage()->currentSequenceId() == u"healing"_s);

    auto *title = window.findChild<QLabel *>(u"sequenceTitle"_s);
    auto *steps = window.findChild<QLabel *>(u"sequenceSteps"_s);
    REQUIRE(title);
    REQUIRE(steps);
    CHECK(title->text() == library.find(u"healing"_s)->title);
    CHECK(steps->text().contains(u"Bound angle"_s, Qt::CaseInsensitive));
    CHECK(steps->text().contains(u"each side"_s));
    // one step a line, numbered, as plain text
    CHECK(steps->textFormat() == Qt::PlainText);
    CHECK(steps->text().startsWith(u"1. "_s));
    CHECK(steps->text().split(u'\n').size() == library.find(u"healing"_s)->steps.size());

    // Choosing another sequence with the keyboard shows its details.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down);
    const QString second = window.homePage()->currentSequenceId();
    CHECK(second != u"healing"_s);
    CHECK(title->text() == library.find(second)->title);
}

TEST_CASE("in the smallest window the home page's labels keep every word")
{
    const auto library = SequenceLibrary::load({});
    MainWindow window(library, testSettings(), nullptr);
    window.resize(800, 600);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QApplication::processEvents();
    int checked = 0;
    for (QLabel *label : window.homePage()->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->wordWrap() || label->text().isEmpty())
            continue;
        INFO(label->text().toStdString());
        CHECK(label->width() >= label->minimumSizeHint().width());
        ++checked;
    }
    // The form's "Length" and "Breathing" among them.
    CHECK(checked >= 2);
}

TEST_CASE("Not now on the first-start cautions returns to the app, and no practice starts")
{
    viparita::app::Settings settings(viparita::test::dataHome() + u"/main-window-cautions.ini"_s);
    settings.setValue(viparita::app::Settings::Key::CautionsAcknowledged, false);
    const auto library = SequenceLibrary::load({});
    MainWindow window(library, settings, nullptr);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    // The dialog is modal: its buttons are pressed from the event loop it runs.
    const auto answer = [&window](const char *button, bool tick) {
        QTimer::singleShot(50, &window, [&window, button, tick] {
            auto *dialog = window.findChild<viparita::app::CautionsDialog *>();
            REQUIRE(dialog != nullptr);
            if (tick)
                dialog->findChild<QCheckBox *>(u"acknowledgeCheck"_s)->setChecked(true);
            auto *push = dialog->findChild<QPushButton *>(QString::fromLatin1(button));
            REQUIRE(push != nullptr);
            QTest::mouseClick(push, Qt::LeftButton);
        });
    };
    answer("notNowButton", false);
    CHECK_FALSE(window.welcome(u"healing"_s));
    QApplication::processEvents();
    CHECK(window.isVisible());
    CHECK(window.session()->stage() == viparita::app::SessionController::Stage::Idle);
    CHECK(window.statusBar()->currentMessage().contains(u"cautions"_s));
    CHECK_FALSE(settings.flag(viparita::app::Settings::Key::CautionsAcknowledged));

    // Start asks again; once they are read, the practice begins.
    answer("acknowledgeButton", true);
    CHECK(window.startSession(u"healing"_s, {}));
    CHECK(settings.flag(viparita::app::Settings::Key::CautionsAcknowledged));
    CHECK(window.session()->stage() == viparita::app::SessionController::Stage::Before);
    window.session()->currentDialog()->reject();
    QApplication::processEvents();
    CHECK(window.session()->stage() == viparita::app::SessionController::Stage::Idle);
}

TEST_CASE("Help has the user guide, shipped with the app, and every key, with F1")
{
    const auto library = SequenceLibrary::load({});
    MainWindow window(library, testSettings(), nullptr);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F1);
    auto *help = window.findChild<viparita::app::HelpDialog *>();
    REQUIRE(help != nullptr);
    CHECK(help->isVisible());
    using Page = viparita::app::HelpDialog::Page;
    const QString guide = help->pageText(Page::Guide);
    CHECK(guide.startsWith(u"Viparita user guide"_s));
    CHECK(guide.contains(u"Putting the history right"_s));
    const QString keys = help->pageText(Page::Keys);
    for (const QString &expected :
         {u"Add a blood-pressure reading"_s, u"Next step"_s, u"Undo the delete"_s,
          u"Save (before a session: save and start)"_s})
        CHECK(keys.contains(expected));
    CHECK(keys.contains(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    // One window: asked again, the same one shows the page asked for.
    window.showHelp(Page::Keys);
    CHECK(window.findChildren<viparita::app::HelpDialog *>().size() == 1);
    help->close();

    // Full screen is a state: its menu item is ticked while it is on.
    auto *fullScreen = window.findChild<QAction *>(u"fullScreenAction"_s);
    REQUIRE(fullScreen != nullptr);
    CHECK(fullScreen->isCheckable());
    CHECK_FALSE(fullScreen->isChecked());
    fullScreen->trigger();
    QApplication::processEvents();
    CHECK(fullScreen->isChecked() == window.isFullScreen());
    fullScreen->trigger();
    QApplication::processEvents();
    CHECK_FALSE(fullScreen->isChecked());
}

// The main window: its pages and its navigation, offscreen.
#include "test_environment.h"

#include "catch_qt.h"

#include "history/history_page.h"
#include "practice/home_page.h"
#include "practice/sequence_list_model.h"
#include "settings/settings.h"
#include "shell/main_window.h"
#include "trends/trends_page.h"

#include <QLabel>
#include <QListView>
#include <QStackedWidget>
#include <QTest>

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

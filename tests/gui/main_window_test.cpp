#include "test_environment.h"

#include "home_page.h"
#include "main_window.h"
#include "sequence_list_model.h"
#include "settings.h"

#include "catch_qt.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QListView>
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

    // Choosing another sequence with the keyboard shows its details.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down);
    const QString second = window.homePage()->currentSequenceId();
    CHECK(second != u"healing"_s);
    CHECK(title->text() == library.find(second)->title);
}

TEST_CASE("a broken user file is listed with its error")
{
    const QString folder = viparita::test::dataHome() + u"/gui-user-sequences"_s;
    viparita::test::writeFile(folder + u"/broken.json"_s,
                              viparita::test::readFile(viparita::test::sourcePath(
                                  u"tests/data/broken/bad-sides.json"_s)));
    const auto library = SequenceLibrary::load(folder);
    MainWindow window(library, testSettings(), nullptr);
    window.show();
    auto *list = window.findChild<QListView *>(u"sequenceList"_s);
    REQUIRE(list->model()->rowCount() == 5);
    const QModelIndex broken = list->model()->index(4, 0);
    CHECK(broken.data().toString().contains(u"Could not be loaded"_s));
    CHECK(broken.data(SequenceListModel::ErrorsRole)
              .toString()
              .endsWith(u"/steps/0/sides: must be \"none\" or \"both\""_s));
    list->setCurrentIndex(broken);
    CHECK(window.homePage()->currentSequenceId().isEmpty());
    CHECK(window.findChild<QLabel *>(u"sequenceTitle"_s)->text() ==
          u"This file could not be loaded"_s);
}

TEST_CASE("the sequence list model passes Qt's model tester")
{
    const auto library = SequenceLibrary::load({});
    SequenceListModel model(library.entries());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 4);
    CHECK(model.rowOf(u"classic"_s) >= 0);
    CHECK(model.rowOf(u"nothing"_s) == -1);
    CHECK(model.entry(99) == nullptr);
    CHECK(SequenceListModel::lengthText(45) == u"45 s"_s);
    CHECK(SequenceListModel::lengthText(720) == u"12 min"_s);
    CHECK(SequenceListModel::lengthText(630) == u"10 min 30 s"_s);
}

#include "test_environment.h"

#include "app_style.h"
#include "history_page.h"
#include "home_page.h"
#include "main_window.h"
#include "sequence_list_model.h"
#include "settings.h"
#include "theme.h"
#include "trends_page.h"

#include <viparita/storage/journal.h>

#include "catch_qt.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QLabel>
#include <QListView>
#include <QStackedWidget>
#include <QStyle>
#include <QTest>
#include <QToolButton>

#include <tuple>

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

TEST_CASE("the overflow buttons of the tool and menu bars draw their arrows in the text colour")
{
    viparita::app::Theme::apply(*qobject_cast<QApplication *>(QCoreApplication::instance()),
                                viparita::app::Theme::Kind::System);
    QStyle *style = QApplication::style();
    REQUIRE(qobject_cast<viparita::app::AppStyle *>(style));

    // Ink: the pixels drawn, and the colour of the most opaque one.
    const auto ink = [](const QIcon &icon, QIcon::Mode mode) {
        const QImage image =
            icon.pixmap(QSize(32, 32), mode).toImage().convertToFormat(QImage::Format_ARGB32);
        int drawn = 0;
        QColor strongest(Qt::transparent);
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QColor pixel = image.pixelColor(x, y);
                if (pixel.alpha() > 0)
                    ++drawn;
                if (pixel.alpha() > strongest.alpha())
                    strongest = pixel;
            }
        return std::pair{drawn, strongest};
    };
    const QIcon across = style->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton);
    const QIcon down = style->standardIcon(QStyle::SP_ToolBarVerticalExtensionButton);
    const auto [acrossInk, acrossColour] = ink(across, QIcon::Normal);
    CHECK(acrossInk > 40);
    CHECK(acrossInk < 32 * 32 / 2);
    CHECK(acrossColour.rgb() == QApplication::palette().color(QPalette::WindowText).rgb());
    CHECK(ink(down, QIcon::Normal).first == acrossInk);
    CHECK(down.pixmap(QSize(32, 32)).toImage() != across.pixmap(QSize(32, 32)).toImage());
    CHECK(ink(across, QIcon::Disabled).second.rgb() ==
          QApplication::palette().color(QPalette::Disabled, QPalette::WindowText).rgb());

    // The main window's tool bar takes its overflow arrows from the style.
    const auto library = SequenceLibrary::load({});
    MainWindow window(library, testSettings(), nullptr);
    auto *overflow = window.findChild<QToolButton *>(u"qt_toolbar_ext_button"_s);
    REQUIRE(overflow);
    CHECK(overflow->icon().pixmap(QSize(32, 32)).toImage() ==
          across.pixmap(QSize(32, 32)).toImage());
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
    CHECK_FALSE(broken.data(Qt::DecorationRole).value<QIcon>().isNull());
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

TEST_CASE("the home page says the last session, its readings and the days in a row")
{
    const QString folder = viparita::test::dataHome() + u"/home-facts"_s;
    QDir(folder).removeRecursively();
    REQUIRE(QDir().mkpath(folder));
    auto opened = viparita::Journal::open(folder + u"/journal.sqlite"_s, {});
    REQUIRE(opened.journal);
    viparita::Journal &journal = *opened.journal;
    const QDateTime now = QDateTime::currentDateTime();
    // the last session began 20 minutes ago (just after midnight, that is yesterday: the
    // days in a row count from yesterday then)
    const QDateTime today = now.addSecs(-20 * 60).toOffsetFromUtc(now.offsetFromUtc());
    // three days in a row up to today, an older completed one and a stopped one after it all
    for (int daysAgo : {6, 2, 1, 0}) {
        viparita::SessionRecord session;
        session.sequenceId = u"healing"_s;
        session.sequenceTitle = daysAgo == 0 ? u"Healing <today>"_s : u"Healing"_s;
        session.startedAt = today.addDays(-daysAgo);
        session.endedAt = session.startedAt.addSecs(600);
        session.status = viparita::SessionStatus::Completed;
        session.plannedSeconds = 600;
        QList<viparita::Reading> readings;
        if (daysAgo == 0) {
            for (const auto &[context, systolic, diastolic, minutes] :
                 {std::tuple{viparita::ReadingContext::Before, 142, 91, -2},
                  std::tuple{viparita::ReadingContext::Before, 138, 89, -1},
                  std::tuple{viparita::ReadingContext::After, 131, 84, 11}}) {
                viparita::Reading reading;
                reading.takenAt = session.startedAt.addSecs(minutes * 60);
                reading.systolic = systolic;
                reading.diastolic = diastolic;
                reading.context = context;
                readings.append(reading);
            }
        }
        REQUIRE(journal.logSession(session, {}, readings).ok());
    }
    viparita::SessionRecord stopped;
    stopped.sequenceId = u"classic"_s;
    stopped.sequenceTitle = u"Classic"_s;
    stopped.startedAt = today.addSecs(5 * 60);
    stopped.endedAt = stopped.startedAt.addSecs(60);
    stopped.status = viparita::SessionStatus::Stopped;
    stopped.plannedSeconds = 600;
    REQUIRE(journal.logSession(stopped, {}, {}).ok());

    const auto library = SequenceLibrary::load({});
    MainWindow window(library, testSettings(), &journal);
    // the history and trends pages are built when first shown
    CHECK(window.findChild<viparita::app::HistoryPage *>() == nullptr);
    CHECK(window.findChild<viparita::app::TrendsPage *>() == nullptr);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *pages = window.findChild<QStackedWidget *>(u"pages"_s);
    REQUIRE(pages);
    CHECK(pages->currentWidget() == window.homePage());

    auto *facts = window.findChild<QLabel *>(u"lastSession"_s);
    REQUIRE(facts);
    const QStringList lines = facts->text().split(u'\n');
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0).endsWith(u", Healing <today>"_s)); // the title as written, not as markup
    CHECK(lines.at(1) == u"Before 140/90, after 131/84 mmHg"_s);
    CHECK(lines.at(2) == u"3 days in a row of practice."_s);

    window.showPage(MainWindow::Page::History);
    CHECK(pages->currentWidget() == window.findChild<viparita::app::HistoryPage *>());
    window.showPage(MainWindow::Page::Trends);
    CHECK(pages->currentWidget() == window.findChild<viparita::app::TrendsPage *>());
    window.showPage(MainWindow::Page::Practice);
    CHECK(pages->currentWidget() == window.homePage());
}

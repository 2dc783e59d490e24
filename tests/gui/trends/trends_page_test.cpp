// The trends page on a real journal, offscreen: the charts the report plugin draws, and the
// summary in plain words.
#include "test_environment.h"

#include "catch_qt.h"
#include "gui_journal.h"

#include "appearance/theme.h"
#include "settings/settings.h"
#include "shell/journal_watch.h"
#include "trends/trends_page.h"

#include <viparita/storage/journal.h>

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QDialog>
#include <QLineSeries>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using viparita::app::TrendsPage;
using viparita::test::GuiJournal;

TEST_CASE("the trends page shows a year of sessions with bands, both series and the summary")
{
    GuiJournal data;
    int sessions = 0;
    // The sessions of days 6, 3 and 0 fall in the last 7 days, unless their readings (two
    // hours before now) are on the day before: shortly after midnight.
    int inLastWeek = 0;
    const QDate weekStart = QDate::currentDate().addDays(-6);
    for (int day = 360; day >= 0; day -= 3) {
        data.session(day, 150 - day / 40, 140 - day / 40);
        ++sessions;
        const QDateTime firstReading =
            QDateTime::currentDateTime().addDays(-day).addSecs(-7200 - 60);
        if (firstReading.date() >= weekStart)
            ++inLastWeek;
    }
    viparita::app::JournalWatch watch(data.journal.get());
    TrendsPage page(*data.settings, watch);
    page.resize(1200, 900);
    page.show();
    page.setRange(TrendsPage::Range::All);
    CHECK(page.report().pairedSessions == sessions);
    REQUIRE(page.chartViews().size() == 4);
    auto *systolicView = qobject_cast<QChartView *>(page.chartViews().first());
    REQUIRE(systolicView);
    QChart *systolic = systolicView->chart();
    REQUIRE(systolic);
    int before = -1;
    int after = -1;
    int bands = 0;
    for (QAbstractSeries *series : systolic->series()) {
        if (series->objectName() == u"before"_s)
            before = static_cast<int>(qobject_cast<QLineSeries *>(series)->count());
        else if (series->objectName() == u"after"_s)
            after = static_cast<int>(qobject_cast<QLineSeries *>(series)->count());
        else if (series->type() == QAbstractSeries::SeriesTypeArea)
            ++bands;
    }
    CHECK(before == sessions);
    CHECK(after == sessions);
    CHECK(bands >= 3);
    CHECK(page.summaryText().contains(
        u"Over %1 sessions your systolic fell by 10 mmHg on average"_s.arg(sessions)));
    CHECK_FALSE(page.summaryText().contains(u"Not yet reliable"_s));

    page.setRange(TrendsPage::Range::Week);
    CHECK(page.report().pairedSessions == inLastWeek);
    CHECK(inLastWeek >= 2);
    CHECK(page.summaryText().contains(u"Not yet reliable"_s));
}

TEST_CASE("the trends page's date fields show the range, and its charts follow the theme")
{
    GuiJournal data;
    data.session(200, 150, 140);
    data.session(2, 148, 138);
    viparita::app::JournalWatch watch(data.journal.get());
    TrendsPage page(*data.settings, watch);
    page.resize(1000, 700);
    page.show();
    auto *from = page.findChild<QDateEdit *>();
    REQUIRE(from != nullptr);
    const auto dates = page.findChildren<QDateEdit *>();
    REQUIRE(dates.size() == 2);
    page.setRange(TrendsPage::Range::Year);
    CHECK(dates.at(0)->date() == QDate::currentDate().addDays(-364));
    CHECK(dates.at(1)->date() == QDate::currentDate());
    page.setRange(TrendsPage::Range::All);
    CHECK(dates.at(0)->date() <= QDate::currentDate().addDays(-200));
    // One session paired in the week: said as one, not "1 of 1 sessions".
    page.setRange(TrendsPage::Range::Week);
    CHECK(page.summaryText().contains(u"Over 1 session "_s));
    CHECK(page.summaryText().contains(u"Systolic fell in that session."_s));
    CHECK_FALSE(page.summaryText().contains(u"of 1 sessions"_s));

    // Night and day: the charts take the theme's colours as it changes.
    const auto theme = [&page] {
        return qobject_cast<QChartView *>(page.chartViews().first())->chart()->theme();
    };
    CHECK(theme() == QChart::ChartThemeLight);
    viparita::app::Theme::apply(*qApp, viparita::app::Theme::Kind::Night);
    QApplication::processEvents();
    CHECK(theme() == QChart::ChartThemeDark);
    viparita::app::Theme::apply(*qApp, viparita::app::Theme::Kind::System);
    QApplication::processEvents();
    CHECK(theme() == QChart::ChartThemeLight);
}

TEST_CASE("the trends page marks each change of medication on the pressures' charts")
{
    GuiJournal data;
    for (int day = 80; day >= 0; day -= 4)
        data.session(day, 150 - day / 10, 140 - day / 10);
    using Kind = viparita::MedicationChange::Kind;
    viparita::Medication amlodipine;
    amlodipine.name = u"Amlodipine"_s;
    const QDate today = QDate::currentDate();
    amlodipine.changes = {
        {0, Kind::Started, today.addDays(-60), viparita::Dose{5, u"mg"_s}, {}},
        {0, Kind::DoseChanged, today.addDays(-20), viparita::Dose{2.5, u"mg"_s}, {}}};
    // A change long before the range is not drawn.
    viparita::Medication old;
    old.name = u"Ramipril"_s;
    old.changes = {{0, Kind::Started, today.addDays(-400), viparita::Dose{5, u"mg"_s}, {}},
                   {0, Kind::Stopped, today.addDays(-300), {}, {}}};
    REQUIRE(data.journal->addMedication(amlodipine).ok());
    REQUIRE(data.journal->addMedication(old).ok());

    viparita::app::JournalWatch watch(data.journal.get());
    TrendsPage page(*data.settings, watch);
    page.resize(1200, 900);
    page.show();
    page.setRange(TrendsPage::Range::Quarter);
    REQUIRE(page.chartViews().size() == 4);
    for (int chart = 0; chart < 2; ++chart) {
        auto *view = qobject_cast<QChartView *>(page.chartViews().at(chart));
        REQUIRE(view);
        QList<qreal> marked;
        for (QAbstractSeries *series : view->chart()->series()) {
            if (series->objectName() == u"medicationChange"_s) {
                const auto *line = qobject_cast<QLineSeries *>(series);
                REQUIRE(line->count() == 2);
                CHECK(line->at(0).x() == line->at(1).x()); // upright
                marked.append(line->at(0).x());
            }
        }
        REQUIRE(marked.size() == 2);
        CHECK(QDateTime::fromMSecsSinceEpoch(qint64(marked[0])).date() == today.addDays(-60));
        CHECK(QDateTime::fromMSecsSinceEpoch(qint64(marked[1])).date() == today.addDays(-20));
    }
}

TEST_CASE(
    "each chart's data can be read as a table, a row a session, by a person who cannot see it")
{
    GuiJournal data;
    for (int day = 12; day >= 0; day -= 3)
        data.session(day, 150 - day, 140 - day);
    viparita::app::JournalWatch watch(data.journal.get());
    TrendsPage page(*data.settings, watch);
    page.resize(1200, 900);
    page.show();
    page.setRange(TrendsPage::Range::All);
    REQUIRE(page.chartViews().size() == 4);
    for (int chart = 0; chart < 3; ++chart) {
        INFO("chart " << chart);
        auto *button = page.findChild<QPushButton *>(u"chartTable%1"_s.arg(chart));
        REQUIRE(button != nullptr);
        CHECK(button->accessibleName().contains(page.chartViews().at(chart)->accessibleName()));
        button->click();
        auto *dialog = page.findChild<QDialog *>(u"chartTableDialog"_s);
        REQUIRE(dialog != nullptr);
        CHECK(dialog->windowTitle() == page.chartViews().at(chart)->accessibleName());
        auto *table = dialog->findChild<QTableWidget *>(u"chartTable"_s);
        REQUIRE(table != nullptr);
        CHECK(table->accessibleName() == dialog->windowTitle());
        // Five sessions: a row each; a first column naming it, then the values.
        CHECK(table->rowCount() == 5);
        CHECK(table->columnCount() >= 2);
        if (chart == 0) {
            // Systolic before and after, in the order of the sessions: 138/128 first of all.
            QStringList titles;
            for (int column = 0; column < table->columnCount(); ++column)
                titles.append(table->horizontalHeaderItem(column)->text());
            INFO(titles.join(u", "_s).toStdString());
            REQUIRE(table->columnCount() == 3);
            CHECK(table->item(0, 1)->text() == u"138"_s);
            CHECK(table->item(0, 2)->text() == u"128"_s);
            CHECK(table->item(4, 1)->text() == u"150"_s);
        }
        // Esc closes it, and the keyboard is back on the page.
        QTest::keyClick(dialog, Qt::Key_Escape);
        QApplication::processEvents(QEventLoop::AllEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        CHECK(page.findChild<QDialog *>(u"chartTableDialog"_s) == nullptr);
    }
}

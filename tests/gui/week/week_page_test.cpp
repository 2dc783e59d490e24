// The home-monitoring week page on a real journal and a fixed clock, offscreen: a week begun,
// its slots as they fill, the average of days 2 to 7 with its category by each guideline, an
// unfinished week that says what is missing, and the weeks compared.
#include "test_environment.h"

#include "catch_qt.h"
#include "gui_journal.h"

#include "settings/settings.h"
#include "shell/journal_watch.h"
#include "week/week_page.h"

#include <viparita/storage/journal.h>

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using viparita::Reading;
using viparita::app::Settings;
using viparita::app::WeekPage;
using viparita::test::GuiJournal;

namespace {

const QDate monday(2026, 11, 2);

QDateTime at(int day, int hour, int minute)
{
    const QDateTime local(monday.addDays(day), QTime(hour, minute));
    return local.toOffsetFromUtc(local.offsetFromUtc());
}

void add(GuiJournal &data, int day, int hour, int minute, int systolic, int diastolic)
{
    Reading reading;
    reading.takenAt = at(day, hour, minute);
    reading.systolic = systolic;
    reading.diastolic = diastolic;
    reading.position = viparita::BodyPosition::Sitting;
    REQUIRE(data.journal->addReading(reading).ok());
}

/// Day `day`'s morning and evening, two readings each, with these pressures.
void keepDay(GuiJournal &data, int day, int systolic, int diastolic)
{
    add(data, day, 7, 0, systolic + 1, diastolic + 1);
    add(data, day, 7, 2, systolic - 1, diastolic - 1);
    add(data, day, 20, 0, systolic + 1, diastolic);
    add(data, day, 20, 2, systolic - 1, diastolic);
}

} // namespace

TEST_CASE("a home-monitoring week is begun, fills its slots and gives its average by guideline")
{
    GuiJournal data(u"week"_s);
    viparita::app::JournalWatch watch(data.journal.get());
    WeekPage page(*data.settings, watch);
    page.resize(800, 600);
    page.setNow(at(0, 6, 0));
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    CHECK(page.progressText().startsWith(u"No week begun yet"_s));
    CHECK_FALSE(page.slotTable()->isVisible());

    REQUIRE(page.startWeek(monday, u"Before a doctor's visit"_s));
    REQUIRE(page.weeks().size() == 1);
    CHECK(page.progressText().startsWith(u"Day 1 of 7: 0 of 28 readings."_s));
    CHECK(page.slotTable()->item(0, 0)->text() == u"Now"_s);
    CHECK(page.slotTable()->item(0, 1)->text() == u"To come"_s);

    // Day 1 (left out: 170s), then days 2 to 7 at 136/86 but for the evening of day 4.
    keepDay(data, 0, 170, 100);
    for (int day = 1; day < 4; ++day)
        keepDay(data, day, 136, 86);
    page.setNow(at(3, 12, 30)); // day 4, between the slots
    CHECK(page.progressText().startsWith(u"Day 4 of 7: 16 of 28 readings."_s));
    CHECK(page.slotTable()->item(3, 0)->text() == u"Done, 2 of 2"_s);
    CHECK(page.slotTable()->item(3, 1)->text() == u"Done, 2 of 2"_s);
    CHECK(page.slotTable()->item(4, 0)->text() == u"To come"_s);
    CHECK(page.resultText().startsWith(u"So far: 136/86 mmHg"_s));

    // The week over: the average of days 2 to 7 (24 readings), by the guideline chosen.
    for (int day = 4; day < 7; ++day)
        keepDay(data, day, 136, 86);
    page.setNow(at(7, 9, 0));
    CHECK(page.progressText().startsWith(u"The week is over: 28 of 28 readings."_s));
    const struct {
        const char *guideline;
        const char *category;
    } verdicts[] = {
        {"aha2025", "Stage 2 hypertension"}, // home 135/85 and above
        {"esc2024", "Hypertension"},
        {"esh2023", "Hypertension"},
    };
    for (const auto &verdict : verdicts) {
        data.settings->setValue(Settings::Key::Guideline, QString::fromLatin1(verdict.guideline));
        page.reload();
        INFO(page.resultText().toStdString());
        CHECK(page.resultText().startsWith(u"136/86 mmHg: %1 by the home thresholds"_s.arg(
            QString::fromLatin1(verdict.category))));
        CHECK(page.resultText().contains(u"from 24 readings over 6 days"_s));
    }
    CHECK(page.weekTable()->rowCount() == 1);
    CHECK(page.weekTable()->item(0, 2)->text() == u"28 of 28"_s);
    CHECK(page.weekTable()->item(0, 3)->text() == u"136/86 mmHg"_s);

    // The same week from the command line: the same average and category.
    const auto stats =
        viparita::test::runCli({u"--database"_s, data.path, u"stats"_s, u"--json"_s, u"--week"_s,
                                u"LAST"_s, u"--guideline"_s, u"esh2023"_s});
    INFO(stats.err.toStdString());
    REQUIRE(stats.exitCode == 0);
    const QJsonObject average = QJsonDocument::fromJson(stats.out.toUtf8())
                                    .object()[u"home_week"_s][u"average"_s]
                                    .toObject();
    CHECK(average[u"systolic"_s].toDouble() == 136.0);
    CHECK(average[u"diastolic"_s].toDouble() == 86.0);
    CHECK(average[u"readings"_s].toInt() == 24);
    CHECK(average[u"category"_s].toString() == u"hypertension"_s);
}

TEST_CASE("an unfinished week says what is missing, and weeks are compared side by side")
{
    GuiJournal data(u"week"_s);
    viparita::app::JournalWatch watch(data.journal.get());
    WeekPage page(*data.settings, watch);
    page.setNow(at(7, 9, 0));
    page.show();
    // An earlier week, complete, at 128/80.
    const QDate earlier = monday.addDays(-28);
    REQUIRE(data.journal->startHomeWeek(earlier, u"To see where I stand"_s).ok());
    for (int day = -28; day < -21; ++day)
        keepDay(data, day, 128, 80);
    // This week: only the mornings of days 1 to 3.
    REQUIRE(page.startWeek(monday, u"After a change of medication"_s));
    for (int day = 0; day < 3; ++day) {
        add(data, day, 7, 0, 140, 90);
        add(data, day, 7, 2, 138, 88);
    }
    page.reload();
    CHECK(page.progressText().startsWith(u"The week is over: 6 of 28 readings."_s));
    INFO(page.resultText().toStdString());
    CHECK(page.resultText().startsWith(u"Not enough yet for a verdict:"_s));
    CHECK(page.resultText().contains(u"more reading"_s));
    CHECK(page.resultText().contains(u"evening"_s));
    CHECK(page.slotTable()->item(0, 1)->text() == u"Missed"_s);

    // Newest first; the earlier one has its verdict.
    REQUIRE(page.weekTable()->rowCount() == 2);
    CHECK(page.weekTable()->item(0, 1)->text() == u"After a change of medication"_s);
    CHECK(page.weekTable()->item(1, 3)->text() == u"128/80 mmHg"_s);
    CHECK(page.weekTable()->item(1, 4)->text() != u"not enough yet"_s);
    // Choosing the earlier row shows that week.
    page.weekTable()->setCurrentCell(1, 0);
    REQUIRE(page.shown());
    CHECK(page.shown()->firstDay == earlier);
    CHECK(page.resultText().startsWith(u"128/80 mmHg"_s));
}

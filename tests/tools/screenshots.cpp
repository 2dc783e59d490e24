// Drives the real window through a session with a fake clock and saves a
// picture of each screen: scripts/screenshots.sh runs it under Xvfb.
#include "appearance/theme.h"
#include "history/edit_session_dialog.h"
#include "history/history_filter.h"
#include "history/history_model.h"
#include "history/history_page.h"
#include "player/player_page.h"
#include "practice/home_page.h"
#include "readings/reading_dialog.h"
#include "readings/severe_reading_panel.h"
#include "readings/standing_check_dialog.h"
#include "session/safety_pause_dialog.h"
#include "session/session_controller.h"
#include "session/summary_dialog.h"
#include "settings/settings.h"
#include "shell/main_window.h"
#include "trends/trends_page.h"

#include <viparita/core/app_info.h>
#include <viparita/storage/journal.h>

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

QString g_output;

void save(QWidget *widget, const QString &name)
{
    QApplication::processEvents();
    QTest::qWait(150);
    const QString file = QDir(g_output).filePath(name + u".png"_s);
    if (!widget->grab().save(file))
        std::fprintf(stderr, "could not write %s\n", qPrintable(file));
    else
        std::printf("wrote %s (%dx%d)\n", qPrintable(file), widget->width(), widget->height());
}

void click(QWidget *parent, const QString &name)
{
    if (auto *button = parent->findChild<QPushButton *>(name))
        button->click();
}

/// A year of sessions (every day of the last week, every third day
/// before), with a reading of their own on some mornings.
void addHistory(viparita::Journal &journal)
{
    const QDateTime today = QDateTime::currentDateTime();
    for (int day = 365; day >= 1; day -= day > 6 ? 3 : 1) {
        viparita::SessionRecord session;
        session.sequenceId = u"healing"_s;
        session.sequenceTitle = u"Healing sequence at the wall"_s;
        const QDateTime start = today.addDays(-day).addSecs(-3600);
        session.startedAt = start.toOffsetFromUtc(start.offsetFromUtc());
        session.endedAt = session.startedAt.addSecs(660);
        session.status = viparita::SessionStatus::Completed;
        session.plannedSeconds = 660;
        session.actualSeconds = 660;
        session.feeling = 3 + day % 3;
        // Slowly lower over the year, with the scatter of real readings.
        const int drift = day / 30;
        const int wobble = (day * 7) % 9 - 4;
        viparita::Reading before;
        before.takenAt = session.startedAt.addSecs(-60);
        before.systolic = 136 + drift + wobble;
        before.diastolic = 86 + drift / 2 + wobble / 2;
        before.pulse = 70 + wobble;
        before.context = viparita::ReadingContext::Before;
        viparita::Reading after = before;
        after.takenAt = session.endedAt->addSecs(60);
        after.systolic = before.systolic - 8 - (day % 5);
        after.diastolic = before.diastolic - 4 - (day % 3);
        after.pulse = *before.pulse - 6;
        after.context = viparita::ReadingContext::After;
        (void)journal.logSession(session, {}, {before, after});
        if (day % 6 == 0) {
            viparita::Reading morning;
            const QDateTime at = today.addDays(-day).addSecs(-12 * 3600);
            morning.takenAt = at.toOffsetFromUtc(at.offsetFromUtc());
            morning.systolic = 132 + drift;
            morning.diastolic = 84;
            morning.pulse = 66;
            morning.note = u"after breakfast"_s;
            (void)journal.addReading(morning);
        }
    }
}

void run(const QSize &size, const QString &suffix, QTemporaryDir &data)
{
    const QString folder = data.filePath(u"run"_s + suffix);
    QDir().mkpath(folder);
    viparita::app::Settings settings(folder + u"/settings.ini"_s);
    settings.setValue(viparita::app::Settings::Key::CautionsAcknowledged, true);
    settings.setValue(viparita::app::Settings::Key::Voice, false);
    settings.setValue(viparita::app::Settings::Key::Chimes, false);
    // The medication setting: a reading during the session and the standing check after it.
    settings.setValue(viparita::app::Settings::Key::TakesMedication, true);
    auto opened = viparita::Journal::open(folder + u"/journal.sqlite"_s, {});
    addHistory(*opened.journal);
    const auto library = viparita::SequenceLibrary::load({});
    viparita::app::Theme::apply(*qApp, viparita::app::Theme::Kind::System);
    viparita::app::MainWindow window(library, settings, opened.journal.get());
    viparita::Player::TimePoint now{std::chrono::hours(10)};
    auto &session = *window.session();
    session.setClock([&now] { return now; });
    session.setManualTicks(true);
    window.resize(size);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        std::fprintf(stderr, "the window was not shown\n");
    save(&window, u"home"_s + suffix);

    window.homePage()->selectSequence(u"healing"_s);
    window.startSession(u"healing"_s, window.homePage()->planOptions());
    auto *before = qobject_cast<viparita::app::ReadingDialog *>(session.currentDialog());
    before->enter(0, u"148"_s, u"94"_s, u"72"_s);
    before->enter(1, u"146"_s, u"92"_s, u"70"_s);
    if (suffix.isEmpty())
        save(before, u"safety-check"_s);
    before->enter(1, u"186"_s, u"104"_s, u"75"_s);
    if (suffix.isEmpty()) {
        save(before, u"safety-check-severe"_s);
        // Resting before the recheck.
        before->severePanel()->startRest();
        QTest::qWait(1100);
        save(before, u"safety-check-rest"_s);
        before->severePanel()->finishRest();
        click(before->severePanel(), u"recheckButton"_s);
    }
    before->enter(0, u"148"_s, u"94"_s, u"72"_s);
    before->enter(1, u"146"_s, u"92"_s, u"70"_s);
    click(before, u"saveButton"_s);

    // Into the straddle, with a cue on screen and the breath half in.
    now += 132s;
    session.tick();
    now += 2s;
    session.tick();
    save(&window, u"player-day"_s + suffix);
    viparita::app::Theme::apply(*qApp, viparita::app::Theme::Kind::Night);
    session.tick();
    save(&window, u"player-night"_s + suffix);
    viparita::app::Theme::apply(*qApp, viparita::app::Theme::Kind::System);

    // To the end, with the reading during the session: a low one, and the pause it brings.
    for (int i = 0; i < 900 && session.stage() == viparita::app::SessionController::Stage::Playing;
         ++i) {
        now += 1s;
        session.tick();
        auto *during = qobject_cast<viparita::app::ReadingDialog *>(session.currentDialog());
        if (during && during->purpose() == viparita::app::ReadingDialog::Purpose::During) {
            during->enter(0, u"88"_s, u"58"_s, u"56"_s);
            if (suffix.isEmpty())
                save(during, u"during-low"_s);
            click(during, u"saveButton"_s);
            if (auto *pause =
                    qobject_cast<viparita::app::SafetyPauseDialog *>(session.currentDialog())) {
                if (suffix.isEmpty())
                    save(pause, u"safety-pause"_s);
                click(pause, u"goOnButton"_s);
            }
        }
    }
    // The player once the last step is over, behind the readings after.
    if (auto *dialog = session.currentDialog()) {
        dialog->hide();
        save(&window, u"player-ended"_s + suffix);
        dialog->show();
    }
    auto *after = qobject_cast<viparita::app::ReadingDialog *>(session.currentDialog());
    after->enter(0, u"122"_s, u"76"_s, u"60"_s);
    after->enter(1, u"120"_s, u"74"_s, u"59"_s);
    if (suffix.isEmpty())
        save(after, u"after"_s);
    click(after, u"saveButton"_s);
    // On one's feet: the timer, the first reading, and a fall at three minutes.
    auto *standing = qobject_cast<viparita::app::StandingCheckDialog *>(session.currentDialog());
    qint64 standingClock = 0;
    standing->setClock([&standingClock] { return standingClock; });
    click(standing, u"startTimerButton"_s);
    standingClock += 75'000;
    standing->tick();
    standing->enter(0, u"114"_s, u"72"_s, u"66"_s);
    if (suffix.isEmpty())
        save(standing, u"standing-check"_s);
    standingClock += 110'000;
    standing->tick();
    standing->enter(1, u"98"_s, u"66"_s, u"70"_s);
    if (suffix.isEmpty()) {
        save(standing, u"standing-check-fall"_s);
        viparita::app::Theme::apply(*qApp, viparita::app::Theme::Kind::Night);
        save(standing, u"standing-check-night"_s);
        viparita::app::Theme::apply(*qApp, viparita::app::Theme::Kind::System);
    }
    click(standing, u"saveButton"_s);
    auto *summary = qobject_cast<viparita::app::SummaryDialog *>(session.currentDialog());
    summary->setFeeling(4);
    summary->setNote(u"Legs light, shoulders soft."_s);
    if (suffix.isEmpty())
        save(summary, u"summary"_s);
    click(summary, u"saveButton"_s);

    window.showPage(viparita::app::MainWindow::Page::History);
    save(&window, u"history"_s + suffix);
    // A session put right: its feeling, note and readings.
    auto *history = window.historyPage();
    for (int row = 0; row < history->filter()->rowCount(); ++row) {
        const QModelIndex index = history->filter()->index(row, 0);
        if (index.data(viparita::app::HistoryModel::KindRole).toInt() ==
            static_cast<int>(viparita::app::HistoryModel::Kind::Session)) {
            history->view()->selectRow(row);
            break;
        }
    }
    history->editSelected();
    if (auto *edit = history->findChild<viparita::app::EditSessionDialog *>()) {
        save(edit, u"edit-session"_s + suffix);
        edit->reject();
    }

    // A reading on its own, typed with a slip ("12.5"): the field says what it left out.
    window.showPage(viparita::app::MainWindow::Page::Practice);
    window.addReading();
    if (auto *reading = window.findChild<viparita::app::ReadingDialog *>()) {
        auto *systolic = reading->findChild<QLineEdit *>(u"systolic0"_s);
        systolic->setFocus();
        QTest::keyClicks(systolic, u"12.5"_s);
        QTest::keyClicks(reading->findChild<QLineEdit *>(u"diastolic0"_s), u"82"_s);
        QTest::keyClicks(reading->findChild<QLineEdit *>(u"pulse0"_s), u"64"_s);
        save(reading, u"reading-add"_s + suffix);
        viparita::app::Theme::apply(*qApp, viparita::app::Theme::Kind::Night);
        save(reading, u"reading-add-night"_s + suffix);
        viparita::app::Theme::apply(*qApp, viparita::app::Theme::Kind::System);
        reading->reject();
    }
    window.showPage(viparita::app::MainWindow::Page::Trends);
    window.trendsPage()->setRange(viparita::app::TrendsPage::Range::Year);
    save(&window, u"trends"_s + suffix);
    window.showPage(viparita::app::MainWindow::Page::Practice);
}

} // namespace

int main(int argc, char *argv[])
{
    QTemporaryDir data;
    qputenv("XDG_DATA_HOME", data.filePath(u"data"_s).toUtf8());
    qputenv("XDG_CONFIG_HOME", data.filePath(u"config"_s).toUtf8());
    QApplication application(argc, argv);
    viparita::AppInfo::applyToApplication();
    g_output = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"."_s;
    QDir().mkpath(g_output);
    run(QSize(1000, 700), QString(), data);
    run(QSize(800, 600), u"-800x600"_s, data);
    run(QSize(1920, 1080), u"-1920x1080"_s, data);
    return 0;
}

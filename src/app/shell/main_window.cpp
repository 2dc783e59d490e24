#include "shell/main_window.h"

#include "appearance/theme.h"
#include "cuff/cuff_watch.h"
#include "exchange/export_dialog.h"
#include "exchange/import_dialog.h"
#include "history/history_page.h"
#include "measure/measurement_controller.h"
#include "medication/medication_page.h"
#include "player/player_page.h"
#include "practice/cautions_dialog.h"
#include "practice/home_page.h"
#include "readings/reading_dialog.h"
#include "session/session_controller.h"
#include "settings/reminder_autostart.h"
#include "settings/settings.h"
#include "settings/settings_dialog.h"
#include "shell/help_dialog.h"
#include "shell/journal_watch.h"
#include "shell/recovery_banner.h"
#include "trends/trends_page.h"
#include "week/week_page.h"
#include "widgets/accessibility.h"

#include <viparita/core/app_info.h>
#include <viparita/storage/journal.h>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDBusConnection>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

namespace {

/// The platform's keys for `standard`, and `key` too where the platform has not that one
/// (some desktops have no key for quitting or for the settings): the same keys everywhere.
QList<QKeySequence> withDefault(QKeySequence::StandardKey standard, const QKeySequence &key)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(standard);
    if (!keys.contains(key))
        keys.append(key);
    return keys;
}

} // namespace

MainWindow::MainWindow(const SequenceLibrary &library, Settings &settings, Journal *journal,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_library(library)
    , m_settings(settings)
    , m_journal(journal)
    , m_journalWatch(new JournalWatch(journal, this))
    , m_home(new HomePage(library, settings, *m_journalWatch, this))
    , m_player(new PlayerPage(this))
{
    Accessibility::install();
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Viparita"));
    setWindowIcon(Theme::appIcon());
    setMinimumSize(800, 600);
    resize(1000, 700);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_recovery = new RecoveryBanner(journal, central);
    layout->addWidget(m_recovery);

    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(u"pages"_s);
    m_pages->addWidget(m_home);
    // The player page joins the pages when a session first begins, and the history and trends
    // pages when first shown: the window opens sooner. (A stack of pages asks each page for its
    // size, hidden or not, and the player's large texts would load their fonts for nothing.)
    m_player->hide();
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_cuff = new CuffWatch(settings, journal, this);
    connect(m_cuff, &CuffWatch::stateChanged, this, &MainWindow::showCuffStatus);
    connect(m_cuff, &CuffWatch::memorySaved, this, [this](int added, int known) {
        statusBar()->showMessage(
            known == 0 ? tr("%n new reading(s) from the cuff saved.", nullptr, added)
                       : tr("%n new reading(s) from the cuff saved; %1 already in the journal.",
                            nullptr, added)
                             .arg(known),
            10000);
    });
    connect(m_cuff, &CuffWatch::cuffFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    m_session = new SessionController(settings, journal, m_player, this, this);
    connect(m_session, &SessionController::stageChanged, this, &MainWindow::showStage);
    connect(m_session, &SessionController::statusTitleChanged, this, [this](const QString &status) {
        setWindowTitle(status.isEmpty() ? tr("Viparita") : tr("%1 · Viparita").arg(status));
    });
    connect(m_home, &HomePage::startRequested, this,
            [this](const QString &id, const PlanOptions &options) { startSession(id, options); });
    connect(m_home, &HomePage::addReadingRequested, this, &MainWindow::addReading);
    connect(m_home, &HomePage::measureRequested, this, &MainWindow::startMeasurement);
    m_measure = new MeasurementController(settings, journal, m_player, this, this);
    connect(m_measure, &MeasurementController::statusTitleChanged, this,
            [this](const QString &status) {
                setWindowTitle(status.isEmpty() ? tr("Viparita") : tr("%1 · Viparita").arg(status));
            });
    connect(m_measure, &MeasurementController::finished, this, [this] {
        setWindowTitle(tr("Viparita"));
        m_navigation->setVisible(true);
        QWidget *back = m_beforeMeasure ? m_beforeMeasure : m_home;
        m_pages->setCurrentWidget(back);
        if (back == m_week)
            m_week->reload();
        statusBar()->showMessage(m_measure->outcome(), 20000);
        back->setFocus();
    });
    connect(m_recovery, &RecoveryBanner::finishRequested, m_session,
            &SessionController::finishInterrupted);
    connect(m_journalWatch, &JournalWatch::changed, this, [this](JournalChange change) {
        if (change == JournalChange::Medications)
            followMedication();
        if (change == JournalChange::HomeWeeks)
            ReminderAutostart::reload(QDBusConnection::sessionBus());
    });
    // The reminders follow their settings: one change of several keys is applied once.
    connect(&m_settings, &Settings::changed, this, [this](Settings::Key key) {
        static const QList<Settings::Key> reminderKeys{
            Settings::Key::RemindersPractice, Settings::Key::PracticeDays,
            Settings::Key::PracticeTime,      Settings::Key::RemindersWeek,
            Settings::Key::MorningTime,       Settings::Key::EveningTime};
        if (!reminderKeys.contains(key) || m_remindersPending)
            return;
        m_remindersPending = true;
        QTimer::singleShot(0, this, [this] {
            m_remindersPending = false;
            const QString problem = ReminderAutostart::apply(ReminderAutostart::planOf(m_settings),
                                                             QDBusConnection::sessionBus());
            if (!problem.isEmpty())
                statusBar()->showMessage(tr("Reminders: %1").arg(problem), 10000);
        });
    });

    // Practice, history and trends: one page each.
    m_navigation = addToolBar(tr("Pages"));
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setMovable(false);
    m_navigation->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_navigation->setProperty(Accessibility::pageSwitcherProperty, true);
    auto *group = new QActionGroup(this);
    const QList<std::pair<Page, QString>> pages{{Page::Practice, tr("&Practice")},
                                                {Page::History, tr("&History")},
                                                {Page::Trends, tr("&Trends")},
                                                {Page::Medication, tr("&Medication")},
                                                {Page::Week, tr("Home &week")}};
    for (const auto &[page, label] : pages) {
        QAction *action = m_navigation->addAction(label);
        action->setCheckable(true);
        action->setShortcut(
            QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + static_cast<int>(page))));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, page = page] { showPage(page); });
        m_pageActions.append(action);
    }
    m_pageActions.first()->setChecked(true);

    createMenus();
}

MainWindow::~MainWindow() = default;

void MainWindow::showCuffStatus()
{
    // No status bar for a person without a cuff: the window stays as it was.
    if (!m_cuffStatus && !m_cuff->hasCuff())
        return;
    if (!m_cuffStatus) {
        m_cuffStatus = new QLabel(this);
        m_cuffStatus->setObjectName(u"cuffStatus"_s);
        // A normal widget, not a permanent one: a message (how many readings came, what to
        // do) takes the whole bar for a while, then the cuff's state is back.
        statusBar()->addWidget(m_cuffStatus, 1);
    }
    m_cuffStatus->setText(m_cuff->statusText());
    m_cuffStatus->setAccessibleName(m_cuff->statusText());
    m_cuffStatus->setVisible(m_cuff->hasCuff());
}

HistoryPage *MainWindow::historyPage()
{
    if (!m_history) {
        m_history = new HistoryPage(m_settings, *m_journalWatch, m_pages);
        m_pages->addWidget(m_history);
        connect(m_history, &HistoryPage::addReadingRequested, this, &MainWindow::addReading);
    }
    return m_history;
}

TrendsPage *MainWindow::trendsPage()
{
    if (!m_trends) {
        m_trends = new TrendsPage(m_settings, *m_journalWatch, m_pages);
        m_pages->addWidget(m_trends);
    }
    return m_trends;
}

MedicationPage *MainWindow::medicationPage()
{
    if (!m_medication) {
        m_medication = new MedicationPage(*m_journalWatch, m_pages);
        m_pages->addWidget(m_medication);
    }
    return m_medication;
}

WeekPage *MainWindow::weekPage()
{
    if (!m_week) {
        m_week = new WeekPage(m_settings, *m_journalWatch, m_pages);
        m_pages->addWidget(m_week);
        connect(m_week, &WeekPage::measureRequested, this, &MainWindow::startMeasurement);
        connect(m_week, &WeekPage::reportRequested, this, [this](const QDate &firstDay) {
            if (!m_journal)
                return;
            auto *dialog = new ExportDialog(m_settings, *m_journal, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setWeek(firstDay);
            connect(dialog, &ExportDialog::exported, this,
                    [this](const QString &message) { statusBar()->showMessage(message, 8000); });
            dialog->open();
        });
    }
    return m_week;
}

void MainWindow::followMedication()
{
    // "I take blood-pressure medication" follows the list once the list names any medicine;
    // a person who keeps no list sets it by hand in the settings.
    if (!m_journal)
        return;
    const auto medications = m_journal->medications();
    if (!medications.ok() || medications->isEmpty())
        return;
    const bool takes =
        MedicationRules::takesBloodPressureMedication(*medications, QDate::currentDate());
    if (m_settings.flag(Settings::Key::TakesMedication) != takes)
        m_settings.setValue(Settings::Key::TakesMedication, takes);
}

void MainWindow::showPage(Page page)
{
    if (m_session->stage() != SessionController::Stage::Idle)
        return;
    m_pageActions.at(static_cast<int>(page))->setChecked(true);
    switch (page) {
    case Page::Practice:
        m_pages->setCurrentWidget(m_home);
        break;
    case Page::History:
        historyPage()->reload();
        m_pages->setCurrentWidget(m_history);
        break;
    case Page::Trends:
        trendsPage()->reload();
        m_pages->setCurrentWidget(m_trends);
        break;
    case Page::Medication:
        m_pages->setCurrentWidget(medicationPage());
        m_medication->list()->setFocus();
        break;
    case Page::Week:
        weekPage()->reload();
        m_pages->setCurrentWidget(m_week);
        m_week->weekTable()->setFocus();
        break;
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *reading = file->addAction(tr("Add a &reading…"));
    reading->setShortcut(QKeySequence::New);
    connect(reading, &QAction::triggered, this, &MainWindow::addReading);
    file->addSeparator();
    QAction *exportAction = file->addAction(tr("&Export for your doctor…"));
    exportAction->setObjectName(u"exportAction"_s);
    exportAction->setShortcut(Qt::CTRL | Qt::Key_E);
    exportAction->setEnabled(m_journal != nullptr);
    connect(exportAction, &QAction::triggered, this, [this] { exportForDoctor(); });
    QAction *printAction = file->addAction(tr("&Print the report…"));
    printAction->setObjectName(u"printAction"_s);
    printAction->setShortcut(QKeySequence::Print);
    printAction->setEnabled(m_journal != nullptr);
    connect(printAction, &QAction::triggered, this, [this] { exportForDoctor(true); });
    QAction *importAction = file->addAction(tr("&Import readings…"));
    importAction->setObjectName(u"importAction"_s);
    importAction->setShortcut(Qt::CTRL | Qt::Key_I);
    importAction->setEnabled(m_journal != nullptr);
    connect(importAction, &QAction::triggered, this, &MainWindow::importReadings);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcuts(withDefault(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &MainWindow::quitOrAsk);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *fullScreen = view->addAction(tr("&Full screen"));
    fullScreen->setObjectName(u"fullScreenAction"_s);
    fullScreen->setShortcut(Qt::Key_F11);
    fullScreen->setCheckable(true);
    connect(fullScreen, &QAction::triggered, this, &MainWindow::toggleFullScreen);
    m_fullScreen = fullScreen;
    QAction *night = view->addAction(tr("&Night theme"));
    night->setObjectName(u"nightThemeAction"_s);
    night->setCheckable(true);
    night->setChecked(Theme::fromName(m_settings.text(Settings::Key::Theme)) == Theme::Kind::Night);
    connect(night, &QAction::toggled, this, [this](bool on) {
        m_settings.setValue(Settings::Key::Theme, on ? u"night"_s : u"system"_s);
    });
    connect(&m_settings, &Settings::changed, this, [this, night](Settings::Key key) {
        if (key != Settings::Key::Theme)
            return;
        const Theme::Kind kind = Theme::fromName(m_settings.text(Settings::Key::Theme));
        Theme::apply(*qApp, kind);
        night->setChecked(kind == Theme::Kind::Night);
    });

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    QAction *preferences = settings->addAction(tr("&Preferences…"));
    preferences->setShortcuts(
        withDefault(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, &MainWindow::showSettings);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User guide"));
    guide->setObjectName(u"userGuideAction"_s);
    guide->setShortcuts(withDefault(QKeySequence::HelpContents, QKeySequence(Qt::Key_F1)));
    connect(guide, &QAction::triggered, this, [this] { showHelp(HelpDialog::Page::Guide); });
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"));
    keys->setObjectName(u"keysAction"_s);
    connect(keys, &QAction::triggered, this, [this] { showHelp(HelpDialog::Page::Keys); });
    help->addSeparator();
    QAction *cautions = help->addAction(tr("&Cautions and who should not practise…"));
    connect(cautions, &QAction::triggered, this, &MainWindow::showCautions);
    QAction *about = help->addAction(tr("&About Viparita"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

bool MainWindow::startSession(const QString &sequenceId, const PlanOptions &options)
{
    const Sequence *sequence = m_library.find(sequenceId);
    if (!sequence || m_session->stage() != SessionController::Stage::Idle)
        return false;
    if (!CautionsDialog::ensureAcknowledged(m_settings, this))
        return false;
    m_session->start(*sequence, options);
    return true;
}

bool MainWindow::startMeasurement()
{
    if (m_session->stage() != SessionController::Stage::Idle || m_measure->isActive())
        return false;
    m_beforeMeasure = m_pages->currentWidget();
    m_navigation->setVisible(false);
    if (m_pages->indexOf(m_player) < 0)
        m_pages->addWidget(m_player);
    m_pages->setCurrentWidget(m_player);
    m_measure->start();
    m_player->setFocus();
    return true;
}

bool MainWindow::welcome(const QString &startId, bool measure)
{
    if (!CautionsDialog::ensureAcknowledged(m_settings, this)) {
        statusBar()->showMessage(
            tr("No practice starts until the cautions are read: Start shows them again."));
        return false;
    }
    offerRecovery();
    if (measure)
        return startMeasurement();
    if (startId.isEmpty())
        return false;
    if (!startSession(startId, m_home->planOptions())) {
        spdlog::error("No sequence with the id '{}'", startId.toStdString());
        return false;
    }
    return true;
}

void MainWindow::offerRecovery()
{
    if (m_session->stage() == SessionController::Stage::Idle)
        m_recovery->offer();
}

void MainWindow::addReading()
{
    if (m_session->stage() != SessionController::Stage::Idle || m_measure->isActive())
        return;
    auto *dialog =
        new ReadingDialog(ReadingDialog::Purpose::Standalone, m_settings, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const auto save = [this](const QList<Reading> &readings) {
        if (!m_journal)
            return;
        for (const Reading &reading : readings) {
            const auto saved = m_journal->addReading(reading);
            if (!saved.ok())
                QMessageBox::warning(this, tr("The reading was not saved"), saved.error().message);
        }
    };
    // A severe reading is kept however the dialog is closed.
    connect(dialog, &ReadingDialog::keepReadings, this, save);
    connect(dialog, &QDialog::accepted, this, [dialog, save] { save(dialog->readings()); });
    dialog->open();
}

void MainWindow::exportForDoctor(bool print)
{
    if (!m_journal)
        return;
    auto *dialog = new ExportDialog(m_settings, *m_journal, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exported, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    dialog->open();
    if (print)
        dialog->print();
}

void MainWindow::importReadings()
{
    if (!m_journal || m_session->stage() != SessionController::Stage::Idle)
        return;
    auto *dialog = new ImportDialog(m_settings, *m_journal, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { statusBar()->showMessage(dialog->lastMessage(), 8000); });
    dialog->open();
}

void MainWindow::showStage()
{
    const auto stage = m_session->stage();
    const bool playing = stage == SessionController::Stage::Playing ||
                         stage == SessionController::Stage::After ||
                         stage == SessionController::Stage::Summary;
    m_navigation->setVisible(!playing);
    if (playing) {
        if (m_pages->indexOf(m_player) < 0)
            m_pages->addWidget(m_player);
        m_pages->setCurrentWidget(m_player);
    } else {
        showPage(Page::Practice);
    }
    if (stage == SessionController::Stage::Playing)
        m_player->setFocus();
    if (stage == SessionController::Stage::Idle) {
        setWindowTitle(tr("Viparita"));
        offerRecovery();
    }
}

void MainWindow::toggleFullScreen()
{
    setWindowState(windowState() ^ Qt::WindowFullScreen);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::WindowStateChange && m_fullScreen)
        m_fullScreen->setChecked(windowState().testFlag(Qt::WindowFullScreen));
    QMainWindow::changeEvent(event);
}

void MainWindow::quitOrAsk()
{
    // A session under way is not ended by a shortcut: the player asks, as Esc does.
    if (m_session->stage() == SessionController::Stage::Playing) {
        m_player->askToStop(true);
        m_player->setFocus();
        return;
    }
    close();
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showHelp(HelpDialog::Page page)
{
    // One help window, brought forward on the page asked for.
    auto *dialog = findChild<HelpDialog *>();
    if (!dialog) {
        dialog = new HelpDialog(page, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->showPage(page);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::showCautions()
{
    auto *dialog = new CautionsDialog(CautionsDialog::Mode::FromHelp, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Viparita"),
                       tr("<h3>Viparita %1</h3>"
                          "<p>A guided legs-up-the-wall practice with a blood-pressure journal.</p>"
                          "<p>Viparita informs; it does not diagnose or advise on medication. "
                          "Talk to your doctor about your blood pressure.</p>"
                          "<p>Released under the MIT license.</p>")
                           .arg(AppInfo::version()));
}

} // namespace viparita::app

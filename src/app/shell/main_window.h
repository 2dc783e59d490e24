#pragma once

#include "shell/help_dialog.h"

#include <viparita/core/sequence_library.h>

#include <QMainWindow>

class QStackedWidget;
class QToolBar;

class QAction;

class QLabel;

namespace viparita {
class Journal;
struct PlanOptions;
} // namespace viparita

namespace viparita::app {

class HistoryPage;
class HomePage;
class MeasurementController;
class MedicationPage;
class WeekPage;
class JournalWatch;
class RecoveryBanner;
class PlayerPage;
class TrendsPage;
class SessionController;
class CuffWatch;
class Settings;

/// Viparita's one window; its pages do the work.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// `journal` may be null: the app then works without saving.
    MainWindow(const SequenceLibrary &library, Settings &settings, Journal *journal,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] HomePage *homePage() const { return m_home; }
    [[nodiscard]] PlayerPage *playerPage() const { return m_player; }
    [[nodiscard]] SessionController *session() const { return m_session; }
    [[nodiscard]] CuffWatch *cuff() const { return m_cuff; }
    /// The history page, built on first use.
    [[nodiscard]] HistoryPage *historyPage();
    /// The trends page, built on first use.
    [[nodiscard]] TrendsPage *trendsPage();

    [[nodiscard]] MedicationPage *medicationPage();
    [[nodiscard]] WeekPage *weekPage();
    enum class Page { Practice, History, Trends, Medication, Week };
    void showPage(Page page);

    /// Starts a session of the sequence with this id (after the cautions, on
    /// a first start). False when there is no such sequence.
    bool startSession(const QString &sequenceId, const PlanOptions &options);
    /// Offers to finish a session a crash interrupted, if there is one.
    void offerRecovery();
    /// What the app does once its window shows: the cautions on a first start (Not now
    /// leaves the app open, and no practice starts until they are read), then an interrupted
    /// session, then the session `startId` names, if any (or, with `measure`, the guided
    /// measurement). False when that session did not start. The session has the home page's length
    /// and breathing pace, as Start gives.
    bool welcome(const QString &startId = {}, bool measure = false);
    /// Opens the dialog for a reading on its own.
    void addReading();
    /// The guided measurement: five minutes' rest, then two readings a minute apart, saved
    /// as one. False when a session or a measurement is under way.
    bool startMeasurement();
    [[nodiscard]] MeasurementController *measurement() const { return m_measure; }
    /// File > Export: the export dialog; with `print`, the print dialog over it at once.
    void exportForDoctor(bool print = false);
    /// File > Import: readings from a CSV file.
    void importReadings();
    /// File > Quit (Ctrl+Q): closes the window; during a session, asks first, as Esc does.
    void quitOrAsk();
    /// Help: the user guide or the keyboard shortcuts, in one window.
    void showHelp(HelpDialog::Page page);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createMenus();
    void showAbout();
    void showSettings();
    void showCautions();
    void toggleFullScreen();
    void showStage();
    /// The cuff's status at the right of the status bar, once a cuff is chosen.
    void showCuffStatus();
    /// Sets "I take blood-pressure medication" from the medication list, once it has one.
    void followMedication();

    const SequenceLibrary &m_library;
    Settings &m_settings;
    Journal *m_journal;
    JournalWatch *m_journalWatch;
    QStackedWidget *m_pages = nullptr;
    HomePage *m_home = nullptr;
    PlayerPage *m_player = nullptr;
    QAction *m_fullScreen = nullptr;
    HistoryPage *m_history = nullptr;       ///< null until first shown
    TrendsPage *m_trends = nullptr;         ///< null until first shown
    MedicationPage *m_medication = nullptr; ///< null until first shown
    WeekPage *m_week = nullptr;             ///< null until first shown
    MeasurementController *m_measure = nullptr;
    bool m_remindersPending = false; ///< a change of the reminders waits to be applied
    /// The page a guided measurement was started from, shown again when it ends.
    QWidget *m_beforeMeasure = nullptr;
    QToolBar *m_navigation = nullptr;
    QList<QAction *> m_pageActions;
    SessionController *m_session = nullptr;
    RecoveryBanner *m_recovery = nullptr;
    CuffWatch *m_cuff = nullptr;
    QLabel *m_cuffStatus = nullptr; ///< null until a cuff is chosen
};

} // namespace viparita::app

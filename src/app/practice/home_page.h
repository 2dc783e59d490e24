#pragma once

#include <viparita/core/sequence_library.h>
#include <viparita/core/session_plan.h>

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListView;
class QPushButton;
class QSpinBox;

namespace viparita {
class Journal;
}

namespace viparita::app {

class JournalWatch;
class PaceCombo;
class PoseView;
class SequenceListModel;
class Settings;

/// The first page: the sequences to choose from with their length, steps,
/// props and picture; the length and breathing pace of the next session;
/// the last session's numbers and the practice streak; Start.
class HomePage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HomePage)

public:
    /// The journal (`journal.journal()`) may be null: sessions are then not saved.
    HomePage(const SequenceLibrary &library, Settings &settings, JournalWatch &journal,
             QWidget *parent = nullptr);

    [[nodiscard]] SequenceListModel *model() const { return m_model; }
    /// The id of the chosen sequence, empty when none (or a broken file) is chosen.
    [[nodiscard]] QString currentSequenceId() const;
    void selectSequence(const QString &id);
    /// The plan options chosen on the page: length and breathing pace.
    [[nodiscard]] PlanOptions planOptions() const;
    void setMinutes(int minutes);
    /// Reads the last session and the streak from the journal again (done by itself after
    /// every change to the journal).
    void refreshJournalFacts();

Q_SIGNALS:
    void startRequested(const QString &sequenceId, const viparita::PlanOptions &options);
    void addReadingRequested();
    /// "Measure my blood pressure": the guided measurement.
    void measureRequested();

private:
    void showEntry(int row);

    Settings &m_settings;
    Journal *m_journal;
    SequenceListModel *m_model = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_stepsHeading = nullptr;
    QLabel *m_steps = nullptr;
    QLabel *m_props = nullptr;
    PoseView *m_pose = nullptr;
    QSpinBox *m_minutes = nullptr;
    PaceCombo *m_pace = nullptr;
    QCheckBox *m_lengthen = nullptr;
    QPushButton *m_start = nullptr;
    QLabel *m_lastSession = nullptr;
};

/// Days in a row, up to today (or yesterday), with a completed session.
[[nodiscard]] int practiceStreak(const QList<QDate> &sessionDays, const QDate &today);

} // namespace viparita::app

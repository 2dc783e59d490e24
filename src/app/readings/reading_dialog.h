#pragma once

#include "readings/reading_entry_row.h"

#include <viparita/core/measurement.h>
#include <viparita/core/reading.h>

#include <QDateTime>
#include <QDialog>
#include <QList>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace viparita::app {

class SevereReadingPanel;
class Settings;

/// Entering one to three blood-pressure readings of one moment: before,
/// during or after a session, or on their own. Each reading shows its
/// category as it is typed; a low reading or a large fall shows what to do.
///
/// A reading in the severe range is never lost and never started on: the dialog says what to
/// do (rest five minutes and measure again; with warning signs, call the emergency number),
/// keeps the readings (keepReadings) when a recheck begins or the dialog is closed without
/// Save, and before a session allows no start until a recheck is below the severe range.
///
/// From the keyboard: the focus starts in the first Systolic field; Tab goes systolic,
/// diastolic, pulse, the next reading, then the arm and position, then the buttons; Enter
/// saves (before a session: saves and starts) and never adds a row; Esc cancels.
class ReadingDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadingDialog)

public:
    /// Guided: one reading of a guided measurement (its rest done), seated, saved on its own.
    enum class Purpose { Before, During, After, Standalone, Guided };
    static constexpr int maxReadings = 3;
    /// The result of "Skip and start" before a session (Accepted is "Save and start",
    /// Rejected is Cancel: no session).
    static constexpr int Skipped = 2;

    ReadingDialog(Purpose purpose, Settings &settings, std::optional<Measurement> before,
                  QWidget *parent = nullptr);

    [[nodiscard]] Purpose purpose() const { return m_purpose; }
    /// A guided measurement's reading `number` of `count`: its title and words.
    void setGuidedReading(int number, int count);
    /// The readings entered, each at the time its row was completed.
    [[nodiscard]] QList<Reading> readings() const;
    /// The mean of the valid rows, if any.
    [[nodiscard]] std::optional<Measurement> measurement() const;

    /// On its own (Purpose::Standalone): when the readings were taken, a note and the
    /// irregular-heartbeat flag, as a saved reading's editor offers them.
    void setTakenAt(const QDateTime &when);
    void setNote(const QString &note);
    void setIrregular(bool irregular);

    /// Fills a row as a person would type it (for tests and scripting).
    void enter(int row, const QString &systolic, const QString &diastolic,
               const QString &pulse = {});
    [[nodiscard]] int rowCount() const { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] QString rowStatus(int row) const;
    [[nodiscard]] bool canSave() const;
    /// Before a session: the latest measurement is severe (or its recheck is not entered
    /// yet), so no session may start; Skip then only closes.
    [[nodiscard]] bool startBlocked() const;
    /// The readings entered, when one of them is in the severe range; else none.
    [[nodiscard]] QList<Reading> severeReadings() const;
    /// How many times the person rested and measured again.
    [[nodiscard]] int rechecks() const { return m_rechecks; }
    [[nodiscard]] SevereReadingPanel *severePanel() const { return m_severe; }
    void setFeelsFaint(bool faint);
    [[nodiscard]] bool feelsFaint() const;

    void done(int result) override;

    /// Waits for the chosen Bluetooth cuff: each reading it measures now fills the next empty
    /// row (done when the dialog opens, when a cuff is chosen).
    void waitForCuff();
    /// The cuff's line: what it is doing, its pressure as it inflates, what it sent.
    [[nodiscard]] QString cuffStatus() const;

Q_SIGNALS:
    /// A reading from the cuff filled a row (to be said aloud).
    void cuffReadingReceived(const viparita::Reading &reading);
    /// Readings to save at once, whatever happens next: the severe readings of a moment, when
    /// a recheck begins or when the dialog closes without Save.
    void keepReadings(const QList<viparita::Reading> &readings);

private:
    void addRow();
    void refresh();
    void recheck();
    void orderTabs();
    /// Fills the next empty row with a reading the cuff measured; false when all are full.
    bool takeFromCuff(const Reading &reading);
    /// Shows `text` on the cuff's line, the dialog as tall as it needs.
    void showCuff(const QString &text);

    Purpose m_purpose;
    Settings &m_settings;
    std::optional<Measurement> m_before;
    QList<ReadingEntryRow> m_rows;
    QGridLayout *m_grid = nullptr;
    QComboBox *m_arm = nullptr;
    QComboBox *m_position = nullptr;
    QPushButton *m_addRow = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_alert = nullptr;
    SevereReadingPanel *m_severe = nullptr;
    QCheckBox *m_faint = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_skip = nullptr;
    QPushButton *m_cancel = nullptr;
    QDateTimeEdit *m_takenAt = nullptr; ///< on its own only
    QLabel *m_timeProblem = nullptr;
    QLineEdit *m_note = nullptr;
    QCheckBox *m_irregular = nullptr;
    QPushButton *m_cuffButton = nullptr; ///< when a cuff is chosen
    QLabel *m_cuffLive = nullptr;
    bool m_cuffShowsProblem = false; ///< the cuff's line says Bluetooth is not there
    QList<Reading> m_fromCuff;       ///< the readings the cuff filled rows with
    QDateTime m_shownTime;           ///< the time the field showed until the person changed it
    bool m_severeNow = false;        ///< a reading entered now is severe
    bool m_severeSeen = false;       ///< the latest measurement was severe, and no lower one since
    int m_rechecks = 0;
};

} // namespace viparita::app

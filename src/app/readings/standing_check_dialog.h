#pragma once

#include "readings/reading_entry_row.h"

#include <viparita/core/measurement.h>
#include <viparita/core/reading.h>
#include <viparita/core/safety_rules.h>

#include <QDialog>
#include <QList>

#include <functional>
#include <optional>
#include <set>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTimer;

namespace viparita::app {

class Settings;

/// The standing check after a session: the person stands up slowly and takes a reading
/// after 1 minute and after 3 minutes on their feet, with a timer that says when. Each
/// reading is checked against the last one of the session taken lying or sitting: a fall
/// of 20 systolic or 10 diastolic or more, or a systolic under 90, is orthostatic
/// hypotension, and the dialog says (and the session's voice speaks) what to do.
///
/// The readings are saved with the context "standing", position standing.
class StandingCheckDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StandingCheckDialog)

public:
    /// Milliseconds on a monotonic clock.
    using Clock = std::function<qint64()>;
    /// The minutes on one's feet at which the readings are taken.
    static constexpr int firstMinute = 1, secondMinute = 3;

    /// `reference`: the last measurement of the session lying or sitting, if any.
    StandingCheckDialog(Settings &settings, std::optional<Measurement> reference,
                        QWidget *parent = nullptr);
    ~StandingCheckDialog() override;

    /// Replaces the clock (tests go through three minutes at once).
    void setClock(Clock clock);
    /// The person is on their feet: the timer starts (as its button does).
    void startTimer();
    /// Brings the timer up to now.
    void tick();
    [[nodiscard]] bool isTiming() const;
    /// Seconds on one's feet since the timer started; 0 before.
    [[nodiscard]] int secondsStanding() const;
    /// What the timer line says now.
    [[nodiscard]] QString timerText() const;

    /// Fills the reading after 1 minute (row 0) or after 3 minutes (row 1), as typed.
    void enter(int row, const QString &systolic, const QString &diastolic,
               const QString &pulse = {});
    [[nodiscard]] QString rowStatus(int row) const;
    /// The readings entered, each at the time it was completed.
    [[nodiscard]] QList<Reading> readings() const;
    /// Every flag the readings raise, each once (the severe range, a low reading, a fall on
    /// standing), with the faintness the person reports.
    [[nodiscard]] QList<SafetyAlert> alerts() const;
    /// A reading fell on standing (or is under 90 systolic).
    [[nodiscard]] bool orthostatic() const;
    [[nodiscard]] QString alertText() const;
    [[nodiscard]] bool canSave() const;
    void setFeelsFaint(bool faint);
    [[nodiscard]] bool feelsFaint() const;

    void done(int result) override;

Q_SIGNALS:
    /// A reading from the cuff filled a row (to be said aloud).
    void cuffReadingReceived(const viparita::Reading &reading);
    /// Time for a reading (after 1 minute, after 3): the words to say.
    void measureNow(const QString &spoken);
    /// Guidance that must be heard: a reading fell on standing, or is low, or the person
    /// feels faint. Once for each.
    void guidanceDue(const QString &spoken);
    /// Readings to save whatever happens next: those in the severe range, when the dialog
    /// closes without Save.
    void keepReadings(const QList<viparita::Reading> &readings);

private:
    void refresh();
    void showTimer();

    Settings &m_settings;
    std::optional<Measurement> m_reference;
    Clock m_clock;
    QTimer *m_timer = nullptr;
    std::optional<qint64> m_startedAt;
    int m_announced = 0; ///< how many of the two readings were announced
    QList<ReadingEntryRow> m_rows;
    QPushButton *m_start = nullptr;
    QLabel *m_timerLabel = nullptr;
    QComboBox *m_arm = nullptr;
    QLabel *m_alert = nullptr;
    QCheckBox *m_faint = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_skip = nullptr;
    QList<SafetyAlert> m_alerts;
    std::set<SafetyFlag> m_spoken;
};

} // namespace viparita::app

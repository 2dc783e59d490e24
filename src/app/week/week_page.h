#pragma once

#include <viparita/core/home_week.h>
#include <viparita/storage/journal.h>

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace viparita::app {

class DateField;
class JournalWatch;
class Settings;

/// The home-monitoring week of the protocol, guided: the person begins a week (before a
/// doctor's visit, after a change of medication), sees its fourteen slots fill (two readings
/// each morning and evening for seven days), measures from here, and at its end reads the
/// average of days 2 to 7 with its home category by the chosen guideline, or what is missing.
/// The weeks begun are kept in a table, to compare. From the keyboard: the week table takes
/// the focus; Enter on a week shows it; the buttons have their mnemonics.
class WeekPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WeekPage)

public:
    /// The journal (`journal.journal()`) may be null: the page then shows nothing to do.
    WeekPage(Settings &settings, JournalWatch &journal, QWidget *parent = nullptr);

    /// Reads the journal again (done by itself after every change while the page is shown).
    void reload();
    /// Begins the week of `firstDay` with `reason`; false, with the message shown, when it
    /// cannot be saved.
    bool startWeek(const QDate &firstDay, const QString &reason);
    /// Shows the week that begins on `firstDay` (one of weeks()).
    void showWeek(const QDate &firstDay);
    /// The weeks begun, oldest first.
    [[nodiscard]] const QList<HomeWeekRecord> &weeks() const { return m_weeks; }
    /// Where the week shown stands; none when no week is shown.
    [[nodiscard]] const std::optional<HomeWeekProgress> &shown() const { return m_shown; }
    [[nodiscard]] QString progressText() const;
    [[nodiscard]] QString resultText() const;
    [[nodiscard]] QTableWidget *slotTable() const { return m_slots; }
    [[nodiscard]] QTableWidget *weekTable() const { return m_weekTable; }
    /// The moment the page takes as now (the tests set one); the clock's when unset.
    void setNow(const QDateTime &now);

Q_SIGNALS:
    /// "Measure now": the guided measurement.
    void measureRequested();
    /// "Week report": the one-page PDF of the week that begins on `firstDay`.
    void reportRequested(const QDate &firstDay);

private:
    [[nodiscard]] QDateTime now() const;
    void showProgress();
    void fillWeekTable();
    void deleteShown();

    Settings &m_settings;
    Journal *m_journal;
    QList<HomeWeekRecord> m_weeks;
    std::optional<HomeWeekProgress> m_shown;
    std::optional<HomeWeekRecord> m_shownRecord;
    QDateTime m_now;
    DateField *m_firstDay = nullptr;
    QComboBox *m_reason = nullptr;
    QPushButton *m_start = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_progress = nullptr;
    QTableWidget *m_slots = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_measure = nullptr;
    QPushButton *m_report = nullptr;
    QPushButton *m_delete = nullptr;
    QTableWidget *m_weekTable = nullptr;
};

} // namespace viparita::app

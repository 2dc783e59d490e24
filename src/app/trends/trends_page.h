#pragma once

#include <viparita/core/medication.h>
#include <viparita/core/statistics.h>

#include <QDate>
#include <QWidget>

class QButtonGroup;
class QDateEdit;
class QLabel;

namespace viparita {
class Journal;
}

namespace viparita::app {

class JournalWatch;
class ReportBackend;
class Settings;

/// Is the practice working for me? The before and after numbers over time
/// with the guideline's bands, the change per session, the pulse, and the
/// statistics in plain words, each saying on how many values it rests.
class TrendsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrendsPage)

public:
    enum class Range { Week, Month, Quarter, Year, All, Custom };

    /// The journal (`journal.journal()`) may be null: the page then shows no data.
    TrendsPage(Settings &settings, JournalWatch &journal, QWidget *parent = nullptr);

    void setRange(Range range);
    void setCustomRange(const QDate &from, const QDate &to);
    /// Reads the journal again and redraws (done by itself after every change to the
    /// journal while the page is shown).
    void reload();

    [[nodiscard]] const StatisticsReport &report() const { return m_report; }
    /// The four charts' views (QChartView); none when the report plugin cannot be loaded.
    [[nodiscard]] QList<QWidget *> chartViews() const { return m_views; }
    /// The summary cards' sentences, one per line.
    [[nodiscard]] QString summaryText() const;

protected:
    /// A theme switched (View > Night theme): the charts take its colours at once.
    void changeEvent(QEvent *event) override;

private:
    void showCharts(const QList<Measurement> &measurements);
    /// The data of the chart `view`, named `name`, as a table in a window of its own.
    void showChartTable(QWidget *view, const QString &name);
    void showSummary();

    Settings &m_settings;
    Journal *m_journal;
    Range m_range = Range::Quarter;
    QDate m_customFrom;
    QDate m_customTo;
    QButtonGroup *m_rangeButtons = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    ReportBackend *m_charts = nullptr; ///< null when the report plugin cannot be loaded
    QList<QWidget *> m_views;
    QList<QLabel *> m_cards;
    StatisticsReport m_report;
    QList<Medication> m_medications; ///< their changes are marked on the pressures' charts
};

} // namespace viparita::app

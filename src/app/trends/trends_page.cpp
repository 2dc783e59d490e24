#include "trends/trends_page.h"

#include "plugins/report_backend.h"
#include "settings/settings.h"
#include "shell/journal_watch.h"
#include "widgets/date_fields.h"

#include <viparita/core/display_format.h>
#include <viparita/core/home_average.h>
#include <viparita/core/measurement.h>
#include <viparita/storage/journal.h>

#include <QAbstractScrollArea>
#include <QButtonGroup>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

namespace {

QString number(double value)
{
    return DisplayFormat().number(value);
}

QString pressure(const std::optional<double> &systolic, const std::optional<double> &diastolic)
{
    if (!systolic || !diastolic)
        return TrendsPage::tr("not yet known");
    return TrendsPage::tr("%1 mmHg").arg(DisplayFormat().pressure(*systolic, *diastolic));
}

/// "Over 3 sessions your systolic fell by 10 mmHg on average (95% CI 8 to 12).": the change of
/// the systolic (or diastolic) pressure over the sessions, a whole sentence in each language
/// (the count's plural form and the pressure's name belong to its grammar); nothing without
/// a mean.
QString changeSentence(const Estimate &estimate, int sessions, bool systolic)
{
    if (!estimate.mean)
        return {};
    const double mean = *estimate.mean;
    const QString by = number(std::abs(mean));
    QString sentence;
    if (mean < 0)
        sentence = systolic ? TrendsPage::tr("Over %n session(s) your systolic fell by %1 mmHg on "
                                             "average",
                                             nullptr, sessions)
                                  .arg(by)
                            : TrendsPage::tr("Over %n session(s) your diastolic fell by %1 mmHg on "
                                             "average",
                                             nullptr, sessions)
                                  .arg(by);
    else if (mean > 0)
        sentence = systolic ? TrendsPage::tr("Over %n session(s) your systolic rose by %1 mmHg on "
                                             "average",
                                             nullptr, sessions)
                                  .arg(by)
                            : TrendsPage::tr("Over %n session(s) your diastolic rose by %1 mmHg on "
                                             "average",
                                             nullptr, sessions)
                                  .arg(by);
    else
        sentence = systolic ? TrendsPage::tr("Over %n session(s) your systolic did not change on "
                                             "average",
                                             nullptr, sessions)
                            : TrendsPage::tr("Over %n session(s) your diastolic did not change on "
                                             "average",
                                             nullptr, sessions);
    if (estimate.ci95) {
        // Said as a size of fall (or rise), the interval is turned the same way.
        const auto [low, high] = *estimate.ci95;
        sentence += mean <= 0
                        ? TrendsPage::tr(" (95% CI %1 to %2)").arg(number(-high), number(-low))
                        : TrendsPage::tr(" (95% CI %1 to %2)").arg(number(low), number(high));
    }
    return sentence + u'.';
}

} // namespace

TrendsPage::TrendsPage(Settings &settings, JournalWatch &journal, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_journal(journal.journal())
{
    setObjectName(u"trendsPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);

    auto *bar = new QHBoxLayout;
    m_rangeButtons = new QButtonGroup(this);
    const QList<std::pair<Range, QString>> ranges{
        {Range::Week, tr("7 days")}, {Range::Month, tr("30 days")}, {Range::Quarter, tr("90 days")},
        {Range::Year, tr("1 year")}, {Range::All, tr("All")},       {Range::Custom, tr("From…")}};
    for (const auto &[range, label] : ranges) {
        auto *button = new QPushButton(label, this);
        button->setCheckable(true);
        button->setObjectName(u"range%1"_s.arg(static_cast<int>(range)));
        m_rangeButtons->addButton(button, static_cast<int>(range));
        bar->addWidget(button);
    }
    m_rangeButtons->button(static_cast<int>(m_range))->setChecked(true);
    m_from = new DateField(QDate::currentDate().addDays(-30), this);
    m_to = new DateField(QDate::currentDate(), this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        edit->setEnabled(false);
    }
    m_from->setAccessibleName(tr("First day shown"));
    m_to->setAccessibleName(tr("Last day shown"));
    bar->addStretch(1);
    layout->addLayout(bar);
    // The days of "From…" on a row of their own, so that the bar fits a small screen in a
    // longer language.
    auto *days = new QHBoxLayout;
    days->addWidget(m_from);
    auto *toLabel = new QLabel(tr("to"), this);
    toLabel->setBuddy(m_to);
    days->addWidget(toLabel);
    days->addWidget(m_to);
    days->addStretch(1);
    layout->addLayout(days);

    // Cards and charts scroll together, so each chart keeps a readable size.
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    auto *cards = new QHBoxLayout;
    for (int i = 0; i < 4; ++i) {
        auto *card = new QLabel(content);
        card->setObjectName(u"summaryCard%1"_s.arg(i));
        card->setWordWrap(true);
        card->setFrameShape(QFrame::StyledPanel);
        card->setMargin(10);
        card->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        card->setTextInteractionFlags(Qt::TextSelectableByMouse);
        cards->addWidget(card, 1);
        m_cards.append(card);
    }
    contentLayout->addLayout(cards);

    auto *grid = new QGridLayout;
    // The charts come from the report plugin, loaded now, the first time the page is shown.
    QString whyNot;
    m_charts = ReportBackend::instance(&whyNot);
    if (m_charts) {
        // Named for a screen reader, which reads the chart's data in words (its description).
        const QStringList names{tr("Chart: systolic before and after each session"),
                                tr("Chart: diastolic before and after each session"),
                                tr("Chart: the change in each session"), tr("Chart: pulse")};
        for (int i = 0; i < 4; ++i) {
            QWidget *view = m_charts->createChartView(content);
            view->setObjectName(u"chart%1"_s.arg(i));
            view->setAccessibleName(names.at(i));
            if (auto *area = qobject_cast<QAbstractScrollArea *>(view))
                area->viewport()->setAccessibleName(names.at(i));
            view->setMinimumSize(340, 280);
            grid->addWidget(view, (i / 2) * 2, i % 2);
            m_views.append(view);
            // The same data as a table, for a person who cannot see the chart.
            auto *asTable = new QPushButton(tr("Show the data as a table"), content);
            asTable->setObjectName(u"chartTable%1"_s.arg(i));
            asTable->setAccessibleName(tr("Show the data as a table: %1").arg(names.at(i)));
            grid->addWidget(asTable, (i / 2) * 2 + 1, i % 2, Qt::AlignLeft);
            connect(asTable, &QPushButton::clicked, this,
                    [this, view, name = names.at(i)] { showChartTable(view, name); });
        }
    } else {
        spdlog::error("Trends: no charts: {}", whyNot.toStdString());
        auto *missing = new QLabel(tr("The charts cannot be shown: %1.").arg(whyNot), content);
        missing->setObjectName(u"chartsMissing"_s);
        missing->setWordWrap(true);
        grid->addWidget(missing, 0, 0);
    }
    contentLayout->addLayout(grid, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Summary and charts"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 1);

    connect(m_rangeButtons, &QButtonGroup::idClicked, this,
            [this](int id) { setRange(static_cast<Range>(id)); });
    auto custom = [this] {
        if (m_range == Range::Custom)
            setCustomRange(m_from->date(), m_to->date());
    };
    connect(m_from, &QDateEdit::dateChanged, this, custom);
    connect(m_to, &QDateEdit::dateChanged, this, custom);
    new JournalFollower(this, journal, [this] { reload(); });
}

void TrendsPage::setRange(Range range)
{
    m_range = range;
    if (QAbstractButton *button = m_rangeButtons->button(static_cast<int>(range)))
        button->setChecked(true);
    m_from->setEnabled(range == Range::Custom);
    m_to->setEnabled(range == Range::Custom);
    if (range == Range::Custom) {
        m_customFrom = m_from->date();
        m_customTo = m_to->date();
    }
    reload();
}

void TrendsPage::setCustomRange(const QDate &from, const QDate &to)
{
    m_range = Range::Custom;
    m_customFrom = from;
    m_customTo = to;
    m_from->setEnabled(true);
    m_to->setEnabled(true);
    if (QAbstractButton *button = m_rangeButtons->button(static_cast<int>(Range::Custom)))
        button->setChecked(true);
    reload();
}

void TrendsPage::reload()
{
    DateRange range;
    const QDate today = QDate::currentDate();
    switch (m_range) {
    case Range::Week:
        range.from = today.addDays(-6);
        break;
    case Range::Month:
        range.from = today.addDays(-29);
        break;
    case Range::Quarter:
        range.from = today.addDays(-89);
        break;
    case Range::Year:
        range.from = today.addDays(-364);
        break;
    case Range::All:
        break;
    case Range::Custom:
        range.from = m_customFrom;
        range.to = m_customTo;
        break;
    }
    QElapsedTimer timer;
    timer.start();
    QList<Reading> readings;
    if (m_journal) {
        // The statistics and charts use no arm, position or note.
        auto loaded = m_journal->readings(range, Journal::ReadingDetail::Measures);
        if (loaded.ok())
            readings = std::move(loaded).value();
        else
            spdlog::error("The trends could not be read: {}", loaded.error().message.toStdString());
    }
    m_medications.clear();
    if (m_journal) {
        if (auto medications = m_journal->medications(); medications.ok())
            m_medications = std::move(medications).value();
    }
    const qint64 read = timer.restart();
    if (m_range != Range::Custom) {
        // The fields show the days the range covers (for All, from the first reading), so
        // that From… starts from them.
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(
            range.from.value_or(readings.isEmpty() ? today : readings.first().takenAt.date()));
        m_to->setDate(today);
    }
    m_report = Statistics::compute(readings, m_settings.guideline());
    const qint64 computed = timer.restart();
    showCharts(m_report.measurementList);
    showSummary();
    spdlog::debug("Trends: {} readings read in {} ms, statistics in {} ms, charts in {} ms",
                  readings.size(), read, computed, timer.elapsed());
}

void TrendsPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_charts)
        showCharts(m_report.measurementList);
}

void TrendsPage::showCharts(const QList<Measurement> &measurements)
{
    if (m_charts)
        m_charts->showTrends(m_views, m_report.sessions, measurements, m_medications,
                             m_settings.guideline(),
                             palette().color(QPalette::Window).lightness() < 128);
}

void TrendsPage::showSummary()
{
    const StatisticsReport &report = m_report;
    QString change =
        report.systolicChange.mean || report.diastolicChange.mean
            ? QStringList{changeSentence(report.systolicChange, report.pairedSessions, true),
                          changeSentence(report.diastolicChange, report.pairedSessions, false)}
                  .join(u' ')
                  .trimmed()
            : tr("No session has readings both before and after yet, so there is no change to "
                 "show.");
    if (report.shareSystolicFell)
        change += report.pairedSessions == 1
                      ? (report.systolicFell == 1 ? tr(" Systolic fell in that session.")
                                                  : tr(" Systolic did not fall in that session."))
                      : tr(" Systolic fell in %1 of the %2 sessions.")
                            .arg(report.systolicFell)
                            .arg(report.pairedSessions);
    if (!report.reliable)
        change += tr(" Not yet reliable: fewer than %1 sessions with readings before and after.")
                      .arg(Statistics::reliableSessions);
    m_cards[0]->setText(change + u"\n\n"_s + Statistics::caveatsText());

    const QString homeText =
        tr("Home average: %1")
            .arg(HomeAverage::describe(report.home, m_settings.guideline(), DisplayFormat()));
    m_cards[1]->setText(homeText);

    const auto measurements = [](int n) {
        return n == 1 ? tr("1 measurement") : tr("%1 measurements").arg(n);
    };
    m_cards[2]->setText(tr("Mornings: %1 (%2).\nEvenings: %3 (%4).")
                            .arg(pressure(report.morning.systolic, report.morning.diastolic),
                                 measurements(report.morning.n),
                                 pressure(report.evening.systolic, report.evening.diastolic),
                                 measurements(report.evening.n)));

    QString trend;
    if (report.systolicTrend.perThirtyDays) {
        trend = tr("Before your sessions, systolic has moved %1 mmHg per 30 days")
                    .arg(DisplayFormat().change(*report.systolicTrend.perThirtyDays));
        if (report.systolicTrend.ci95)
            trend += tr(" (95% CI %1 to %2)")
                         .arg(number(report.systolicTrend.ci95->first),
                              number(report.systolicTrend.ci95->second));
        trend += report.systolicTrend.n == 1
                     ? tr(", from 1 measurement.")
                     : tr(", from %1 measurements.").arg(report.systolicTrend.n);
    } else {
        trend = tr("The trend before your sessions needs measurements on different days.");
    }
    m_cards[3]->setText(trend);
}

QString TrendsPage::summaryText() const
{
    QStringList lines;
    for (const QLabel *card : m_cards)
        lines.append(card->text());
    return lines.join(u'\n');
}

void TrendsPage::showChartTable(QWidget *view, const QString &name)
{
    const QVariantList rows = view->property(chartTableProperty).toList();
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"chartTableDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(name);
    auto *layout = new QVBoxLayout(dialog);
    auto *table = new QTableWidget(dialog);
    table->setObjectName(u"chartTable"_s);
    table->setAccessibleName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    const QStringList titles = rows.value(0).toStringList();
    table->setColumnCount(int(titles.size()));
    table->setHorizontalHeaderLabels(titles);
    table->setRowCount(int(std::max<qsizetype>(0, rows.size() - 1)));
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QStringList cells = rows.at(r).toStringList();
        for (qsizetype c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(int(r - 1), int(c), item);
        }
    }
    // Each column as wide as its words, the numbers beside their day rather than far across.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(table, 1);
    if (rows.size() <= 1) {
        auto *empty = new QLabel(tr("No data in this period."), dialog);
        empty->setObjectName(u"chartTableEmpty"_s);
        layout->addWidget(empty);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(560, 420);
    table->setFocus();
    if (table->rowCount() > 0)
        table->setCurrentCell(0, 0);
    dialog->open();
}

} // namespace viparita::app

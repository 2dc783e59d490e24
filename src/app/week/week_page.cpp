#include "week/week_page.h"

#include "settings/settings.h"
#include "shell/journal_watch.h"
#include "widgets/date_fields.h"
#include "widgets/page_heading.h"
#include "widgets/wrapped_label.h"

#include <viparita/core/display_format.h>
#include <viparita/core/home_average.h>

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

namespace {

constexpr int firstDayRole = Qt::UserRole + 1;

bool inMorning(const QTime &time)
{
    return time.hour() >= 4 && time.hour() < 12;
}

bool inEvening(const QTime &time)
{
    return time.hour() >= 18;
}

/// What a slot's cell says, at `now`.
QString slotText(const HomeWeekSlot &slot, const QDateTime &now)
{
    const QDate today = now.date();
    const bool current =
        slot.day == today && (slot.evening ? inEvening(now.time()) : inMorning(now.time()));
    const bool over =
        slot.day < today || (slot.day == today && !slot.evening && now.time().hour() >= 12);
    const int wanted = HomeWeek::readingsPerSlot;
    if (slot.readings == wanted)
        return WeekPage::tr("Done, %1 of %2").arg(slot.readings).arg(wanted);
    if (slot.readings > wanted)
        return WeekPage::tr("Done, %1 readings").arg(slot.readings);
    if (current)
        return slot.readings == 0 ? WeekPage::tr("Now")
                                  : WeekPage::tr("Now, %1 of %2").arg(slot.readings).arg(wanted);
    if (over)
        return slot.readings == 0 ? WeekPage::tr("Missed")
                                  : WeekPage::tr("Missed, %1 of %2").arg(slot.readings).arg(wanted);
    return WeekPage::tr("To come");
}

} // namespace

WeekPage::WeekPage(Settings &settings, JournalWatch &journal, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_journal(journal.journal())
{
    setObjectName(u"weekPage"_s);
    auto *layout = new QVBoxLayout(this);

    addPageHeading(layout, tr("Home-monitoring week"),
                   tr("For seven days, measure the way doctors ask: each morning (before any "
                      "medication) and each evening, sit for five minutes with your back "
                      "supported, then take two readings a minute apart. The first day is left "
                      "out; the average of the other six is what your doctor uses."),
                   this);

    // Beginning a week.
    auto *startRow = new QHBoxLayout;
    m_firstDay = new DateField(QDate::currentDate(), this);
    m_firstDay->setObjectName(u"weekFirstDay"_s);
    m_firstDay->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_firstDay->setCalendarPopup(true);
    auto *firstLabel = new QLabel(tr("&First day:"), this);
    firstLabel->setBuddy(m_firstDay);
    m_reason = new QComboBox(this);
    m_reason->setObjectName(u"weekReason"_s);
    m_reason->setEditable(true);
    m_reason->addItems({tr("Before a doctor's visit"), tr("After a change of medication"),
                        tr("To see where I stand")});
    m_reason->setMinimumContentsLength(16);
    m_reason->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *reasonLabel = new QLabel(tr("W&hy:"), this);
    reasonLabel->setBuddy(m_reason);
    m_reason->setAccessibleName(tr("Why"));
    m_reason->lineEdit()->setAccessibleName(tr("Why"));
    m_start = new QPushButton(tr("&Begin the week"), this);
    m_start->setObjectName(u"beginWeek"_s);
    startRow->addWidget(firstLabel);
    startRow->addWidget(m_firstDay);
    startRow->addWidget(reasonLabel);
    startRow->addWidget(m_reason, 1);
    startRow->addWidget(m_start);
    layout->addLayout(startRow);
    connect(m_start, &QPushButton::clicked, this,
            [this] { startWeek(m_firstDay->date(), m_reason->currentText()); });

    // The week shown: where it stands, its slots, its result.
    m_heading = new QLabel(this);
    m_heading->setObjectName(u"weekHeading"_s);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);
    m_progress = new WrappedLabel(this);
    m_progress->setObjectName(u"weekProgress"_s);
    layout->addWidget(m_progress);
    m_slots = new QTableWidget(HomeWeek::days, 2, this);
    m_slots->setObjectName(u"weekSlots"_s);
    m_slots->setAccessibleName(tr("The week's measurement slots"));
    m_slots->setHorizontalHeaderLabels({tr("Morning"), tr("Evening")});
    m_slots->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_slots->setSelectionMode(QAbstractItemView::SingleSelection);
    m_slots->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // Rows of one line: the seven days and the table of weeks fit an 800 by 600 window.
    m_slots->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_slots->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_slots->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_slots->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_slots->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_slots);
    m_result = new WrappedLabel(this);
    m_result->setObjectName(u"weekResult"_s);
    layout->addWidget(m_result);
    m_message = new WrappedLabel(this);
    m_message->setObjectName(u"weekMessage"_s);
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QHBoxLayout;
    m_measure = new QPushButton(tr("&Measure now"), this);
    m_measure->setObjectName(u"measureNow"_s);
    m_report = new QPushButton(tr("Week &report for the doctor…"), this);
    m_report->setObjectName(u"weekReport"_s);
    m_delete = new QPushButton(tr("&Forget this week…"), this);
    m_delete->setObjectName(u"forgetWeek"_s);
    buttons->addWidget(m_measure);
    buttons->addWidget(m_report);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_measure, &QPushButton::clicked, this, &WeekPage::measureRequested);
    connect(m_report, &QPushButton::clicked, this, [this] {
        if (m_shown)
            Q_EMIT reportRequested(m_shown->firstDay);
    });
    connect(m_delete, &QPushButton::clicked, this, &WeekPage::deleteShown);

    // Every week begun, to compare.
    auto *weeksLabel = new QLabel(tr("&Your weeks:"), this);
    layout->addWidget(weeksLabel);
    m_weekTable = new QTableWidget(0, 5, this);
    m_weekTable->setObjectName(u"weekTable"_s);
    m_weekTable->setAccessibleName(tr("Your weeks"));
    weeksLabel->setBuddy(m_weekTable);
    m_weekTable->setHorizontalHeaderLabels(
        {tr("First day"), tr("Why"), tr("Readings"), tr("Average, days 2 to 7"), tr("Category")});
    m_weekTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_weekTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_weekTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_weekTable->verticalHeader()->hide();
    m_weekTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_weekTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_weekTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_weekTable, 1);
    connect(m_weekTable, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row < 0)
            return;
        const QDate first = m_weekTable->item(row, 0)->data(firstDayRole).toDate();
        if (!m_shown || m_shown->firstDay != first)
            showWeek(first);
    });

    new JournalFollower(this, journal, [this] { reload(); });
    reload();
}

void WeekPage::setNow(const QDateTime &now)
{
    m_now = now;
    reload();
}

QDateTime WeekPage::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTime();
}

void WeekPage::reload()
{
    m_weeks.clear();
    if (m_journal) {
        const auto weeks = m_journal->homeWeeks();
        if (weeks.ok())
            m_weeks = *weeks;
    }
    const bool writable = m_journal && !m_journal->isReadOnly();
    m_start->setEnabled(writable);
    // The week shown stays; otherwise the latest.
    QDate first;
    if (m_shownRecord) {
        for (const HomeWeekRecord &week : std::as_const(m_weeks)) {
            if (week.firstDay == m_shownRecord->firstDay)
                first = week.firstDay;
        }
    }
    if (!first.isValid() && !m_weeks.isEmpty())
        first = m_weeks.constLast().firstDay;
    fillWeekTable();
    if (first.isValid()) {
        showWeek(first);
    } else {
        m_shown.reset();
        m_shownRecord.reset();
        showProgress();
    }
}

void WeekPage::showWeek(const QDate &firstDay)
{
    m_shownRecord.reset();
    for (const HomeWeekRecord &week : std::as_const(m_weeks)) {
        if (week.firstDay == firstDay)
            m_shownRecord = week;
    }
    if (!m_shownRecord || !m_journal) {
        m_shown.reset();
        showProgress();
        return;
    }
    const auto readings = m_journal->readings(
        DateRange{firstDay, firstDay.addDays(HomeWeek::days - 1)}, Journal::ReadingDetail::Full);
    m_shown = HomeWeek::progress(firstDay, readings.ok() ? *readings : QList<Reading>{}, now(),
                                 m_settings.guideline());
    for (int row = 0; row < m_weekTable->rowCount(); ++row) {
        if (m_weekTable->item(row, 0)->data(firstDayRole).toDate() == firstDay &&
            m_weekTable->currentRow() != row) {
            const QSignalBlocker quiet(m_weekTable);
            m_weekTable->setCurrentCell(row, 0);
        }
    }
    showProgress();
}

QString WeekPage::progressText() const
{
    return m_progress->text();
}

QString WeekPage::resultText() const
{
    return m_result->text();
}

void WeekPage::showProgress()
{
    const bool hasWeek = m_shown.has_value();
    m_heading->setVisible(hasWeek);
    m_slots->setVisible(hasWeek);
    m_result->setVisible(hasWeek);
    m_report->setEnabled(hasWeek);
    m_delete->setEnabled(hasWeek && m_journal && !m_journal->isReadOnly());
    if (!hasWeek) {
        m_progress->setText(tr("No week begun yet. Choose its first day and begin: the page then "
                               "follows each morning and evening for seven days."));
        return;
    }
    const HomeWeekProgress &week = *m_shown;
    const DisplayFormat format;
    m_heading->setText(
        tr("The week from %1 to %2").arg(format.date(week.firstDay), format.date(week.lastDay)));
    m_heading->setAccessibleName(m_heading->text());
    QString progress = HomeWeek::describeProgress(week, format);
    if (!week.finished && !week.missed.isEmpty())
        progress += u' ' + tr("%n slot(s) missed so far.", nullptr, int(week.missed.size()));
    if (m_shownRecord && !m_shownRecord->reason.isEmpty())
        progress += u' ' + tr("(%1)").arg(m_shownRecord->reason);
    m_progress->setText(progress);

    const QDateTime at = now();
    QStringList days;
    for (int day = 0; day < HomeWeek::days; ++day) {
        const QDate date = week.firstDay.addDays(day);
        days.append(tr("Day %1, %2").arg(day + 1).arg(format.date(date)));
        for (int evening = 0; evening < 2; ++evening) {
            const HomeWeekSlot &slot = week.slots.at(day * 2 + evening);
            auto *item = new QTableWidgetItem(slotText(slot, at));
            item->setData(
                Qt::AccessibleTextRole,
                tr("%1, %2: %3")
                    .arg(days.constLast(), evening ? tr("evening") : tr("morning"), item->text()));
            if (day == 0)
                item->setToolTip(tr("The first day is left out of the average."));
            m_slots->setItem(day, evening, item);
        }
    }
    m_slots->setVerticalHeaderLabels(days);

    QString result = HomeAverage::describe(week.result, m_settings.guideline(), format, false);
    if (week.dayNumber == 0)
        result = tr("The week has not begun yet.");
    else if (!week.finished && week.result.status == HomeSummary::Status::Enough)
        result = tr("So far: %1").arg(result);
    m_result->setText(result);
}

void WeekPage::fillWeekTable()
{
    const QSignalBlocker quiet(m_weekTable);
    m_weekTable->setRowCount(0);
    const DisplayFormat format;
    // Newest first: the week a person is in is at the top.
    for (qsizetype i = m_weeks.size() - 1; i >= 0; --i) {
        const HomeWeekRecord &record = m_weeks.at(i);
        QList<Reading> readings;
        if (m_journal) {
            const auto read = m_journal->readings(
                DateRange{record.firstDay, record.firstDay.addDays(HomeWeek::days - 1)},
                Journal::ReadingDetail::Full);
            if (read.ok())
                readings = *read;
        }
        const HomeWeekProgress week =
            HomeWeek::progress(record.firstDay, readings, now(), m_settings.guideline());
        const int row = m_weekTable->rowCount();
        m_weekTable->insertRow(row);
        const HomeSummary &result = week.result;
        const QString average =
            result.systolic && result.diastolic
                ? tr("%1 mmHg").arg(format.pressure(*result.systolic, *result.diastolic))
                : tr("none yet");
        const QString category = result.status == HomeSummary::Status::Enough && result.category
                                     ? BpClassifier::name(*result.category)
                                     : tr("not enough yet");
        const QStringList cells{
            format.date(record.firstDay), record.reason,
            tr("%1 of %2").arg(week.readingsTaken).arg(HomeWeek::readingsPlanned), average,
            category};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(firstDayRole, record.firstDay);
            m_weekTable->setItem(row, column, item);
        }
    }
}

bool WeekPage::startWeek(const QDate &firstDay, const QString &reason)
{
    if (!m_journal)
        return false;
    const auto id = m_journal->startHomeWeek(firstDay, reason.trimmed());
    if (!id.ok()) {
        m_message->setText(id.error().message);
        m_message->show();
        return false;
    }
    m_message->hide();
    m_shownRecord = HomeWeekRecord{*id, firstDay, reason.trimmed()};
    reload();
    showWeek(firstDay);
    m_slots->setFocus();
    return true;
}

void WeekPage::deleteShown()
{
    if (!m_shownRecord || !m_journal)
        return;
    const auto answer =
        QMessageBox::question(this, tr("Forget this week?"),
                              tr("Forget the week from %1? Its readings stay in your journal.")
                                  .arg(DisplayFormat().date(m_shownRecord->firstDay)),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const auto deleted = m_journal->deleteHomeWeek(m_shownRecord->id);
    if (!deleted.ok()) {
        m_message->setText(deleted.error().message);
        m_message->show();
        return;
    }
    m_shownRecord.reset();
    reload();
}

} // namespace viparita::app

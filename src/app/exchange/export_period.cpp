#include "exchange/export_period.h"

#include "widgets/date_fields.h"

#include <viparita/storage/journal.h>

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

ExportPeriod::ExportPeriod(const Journal &journal, QWidget *dialog)
    : QObject(dialog)
    , m_journal(journal)
{
    m_period = new QComboBox(dialog);
    m_period->setObjectName(u"periodCombo"_s);
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("The last 30 days"), int(Period::Last30Days));
    m_period->addItem(tr("The last 90 days"), int(Period::Last90Days));
    m_period->addItem(tr("The last 12 months"), int(Period::LastYear));
    m_period->addItem(tr("Everything"), int(Period::Everything));
    m_period->addItem(tr("Chosen dates"), int(Period::Chosen));

    m_dates = new QWidget(dialog);
    const QDate today = QDate::currentDate();
    const auto dateEdit = [this, today](const QString &name) {
        auto *edit = new DateField(today, m_dates);
        edit->setObjectName(name);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        edit->setMaximumDate(today.addYears(1));
        edit->setMinimumDate(QDate(1900, 1, 1));
        return edit;
    };
    m_from = dateEdit(u"fromDate"_s);
    m_to = dateEdit(u"toDate"_s);
    auto *row = new QHBoxLayout(m_dates);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_from);
    row->addWidget(new QLabel(tr("to"), m_dates));
    row->addWidget(m_to);
    row->addStretch();

    connect(m_period, &QComboBox::currentIndexChanged, this, &ExportPeriod::periodChosen);
    connect(m_from, &QDateEdit::userDateChanged, this, &ExportPeriod::datesEdited);
    connect(m_to, &QDateEdit::userDateChanged, this, &ExportPeriod::datesEdited);
}

void ExportPeriod::setPeriod(Period period)
{
    m_period->setCurrentIndex(m_period->findData(int(period)));
}

void ExportPeriod::setDates(const QDate &from, const QDate &to)
{
    {
        const QSignalBlocker blockPeriod(m_period);
        m_period->setCurrentIndex(m_period->findData(int(Period::Chosen)));
    }
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    Q_EMIT changed();
}

DateRange ExportPeriod::range() const
{
    if (Period(m_period->currentData().toInt()) == Period::Everything)
        return {};
    return {m_from->date(), m_to->date()};
}

QDate ExportPeriod::from() const
{
    return m_from->date();
}

QDate ExportPeriod::to() const
{
    return m_to->date();
}

void ExportPeriod::periodChosen()
{
    const QDate today = QDate::currentDate();
    QDate from;
    switch (Period(m_period->currentData().toInt())) {
    case Period::Last30Days:
        from = today.addDays(-29);
        break;
    case Period::Last90Days:
        from = today.addDays(-89);
        break;
    case Period::LastYear:
        from = today.addYears(-1).addDays(1);
        break;
    case Period::Everything: {
        const auto first = m_journal.firstDay();
        from = first.ok() && first->has_value() ? **first : today;
        break;
    }
    case Period::Chosen:
        Q_EMIT changed();
        return;
    }
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(from);
        m_to->setDate(std::max(today, from));
    }
    Q_EMIT changed();
}

void ExportPeriod::datesEdited()
{
    {
        const QSignalBlocker block(m_period);
        m_period->setCurrentIndex(m_period->findData(int(Period::Chosen)));
    }
    Q_EMIT changed();
}

} // namespace viparita::app

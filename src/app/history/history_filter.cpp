#include "history/history_filter.h"

#include "history/history_model.h"

namespace viparita::app {

HistoryFilter::HistoryFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(HistoryModel::SortRole);
    // The model gives its rows newest first; a column is sorted again only
    // when the person asks (a hundred thousand rows take a moment).
    setDynamicSortFilter(false);
}

void HistoryFilter::setShow(Show show)
{
    m_show = show;
    invalidateFilter();
}

void HistoryFilter::setRange(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
    invalidateFilter();
}

bool HistoryFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const HistoryModel *>(sourceModel());
    if (!model || sourceParent.isValid())
        return true;
    const qint64 day = model->dayAt(sourceRow);
    if ((m_from.isValid() && day < m_from.toJulianDay()) ||
        (m_to.isValid() && day > m_to.toJulianDay()))
        return false;
    const bool session = model->kindAt(sourceRow) == HistoryModel::Kind::Session;
    const ReadingContext context = model->contextAt(sourceRow);
    switch (m_show) {
    case Show::SessionsAndStandalone:
        return session || context == ReadingContext::Standalone;
    case Show::Sessions:
        return session;
    case Show::Standalone:
        return !session && context == ReadingContext::Standalone;
    case Show::AllReadings:
        return !session;
    case Show::Before:
        return !session && context == ReadingContext::Before;
    case Show::During:
        return !session && context == ReadingContext::During;
    case Show::After:
        return !session && context == ReadingContext::After;
    case Show::Standing:
        return !session && context == ReadingContext::Standing;
    }
    return true;
}

} // namespace viparita::app

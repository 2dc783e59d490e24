#include "history_filter.h"

#include "history_model.h"

namespace viparita::app {

HistoryFilter::HistoryFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(HistoryModel::SortRole);
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
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QDate day = index.data(HistoryModel::TimeRole).toDateTime().date();
    if ((m_from.isValid() && day < m_from) || (m_to.isValid() && day > m_to))
        return false;
    const auto kind = static_cast<HistoryModel::Kind>(index.data(HistoryModel::KindRole).toInt());
    const auto context = static_cast<ReadingContext>(index.data(HistoryModel::ContextRole).toInt());
    const bool session = kind == HistoryModel::Kind::Session;
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
    }
    return true;
}

} // namespace viparita::app

#pragma once

#include <QDate>
#include <QSortFilterProxyModel>

namespace viparita::app {

/// Sorts the history and keeps the rows of a date range and of the kinds chosen.
class HistoryFilter final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryFilter)

public:
    enum class Show {
        SessionsAndStandalone, ///< sessions, and readings taken on their own
        Sessions,
        Standalone,
        AllReadings,
        Before,
        During,
        After,
        Standing,
    };

    explicit HistoryFilter(QObject *parent = nullptr);

    void setShow(Show show);
    /// Local days, both ends included; an invalid date leaves that end open.
    void setRange(const QDate &from, const QDate &to);

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow,
                                        const QModelIndex &sourceParent) const override;

private:
    Show m_show = Show::SessionsAndStandalone;
    QDate m_from;
    QDate m_to;
};

} // namespace viparita::app

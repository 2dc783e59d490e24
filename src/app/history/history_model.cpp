#include "history/history_model.h"

#include <viparita/core/measurement.h>
#include <viparita/report/category_colours.h>

#include <QHash>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

namespace {

QString contextName(ReadingContext context)
{
    switch (context) {
    case ReadingContext::Before:
        return HistoryModel::tr("Reading before a session");
    case ReadingContext::During:
        return HistoryModel::tr("Reading during a session");
    case ReadingContext::After:
        return HistoryModel::tr("Reading after a session");
    case ReadingContext::Standing:
        return HistoryModel::tr("Reading on standing up after a session");
    case ReadingContext::Standalone:
        break;
    }
    return HistoryModel::tr("Reading");
}

} // namespace

HistoryModel::HistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

void HistoryModel::setContents(const QList<SessionRecord> &sessions, const QList<Reading> &readings,
                               Guideline guideline)
{
    beginResetModel();
    m_rows.clear();
    m_readings.clear();
    m_rows = buildRows(sessions, readings, {}, guideline);
    endResetModel();
}

void HistoryModel::appendContents(const QList<SessionRecord> &sessions,
                                  const QList<Reading> &readings,
                                  const QList<Reading> &sessionReadings, Guideline guideline)
{
    QList<Row> rows = buildRows(sessions, readings, sessionReadings, guideline);
    if (rows.isEmpty())
        return;
    const auto first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
    m_rows.append(std::move(rows));
    endInsertRows();
}

void HistoryModel::setMoreSource(std::function<void()> fetch, bool hasMore)
{
    m_fetch = std::move(fetch);
    m_hasMore = hasMore;
}

void HistoryModel::setHasMore(bool hasMore)
{
    m_hasMore = hasMore;
}

bool HistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && m_fetch;
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        m_fetch();
}

QList<HistoryModel::Row> HistoryModel::buildRows(const QList<SessionRecord> &sessions,
                                                 const QList<Reading> &readings,
                                                 const QList<Reading> &sessionReadings,
                                                 Guideline guideline)
{
    QList<Row> rows;
    rows.reserve(readings.size() + sessions.size());
    const qsizetype offset = m_readings.size();
    m_readings.append(readings);

    QHash<qint64, QList<Reading>> bySession;
    for (const Reading &reading : sessionReadings) {
        if (reading.sessionId)
            bySession[*reading.sessionId].append(reading);
    }
    for (qsizetype i = 0; i < readings.size(); ++i) {
        const Reading &reading = readings.at(i);
        if (reading.sessionId)
            bySession[*reading.sessionId].append(reading);
        Row row;
        row.kind = Kind::Reading;
        row.id = reading.id;
        row.at = reading.takenAt;
        row.entry = contextName(reading.context);
        row.systolic = reading.systolic;
        row.diastolic = reading.diastolic;
        if (reading.pulse)
            row.pulse = *reading.pulse;
        row.note = reading.note;
        row.context = reading.context;
        row.category = BpClassifier::classify(reading.systolic, reading.diastolic, guideline);
        row.reading = offset + i;
        rows.append(row);
    }
    for (const SessionRecord &session : sessions) {
        Row row;
        row.kind = Kind::Session;
        row.id = session.id;
        row.at = session.startedAt;
        row.entry = session.sequenceTitle;
        if (session.status == SessionStatus::Stopped)
            row.entry += tr(" (stopped)");
        else if (session.status == SessionStatus::InProgress)
            row.entry += tr(" (interrupted)");
        if (session.actualSeconds)
            row.minutes = (*session.actualSeconds + 30) / 60;
        row.feeling = session.feeling;
        row.note = session.note;
        const QList<Reading> own = bySession.value(session.id);
        const std::optional<Measurement> b =
            MeasurementGrouper::meanOf(own, ReadingContext::Before);
        const std::optional<Measurement> a = MeasurementGrouper::meanOf(own, ReadingContext::After);
        if (b) {
            row.beforeSystolic = b->systolic;
            row.beforeDiastolic = b->diastolic;
        }
        const std::optional<Measurement> &shown = a ? a : b;
        if (shown) {
            row.systolic = shown->systolic;
            row.diastolic = shown->diastolic;
            row.pulse = shown->pulse;
            row.category = BpClassifier::classify(shown->systolic, shown->diastolic, guideline);
        }
        // A pair measured in different positions is not compared (Statistics does the same).
        const bool sameWay = !a || !b || !a->position || !b->position || a->position == b->position;
        if (a && b && sameWay) {
            row.changeSystolic = a->systolic - b->systolic;
            row.changeDiastolic = a->diastolic - b->diastolic;
        }
        row.positionsDiffer = !sameWay;
        rows.append(row);
    }
    // Newest first: the journal gives readings and sessions each in time
    // order, so the two runs are reversed and merged instead of sorted.
    for (Row &row : rows)
        row.day = row.at.date().toJulianDay();
    const auto sessionsStart = rows.begin() + readings.size();
    std::reverse(rows.begin(), sessionsStart);
    std::reverse(sessionsStart, rows.end());
    std::inplace_merge(rows.begin(), sessionsStart, rows.end(),
                       [](const Row &x, const Row &y) { return x.at > y.at; });
    return rows;
}

const Reading *HistoryModel::readingAt(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).reading < 0)
        return nullptr;
    return &m_readings.at(m_rows.at(row).reading);
}

std::optional<qint64> HistoryModel::sessionAt(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).kind != Kind::Session)
        return std::nullopt;
    return m_rows.at(row).id;
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Entry:
        return tr("Entry");
    case Minutes:
        return tr("Minutes");
    case Pressure:
        return tr("Blood pressure");
    case Change:
        return tr("Change");
    case Category:
        return tr("Category");
    case Feeling:
        return tr("Feeling");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.parent().isValid())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case KindRole:
        return QVariant::fromValue(static_cast<int>(row.kind));
    case IdRole:
        return row.id;
    case ContextRole:
        return static_cast<int>(row.context);
    case TimeRole:
        return row.at;
    default:
        break;
    }
    const int column = index.column();
    if (role == SortRole) {
        switch (column) {
        case When:
            return row.at.toMSecsSinceEpoch();
        case Minutes:
            return row.minutes ? QVariant(*row.minutes) : QVariant(-1);
        case Pressure:
            return row.systolic.value_or(0.0);
        case Change:
            return row.changeSystolic.value_or(1e9);
        case Category:
            return row.category ? BpClassifier::severity(*row.category) : -1;
        case Feeling:
            return row.feeling.value_or(0);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::DecorationRole && column == Category && row.category)
        return CategoryColours::of(*row.category);
    if (role == Qt::TextAlignmentRole &&
        (column == Minutes || column == Change || column == Feeling))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == Note)
        return row.note;
    if (role == Qt::ToolTipRole && column == Entry)
        return row.entry;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case When:
        return m_format.date(row.at.date()) + u' ' + row.at.toString(u"HH:mm"_s);
    case Entry:
        return row.entry;
    case Minutes:
        return row.minutes ? m_format.count(*row.minutes) : QString();
    case Pressure: {
        if (!row.systolic)
            return QString();
        QString text = m_format.pressure(*row.systolic, row.diastolic.value_or(0.0));
        if (row.kind == Kind::Session && row.beforeSystolic && row.changeSystolic)
            text = m_format.pressure(*row.beforeSystolic, *row.beforeDiastolic) + u" → "_s + text;
        if (row.pulse)
            text += tr(", pulse %1").arg(m_format.number(*row.pulse));
        return text;
    }
    case Change:
        if (row.positionsDiffer)
            return tr("not compared");
        return row.changeSystolic
                   ? m_format.pressureChange(*row.changeSystolic, *row.changeDiastolic)
                   : QString();
    case Category:
        return row.category ? BpClassifier::name(*row.category) : QString();
    case Feeling:
        return row.feeling ? m_format.count(*row.feeling) : QString();
    case Note:
        return QString(row.note).replace(u'\n', u' ');
    default:
        return {};
    }
}

} // namespace viparita::app

#include <viparita/core/measurement.h>

#include <algorithm>
#include <map>
#include <utility>

namespace viparita {

namespace {

void sortByTime(QList<Reading> &readings)
{
    std::stable_sort(readings.begin(), readings.end(), [](const Reading &a, const Reading &b) {
        if (a.takenAt != b.takenAt)
            return a.takenAt < b.takenAt;
        return a.id < b.id;
    });
}

} // namespace

Measurement MeasurementGrouper::mean(const QList<Reading> &readings)
{
    Q_ASSERT(!readings.isEmpty());
    Measurement measurement;
    if (readings.isEmpty())
        return measurement;

    QList<Reading> sorted = readings;
    sortByTime(sorted);
    const Reading &first = sorted.front();
    measurement.at = first.takenAt;
    measurement.context = first.context;
    measurement.sessionId = first.sessionId;
    measurement.readingCount = static_cast<int>(sorted.size());

    // Integer sums, so that the mean is the correctly rounded quotient of whole numbers.
    qint64 systolicSum = 0;
    qint64 diastolicSum = 0;
    qint64 pulseSum = 0;
    qint64 pulseCount = 0;
    for (const Reading &reading : sorted) {
        systolicSum += reading.systolic;
        diastolicSum += reading.diastolic;
        if (reading.pulse) {
            pulseSum += *reading.pulse;
            ++pulseCount;
        }
        measurement.readingIds.append(reading.id);
    }
    const auto count = static_cast<double>(sorted.size());
    measurement.systolic = static_cast<double>(systolicSum) / count;
    measurement.diastolic = static_cast<double>(diastolicSum) / count;
    if (pulseCount > 0)
        measurement.pulse = static_cast<double>(pulseSum) / static_cast<double>(pulseCount);
    return measurement;
}

QList<Measurement> MeasurementGrouper::group(QList<Reading> readings)
{
    readings.removeIf([](const Reading &reading) { return reading.deletedAt.has_value(); });
    sortByTime(readings);

    // Groups are opened in the order of their first readings, so they stay ordered by time.
    QList<QList<Reading>> groups;
    std::map<std::pair<qint64, ReadingContext>, qsizetype> sessionGroups;
    std::map<ReadingContext, qsizetype> openStandaloneGroups;
    constexpr qint64 windowMilliseconds = qint64{standaloneWindowMinutes} * 60 * 1000;

    for (const Reading &reading : std::as_const(readings)) {
        if (reading.sessionId) {
            const auto key = std::make_pair(*reading.sessionId, reading.context);
            if (const auto found = sessionGroups.find(key); found != sessionGroups.end()) {
                groups[found->second].append(reading);
            } else {
                sessionGroups.emplace(key, groups.size());
                groups.append({reading});
            }
            continue;
        }
        const auto open = openStandaloneGroups.find(reading.context);
        if (open != openStandaloneGroups.end()) {
            const QDateTime &groupStart = groups[open->second].front().takenAt;
            if (groupStart.msecsTo(reading.takenAt) <= windowMilliseconds) {
                groups[open->second].append(reading);
                continue;
            }
        }
        openStandaloneGroups.insert_or_assign(reading.context, groups.size());
        groups.append({reading});
    }

    QList<Measurement> measurements;
    measurements.reserve(groups.size());
    for (const QList<Reading> &members : std::as_const(groups))
        measurements.append(mean(members));
    return measurements;
}

} // namespace viparita

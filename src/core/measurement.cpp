#include <viparita/core/measurement.h>

#include <algorithm>
#include <map>
#include <numeric>
#include <tuple>
#include <utility>
#include <vector>

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

/// The mean of readings[members], which are in time order and not empty.
Measurement meanOfSorted(const QList<Reading> &readings, const std::vector<qsizetype> &members)
{
    Measurement measurement;
    const Reading &first = readings.at(members.front());
    measurement.at = first.takenAt;
    measurement.context = first.context;
    measurement.sessionId = first.sessionId;
    measurement.readingCount = static_cast<int>(members.size());
    measurement.readingIds.reserve(static_cast<qsizetype>(members.size()));

    // Integer sums, so that the mean is the correctly rounded quotient of whole
    // numbers.
    qint64 systolicSum = 0;
    qint64 diastolicSum = 0;
    qint64 pulseSum = 0;
    qint64 pulseCount = 0;
    for (const qsizetype index : members) {
        const Reading &reading = readings.at(index);
        systolicSum += reading.systolic;
        diastolicSum += reading.diastolic;
        if (reading.pulse) {
            pulseSum += *reading.pulse;
            ++pulseCount;
        }
        measurement.readingIds.append(reading.id);
    }
    const auto count = static_cast<double>(members.size());
    measurement.systolic = static_cast<double>(systolicSum) / count;
    measurement.diastolic = static_cast<double>(diastolicSum) / count;
    if (pulseCount > 0)
        measurement.pulse = static_cast<double>(pulseSum) / static_cast<double>(pulseCount);
    return measurement;
}

} // namespace

Measurement MeasurementGrouper::mean(const QList<Reading> &readings)
{
    Q_ASSERT(!readings.isEmpty());
    if (readings.isEmpty())
        return {};
    QList<Reading> sorted = readings;
    sortByTime(sorted);
    std::vector<qsizetype> all(static_cast<std::size_t>(sorted.size()));
    std::iota(all.begin(), all.end(), qsizetype{0});
    return meanOfSorted(sorted, all);
}

QList<Measurement> MeasurementGrouper::group(QList<Reading> readings)
{
    // The order of sortByTime(), with each time worked out once: comparing
    // QDateTimes is slow.
    struct Key {
        qint64 msecs;
        qint64 id;
        qsizetype index;
        bool operator<(const Key &other) const
        {
            return std::tie(msecs, id, index) < std::tie(other.msecs, other.id, other.index);
        }
    };
    std::vector<Key> order;
    order.reserve(static_cast<std::size_t>(readings.size()));
    for (qsizetype i = 0; i < readings.size(); ++i) {
        const Reading &reading = readings.at(i);
        if (!reading.deletedAt)
            order.push_back({reading.takenAt.toMSecsSinceEpoch(), reading.id, i});
    }
    if (!std::is_sorted(order.cbegin(), order.cend()))
        std::sort(order.begin(), order.end());

    // Groups are opened in the order of their first readings, so they stay
    // ordered by time; each holds the indices of its readings, in time order.
    std::vector<std::vector<qsizetype>> groups;
    std::map<std::pair<qint64, ReadingContext>, std::size_t> sessionGroups;
    std::map<ReadingContext, std::pair<std::size_t, qint64>> openStandaloneGroups;
    constexpr qint64 windowMilliseconds = qint64{standaloneWindowMinutes} * 60 * 1000;

    for (const Key &key : order) {
        const Reading &reading = readings.at(key.index);
        if (reading.sessionId) {
            const auto [found, isNew] = sessionGroups.try_emplace(
                std::make_pair(*reading.sessionId, reading.context), groups.size());
            if (isNew)
                groups.emplace_back();
            groups[found->second].push_back(key.index);
            continue;
        }
        const auto open = openStandaloneGroups.find(reading.context);
        if (open != openStandaloneGroups.end() &&
            key.msecs - open->second.second <= windowMilliseconds) {
            groups[open->second.first].push_back(key.index);
            continue;
        }
        openStandaloneGroups.insert_or_assign(reading.context,
                                              std::make_pair(groups.size(), key.msecs));
        groups.emplace_back(1, key.index);
    }

    QList<Measurement> measurements;
    measurements.reserve(static_cast<qsizetype>(groups.size()));
    for (const std::vector<qsizetype> &members : groups)
        measurements.append(meanOfSorted(readings, members));
    return measurements;
}

} // namespace viparita

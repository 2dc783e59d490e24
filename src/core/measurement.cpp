#include <viparita/core/measurement.h>

#include <algorithm>
#include <map>
#include <numeric>
#include <span>
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
Measurement meanOfSorted(const QList<Reading> &readings, std::span<const qsizetype> members)
{
    Measurement measurement;
    const Reading &first = readings.at(members.front());
    measurement.at = first.takenAt;
    measurement.context = first.context;
    measurement.position = first.position;
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
        if (reading.position != measurement.position)
            measurement.position.reset();
    }
    const auto count = static_cast<double>(members.size());
    measurement.systolic = static_cast<double>(systolicSum) / count;
    measurement.diastolic = static_cast<double>(diastolicSum) / count;
    if (pulseCount > 0)
        measurement.pulse = static_cast<double>(pulseSum) / static_cast<double>(pulseCount);
    return measurement;
}

} // namespace

std::optional<Measurement> MeasurementGrouper::meanOf(const QList<Reading> &readings,
                                                      ReadingContext context)
{
    QList<Reading> chosen;
    for (const Reading &reading : readings) {
        if (reading.context == context && !reading.deletedAt)
            chosen.append(reading);
    }
    if (chosen.isEmpty())
        return std::nullopt;
    return mean(chosen);
}

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

    // Groups are numbered in the order of their first readings, so they stay ordered by
    // time. Each reading's group is noted first; the members are then laid out group after
    // group in one array (in time order within each), not in a list of their own per group.
    std::vector<std::size_t> groupOf;
    groupOf.reserve(order.size());
    std::vector<qsizetype> groupSizes;
    std::map<std::pair<qint64, ReadingContext>, std::size_t> sessionGroups;
    std::map<ReadingContext, std::pair<std::size_t, qint64>> openStandaloneGroups;
    constexpr qint64 windowMilliseconds = qint64{standaloneWindowMinutes} * 60 * 1000;

    for (const Key &key : order) {
        const Reading &reading = readings.at(key.index);
        std::size_t group = groupSizes.size();
        if (reading.sessionId) {
            group = sessionGroups
                        .try_emplace(std::make_pair(*reading.sessionId, reading.context), group)
                        .first->second;
        } else {
            const auto open = openStandaloneGroups.find(reading.context);
            if (open != openStandaloneGroups.end() &&
                key.msecs - open->second.second <= windowMilliseconds)
                group = open->second.first;
            else
                openStandaloneGroups.insert_or_assign(reading.context,
                                                      std::make_pair(group, key.msecs));
        }
        if (group == groupSizes.size())
            groupSizes.push_back(0);
        ++groupSizes[group];
        groupOf.push_back(group);
    }

    std::vector<qsizetype> starts(groupSizes.size() + 1, 0);
    std::partial_sum(groupSizes.cbegin(), groupSizes.cend(), starts.begin() + 1);
    std::vector<qsizetype> members(order.size());
    std::vector<qsizetype> filled(starts.cbegin(), starts.cend() - 1);
    for (std::size_t i = 0; i < order.size(); ++i)
        members[static_cast<std::size_t>(filled[groupOf[i]]++)] = order[i].index;

    QList<Measurement> measurements;
    measurements.reserve(static_cast<qsizetype>(groupSizes.size()));
    const std::span<const qsizetype> all(members);
    for (std::size_t group = 0; group < groupSizes.size(); ++group)
        measurements.append(
            meanOfSorted(readings, all.subspan(static_cast<std::size_t>(starts[group]),
                                               static_cast<std::size_t>(groupSizes[group]))));
    return measurements;
}

} // namespace viparita

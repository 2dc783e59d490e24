#pragma once

#include <viparita/core/blood_pressure.h>
#include <viparita/core/reading.h>

#include <QDateTime>
#include <QList>
#include <QtGlobal>

#include <optional>

namespace viparita {

/// The mean of the readings of one moment: several readings within a few minutes form
/// one measurement; each reading is kept, the measurement is what is reported.
struct Measurement {
    QDateTime at; ///< the first reading's time (with its offset)
    double systolic = 0, diastolic = 0;
    std::optional<double> pulse; ///< mean of the readings that have one; nothing if none has
    int readingCount = 0;
    ReadingContext context = ReadingContext::Standalone;
    /// The position the readings were taken in, when they all share one; nothing when it was
    /// not stated or they differ.
    std::optional<BodyPosition> position;
    std::optional<qint64> sessionId;
    QList<qint64> readingIds; ///< in the order the readings were taken

    friend bool operator==(const Measurement &, const Measurement &) = default;
};

/// Forms measurements out of readings.
class MeasurementGrouper final {
public:
    static constexpr int standaloneWindowMinutes = 10;

    /// The mean of these readings (all of one moment); readings must not be empty.
    /// Time, context and session are those of the earliest reading.
    [[nodiscard]] static Measurement mean(const QList<Reading> &readings);
    /// The mean of the readings of `context` among `readings` (a session's, say; deleted ones
    /// left out); nothing when there are none.
    [[nodiscard]] static std::optional<Measurement> meanOf(const QList<Reading> &readings,
                                                           ReadingContext context);
    /// Groups readings (any order; deleted ones, with deletedAt set, are left out) into
    /// measurements, ordered by time: the readings of one session and one context form one
    /// measurement; readings without a session join a group of their context while within
    /// 10 minutes (inclusive) of the group's FIRST reading.
    [[nodiscard]] static QList<Measurement> group(QList<Reading> readings);
};

} // namespace viparita

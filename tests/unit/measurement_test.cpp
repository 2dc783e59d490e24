#include <viparita/core/measurement.h>

#include "catch_qt.h"

#include <optional>

using namespace Qt::Literals::StringLiterals;
using viparita::Measurement;
using viparita::MeasurementGrouper;
using viparita::Reading;
using viparita::ReadingContext;

namespace {

// 07:30 at UTC+02:00.
const QDateTime morning(QDate(2024, 5, 6), QTime(7, 30), Qt::OffsetFromUTC, 2 * 3600);

Reading reading(qint64 id, qint64 secondsAfterMorning, int systolic, int diastolic,
                std::optional<int> pulse = std::nullopt,
                ReadingContext context = ReadingContext::Standalone,
                std::optional<qint64> sessionId = std::nullopt)
{
    Reading r;
    r.id = id;
    r.takenAt = morning.addSecs(secondsAfterMorning);
    r.systolic = systolic;
    r.diastolic = diastolic;
    r.pulse = pulse;
    r.context = context;
    r.sessionId = sessionId;
    return r;
}

QList<QList<qint64>> idsOf(const QList<Measurement> &measurements)
{
    QList<QList<qint64>> ids;
    for (const Measurement &measurement : measurements)
        ids.append(measurement.readingIds);
    return ids;
}

} // namespace

TEST_CASE("a measurement is the mean of its readings, pulse of those that have one")
{
    const auto measurement = MeasurementGrouper::mean({
        reading(3, 120, 131, 85, std::nullopt),
        reading(1, 0, 128, 82, 70),
        reading(2, 60, 125, 80, 73),
    });
    CHECK(measurement.at == morning);
    CHECK(measurement.at.offsetFromUtc() == 2 * 3600);
    CHECK(measurement.systolic == Approx(128.0));
    CHECK(measurement.diastolic == Approx(82.333333));
    REQUIRE(measurement.pulse.has_value());
    CHECK(*measurement.pulse == Approx(71.5));
    CHECK(measurement.readingCount == 3);
    CHECK(measurement.readingIds == QList<qint64>{1, 2, 3});
    CHECK(measurement.context == ReadingContext::Standalone);
    CHECK_FALSE(measurement.sessionId.has_value());
}

TEST_CASE("a measurement without any pulse has none, and halves stay halves")
{
    const auto measurement = MeasurementGrouper::mean({
        reading(1, 0, 121, 80, std::nullopt, ReadingContext::After, 9),
        reading(2, 90, 122, 81, std::nullopt, ReadingContext::After, 9),
    });
    CHECK_FALSE(measurement.pulse.has_value());
    CHECK(measurement.systolic == 121.5);
    CHECK(measurement.diastolic == 80.5);
    CHECK(measurement.context == ReadingContext::After);
    CHECK(measurement.sessionId == 9);
    CHECK(measurement.readingCount == 2);
}

TEST_CASE("the mean of one reading is that reading")
{
    const auto measurement = MeasurementGrouper::mean({reading(5, 300, 142, 91, 66)});
    CHECK(measurement.at == morning.addSecs(300));
    CHECK(measurement.systolic == 142.0);
    CHECK(measurement.diastolic == 91.0);
    CHECK(measurement.pulse == 66.0);
    CHECK(measurement.readingIds == QList<qint64>{5});
}

TEST_CASE("the readings of one session form one measurement per context, in time order")
{
    using enum ReadingContext;
    // Session 7 at 07:30, session 8 in the evening; given out of order.
    const QList<Reading> readings{
        reading(16, 12 * 3600 + 60, 130, 84, 70, Before, 8),
        reading(13, 15 * 60, 120, 78, 62, After, 7),
        reading(11, 0, 136, 88, 72, Before, 7),
        reading(14, 16 * 60, 118, 76, 60, After, 7),
        reading(12, 60, 134, 86, 70, Before, 7),
        reading(15, 8 * 60, 124, 80, 64, During, 7),
        reading(17, 12 * 3600, 132, 86, 72, Before, 8),
    };
    const auto measurements = MeasurementGrouper::group(readings);
    CHECK(idsOf(measurements) == QList<QList<qint64>>{{11, 12}, {15}, {13, 14}, {17, 16}});
    REQUIRE(measurements.size() == 4);
    CHECK(measurements[0].context == Before);
    CHECK(measurements[0].sessionId == 7);
    CHECK(measurements[0].systolic == 135.0);
    CHECK(measurements[0].diastolic == 87.0);
    CHECK(measurements[0].pulse == 71.0);
    CHECK(measurements[1].context == During);
    CHECK(measurements[2].context == After);
    CHECK(measurements[2].systolic == 119.0);
    CHECK(measurements[2].at == morning.addSecs(15 * 60));
    CHECK(measurements[3].sessionId == 8);
    CHECK(measurements[3].at == morning.addSecs(12 * 3600));
}

TEST_CASE("readings of one session and context form one measurement however far apart")
{
    const auto measurements = MeasurementGrouper::group({
        reading(1, 0, 120, 80, std::nullopt, ReadingContext::During, 3),
        reading(2, 30 * 60, 112, 74, std::nullopt, ReadingContext::During, 3),
    });
    CHECK(idsOf(measurements) == QList<QList<qint64>>{{1, 2}});
}

TEST_CASE("standalone readings join a group within 10 minutes of its first reading")
{
    SECTION("exactly 10 minutes after the first still joins")
    {
        const auto measurements = MeasurementGrouper::group({
            reading(1, 0, 130, 85),
            reading(2, 4 * 60, 128, 84),
            reading(3, 10 * 60, 126, 83),
        });
        CHECK(idsOf(measurements) == QList<QList<qint64>>{{1, 2, 3}});
        REQUIRE(measurements.size() == 1);
        CHECK(measurements[0].systolic == 128.0);
    }
    SECTION("10 minutes and 1 second after the first starts a new measurement")
    {
        const auto measurements = MeasurementGrouper::group({
            reading(1, 0, 130, 85),
            reading(2, 10 * 60 + 1, 126, 83),
        });
        CHECK(idsOf(measurements) == QList<QList<qint64>>{{1}, {2}});
        REQUIRE(measurements.size() == 2);
        CHECK(measurements[1].at == morning.addSecs(10 * 60 + 1));
    }
    SECTION("the window is counted from the first reading, not the last")
    {
        const auto measurements = MeasurementGrouper::group({
            reading(1, 0, 130, 85),
            reading(2, 6 * 60, 128, 84),
            reading(3, 12 * 60, 126, 83),
            reading(4, 17 * 60, 124, 82),
        });
        CHECK(idsOf(measurements) == QList<QList<qint64>>{{1, 2}, {3, 4}});
    }
    SECTION("readings without a session group only with readings of their own context")
    {
        const auto measurements = MeasurementGrouper::group({
            reading(1, 0, 130, 85, std::nullopt, ReadingContext::Standalone),
            reading(2, 60, 128, 84, std::nullopt, ReadingContext::Before),
            reading(3, 120, 126, 83, std::nullopt, ReadingContext::Standalone),
        });
        CHECK(idsOf(measurements) == QList<QList<qint64>>{{1, 3}, {2}});
    }
    SECTION("a session's reading does not join a standalone group")
    {
        const auto measurements = MeasurementGrouper::group({
            reading(1, 0, 130, 85),
            reading(2, 60, 128, 84, std::nullopt, ReadingContext::Standalone, 4),
            reading(3, 120, 126, 83),
        });
        CHECK(idsOf(measurements) == QList<QList<qint64>>{{1, 3}, {2}});
    }
}

TEST_CASE("deleted readings are left out of the measurements")
{
    auto deleted = reading(2, 60, 200, 120);
    deleted.deletedAt = morning.addDays(1);
    auto deletedAlone = reading(5, 3600, 90, 60);
    deletedAlone.deletedAt = morning.addDays(1);
    const auto measurements = MeasurementGrouper::group({
        reading(1, 0, 130, 85, 70),
        deleted,
        reading(3, 120, 126, 83, 66),
        deletedAlone,
    });
    CHECK(idsOf(measurements) == QList<QList<qint64>>{{1, 3}});
    REQUIRE(measurements.size() == 1);
    CHECK(measurements[0].systolic == 128.0);
    CHECK(measurements[0].diastolic == 84.0);
    CHECK(measurements[0].readingCount == 2);
    CHECK(MeasurementGrouper::group({deleted, deletedAlone}).isEmpty());
    CHECK(MeasurementGrouper::group({}).isEmpty());
}

TEST_CASE("measurements are ordered by the real time of readings with different offsets")
{
    // 08:00 at UTC+02:00 is 06:00 UTC; 07:00 at UTC+00:00 is 07:00 UTC, later.
    auto later = reading(1, 0, 120, 80);
    later.takenAt = QDateTime(QDate(2024, 5, 6), QTime(7, 0), Qt::OffsetFromUTC, 0);
    auto earlier = reading(2, 0, 130, 85);
    earlier.takenAt = QDateTime(QDate(2024, 5, 6), QTime(8, 0), Qt::OffsetFromUTC, 2 * 3600);
    const auto measurements = MeasurementGrouper::group({later, earlier});
    CHECK(idsOf(measurements) == QList<QList<qint64>>{{2}, {1}});
    REQUIRE(measurements.size() == 2);
    CHECK(measurements[0].at.offsetFromUtc() == 2 * 3600);
    CHECK(measurements[0].at.time() == QTime(8, 0));
}

TEST_CASE("readings taken at the same second keep the order of their ids")
{
    const auto measurements = MeasurementGrouper::group({
        reading(8, 0, 120, 80),
        reading(6, 0, 122, 82),
        reading(7, 0, 124, 84),
    });
    CHECK(idsOf(measurements) == QList<QList<qint64>>{{6, 7, 8}});
}

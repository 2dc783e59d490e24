// The records of the Blood Pressure Service read from their bytes: the layout of the
// specification (flags, three SFLOAT pressures, then time stamp, pulse, user id and status as
// the flags say), its special values, kPa, each status bit, and the known deviations of cuffs.
// The bytes are written out by hand from the layout, not made by the code under test.

#include "catch_qt.h"

#include <viparita/core/cuff_record.h>

using namespace Qt::Literals::StringLiterals;
using namespace viparita::cuff;

namespace {

QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray result;
    for (const int value : values)
        result.append(static_cast<char>(value));
    return result;
}

CuffReading readingOf(const QByteArray &record)
{
    const DecodedMeasurement decoded = decodeMeasurement(record);
    INFO(hexBytes(record).toStdString() + " -> " + decoded.problem.toStdString());
    REQUIRE(decoded.outcome == DecodedMeasurement::Outcome::Reading);
    CHECK(decoded.problem.isEmpty());
    return decoded.reading;
}

} // namespace

TEST_CASE("an SFLOAT is read with its exponent, its sign and its special values")
{
    struct Case {
        quint16 raw;
        SFloat::Kind kind;
        double value;
    };
    const QList<Case> cases{
        {0x0078, SFloat::Kind::Number, 120},     {0xF4B5, SFloat::Kind::Number, 120.5},
        {0xF0A0, SFloat::Kind::Number, 16.0},    {0x2001, SFloat::Kind::Number, 100},
        {0x0FFF, SFloat::Kind::Number, -1},      {0xFFFF, SFloat::Kind::Number, -0.1},
        {0x07FD, SFloat::Kind::Number, 2045},    {0x0803, SFloat::Kind::Number, -2045},
        {0x8001, SFloat::Kind::Number, 1e-8},    {0x7001, SFloat::Kind::Number, 1e7},
        {0x07FF, SFloat::Kind::NotANumber, 0},   {0x0800, SFloat::Kind::NotAtThisResolution, 0},
        {0x07FE, SFloat::Kind::PlusInfinity, 0}, {0x0802, SFloat::Kind::MinusInfinity, 0},
        {0x0801, SFloat::Kind::Reserved, 0},
    };
    for (const Case &c : cases) {
        INFO(c.raw);
        const SFloat value = SFloat::fromRaw(c.raw);
        CHECK(value.kind == c.kind);
        if (c.kind == SFloat::Kind::Number)
            CHECK(value.value == Approx(c.value).epsilon(1e-12));
    }
    CHECK(SFloat::fromRaw(0x07FF).toString() == u"NaN"_s);
    CHECK(SFloat::fromRaw(0x0800).toString() == u"NRes"_s);
}

TEST_CASE("a measurement in mmHg with every field is read whole")
{
    // Flags 0x1E: time stamp, pulse, user id, status. 120/80 mmHg, mean 93, on
    // 2026-11-21 07:12:30, pulse 64, user 2, irregular pulse.
    const CuffReading reading =
        readingOf(bytes({0x1E, 0x78, 0x00, 0x50, 0x00, 0x5D, 0x00, 0xEA, 0x07, 0x0B, 0x15, 0x07,
                         0x0C, 0x1E, 0x40, 0x00, 0x02, 0x04, 0x00}));
    CHECK(reading.systolic == 120);
    CHECK(reading.diastolic == 80);
    CHECK(reading.meanArterial == 93);
    CHECK_FALSE(reading.sentInKilopascal);
    REQUIRE(reading.cuffTime.has_value());
    CHECK(*reading.cuffTime == QDateTime(QDate(2026, 11, 21), QTime(7, 12, 30)));
    CHECK(reading.pulse == 64);
    CHECK(reading.userId == 2);
    REQUIRE(reading.status.has_value());
    CHECK(reading.status->irregularPulse);
    CHECK_FALSE(reading.status->bodyMovement);
    CHECK(reading.deviations.isEmpty());

    // The least a measurement holds: three pressures and nothing else.
    const CuffReading bare = readingOf(bytes({0x00, 0x8A, 0x00, 0x58, 0x00, 0x66, 0x00}));
    CHECK(bare.systolic == 138);
    CHECK(bare.diastolic == 88);
    CHECK(bare.meanArterial == 102);
    CHECK_FALSE(bare.cuffTime.has_value());
    CHECK_FALSE(bare.timeStampSent);
    CHECK_FALSE(bare.pulse.has_value());
    CHECK_FALSE(bare.userId.has_value());
    CHECK_FALSE(bare.status.has_value());

    // Tenths of mmHg round to whole ones; a mean sent as NaN is no mean.
    const CuffReading tenths = readingOf(bytes({0x00, 0xB5, 0xF4, 0x23, 0xF3, 0xFF, 0x07}));
    CHECK(tenths.systolic == 121);                                                       // 120.5
    CHECK(tenths.diastolic == 80);                                                       // 80.3
    CHECK(readingOf(bytes({0x00, 0xB4, 0xF4, 0x25, 0xF3, 0xFF, 0x07})).diastolic == 81); // 80.5
    CHECK_FALSE(tenths.meanArterial.has_value());
}

TEST_CASE("a measurement in kPa, with a negative exponent, is converted to whole mmHg")
{
    // 16.0 kPa (160 × 10^-1) = 120.0 mmHg; 10.7 kPa = 80.3 mmHg; 17.3 kPa = 129.8 mmHg.
    const CuffReading reading = readingOf(bytes({0x01, 0xA0, 0xF0, 0x6B, 0xF0, 0xFF, 0x07}));
    CHECK(reading.sentInKilopascal);
    CHECK(reading.systolic == 120);
    CHECK(reading.diastolic == 80);
    const CuffReading higher = readingOf(bytes({0x01, 0xAD, 0xF0, 0x72, 0xF0, 0x8A, 0xF0}));
    CHECK(higher.systolic == 130);
    CHECK(higher.diastolic == 86);     // 11.4 kPa = 85.5 mmHg
    CHECK(higher.meanArterial == 104); // 13.8 kPa = 103.5 mmHg
}

TEST_CASE("a failed measurement is the cuff's error, not a reading")
{
    struct Case {
        QByteArray record;
        QString problem;
    };
    const QList<Case> cases{
        {bytes({0x00, 0xFF, 0x07, 0xFF, 0x07, 0xFF, 0x07}), u"systolic is NaN"_s},
        {bytes({0x00, 0x00, 0x08, 0x50, 0x00, 0xFF, 0x07}), u"systolic is NRes"_s},
        {bytes({0x00, 0x78, 0x00, 0xFE, 0x07, 0xFF, 0x07}), u"diastolic is +INF"_s},
        {bytes({0x00, 0x78, 0x00, 0x02, 0x08, 0xFF, 0x07}), u"diastolic is -INF"_s},
        {bytes({0x00, 0x01, 0x08, 0x50, 0x00, 0xFF, 0x07}), u"systolic is reserved"_s},
        // With a time stamp and a pulse, all NaN, as some cuffs send a failed measurement.
        {bytes({0x06, 0xFF, 0x07, 0xFF, 0x07, 0xFF, 0x07, 0xEA, 0x07, 0x0B, 0x15, 0x07, 0x0C, 0x1E,
                0xFF, 0x07}),
         u"systolic is NaN"_s},
    };
    for (const Case &c : cases) {
        INFO(hexBytes(c.record).toStdString());
        const DecodedMeasurement decoded = decodeMeasurement(c.record);
        CHECK(decoded.outcome == DecodedMeasurement::Outcome::CuffError);
        CHECK(decoded.problem == c.problem);
    }
}

TEST_CASE("a record shorter or longer than its flags say, or with no pressure, is refused whole")
{
    struct Case {
        QByteArray record;
        QString problem;
    };
    const QList<Case> cases{
        {QByteArray(), u"the record is 0 bytes; a measurement has at least 7"_s},
        {bytes({0x00, 0x78, 0x00, 0x50}), u"the record is 4 bytes; a measurement has at least 7"_s},
        {bytes({0x1E, 0x78, 0x00, 0x50, 0x00, 0x5D, 0x00, 0xEA, 0x07, 0x0B}),
         u"the record is 10 bytes; its flags (0x1e) need 19"_s},
        // A byte too many where no user id can explain it (its flag is set), and two too many.
        {bytes({0x08, 0x78, 0x00, 0x50, 0x00, 0x5D, 0x00, 0x01, 0x00}),
         u"the record is 9 bytes; its flags (0x08) need 8"_s},
        {bytes({0x00, 0x78, 0x00, 0x50, 0x00, 0x5D, 0x00, 0x01, 0x02}),
         u"the record is 9 bytes; its flags (0x00) need 7"_s},
        // Reserved flags that bring fields of their own.
        {bytes({0x20, 0x78, 0x00, 0x50, 0x00, 0x5D, 0x00, 0x01, 0x02}),
         u"the record is 9 bytes; its flags (0x20) need 7"_s},
        // 500 and 0 mmHg, either way round, are no blood pressure.
        {bytes({0x00, 0xF4, 0x01, 0x00, 0x00, 0xFF, 0x07}),
         u"systolic 500 and diastolic 0 mmHg cannot be a blood pressure"_s},
        {bytes({0x04, 0x78, 0x00, 0x50, 0x00, 0x5D, 0x00, 0x58, 0x02}),
         u"the pulse 600 cannot be a pulse"_s},
    };
    for (const Case &c : cases) {
        INFO(hexBytes(c.record).toStdString());
        const DecodedMeasurement decoded = decodeMeasurement(c.record);
        CHECK(decoded.outcome == DecodedMeasurement::Outcome::Malformed);
        CHECK(decoded.problem == c.problem);
        CHECK(decoded.reading.systolic == 0);
    }
    // Reserved flags alone, with no fields of their own, are left aside.
    CHECK(readingOf(bytes({0xE0, 0x78, 0x00, 0x50, 0x00, 0x5D, 0x00})).systolic == 120);
}

TEST_CASE("each bit of the measurement status is kept")
{
    struct Case {
        quint16 status;
        MeasurementStatus expected;
    };
    using Range = MeasurementStatus::PulseRange;
    const QList<Case> cases{
        {0x0000, {false, false, false, Range::Within, false, 0x0000}},
        {0x0001, {true, false, false, Range::Within, false, 0x0001}},
        {0x0002, {false, true, false, Range::Within, false, 0x0002}},
        {0x0004, {false, false, true, Range::Within, false, 0x0004}},
        {0x0008, {false, false, false, Range::AboveUpper, false, 0x0008}},
        {0x0010, {false, false, false, Range::BelowLower, false, 0x0010}},
        {0x0018, {false, false, false, Range::Reserved, false, 0x0018}},
        {0x0020, {false, false, false, Range::Within, true, 0x0020}},
        {0x003F, {true, true, true, Range::Reserved, true, 0x003F}},
        {0xFFC0, {false, false, false, Range::Within, false, 0xFFC0}}, // reserved bits only
    };
    for (const Case &c : cases) {
        INFO(c.status);
        const CuffReading reading = readingOf(
            bytes({0x10, 0x78, 0x00, 0x50, 0x00, 0x5D, 0x00, c.status & 0xFF, c.status >> 8}));
        REQUIRE(reading.status.has_value());
        CHECK(*reading.status == c.expected);
        CHECK(reading.status->anyFinding() == ((c.status & 0x3F) != 0));
    }
}

TEST_CASE("the time stamp, the pulse and the user id read as missing when the cuff says so")
{
    // Year, month and day 0: a clock never set. The record still says it had a time stamp.
    const CuffReading unset = readingOf(bytes(
        {0x02, 0x78, 0x00, 0x50, 0x00, 0x5D, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x0C, 0x1E}));
    CHECK(unset.timeStampSent);
    CHECK_FALSE(unset.cuffTime.has_value());
    // 31 November is not a date.
    const CuffReading notADate = readingOf(bytes(
        {0x02, 0x78, 0x00, 0x50, 0x00, 0x5D, 0x00, 0xEA, 0x07, 0x0B, 0x1F, 0x07, 0x0C, 0x1E}));
    CHECK_FALSE(notADate.cuffTime.has_value());
    // A pulse of NaN is no pulse; user 255 is "not known".
    const CuffReading noPulse =
        readingOf(bytes({0x0C, 0x78, 0x00, 0x50, 0x00, 0x5D, 0x00, 0xFF, 0x07, 0xFF}));
    CHECK_FALSE(noPulse.pulse.has_value());
    CHECK_FALSE(noPulse.userId.has_value());
}

TEST_CASE("the known deviations of cuffs are read right and named")
{
    // Every field big-endian: 120/80 mmHg, mean 93, 2026-11-21 07:12:30, pulse 64.
    const CuffReading big = readingOf(bytes({0x06, 0x00, 0x78, 0x00, 0x50, 0x00, 0x5D, 0x07, 0xEA,
                                             0x0B, 0x15, 0x07, 0x0C, 0x1E, 0x00, 0x40}));
    CHECK(big.systolic == 120);
    CHECK(big.diastolic == 80);
    CHECK(big.meanArterial == 93);
    REQUIRE(big.cuffTime.has_value());
    CHECK(*big.cuffTime == QDateTime(QDate(2026, 11, 21), QTime(7, 12, 30)));
    CHECK(big.pulse == 64);
    CHECK(big.deviations == QStringList{u"fields big-endian"_s});
    // Big-endian kPa: 16.0 kPa.
    const CuffReading bigKilopascal = readingOf(bytes({0x01, 0xF0, 0xA0, 0xF0, 0x6B, 0x07, 0xFF}));
    CHECK(bigKilopascal.systolic == 120);
    CHECK(bigKilopascal.diastolic == 80);

    // A user id without its flag, after the pulse.
    const CuffReading user =
        readingOf(bytes({0x04, 0x78, 0x00, 0x50, 0x00, 0x5D, 0x00, 0x40, 0x00, 0x03}));
    CHECK(user.userId == 3);
    CHECK(user.pulse == 64);
    CHECK(user.deviations == QStringList{u"a user id without its flag"_s});
    // ... and before the status.
    const CuffReading userAndStatus =
        readingOf(bytes({0x10, 0x78, 0x00, 0x50, 0x00, 0x5D, 0x00, 0x01, 0x04, 0x00}));
    CHECK(userAndStatus.userId == 1);
    REQUIRE(userAndStatus.status.has_value());
    CHECK(userAndStatus.status->irregularPulse);
}

TEST_CASE("a record with little-endian pressures and a big-endian pulse and status is read right")
{
    // As a Beurer BM 85 sends it (a record published by people reading theirs): flags 0x56
    // (time stamp, pulse, status, and a reserved bit), 106/71 mmHg, no mean, 2026-08-11
    // 18:31:00, the pulse 63 as 00 3F, a user id without its flag, the status 00 00.
    const CuffReading beurer =
        readingOf(bytes({0x56, 0x6A, 0x00, 0x47, 0x00, 0x00, 0x00, 0xEA, 0x07, 0x08, 0x0B, 0x12,
                         0x1F, 0x00, 0x00, 0x3F, 0x00, 0x00, 0x00}));
    CHECK(beurer.systolic == 106);
    CHECK(beurer.diastolic == 71);
    CHECK_FALSE(beurer.meanArterial.has_value());
    REQUIRE(beurer.cuffTime.has_value());
    CHECK(*beurer.cuffTime == QDateTime(QDate(2026, 8, 11), QTime(18, 31, 0)));
    CHECK(beurer.pulse == 63);
    CHECK(beurer.userId == 0);
    REQUIRE(beurer.status.has_value());
    CHECK_FALSE(beurer.status->anyFinding());
    CHECK(beurer.deviations ==
          QStringList{u"a user id without its flag"_s, u"the pulse and status big-endian"_s});
    // The irregular pulse bit of such a status (00 04) is read from its own byte order.
    const CuffReading irregular =
        readingOf(bytes({0x16, 0x6A, 0x00, 0x47, 0x00, 0x00, 0x00, 0xEA, 0x07, 0x08, 0x0B, 0x12,
                         0x1F, 0x00, 0x00, 0x3F, 0x00, 0x04}));
    REQUIRE(irregular.status.has_value());
    CHECK(irregular.status->irregularPulse);
    CHECK(irregular.status->raw == 0x0004);

    // A pulse that reads in neither order is still refused, with no reading kept.
    const DecodedMeasurement nonsense =
        decodeMeasurement(bytes({0x04, 0x78, 0x00, 0x50, 0x00, 0x5D, 0x00, 0x00, 0x09}));
    CHECK(nonsense.outcome == DecodedMeasurement::Outcome::Malformed);
    CHECK(nonsense.problem.contains(u"cannot be a pulse"_s));
}

TEST_CASE("the cuff pressure while inflating, the features and the clock's bytes")
{
    // Intermediate Cuff Pressure: the pressure in the systolic field, the others NaN.
    CHECK(decodeCuffPressure(bytes({0x00, 0x00, 0x00, 0xFF, 0x07, 0xFF, 0x07})) == 0);
    CHECK(decodeCuffPressure(bytes({0x00, 0xB4, 0x00, 0xFF, 0x07, 0xFF, 0x07})) == 180);
    CHECK(decodeCuffPressure(bytes({0x01, 0xC8, 0xF0, 0xFF, 0x07, 0xFF, 0x07})) == 150); // 20 kPa
    CHECK(decodeCuffPressure(bytes({0x10, 0x5A, 0x00, 0xFF, 0x07, 0xFF, 0x07, 0x00, 0x00})) == 90);
    CHECK_FALSE(decodeCuffPressure(bytes({0x00, 0xFF, 0x07, 0xFF, 0x07, 0xFF, 0x07})).has_value());
    CHECK_FALSE(decodeCuffPressure(bytes({0x00, 0xB4, 0x00})).has_value());

    const auto features = decodeFeatures(bytes({0x27, 0x00}));
    REQUIRE(features.has_value());
    CHECK(features->bodyMovement);
    CHECK(features->cuffFit);
    CHECK(features->irregularPulse);
    CHECK_FALSE(features->pulseRateRange);
    CHECK_FALSE(features->measurementPosition);
    CHECK(features->multipleBonds);
    CHECK_FALSE(decodeFeatures(bytes({0x27})).has_value());

    CHECK(encodeDateTime(QDateTime(QDate(2026, 12, 7), QTime(14, 5, 9, 500))) ==
          bytes({0xEA, 0x07, 0x0C, 0x07, 0x0E, 0x05, 0x09}));
    CHECK(hexBytes(bytes({0x1E, 0x78, 0x00})) == u"1e 78 00"_s);
}

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>

// What a Bluetooth blood-pressure cuff sends through the standard Blood Pressure Service
// (0x1810), read from its bytes: the measurement (0x2A35), the cuff pressure while it inflates
// (0x2A36) and the features (0x2A49); and the bytes of the date and time (0x2A08) that set a
// cuff's clock. Nothing here talks to Bluetooth: the bytes come from the cuff plugin, a test or
// a fuzzer.
namespace viparita::cuff {

/// An IEEE 11073-20601 16-bit SFLOAT: a 4-bit signed exponent over a 12-bit signed mantissa,
/// or one of its special values.
struct SFloat {
    enum class Kind {
        Number,
        NotANumber,          ///< 0x07FF: the cuff has no value (a failed measurement)
        NotAtThisResolution, ///< 0x0800 (NRes)
        PlusInfinity,        ///< 0x07FE
        MinusInfinity,       ///< 0x0802
        Reserved,            ///< 0x0801
    };
    Kind kind = Kind::NotANumber;
    double value = 0; ///< for a Number: mantissa × 10^exponent

    [[nodiscard]] static SFloat fromRaw(quint16 raw);
    [[nodiscard]] bool isNumber() const { return kind == Kind::Number; }
    /// "NaN", "NRes", "+INF", "-INF", "reserved" or the number.
    [[nodiscard]] QString toString() const;
};

/// The measurement status of a reading (the cuff's own findings).
struct MeasurementStatus {
    bool bodyMovement = false;
    bool cuffTooLoose = false;
    bool irregularPulse = false;
    enum class PulseRange { Within, AboveUpper, BelowLower, Reserved };
    PulseRange pulseRange = PulseRange::Within;
    bool improperPosition = false;
    quint16 raw = 0; ///< the field as sent

    /// Any finding that makes a reading less trustworthy (all but an in-range pulse).
    [[nodiscard]] bool anyFinding() const
    {
        return bodyMovement || cuffTooLoose || irregularPulse || pulseRange != PulseRange::Within ||
               improperPosition;
    }
    friend bool operator==(const MeasurementStatus &, const MeasurementStatus &) = default;
};

/// A measurement, in whole mmHg whatever unit the cuff used.
struct CuffReading {
    int systolic = 0;
    int diastolic = 0;
    std::optional<int> meanArterial; ///< nothing when the cuff sent none (NaN)
    bool sentInKilopascal = false;   ///< converted from kPa
    /// The cuff's clock when it measured: a wall-clock time without a zone. Nothing when the
    /// record has no time stamp, or its date is not set (year, month or day 0) or not a date.
    std::optional<QDateTime> cuffTime;
    bool timeStampSent = false; ///< the record had a time stamp, whether it made a time or not
    std::optional<int> pulse;   ///< beats a minute, rounded; nothing when absent or NaN
    std::optional<int> userId;  ///< the cuff's user (1 to 254); nothing when absent or 255
    std::optional<MeasurementStatus> status;
    /// Known deviations of a cuff from the specification that were read through ("fields
    /// big-endian", "a user id without its flag"), for the log.
    QStringList deviations;
};

/// What a measurement's bytes are.
struct DecodedMeasurement {
    enum class Outcome {
        Reading,   ///< `reading` holds it
        CuffError, ///< the cuff could not measure (its pressures are NaN or another special value)
        Malformed, ///< the bytes are not a measurement: `problem` says where
    };
    Outcome outcome = Outcome::Malformed;
    CuffReading reading;
    /// Why it is not a reading ("the record is 9 bytes; its flags (0x1e) need 19"); for a cuff
    /// error, which value it sent instead ("systolic is NaN").
    QString problem;
};

/// Reads a Blood Pressure Measurement (0x2A35). A reading is whole or refused: a record
/// shorter than its flags need, longer than they allow, or with a value that cannot be a
/// blood pressure is Malformed, unless it is one of the known deviations (fields written
/// big-endian; the pulse and status big-endian after little-endian pressures; a user id
/// present without its flag), which are read right and named.
[[nodiscard]] DecodedMeasurement decodeMeasurement(QByteArrayView bytes);

/// The cuff pressure in an Intermediate Cuff Pressure record (0x2A36), in whole mmHg (the
/// record is laid out as a measurement, the pressure in the systolic field); nothing when
/// the record is malformed or the value is not a number.
[[nodiscard]] std::optional<int> decodeCuffPressure(QByteArrayView bytes);

/// The Blood Pressure Feature (0x2A49): what the cuff can detect.
struct CuffFeatures {
    bool bodyMovement = false;
    bool cuffFit = false;
    bool irregularPulse = false;
    bool pulseRateRange = false;
    bool measurementPosition = false;
    bool multipleBonds = false;
    quint16 raw = 0;
};
[[nodiscard]] std::optional<CuffFeatures> decodeFeatures(QByteArrayView bytes);

/// The seven bytes of a Date Time (0x2A08) that set a cuff's clock to `local` (its wall
/// clock; the seconds' fractions dropped).
[[nodiscard]] QByteArray encodeDateTime(const QDateTime &local);

/// The bytes as "1e 78 00 ...", for the log of a record that was refused.
[[nodiscard]] QString hexBytes(QByteArrayView bytes);

} // namespace viparita::cuff

#include <viparita/core/cuff_record.h>

#include <QCoreApplication>
#include <QDate>
#include <QTime>

#include <array>
#include <cmath>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace viparita::cuff {

namespace {

struct CuffText {
    Q_DECLARE_TR_FUNCTIONS(viparita::cuff)
};

/// Millimetres of mercury in a kilopascal.
constexpr double mmHgPerKilopascal = 7.500617;

/// Pressures a cuff can report as a blood pressure, in mmHg: from the first to under the
/// second (a cuff's own range is narrower; these only tell a value from the wrong bytes).
constexpr double lowestPressure = 10;
constexpr double highestPressure = 400;

enum Flag : quint8 {
    Kilopascal = 0x01,
    TimeStamp = 0x02,
    PulseRate = 0x04,
    UserId = 0x08,
    Status = 0x10,
};

/// The length a record of `flags` has (the flags byte included), with a user id or not.
qsizetype lengthOf(quint8 flags, bool userId)
{
    qsizetype length = 1 + 3 * 2;
    if (flags & TimeStamp)
        length += 7;
    if (flags & PulseRate)
        length += 2;
    if (userId)
        length += 1;
    if (flags & Status)
        length += 2;
    return length;
}

/// The fields of a record as they lie, read in one byte order.
struct Fields {
    quint8 flags = 0;
    SFloat first, second, third; ///< systolic (or the cuff pressure), diastolic, mean
    bool timeStamp = false;
    int year = 0, month = 0, day = 0, hours = 0, minutes = 0, seconds = 0;
    std::optional<SFloat> pulse;
    std::optional<quint8> userId;
    std::optional<quint16> status;
};

/// Reads the fields of `bytes`, whose length is checked to fit the layout already; the pulse
/// and the status in the order `tailBigEndian` says (the other fields in `bigEndian`'s).
Fields readFields(QByteArrayView bytes, bool bigEndian, bool userId, bool tailBigEndian)
{
    qsizetype at = 0;
    bool wordsBigEndian = bigEndian;
    const auto byte = [&] { return static_cast<quint8>(bytes[at++]); };
    const auto word = [&] {
        const quint16 a = byte(), b = byte();
        return static_cast<quint16>(wordsBigEndian ? (a << 8) | b : (b << 8) | a);
    };
    Fields fields;
    fields.flags = byte();
    fields.first = SFloat::fromRaw(word());
    fields.second = SFloat::fromRaw(word());
    fields.third = SFloat::fromRaw(word());
    if (fields.flags & TimeStamp) {
        fields.timeStamp = true;
        fields.year = word();
        fields.month = byte();
        fields.day = byte();
        fields.hours = byte();
        fields.minutes = byte();
        fields.seconds = byte();
    }
    wordsBigEndian = tailBigEndian;
    if (fields.flags & PulseRate)
        fields.pulse = SFloat::fromRaw(word());
    if (userId)
        fields.userId = byte();
    if (fields.flags & Status)
        fields.status = word();
    return fields;
}

bool isPressure(const SFloat &value, bool kilopascal, bool zeroAllowed)
{
    if (!value.isNumber())
        return false;
    const double mmHg = kilopascal ? value.value * mmHgPerKilopascal : value.value;
    return (zeroAllowed ? mmHg >= 0 : mmHg >= lowestPressure) && mmHg < highestPressure;
}

/// A pulse a cuff can measure, in beats a minute.
bool isPulse(const SFloat &value)
{
    return value.isNumber() && value.value >= 20 && value.value <= 300;
}

int wholeMmHg(const SFloat &value, bool kilopascal)
{
    return static_cast<int>(
        std::lround(kilopascal ? value.value * mmHgPerKilopascal : value.value));
}

/// The layout a record's length fits: whether it holds a user id (with its flag or without,
/// the known deviation) and its unit; a problem when its length fits no layout.
struct Layout {
    bool userId = false;
    bool userIdWithoutFlag = false;
    bool kilopascal = false;
    QString problem;
};

Layout layoutOf(QByteArrayView bytes)
{
    Layout layout;
    if (bytes.size() < lengthOf(0, false)) {
        layout.problem = CuffText::tr("the record is %1 bytes; a measurement has at least %2")
                             .arg(bytes.size())
                             .arg(lengthOf(0, false));
        return layout;
    }
    const auto flags = static_cast<quint8>(bytes[0]);
    const bool userFlag = flags & UserId;
    layout.kilopascal = flags & Kilopascal;
    layout.userId = userFlag;
    const qsizetype expected = lengthOf(flags, userFlag);
    if (bytes.size() == expected)
        return layout;
    if (!userFlag && bytes.size() == lengthOf(flags, true)) {
        // Some cuffs send their user's id without setting its flag: the one byte more is it.
        layout.userId = layout.userIdWithoutFlag = true;
        return layout;
    }
    layout.problem = CuffText::tr("the record is %1 bytes; its flags (0x%2) need %3")
                         .arg(bytes.size())
                         .arg(flags, 2, 16, QChar(u'0'))
                         .arg(expected);
    return layout;
}

} // namespace

SFloat SFloat::fromRaw(quint16 raw)
{
    static constexpr std::array<std::pair<quint16, Kind>, 5> specials{{
        {0x07FF, Kind::NotANumber},
        {0x0800, Kind::NotAtThisResolution},
        {0x07FE, Kind::PlusInfinity},
        {0x0802, Kind::MinusInfinity},
        {0x0801, Kind::Reserved},
    }};
    for (const auto &[code, kind] : specials) {
        if (raw == code)
            return {kind, 0};
    }
    int mantissa = raw & 0x0FFF;
    if (mantissa >= 0x0800)
        mantissa -= 0x1000;
    int exponent = (raw >> 12) & 0x0F;
    if (exponent >= 0x08)
        exponent -= 0x10;
    return {Kind::Number, mantissa * std::pow(10.0, exponent)};
}

QString SFloat::toString() const
{
    switch (kind) {
    case Kind::Number:
        return QString::number(value);
    case Kind::NotANumber:
        return u"NaN"_s;
    case Kind::NotAtThisResolution:
        return u"NRes"_s;
    case Kind::PlusInfinity:
        return u"+INF"_s;
    case Kind::MinusInfinity:
        return u"-INF"_s;
    case Kind::Reserved:
        return u"reserved"_s;
    }
    return {};
}

DecodedMeasurement decodeMeasurement(QByteArrayView bytes)
{
    DecodedMeasurement decoded;
    const Layout layout = layoutOf(bytes);
    if (!layout.problem.isEmpty()) {
        decoded.problem = layout.problem;
        return decoded;
    }
    const bool userId = layout.userId;
    const bool kilopascal = layout.kilopascal;
    const Fields little = readFields(bytes, false, userId, false);
    const Fields big = readFields(bytes, true, userId, true);
    const auto pressures = [kilopascal](const Fields &fields) {
        return isPressure(fields.first, kilopascal, false) &&
               isPressure(fields.second, kilopascal, false);
    };
    const auto failed = [](const Fields &fields) {
        return !fields.first.isNumber() || !fields.second.isNumber();
    };
    // A cuff that writes its fields big-endian gives numbers that are no pressure the other way
    // round (120 mmHg, 0x0078, read as 0x7800): the order that makes both pressures is its.
    const Fields *fields = nullptr;
    CuffReading &reading = decoded.reading;
    if (pressures(little)) {
        fields = &little;
    } else if (pressures(big)) {
        fields = &big;
        reading.deviations.append(u"fields big-endian"_s);
    } else if (failed(little) || failed(big)) {
        const Fields &sent = failed(little) ? little : big;
        decoded.outcome = DecodedMeasurement::Outcome::CuffError;
        decoded.problem = !sent.first.isNumber()
                              ? CuffText::tr("systolic is %1").arg(sent.first.toString())
                              : CuffText::tr("diastolic is %1").arg(sent.second.toString());
        return decoded;
    } else {
        decoded.problem = CuffText::tr("systolic %1 and diastolic %2 %3 cannot be a blood pressure")
                              .arg(little.first.toString(), little.second.toString(),
                                   kilopascal ? u"kPa"_s : u"mmHg"_s);
        return decoded;
    }
    if (layout.userIdWithoutFlag)
        reading.deviations.append(u"a user id without its flag"_s);
    // Some cuffs write the pressures little-endian and the pulse and status after them
    // big-endian (a pulse of 63, 0x003F, read as 0x3F00 is -256000): when only the other
    // order makes a pulse, it is theirs.
    Fields mixed;
    if (fields == &little && little.pulse && little.pulse->isNumber() && !isPulse(*little.pulse)) {
        mixed = readFields(bytes, false, userId, true);
        if (mixed.pulse && isPulse(*mixed.pulse)) {
            fields = &mixed;
            reading.deviations.append(u"the pulse and status big-endian"_s);
        }
    }

    reading.sentInKilopascal = kilopascal;
    reading.systolic = wholeMmHg(fields->first, kilopascal);
    reading.diastolic = wholeMmHg(fields->second, kilopascal);
    if (isPressure(fields->third, kilopascal, false))
        reading.meanArterial = wholeMmHg(fields->third, kilopascal);
    if (fields->timeStamp) {
        reading.timeStampSent = true;
        const QDate date(fields->year, fields->month, fields->day);
        const QTime time(fields->hours, fields->minutes, fields->seconds);
        // Year, month or day 0 is a clock that was never set.
        if (fields->year >= 1582 && date.isValid() && time.isValid())
            reading.cuffTime = QDateTime(date, time);
    }
    if (fields->pulse) {
        if (fields->pulse->isNumber()) {
            const double pulse = fields->pulse->value;
            if (pulse <= 0 || pulse >= highestPressure) {
                decoded.reading = CuffReading();
                decoded.problem = CuffText::tr("the pulse %1 cannot be a pulse").arg(pulse);
                return decoded;
            }
            reading.pulse = static_cast<int>(std::lround(pulse));
        }
    }
    if (fields->userId && *fields->userId != 0xFF)
        reading.userId = *fields->userId;
    if (fields->status) {
        const quint16 raw = *fields->status;
        MeasurementStatus status;
        status.raw = raw;
        status.bodyMovement = raw & 0x0001;
        status.cuffTooLoose = raw & 0x0002;
        status.irregularPulse = raw & 0x0004;
        status.pulseRange = static_cast<MeasurementStatus::PulseRange>((raw >> 3) & 0x03);
        status.improperPosition = raw & 0x0020;
        reading.status = status;
    }
    decoded.outcome = DecodedMeasurement::Outcome::Reading;
    return decoded;
}

std::optional<int> decodeCuffPressure(QByteArrayView bytes)
{
    const Layout layout = layoutOf(bytes);
    if (!layout.problem.isEmpty())
        return std::nullopt;
    const bool userId = layout.userId;
    const bool kilopascal = layout.kilopascal;
    for (const bool bigEndian : {false, true}) {
        const Fields fields = readFields(bytes, bigEndian, userId, bigEndian);
        if (isPressure(fields.first, kilopascal, true))
            return wholeMmHg(fields.first, kilopascal);
    }
    return std::nullopt;
}

std::optional<CuffFeatures> decodeFeatures(QByteArrayView bytes)
{
    if (bytes.size() != 2)
        return std::nullopt;
    const auto raw =
        static_cast<quint16>(static_cast<quint8>(bytes[0]) | (static_cast<quint8>(bytes[1]) << 8));
    CuffFeatures features;
    features.raw = raw;
    features.bodyMovement = raw & 0x0001;
    features.cuffFit = raw & 0x0002;
    features.irregularPulse = raw & 0x0004;
    features.pulseRateRange = raw & 0x0008;
    features.measurementPosition = raw & 0x0010;
    features.multipleBonds = raw & 0x0020;
    return features;
}

QByteArray encodeDateTime(const QDateTime &local)
{
    const QDate date = local.date();
    const QTime time = local.time();
    const int year = date.year();
    const std::array<char, 7> bytes{
        static_cast<char>(year & 0xFF),  static_cast<char>((year >> 8) & 0xFF),
        static_cast<char>(date.month()), static_cast<char>(date.day()),
        static_cast<char>(time.hour()),  static_cast<char>(time.minute()),
        static_cast<char>(time.second())};
    return QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

QString hexBytes(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.toByteArray().toHex(' '));
}

} // namespace viparita::cuff

// The records of a Bluetooth blood-pressure cuff read from any bytes: a measurement is read
// whole or refused with a reason, never half; what is read is a blood pressure; the cuff
// pressure and the features hold to their own rules. The lengths are worked out here from the
// specification's layout, apart from the reader's own.

#include "fuzz_support.h"

#include <viparita/core/cuff_record.h>

using namespace viparita;
using namespace viparita::cuff;

#define CHECK_RULE(condition, detail)                                                              \
    do {                                                                                           \
        if (!(condition))                                                                          \
            fuzz::fail(#condition, (detail), __FILE__, __LINE__);                                  \
    } while (false)

namespace {

/// The length of a measurement with these flags: flags, three pressures, then the fields the
/// flags name.
qsizetype lengthFor(unsigned flags, bool userId)
{
    return 7 + ((flags & 0x02) ? 7 : 0) + ((flags & 0x04) ? 2 : 0) + (userId ? 1 : 0) +
           ((flags & 0x10) ? 2 : 0);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    const QString shown = hexBytes(bytes);
    const DecodedMeasurement decoded = decodeMeasurement(bytes);
    const DecodedMeasurement again = decodeMeasurement(bytes);
    CHECK_RULE(decoded.outcome == again.outcome && decoded.problem == again.problem, shown);

    using Outcome = DecodedMeasurement::Outcome;
    if (decoded.outcome != Outcome::Malformed) {
        CHECK_RULE(!bytes.isEmpty(), shown);
        const unsigned flags = static_cast<std::uint8_t>(bytes[0]);
        const bool userFlag = flags & 0x08;
        const bool fits = bytes.size() == lengthFor(flags, userFlag) ||
                          (!userFlag && bytes.size() == lengthFor(flags, true));
        CHECK_RULE(fits, shown);
    }
    switch (decoded.outcome) {
    case Outcome::Reading: {
        const CuffReading &reading = decoded.reading;
        CHECK_RULE(decoded.problem.isEmpty(), shown);
        CHECK_RULE(reading.systolic >= 10 && reading.systolic <= 400, shown);
        CHECK_RULE(reading.diastolic >= 10 && reading.diastolic <= 400, shown);
        CHECK_RULE(!reading.meanArterial ||
                       (*reading.meanArterial >= 10 && *reading.meanArterial <= 400),
                   shown);
        CHECK_RULE(!reading.pulse || (*reading.pulse >= 0 && *reading.pulse <= 400), shown);
        CHECK_RULE(!reading.userId || *reading.userId < 255, shown);
        CHECK_RULE(!reading.cuffTime || (reading.cuffTime->isValid() && reading.timeStampSent),
                   shown);
        CHECK_RULE(reading.sentInKilopascal == ((static_cast<std::uint8_t>(bytes[0]) & 1) != 0),
                   shown);
        if (reading.status) {
            // The status is the record's last two bytes, in one order or the other.
            const auto a = static_cast<std::uint8_t>(bytes[bytes.size() - 2]);
            const auto b = static_cast<std::uint8_t>(bytes[bytes.size() - 1]);
            CHECK_RULE(reading.status->raw == (a | (b << 8)) ||
                           reading.status->raw == ((a << 8) | b),
                       shown);
        }
        break;
    }
    case Outcome::CuffError:
        CHECK_RULE(!decoded.problem.isEmpty(), shown);
        break;
    case Outcome::Malformed:
        CHECK_RULE(!decoded.problem.isEmpty(), shown);
        CHECK_RULE(decoded.reading.systolic == 0 && decoded.reading.deviations.isEmpty(), shown);
        break;
    }

    if (const auto pressure = decodeCuffPressure(bytes))
        CHECK_RULE(*pressure >= 0 && *pressure <= 400, shown);
    CHECK_RULE(decodeFeatures(bytes).has_value() == (bytes.size() == 2), shown);
    return 0;
}

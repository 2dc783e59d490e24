#pragma once

#include <viparita/core/cuff_record.h>
#include <viparita/core/reading.h>

#include <QByteArrayView>
#include <QDateTime>
#include <QString>

#include <optional>

// What becomes of a measurement a cuff sends: a reading for the journal, another cuff user's
// reading left alone, the cuff's own error, or bytes refused. The time, the findings and the
// irregular pulse are settled here, once, for the app and the command line alike.
namespace viparita::cuff {

/// How far a cuff's clock may be ahead of the computer's before its time is not believed.
inline constexpr qint64 futureToleranceSeconds = 5 * 60;
/// How old a cuff's time may be before it is taken for an unset clock (a cuff that lost its
/// battery starts again in 2000 or in its year of making).
inline constexpr qint64 pastToleranceDays = 365;

struct Intake {
    enum class Outcome {
        Reading,   ///< `reading` is ready to save
        OtherUser, ///< a reading of another of the cuff's users: not saved
        CuffError, ///< the cuff could not measure: nothing to save, try again
        Malformed, ///< not a measurement: refused, `problem` names why and `bytes` holds it
    };
    Outcome outcome = Outcome::Malformed;
    Reading reading;           ///< for Reading and OtherUser
    CuffReading sent;          ///< what the cuff sent, decoded (not for Malformed)
    bool timeReplaced = false; ///< stored at the time it arrived, not the cuff's
    QString problem;           ///< for CuffError and Malformed
    QString bytes;             ///< the record, as hexBytes()
};

/// Makes an Intake of a measurement's `bytes` that arrived at `arrivedAt` (a local time),
/// for the cuff user `user` (nothing: the cuff has one user, or any is taken). The reading
/// has the cuff's time unless it sent none or its clock is far off (more than five minutes
/// ahead, more than a year behind): then the time it arrived, and its note says so. The
/// cuff's findings go into the note in words; an irregular pulse sets the irregular flag.
[[nodiscard]] Intake takeMeasurement(QByteArrayView bytes, const QDateTime &arrivedAt,
                                     std::optional<int> user);

/// "body movement; an irregular pulse": the findings of `status` in words, empty when none.
[[nodiscard]] QString findingsInWords(const MeasurementStatus &status);

/// "128 over 82, pulse 64": a reading as the voice says it.
[[nodiscard]] QString spokenReading(const Reading &reading);

} // namespace viparita::cuff

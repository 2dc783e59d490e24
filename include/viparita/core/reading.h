#pragma once

#include <viparita/core/blood_pressure.h>

#include <QDateTime>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace viparita {

/// One blood-pressure reading, as the cuff showed it.
struct Reading {
    qint64 id = 0;            ///< 0 until saved
    QDateTime takenAt;        ///< carries its UTC offset (Qt::OffsetFromUTC)
    int systolic = 0;         ///< mmHg
    int diastolic = 0;        ///< mmHg
    std::optional<int> pulse; ///< beats a minute
    ReadingContext context = ReadingContext::Standalone;
    std::optional<qint64> sessionId;
    std::optional<Arm> arm;
    std::optional<BodyPosition> position;
    bool irregular = false; ///< the cuff reported an irregular heartbeat
    QString note;
    std::optional<QDateTime> deletedAt; ///< when it was deleted; nothing while it is not

    friend bool operator==(const Reading &, const Reading &) = default;
};

} // namespace viparita

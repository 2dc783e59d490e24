#include <viparita/core/cue.h>

#include <algorithm>

namespace viparita {

int CueTime::secondsInto(int durationSeconds) const
{
    int seconds = 0;
    switch (kind) {
    case Kind::Start:
        seconds = 0;
        break;
    case Kind::Seconds:
        seconds = value;
        break;
    case Kind::Percent:
        seconds = durationSeconds * value / 100;
        break;
    case Kind::BeforeEnd:
        seconds = durationSeconds - value;
        break;
    }
    return std::clamp(seconds, 0, std::max(0, durationSeconds - 1));
}

QString CueTime::toString() const
{
    switch (kind) {
    case Kind::Start:
        break;
    case Kind::Seconds:
        return QString::number(value);
    case Kind::Percent:
        return QString::number(value) + QLatin1Char('%');
    case Kind::BeforeEnd:
        return QStringLiteral("end-") + QString::number(value);
    }
    return QStringLiteral("start");
}

} // namespace viparita

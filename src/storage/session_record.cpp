#include <viparita/storage/session_record.h>

using namespace Qt::Literals::StringLiterals;

namespace viparita {

QString toString(SessionStatus status)
{
    switch (status) {
    case SessionStatus::InProgress:
        return u"in_progress"_s;
    case SessionStatus::Completed:
        return u"completed"_s;
    case SessionStatus::Stopped:
        break;
    }
    return u"stopped"_s;
}

std::optional<SessionStatus> sessionStatusFromString(const QString &text)
{
    for (auto status :
         {SessionStatus::InProgress, SessionStatus::Completed, SessionStatus::Stopped}) {
        if (toString(status) == text)
            return status;
    }
    return std::nullopt;
}

} // namespace viparita

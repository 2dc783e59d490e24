#include <viparita/core/blood_pressure.h>

using namespace Qt::Literals::StringLiterals;

namespace viparita {

QString toString(ReadingContext context)
{
    switch (context) {
    case ReadingContext::Standalone:
        break;
    case ReadingContext::Before:
        return u"before"_s;
    case ReadingContext::During:
        return u"during"_s;
    case ReadingContext::After:
        return u"after"_s;
    }
    return u"standalone"_s;
}

QString toString(Arm arm)
{
    return arm == Arm::Right ? u"right"_s : u"left"_s;
}

QString toString(BodyPosition position)
{
    switch (position) {
    case BodyPosition::Sitting:
        break;
    case BodyPosition::Lying:
        return u"lying"_s;
    case BodyPosition::Standing:
        return u"standing"_s;
    }
    return u"sitting"_s;
}

std::optional<ReadingContext> readingContextFromString(const QString &text)
{
    for (const auto context : {ReadingContext::Standalone, ReadingContext::Before,
                               ReadingContext::During, ReadingContext::After}) {
        if (text == toString(context))
            return context;
    }
    return std::nullopt;
}

std::optional<Arm> armFromString(const QString &text)
{
    for (const auto arm : {Arm::Left, Arm::Right}) {
        if (text == toString(arm))
            return arm;
    }
    return std::nullopt;
}

std::optional<BodyPosition> bodyPositionFromString(const QString &text)
{
    for (const auto position :
         {BodyPosition::Sitting, BodyPosition::Lying, BodyPosition::Standing}) {
        if (text == toString(position))
            return position;
    }
    return std::nullopt;
}

} // namespace viparita

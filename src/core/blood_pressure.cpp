#include <viparita/core/blood_pressure.h>

#include <viparita/core/key_table.h>

namespace viparita {

namespace {

constexpr KeyTable<ReadingContext, 5> contexts{{{{ReadingContext::Standalone, u"standalone"},
                                                 {ReadingContext::Before, u"before"},
                                                 {ReadingContext::During, u"during"},
                                                 {ReadingContext::After, u"after"},
                                                 {ReadingContext::Standing, u"standing"}}}};
constexpr KeyTable<Arm, 2> arms{{{{Arm::Left, u"left"}, {Arm::Right, u"right"}}}};
constexpr KeyTable<BodyPosition, 3> positions{{{{BodyPosition::Sitting, u"sitting"},
                                                {BodyPosition::Lying, u"lying"},
                                                {BodyPosition::Standing, u"standing"}}}};

} // namespace

QString toString(ReadingContext context)
{
    return contexts.key(context);
}

QString toString(Arm arm)
{
    return arms.key(arm);
}

QString toString(BodyPosition position)
{
    return positions.key(position);
}

std::optional<ReadingContext> readingContextFromString(const QString &text)
{
    return contexts.value(text);
}

std::optional<Arm> armFromString(const QString &text)
{
    return arms.value(text);
}

std::optional<BodyPosition> bodyPositionFromString(const QString &text)
{
    return positions.value(text);
}

} // namespace viparita

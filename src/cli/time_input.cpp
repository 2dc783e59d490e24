#include "time_input.h"

#include <QCommandLineParser>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace viparita::cli {

std::optional<QDateTime> parseTime(const QString &text)
{
    // Date, 'T' (or a space), time to the minute at least, then an optional offset.
    static const QRegularExpression form(
        u"^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:?\\d{2})?$"_s);
    const QString trimmed = text.trimmed();
    if (!form.match(trimmed).hasMatch())
        return std::nullopt;
    QString normalised = trimmed;
    normalised.replace(u' ', u'T');
    QDateTime time = QDateTime::fromString(normalised, Qt::ISODateWithMs);
    // 9999-12-31T24:00 is the start of a year ISO 8601 cannot write back.
    if (!time.isValid() || time.date().year() > 9999)
        return std::nullopt;
    // Keep the offset of that moment, local time included, in whole minutes as ISO 8601 writes
    // it; the time stays as typed (local mean time, before time zones, had offsets in seconds).
    const int offset = static_cast<int>(std::lround(time.offsetFromUtc() / 60.0)) * 60;
    return QDateTime(time.date(), time.time(), Qt::OffsetFromUTC, offset);
}

std::optional<QDate> parseDate(const QString &text)
{
    static const QRegularExpression form(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    if (!form.match(text.trimmed()).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

QString isoWithOffset(const QDateTime &time)
{
    QString text = time.toString(Qt::ISODate);
    // Qt writes "Z" for an offset of zero; keep the explicit "+00:00".
    if (text.endsWith(u'Z'))
        text.chop(1), text += u"+00:00"_s;
    return text;
}

void addDateRangeOptions(QCommandLineParser &parser)
{
    parser.addOption({u"from"_s, CliText::tr("Only from this day on (YYYY-MM-DD)."), u"DATE"_s});
    parser.addOption(
        {u"to"_s, CliText::tr("Only up to this day, included (YYYY-MM-DD)."), u"DATE"_s});
}

std::optional<DateRange> dateRangeOption(const QCommandLineParser &parser, CommandContext &context)
{
    DateRange range;
    for (const QString &name : {u"from"_s, u"to"_s}) {
        if (!parser.isSet(name))
            continue;
        const auto date = parseDate(parser.value(name));
        if (!date) {
            //: %1: the option's name (from, to); %2: the value typed.
            context.err << "viparita-cli: "
                        << CliText::tr("--%1: must be a date as YYYY-MM-DD, not '%2'")
                               .arg(name, parser.value(name))
                        << "\n";
            return std::nullopt;
        }
        (name == u"from"_s ? range.from : range.to) = *date;
    }
    if (range.from && range.to && *range.from > *range.to) {
        context.err << "viparita-cli: " << CliText::tr("--from: must not be after --to") << "\n";
        return std::nullopt;
    }
    return range;
}

} // namespace viparita::cli

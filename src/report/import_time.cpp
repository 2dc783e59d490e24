#include "import_time.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace viparita::importing {

QDateTime withOwnOffset(const QDateTime &time)
{
    if (!time.isValid() || time.timeSpec() == Qt::OffsetFromUTC)
        return time;
    const int offset = static_cast<int>(std::lround(time.offsetFromUtc() / 60.0)) * 60;
    return QDateTime(time.date(), time.time(), Qt::OffsetFromUTC, offset);
}

namespace {

struct CsvImportText {
    Q_DECLARE_TR_FUNCTIONS(viparita::CsvImport)
};

/// The order of the day, the month and the year in a date.
enum class Order { YearMonthDay, DayMonthYear, MonthDayYear };

/// A date cell split into its three parts and what follows them (the time, an offset).
struct DateParts {
    std::array<QString, 3> parts;
    QChar separator; ///< the first separator, for the format shown
    QString rest;
    QString date; ///< the text of the date alone, for messages
};

/// splitDate() for the common all-number forms ("2026-11-21", "21.11.26 07:30"), without the
/// pattern; nothing when the text needs the pattern (a month's name, an odd shape).
std::optional<DateParts> splitNumericDate(const QString &text)
{
    const auto size = text.size();
    qsizetype at = 0;
    while (at < size && text.at(at).isSpace())
        ++at;
    const auto digits = [&text, size](qsizetype from) {
        qsizetype end = from;
        while (end < size && text.at(end) >= u'0' && text.at(end) <= u'9')
            ++end;
        return end - from;
    };
    const auto separators = [&text, size](qsizetype from) {
        qsizetype end = from;
        while (end < size && (text.at(end).isSpace() || text.at(end) == u'.' ||
                              text.at(end) == u'/' || text.at(end) == u',' || text.at(end) == u'-'))
            ++end;
        return end - from;
    };
    const qsizetype first = at, firstLength = digits(at);
    if (firstLength < 1 || firstLength > 4)
        return std::nullopt;
    at += firstLength;
    const qsizetype sepStart = at, sepLength = separators(at);
    if (sepLength == 0)
        return std::nullopt;
    at += sepLength;
    const qsizetype second = at, secondLength = digits(at);
    if (secondLength < 1 || secondLength > 2)
        return std::nullopt;
    at += secondLength;
    const qsizetype secondSeparators = separators(at);
    if (secondSeparators == 0)
        return std::nullopt;
    at += secondSeparators;
    const qsizetype third = at, thirdLength = digits(at);
    if (thirdLength != 4 && thirdLength != 1 && thirdLength != 2)
        return std::nullopt;
    at += thirdLength;
    if (at < size && !text.at(at).isSpace() && text.at(at) != u'T' && text.at(at) != u',')
        return std::nullopt;
    for (qsizetype i = at; i < size; ++i) {
        if (text.at(i) == u'\n' || text.at(i) == u'\r' || text.at(i) == QChar(0x2028) ||
            text.at(i) == QChar(0x2029) || text.at(i) == QChar(0x85))
            return std::nullopt;
    }
    DateParts parts;
    parts.parts = {text.mid(first, firstLength), text.mid(second, secondLength),
                   text.mid(third, thirdLength)};
    const QString separator = text.mid(sepStart, sepLength).trimmed();
    parts.separator = separator.isEmpty() ? u' ' : separator.front();
    parts.rest = text.mid(at);
    parts.date = text.left(at).trimmed();
    return parts;
}

std::optional<DateParts> splitDate(const QString &text)
{
    if (auto numeric = splitNumericDate(text))
        return numeric;
    // Three parts (numbers, or a month's name with an optional dot) separated by any of
    // space . / , -; then the time, if any, after a space, a T or a comma.
    static const QRegularExpression form(
        u"^\\s*(\\d{1,4}|[^\\W\\d_]{3,}\\.?)([\\s./,-]+)(\\d{1,2}|[^\\W\\d_]{3,}\\.?)[\\s./,-]+"
        "(\\d{4}|\\d{1,2})(?=$|[\\sT,])(.*)$"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    const auto match = form.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    DateParts parts;
    parts.parts = {match.captured(1), match.captured(3), match.captured(4)};
    parts.separator =
        match.captured(2).trimmed().isEmpty() ? u' ' : match.captured(2).trimmed().front();
    parts.rest = match.captured(5);
    parts.date = text.left(match.capturedStart(5)).trimmed();
    return parts;
}

bool isNumber(const QString &part)
{
    return !part.isEmpty() && part.front().isDigit();
}

int yearOf(const QString &part, const QDate &today)
{
    int year = part.toInt();
    if (part.size() <= 2) {
        // The latest century that does not put the year after this one: 26 is 2026, 99 is
        // 1999 (a two-digit year is never read into the future).
        const int century = today.year() / 100 * 100;
        year += century;
        if (year > today.year())
            year -= 100;
    }
    return year;
}

/// The date of `parts` in `order`; a month written as a name is the month whatever the
/// order, and then the four-digit (or last) number is the year.
QDate dateOf(const DateParts &date, Order order, const QDate &today)
{
    const auto &p = date.parts;
    for (int i = 0; i < 3; ++i) {
        if (isNumber(p.at(static_cast<size_t>(i))))
            continue;
        const int month = monthOfName(p.at(static_cast<size_t>(i)));
        if (month == 0)
            return {};
        QStringList numbers;
        for (int j = 0; j < 3; ++j) {
            if (j != i)
                numbers.append(p.at(static_cast<size_t>(j)));
        }
        if (!isNumber(numbers.at(0)) || !isNumber(numbers.at(1)))
            return {};
        const bool yearFirst = numbers.at(0).size() == 4;
        const QString &year = yearFirst ? numbers.at(0) : numbers.at(1);
        const QString &day = yearFirst ? numbers.at(1) : numbers.at(0);
        return QDate(yearOf(year, today), month, day.toInt());
    }
    const int a = p[0].toInt(), b = p[1].toInt();
    switch (order) {
    case Order::YearMonthDay:
        if (p[0].size() != 4)
            return {};
        return QDate(a, b, p[2].toInt());
    case Order::DayMonthYear:
        if (p[0].size() > 2)
            return {};
        return QDate(yearOf(p[2], today), b, a);
    case Order::MonthDayYear:
        if (p[0].size() > 2)
            return {};
        return QDate(yearOf(p[2], today), a, b);
    }
    return {};
}

/// The order a QDateTime format gives the day, the month and the year ("dd.MM.yyyy" is
/// day-month-year); nothing when it does not have all three.
std::optional<Order> orderOf(const QString &format)
{
    if (format.isEmpty())
        return Order::YearMonthDay;
    const qsizetype day = format.indexOf(u'd'), month = format.indexOf(u'M'),
                    year = format.indexOf(u'y');
    if (day < 0 || month < 0 || year < 0)
        return std::nullopt;
    if (year < month && month < day)
        return Order::YearMonthDay;
    if (day < month && month < year)
        return Order::DayMonthYear;
    if (month < day && day < year)
        return Order::MonthDayYear;
    return std::nullopt;
}

/// The time and offset after a date: " 07:12", "T07:12:00+01:00", " 7:12 pm", " 07:12:00 +0100".
struct ClockAndOffset {
    std::optional<QTime> clock;
    std::optional<int> offset;
    bool ok = true;
};

ClockAndOffset readRest(const QString &text)
{
    ClockAndOffset result;
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); }))
        return result; // a date alone, as most files write it beside a time column
    static const QRegularExpression form(
        u"^[\\sT,@-]*(\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?(?:\\s*[aApP]\\.?\\s?[mM]\\.?)?)?\\s*(.*)$"_s);
    const auto match = form.match(text);
    if (!match.hasMatch()) {
        result.ok = false;
        return result;
    }
    if (match.capturedLength(1) > 0) {
        result.clock = readClock(match.captured(1));
        result.ok = result.clock.has_value();
    }
    const QString offset = match.captured(2).trimmed();
    if (!offset.isEmpty()) {
        result.offset = readOffset(offset);
        result.ok = result.ok && result.offset.has_value();
    }
    return result;
}

/// This computer's time zone, looked up again only when TZ changes: a file of ten years has a
/// hundred thousand local times, and the C library's local time reads the zone's file for each.
const QTimeZone &localZone()
{
    thread_local QByteArray tz = qgetenv("TZ");
    thread_local QTimeZone zone = QTimeZone::systemTimeZone();
    if (const QByteArray now = qgetenv("TZ"); now != tz) {
        tz = now;
        zone = QTimeZone::systemTimeZone();
    }
    return zone;
}

/// The UTC offset of `zone` all through the local `day`, when no change of offset falls near
/// it (most days of most places); nothing when one does. Remembered for the day: a file's
/// readings come a few a day, and finding a zone's offset of a local time takes Qt a search
/// of the zone's changes each time.
std::optional<int> steadyOffset(const QTimeZone &zone, const QDate &day)
{
    struct Known {
        QByteArray zone;
        QDate day;
        std::optional<int> offset;
    };
    thread_local Known known;
    const QByteArray id = zone.id();
    if (known.day == day && known.zone == id)
        return known.offset;
    // Offsets are within 14 hours of UTC: these UTC bounds hold the whole local day.
    const QDateTime from(day.addDays(-1), QTime(0, 0), Qt::UTC);
    const QDateTime to(day.addDays(2), QTime(0, 0), Qt::UTC);
    std::optional<int> offset;
    if (!zone.hasTransitions()) {
        offset = zone.offsetFromUtc(from);
    } else {
        const QTimeZone::OffsetData next = zone.nextTransition(from);
        if (!next.atUtc.isValid() || next.atUtc >= to)
            offset = zone.offsetFromUtc(from);
    }
    known = {id, day, offset};
    return offset;
}

QDateTime momentOf(const QDate &day, const QTime &clock, std::optional<int> offset, bool utc)
{
    if (offset && !utc)
        return QDateTime(day, clock, Qt::OffsetFromUTC, *offset);
    const QTimeZone &local = localZone();
    if (!utc && local.isValid()) {
        if (const auto steady = steadyOffset(local, day)) {
            // As withOwnOffset() writes it: in whole minutes, the wall-clock time kept.
            const int minutes = static_cast<int>(std::lround(*steady / 60.0)) * 60;
            return QDateTime(day, clock, Qt::OffsetFromUTC, minutes);
        }
    }
    if (utc) {
        const QDateTime instant(day, clock, Qt::UTC);
        return offset            ? instant.toOffsetFromUtc(*offset)
               : local.isValid() ? instant.toTimeZone(local)
                                 : instant.toLocalTime();
    }
    QDateTime made =
        local.isValid() ? QDateTime(day, clock, local) : QDateTime(day, clock, Qt::LocalTime);
    if (!made.isValid() && day.isValid() && clock.isValid()) {
        // A time in the hour the clocks skip when they go forward: the clock that wrote it had
        // not moved yet, so it is read at the offset before the change (02:30 becomes 03:30
        // summer time), as Qt reads such a time in a named zone.
        const QDateTime wall(day, clock, Qt::UTC);
        const QDateTime dayBefore = wall.addDays(-1);
        const int before = local.isValid() ? local.offsetFromUtc(dayBefore)
                                           : dayBefore.toLocalTime().offsetFromUtc();
        made = local.isValid() ? wall.addSecs(-before).toTimeZone(local)
                               : wall.addSecs(-before).toLocalTime();
    }
    return made;
}

QString formatShown(const QString &format)
{
    if (format.isEmpty())
        return u"YYYY-MM-DD"_s;
    if (format == unixSeconds)
        return CsvImportText::tr("Unix time in seconds");
    if (format == unixMilliseconds)
        return CsvImportText::tr("Unix time in milliseconds");
    return format;
}

} // namespace

std::optional<QTime> readClock(const QString &text)
{
    const QString trimmed = text.trimmed();
    // The common forms, "7:30", "07:30" and "07:30:15", read without a parser.
    const auto digit = [&trimmed](qsizetype i) {
        return i < trimmed.size() && trimmed.at(i).isDigit() ? trimmed.at(i).digitValue() : -1;
    };
    if (const qsizetype colon = trimmed.indexOf(u':'); colon == 1 || colon == 2) {
        const int h1 = digit(0), h2 = colon == 2 ? digit(1) : 0;
        const int m1 = digit(colon + 1), m2 = digit(colon + 2);
        if (h1 >= 0 && h2 >= 0 && m1 >= 0 && m2 >= 0) {
            const int hour = colon == 2 ? h1 * 10 + h2 : h1;
            const int minute = m1 * 10 + m2;
            if (trimmed.size() == colon + 3)
                return QTime(hour, minute).isValid() ? std::optional(QTime(hour, minute))
                                                     : std::nullopt;
            const int s1 = digit(colon + 4), s2 = digit(colon + 5);
            if (trimmed.size() == colon + 6 && trimmed.at(colon + 3) == u':' && s1 >= 0 &&
                s2 >= 0) {
                const QTime time(hour, minute, s1 * 10 + s2);
                return time.isValid() ? std::optional(time) : std::nullopt;
            }
        }
    }
    static const QRegularExpression fraction(u"^(\\d{1,2}:\\d{2}:\\d{2})[.,]\\d+"_s);
    QString clock = trimmed;
    if (const auto match = fraction.match(trimmed); match.hasMatch())
        clock = match.captured(1) + trimmed.mid(match.capturedLength(0));
    for (const QString &format : {u"H:mm:ss"_s, u"H:mm"_s}) {
        const QTime time = QTime::fromString(clock, format);
        if (time.isValid())
            return time;
    }
    // A 12-hour clock: "7:12 am", "07:12 PM", "7:12:05 p.m.".
    QString twelve = clock.toUpper();
    twelve.remove(u'.');
    twelve.replace(u"A M"_s, u"AM"_s).replace(u"P M"_s, u"PM"_s);
    twelve.replace(u"AM"_s, u" AM"_s).replace(u"PM"_s, u" PM"_s);
    twelve = twelve.simplified();
    for (const QString &format : {u"h:mm:ss AP"_s, u"h:mm AP"_s}) {
        const QTime time = QTime::fromString(twelve, format);
        if (time.isValid())
            return time;
    }
    return std::nullopt;
}

std::optional<int> readOffset(const QString &text)
{
    static const QRegularExpression form(u"^(?:UTC|GMT)?\\s*([+-])(\\d{1,2})(?::?(\\d{2}))?$"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    const QString trimmed = text.trimmed();
    if (trimmed.compare(u"Z"_s, Qt::CaseInsensitive) == 0 ||
        trimmed.compare(u"UTC"_s, Qt::CaseInsensitive) == 0 ||
        trimmed.compare(u"GMT"_s, Qt::CaseInsensitive) == 0)
        return 0;
    const auto match = form.match(trimmed);
    if (!match.hasMatch())
        return std::nullopt;
    const int hours = match.captured(2).toInt(), minutes = match.captured(3).toInt();
    if (hours > 14 || minutes > 59)
        return std::nullopt;
    const int seconds = (hours * 60 + minutes) * 60;
    return match.captured(1) == u"-"_s ? -seconds : seconds;
}

int monthOfName(const QString &word)
{
    static const QHash<QString, int> names = [] {
        QHash<QString, int> table;
        for (const auto language : {QLocale::English, QLocale::German, QLocale::French,
                                    QLocale::Spanish, QLocale::Italian, QLocale::Dutch}) {
            const QLocale locale(language);
            for (int month = 1; month <= 12; ++month) {
                for (const auto form : {QLocale::LongFormat, QLocale::ShortFormat}) {
                    QString name = locale.monthName(month, form).toLower();
                    name.remove(u'.');
                    table.insert(name, month);
                    table.insert(locale.standaloneMonthName(month, form).toLower().remove(u'.'),
                                 month);
                }
            }
        }
        // Short forms the tables above do not give: "Sept", "Mrz", "Mär".
        table.insert(u"sept"_s, 9);
        table.insert(u"mrz"_s, 3);
        table.insert(u"mär"_s, 3);
        return table;
    }();
    QString key = word.trimmed().toLower();
    key.remove(u'.');
    if (const auto found = names.constFind(key); found != names.cend())
        return found.value();
    // The first three letters of an English month ("Sep", "Sept", "Septemb").
    if (key.size() >= 3) {
        for (int month = 1; month <= 12; ++month) {
            if (QLocale(QLocale::English).monthName(month).toLower().startsWith(key))
                return month;
        }
    }
    return 0;
}

Moment readMoment(const QString &date, const QString &clock, const QString &offset,
                  const TimeRules &rules)
{
    Moment moment;
    const QString text = date.trimmed();
    const auto fail = [&] {
        moment.problem = CsvImportText::tr("must be a date as %1, not '%2'")
                             .arg(formatShown(rules.format), text);
        return moment;
    };
    std::optional<int> columnOffset;
    QTimeZone zone;
    if (!offset.trimmed().isEmpty()) {
        columnOffset = readOffset(offset);
        // A time-zone name ("Europe/Berlin") gives the offset of each moment.
        if (!columnOffset)
            zone = QTimeZone(offset.trimmed().toUtf8());
        if (!columnOffset && !zone.isValid()) {
            moment.problem =
                CsvImportText::tr("the offset must be written as +01:00, UTC+0100 or a time zone "
                                  "such as Europe/Berlin, not '%1'")
                    .arg(offset.trimmed());
            return moment;
        }
    }

    if (rules.format == unixSeconds || rules.format == unixMilliseconds) {
        static const QRegularExpression digits(u"^(\\d{1,16})(?:\\.(\\d*))?$"_s);
        const auto match = digits.match(text);
        if (!match.hasMatch())
            return fail();
        qint64 milliseconds = match.captured(1).toLongLong();
        if (rules.format == unixSeconds)
            milliseconds *= 1000;
        const QDateTime instant = QDateTime::fromMSecsSinceEpoch(milliseconds, Qt::UTC);
        moment.time = columnOffset     ? instant.toOffsetFromUtc(*columnOffset)
                      : zone.isValid() ? withOwnOffset(instant.toTimeZone(zone))
                                       : withOwnOffset(instant.toLocalTime());
        return moment;
    }

    QDate day;
    ClockAndOffset rest;
    if (const auto order = orderOf(rules.format)) {
        if (const auto parts = splitDate(text)) {
            day = dateOf(*parts, *order, rules.today);
            rest = readRest(parts->rest);
        }
    }
    if (!day.isValid() || !rest.ok) {
        // A format the parts above do not cover ("yyyyMMdd HHmm"), read by Qt.
        rest = ClockAndOffset();
        const QDateTime whole = rules.format.isEmpty() ? QDateTime::fromString(text, Qt::ISODate)
                                                       : QDateTime::fromString(text, rules.format);
        if (whole.isValid()) {
            day = whole.date();
            rest.clock = whole.time();
            if (whole.timeSpec() == Qt::OffsetFromUTC || whole.timeSpec() == Qt::UTC)
                rest.offset = whole.offsetFromUtc();
        } else if (!rules.format.isEmpty()) {
            day = QDate::fromString(text, rules.format);
        }
        if (day.isValid() && rules.format.contains(u"yy"_s) && !rules.format.contains(u"yyyy"_s))
            day = QDate(yearOf(QString::number(day.year() % 100), rules.today), day.month(),
                        day.day());
    }
    if (!day.isValid())
        return fail();

    QTime time = rest.clock.value_or(QTime(0, 0));
    if (!clock.trimmed().isEmpty()) {
        const auto parsed = readClock(clock);
        if (!parsed) {
            moment.problem = CsvImportText::tr(
                                 "the time must be written as HH:MM, HH:MM:SS or 7:12 am, not '%1'")
                                 .arg(clock.trimmed());
            return moment;
        }
        time = *parsed;
    }
    if (zone.isValid() && !rest.offset) {
        const QDateTime zoned =
            rules.utc ? QDateTime(day, time, Qt::UTC).toTimeZone(zone) : QDateTime(day, time, zone);
        moment.time = withOwnOffset(zoned);
        return moment;
    }
    moment.time =
        withOwnOffset(momentOf(day, time, columnOffset ? columnOffset : rest.offset, rules.utc));
    return moment;
}

ColumnDates detectDateFormat(const QStringList &cells, const QList<int> &lines, const QDate &today,
                             const QString &settle)
{
    ColumnDates result;
    const auto lineOf = [&lines](qsizetype i) { return i < lines.size() ? lines.at(i) : 0; };
    const auto filled = [&cells](qsizetype i) { return !cells.at(i).trimmed().isEmpty(); };
    qsizetype firstFilled = 0;
    while (firstFilled < cells.size() && !filled(firstFilled))
        ++firstFilled;
    if (firstFilled == cells.size()) {
        result.problem = CsvImportText::tr("the date column is empty");
        return result;
    }

    // Unix times: a whole column of plausible whole numbers.
    static const QRegularExpression seconds(u"^\\d{9,10}(\\.\\d+)?$"_s),
        milliseconds(u"^\\d{12,13}$"_s);
    const auto all = [&](const QRegularExpression &form) {
        for (qsizetype i = firstFilled; i < cells.size(); ++i) {
            if (filled(i) && !form.match(cells.at(i).trimmed()).hasMatch())
                return false;
        }
        return true;
    };
    if (all(seconds) || all(milliseconds)) {
        result.format = all(seconds) ? unixSeconds.toString() : unixMilliseconds.toString();
        result.evidence =
            result.format == unixSeconds
                ? CsvImportText::tr("every date is a whole number of seconds since 1970")
                : CsvImportText::tr("every date is a whole number of milliseconds since 1970");
        return result;
    }

    // A cell in no known form is left to its row's reading (a bad row); the others decide.
    // The first such cell gives the form; only dates of numbers in an order still open are
    // all read.
    qsizetype firstReadable = firstFilled;
    std::optional<DateParts> firstParts;
    for (; firstReadable < cells.size(); ++firstReadable) {
        if (filled(firstReadable) && (firstParts = splitDate(cells.at(firstReadable).trimmed())))
            break;
    }
    if (!firstParts) {
        result.problem =
            CsvImportText::tr("the date '%1' on line %2 is in no form Viparita knows; give "
                              "--date-format (such as dd.MM.yyyy)")
                .arg(cells.at(firstFilled).trimmed())
                .arg(lineOf(firstFilled));
        return result;
    }
    QList<DateParts> parts{*firstParts};
    QList<int> filledLines{lineOf(firstReadable)};
    const bool yearOrName = !isNumber(firstParts->parts[0]) || !isNumber(firstParts->parts[1]) ||
                            firstParts->parts[0].size() == 4;
    if (!yearOrName) {
        parts.reserve(cells.size() - firstReadable);
        filledLines.reserve(cells.size() - firstReadable);
        for (qsizetype i = firstReadable + 1; i < cells.size(); ++i) {
            if (!filled(i))
                continue;
            if (const auto split = splitDate(cells.at(i).trimmed())) {
                parts.append(*split);
                filledLines.append(lineOf(i));
            }
        }
    }
    const DateParts &first = parts.first();
    const QString sep = first.separator == u' ' ? u" "_s : QString(first.separator);
    const bool named = !isNumber(first.parts[0]) || !isNumber(first.parts[1]);
    const QString year = first.parts[2].size() <= 2 ? u"yy"_s : u"yyyy"_s;

    if (named) {
        result.format = isNumber(first.parts[0]) ? u"d MMM yyyy"_s : u"MMM d yyyy"_s;
        result.evidence = CsvImportText::tr("the months are written as names");
    } else if (first.parts[0].size() == 4) {
        result.format = sep == u"-"_s ? QString() : u"yyyy%1MM%1dd"_s.arg(sep);
        result.evidence = CsvImportText::tr("the year comes first");
    } else {
        const QString dayFirst = u"dd%1MM%1%2"_s.arg(sep, year);
        const QString monthFirst = u"MM%1dd%1%2"_s.arg(sep, year);
        qsizetype dayOver12 = -1, monthOver12 = -1;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const int a = parts.at(i).parts[0].toInt(), b = parts.at(i).parts[1].toInt();
            if (a > 12 && dayOver12 < 0)
                dayOver12 = i;
            if (b > 12 && monthOver12 < 0)
                monthOver12 = i;
        }
        if (dayOver12 >= 0 && monthOver12 >= 0) {
            result.problem =
                CsvImportText::tr(
                    "the dates mix two orders: '%1' on line %2 is day first, '%3' on line %4 "
                    "month first; give --date-format %5 or %6")
                    .arg(parts.at(dayOver12).date)
                    .arg(filledLines.at(dayOver12))
                    .arg(parts.at(monthOver12).date)
                    .arg(filledLines.at(monthOver12))
                    .arg(dayFirst, monthFirst);
            return result;
        }
        if (dayOver12 >= 0 || monthOver12 >= 0) {
            const bool isDayFirst = dayOver12 >= 0;
            const qsizetype at = isDayFirst ? dayOver12 : monthOver12;
            result.format = isDayFirst ? dayFirst : monthFirst;
            result.evidence = (isDayFirst ? CsvImportText::tr("day first: '%1' on line %2")
                                          : CsvImportText::tr("month first: '%1' on line %2"))
                                  .arg(parts.at(at).date)
                                  .arg(filledLines.at(at));
        } else {
            // Every date reads both ways: keep the orders that give dates in the past, in the
            // file's order (ascending or descending).
            const auto fits = [&](Order order) {
                QList<QDate> days;
                for (const DateParts &cell : std::as_const(parts)) {
                    const QDate day = dateOf(cell, order, today);
                    if (!day.isValid() || day > today)
                        return false;
                    days.append(day);
                }
                const bool up = std::is_sorted(days.cbegin(), days.cend());
                const bool down = std::is_sorted(days.crbegin(), days.crend());
                return up || down;
            };
            const bool same = std::all_of(parts.cbegin(), parts.cend(), [](const DateParts &p) {
                return p.parts[0].toInt() == p.parts[1].toInt();
            });
            const bool dayFits = fits(Order::DayMonthYear), monthFits = fits(Order::MonthDayYear);
            // Dates written with dots are day first wherever they are written so.
            const bool dotted = first.separator == u'.' && dayFits;
            if (dotted && !same) {
                result.format = dayFirst;
                result.evidence = CsvImportText::tr("day first, as dates written with dots are");
            } else if (same || (dayFits && !monthFits)) {
                result.format = dayFirst;
                result.evidence =
                    same ? CsvImportText::tr("the day and the month are the same in every date")
                         : CsvImportText::tr("day first: only then are the dates in order and "
                                             "in the past");
            } else if (monthFits && !dayFits) {
                result.format = monthFirst;
                result.evidence = CsvImportText::tr(
                    "month first: only then are the dates in order and in the past");
            } else if (!settle.isEmpty()) {
                result.format = settle;
                result.evidence =
                    CsvImportText::tr("every date reads day first and month first; read as %1, "
                                      "as the app that wrote the file writes them")
                        .arg(settle);
            } else {
                result.problem =
                    CsvImportText::tr("every date can be read day first or month first (such as "
                                      "'%1' on line %2); give --date-format %3 or %4")
                        .arg(parts.first().date)
                        .arg(filledLines.first())
                        .arg(dayFirst, monthFirst);
                return result;
            }
        }
    }
    return result;
}

} // namespace viparita::importing

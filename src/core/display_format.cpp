#include <viparita/core/display_format.h>

#include <viparita/core/measurement.h>

#include <QDate>
#include <QDateTime>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace viparita {

namespace {

/// `value` rounded to `decimals`, with a rounded zero made +0 (never "-0").
double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    const double result = std::round(value * scale) / scale;
    return result == 0.0 ? 0.0 : result;
}

} // namespace

DisplayFormat::DisplayFormat(const QLocale &locale) : m_locale(locale) {}

QString DisplayFormat::number(double value, int decimals) const
{
    if (!std::isfinite(value))
        return m_locale.toString(value);
    const double shown = rounded(value, decimals);
    // The fewest decimals that still show the rounded value.
    int needed = 0;
    while (needed < decimals && rounded(shown, needed) != shown)
        ++needed;
    return m_locale.toString(shown, 'f', needed);
}

QString DisplayFormat::fixed(double value, int decimals) const
{
    if (!std::isfinite(value))
        return m_locale.toString(value);
    return m_locale.toString(rounded(value, decimals), 'f', decimals);
}

QString DisplayFormat::count(qint64 value) const
{
    return m_locale.toString(value);
}

QString DisplayFormat::change(double value, int decimals) const
{
    const double shown = std::isfinite(value) ? rounded(value, decimals) : value;
    const QString text = number(shown, decimals);
    return shown > 0.0 ? m_locale.positiveSign() + text : text;
}

QString DisplayFormat::pressure(double systolic, double diastolic) const
{
    return u"%1/%2"_s.arg(number(systolic), number(diastolic));
}

QString DisplayFormat::pressure(const Measurement &measurement) const
{
    return pressure(measurement.systolic, measurement.diastolic);
}

QString DisplayFormat::pressureChange(double systolic, double diastolic) const
{
    return u"%1/%2"_s.arg(change(systolic), change(diastolic));
}

QString DisplayFormat::pressureChange(const Measurement &before, const Measurement &after) const
{
    return pressureChange(after.systolic - before.systolic, after.diastolic - before.diastolic);
}

QString DisplayFormat::date(const QDate &date) const
{
    return m_locale.toString(date, QLocale::ShortFormat);
}

QString DisplayFormat::dateTime(const QDateTime &moment) const
{
    return m_locale.toString(moment, QLocale::ShortFormat);
}

QString DisplayFormat::time(const QDateTime &moment) const
{
    return m_locale.toString(moment.time(), QLocale::ShortFormat);
}

QString DisplayFormat::clock(qint64 milliseconds)
{
    const qint64 seconds = (std::max<qint64>(milliseconds, 0) + 999) / 1000;
    return u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString DisplayFormat::isoDate(const QDate &date)
{
    return date.toString(u"yyyy-MM-dd"_s);
}

} // namespace viparita

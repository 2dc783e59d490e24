#include "stats_command.h"

#include "exit_code.h"
#include "journal_access.h"
#include "time_input.h"

#include <viparita/core/display_format.h>
#include <viparita/core/home_average.h>
#include <viparita/core/home_week.h>
#include <viparita/core/statistics.h>

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace viparita::cli {

namespace {

// JSON: full doubles, null for what cannot be computed.

QJsonValue orNull(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue orNull(const std::optional<std::pair<double, double>> &interval)
{
    return interval ? QJsonValue(QJsonArray{interval->first, interval->second}) : QJsonValue();
}

QJsonValue orNull(const std::optional<QDate> &day)
{
    return day ? QJsonValue(day->toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject toJson(const Estimate &estimate)
{
    return {{u"mean"_s, orNull(estimate.mean)},
            {u"sd"_s, orNull(estimate.sd)},
            {u"ci95"_s, orNull(estimate.ci95)},
            {u"n"_s, estimate.n}};
}

QJsonObject toJson(const Trend &trend)
{
    return {{u"value"_s, orNull(trend.perThirtyDays)},
            {u"ci95"_s, orNull(trend.ci95)},
            {u"n"_s, trend.n}};
}

QJsonObject toJson(const PeriodAverage &average)
{
    return {{u"systolic"_s, orNull(average.systolic)},
            {u"diastolic"_s, orNull(average.diastolic)},
            {u"n"_s, average.n}};
}

QJsonObject toJson(const HomeSummary &home)
{
    const bool enough = home.status == HomeSummary::Status::Enough;
    QJsonObject json{
        {u"status"_s, enough ? u"enough"_s : u"not_enough"_s},
        {u"systolic"_s, orNull(home.systolic)},
        {u"diastolic"_s, orNull(home.diastolic)},
        {u"days"_s, home.days},
        {u"readings"_s, home.readings},
        {u"morning_readings"_s, home.morningReadings},
        {u"evening_readings"_s, home.eveningReadings},
        {u"category"_s,
         home.category ? QJsonValue(BpClassifier::key(*home.category)) : QJsonValue()},
        {u"from"_s, orNull(home.from)},
        {u"to"_s, orNull(home.to)},
    };
    if (!enough)
        json.insert(u"missing"_s, QJsonObject{{u"days"_s, home.missing.days},
                                              {u"readings"_s, home.missing.readings},
                                              {u"morning"_s, home.missing.morning},
                                              {u"evening"_s, home.missing.evening}});
    return json;
}

QJsonObject toJson(const StatisticsReport &report, Guideline guideline)
{
    QJsonArray categories;
    for (const CategoryShare &share : report.categories) {
        categories.append(QJsonObject{
            {u"category"_s, BpClassifier::key(share.category)},
            {u"name"_s, BpClassifier::name(share.category)},
            {u"count"_s, share.count},
            {u"share"_s, report.measurements > 0 ? QJsonValue(share.share) : QJsonValue()},
        });
    }
    return {
        {u"guideline"_s, BpClassifier::guidelineKey(guideline)},
        {u"sessions"_s, report.pairedSessions},
        {u"reliable"_s, report.reliable},
        {u"change"_s, QJsonObject{{u"systolic"_s, toJson(report.systolicChange)},
                                  {u"diastolic"_s, toJson(report.diastolicChange)},
                                  {u"pulse"_s, toJson(report.pulseChange)}}},
        {u"systolic_fell"_s, QJsonObject{{u"count"_s, report.systolicFell},
                                         {u"share"_s, orNull(report.shareSystolicFell)}}},
        {u"morning"_s, toJson(report.morning)},
        {u"evening"_s, toJson(report.evening)},
        {u"home_average"_s, toJson(report.home)},
        {u"trend"_s, QJsonObject{{u"systolic_per_30_days"_s, toJson(report.systolicTrend)},
                                 {u"diastolic_per_30_days"_s, toJson(report.diastolicTrend)}}},
        {u"categories"_s, categories},
        {u"measurements"_s, report.measurements},
        {u"standing"_s,
         QJsonObject{{u"readings"_s, report.standingReadings}, {u"fell"_s, report.fellOnStanding}}},
    };
}

QJsonObject toJson(const HomeWeekProgress &week)
{
    QJsonArray missed;
    for (const HomeWeekSlot &slot : week.missed)
        missed.append(QJsonObject{{u"day"_s, slot.day.toString(Qt::ISODate)},
                                  {u"slot"_s, slot.evening ? u"evening"_s : u"morning"_s},
                                  {u"readings"_s, slot.readings}});
    return {
        {u"first_day"_s, week.firstDay.toString(Qt::ISODate)},
        {u"last_day"_s, week.lastDay.toString(Qt::ISODate)},
        {u"day"_s, week.dayNumber},
        {u"finished"_s, week.finished},
        {u"readings_taken"_s, week.readingsTaken},
        {u"readings_planned"_s, HomeWeek::readingsPlanned},
        {u"missed_slots"_s, missed},
        {u"average"_s, toJson(week.result)},
    };
}

// Text: plain sentences, numbers rounded to one decimal.

/// A value to one decimal place, never "-0.0".
QString fixed(double value)
{
    if (std::round(value * 10.0) == 0.0)
        value = 0.0;
    return QString::number(value, 'f', 1);
}

/// A value with its sign: "+1.2", "-0.4", "0.0".
QString signedFixed(double value)
{
    const QString text = fixed(value);
    return std::round(value * 10.0) > 0.0 ? u'+' + text : text;
}

QString plural(int count, const QString &one, const QString &many)
{
    return u"%1 %2"_s.arg(count).arg(count == 1 ? one : many);
}

const QString notReliable =
    u" (not yet reliable: fewer than %1 sessions with readings before and after)"_s.arg(
        Statistics::reliableSessions);

/// "Over 3 sessions your systolic fell by 10.0 mmHg on average (95% CI 5.0 to 15.0)."
QString changeSentence(const Estimate &change, const QString &what, const QString &unit,
                       const QString &sessions, bool reliable)
{
    const double mean = change.mean.value_or(0.0);
    const bool fell = mean < 0.0;
    const QString direction =
        fell ? u"fell by %1 %2"_s.arg(fixed(-mean), unit)
             : (mean > 0.0 ? u"rose by %1 %2"_s.arg(fixed(mean), unit) : u"did not change"_s);
    QString sentence = u"Over %1 your %2 %3"_s.arg(sessions, what, direction);
    if (change.n > 1)
        sentence += u" on average"_s;
    if (change.ci95) {
        // The interval of the amount the sentence names: of the fall when it fell.
        double low = change.ci95->first;
        double high = change.ci95->second;
        if (fell) {
            low = -change.ci95->second;
            high = -change.ci95->first;
        }
        sentence += u" (95% CI %1 to %2"_s.arg(fixed(low), fixed(high));
        if (change.ci95->first <= 0.0 && change.ci95->second >= 0.0 && mean != 0.0)
            sentence += u", which includes no change"_s;
        sentence += u')';
    } else {
        sentence += u" (a confidence interval needs at least 2 sessions)"_s;
    }
    if (!reliable)
        sentence += notReliable;
    return sentence + u".\n"_s;
}

QString periodSentence(const QString &label, const PeriodAverage &average)
{
    if (!average.systolic || !average.diastolic)
        return u"%1: no measurements.\n"_s.arg(label);
    return u"%1: %2/%3 mmHg on average, over %4.\n"_s.arg(
        label, fixed(*average.systolic), fixed(*average.diastolic),
        plural(average.n, u"measurement"_s, u"measurements"_s));
}

QString trendPart(const QString &what, const Trend &trend)
{
    QString part = u"%1 %2 mmHg per 30 days"_s.arg(what, signedFixed(*trend.perThirtyDays));
    if (trend.ci95)
        part += u" (95% CI %1 to %2)"_s.arg(signedFixed(trend.ci95->first),
                                            signedFixed(trend.ci95->second));
    return part;
}

QString text(const StatisticsReport &report, Guideline guideline)
{
    QString out;
    // Before and after the practice.
    if (report.pairedSessions == 0) {
        out += u"No session has readings both before and after yet, so there is no change to "
               "show.\n"_s;
    } else {
        const QString sessions = plural(report.pairedSessions, u"session"_s, u"sessions"_s);
        out += changeSentence(report.systolicChange, u"systolic"_s, u"mmHg"_s, sessions,
                              report.reliable);
        out += changeSentence(report.diastolicChange, u"diastolic"_s, u"mmHg"_s, sessions,
                              report.reliable);
        if (report.pulseChange.n == 0) {
            out += u"No session has a pulse both before and after, so there is no change of the "
                   "pulse to show.\n"_s;
        } else {
            out += changeSentence(report.pulseChange, u"pulse"_s, u"beats a minute"_s,
                                  plural(report.pulseChange.n,
                                         u"session with a pulse before and after,"_s,
                                         u"sessions with a pulse before and after,"_s),
                                  report.reliable);
        }
        out += u"Your systolic fell in %1 of %2 (%3%)"_s.arg(report.systolicFell)
                   .arg(sessions, fixed(report.shareSystolicFell.value_or(0.0) * 100.0));
        out += (report.reliable ? QString() : notReliable) + u".\n"_s;
    }

    // Times of day.
    out += periodSentence(u"Morning (04:00 to 11:59 local time)"_s, report.morning);
    out += periodSentence(u"Evening (18:00 to 23:59 local time)"_s, report.evening);

    // The home average of the home-monitoring protocol.
    out += u"Home average (seated readings on their own or before a session, the latest week at "
           "most): "_s +
           HomeAverage::describe(report.home, guideline, DisplayFormat(QLocale::c()), true) + u'\n';

    // The standing check.
    if (report.standingReadings > 0)
        out += u"On standing up after sessions: %1, of which %2 fell on standing (20 systolic or "
               "10 diastolic lower than lying or sitting, or a systolic under 90).\n"_s
                   .arg(plural(report.standingReadings, u"reading"_s, u"readings"_s))
                   .arg(report.fellOnStanding);

    // The trend of the before measurements.
    if (!report.systolicTrend.perThirtyDays || !report.diastolicTrend.perThirtyDays) {
        out += u"Trend of the before measurements: needs before measurements on 2 or more "
               "different days (%1 so far).\n"_s.arg(
                   plural(report.systolicTrend.n, u"measurement"_s, u"measurements"_s));
    } else {
        out += u"Trend of the before measurements, over %1: %2, %3%4.\n"_s.arg(
            plural(report.systolicTrend.n, u"measurement"_s, u"measurements"_s),
            trendPart(u"systolic"_s, report.systolicTrend),
            trendPart(u"diastolic"_s, report.diastolicTrend),
            report.systolicTrend.ci95 ? QString() : u" (a confidence interval needs at least 3)"_s);
    }

    // Categories.
    if (report.measurements == 0) {
        out += u"No measurements yet.\n"_s;
    } else {
        out += u"Measurements by category (%1), %2 in all:\n"_s
                   .arg(BpClassifier::guidelineName(guideline))
                   .arg(report.measurements);
        for (const CategoryShare &share : report.categories) {
            out += u"  %1: %2 (%3%)\n"_s.arg(BpClassifier::name(share.category))
                       .arg(share.count)
                       .arg(fixed(share.share * 100.0));
        }
    }
    return out;
}

} // namespace

QJsonObject homeWeekJson(const HomeWeekProgress &week)
{
    return toJson(week);
}

StatsCommand::StatsCommand()
    : Command(u"stats"_s, u"Statistics: change over sessions, home average, trend, categories."_s)
{}

void StatsCommand::addOptions(QCommandLineParser &parser) const
{
    addReadingsQueryOptions(parser, u"Print a JSON object instead of sentences."_s);
    parser.addOption({u"week-from"_s,
                      u"Also the home-monitoring week that began on DATE (YYYY-MM-DD): its "
                      "progress, the slots missed, and the average of its days 2 to 7."_s,
                      u"DATE"_s});
    addWeekOption(parser, u"Also the home-monitoring week (as --week-from)."_s);
}

int StatsCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    int status = Success;
    const auto query = readReadings(parser, context, u"stats"_s, status);
    if (!query)
        return status;
    const QList<Reading> &readings = query->readings;
    const Guideline guideline = query->guideline;

    std::optional<HomeWeekProgress> week;
    if (parser.isSet(u"week-from"_s)) {
        const std::optional<QDate> first = parseDate(parser.value(u"week-from"_s));
        if (!first) {
            context.err << "viparita-cli stats: --week-from must be a date such as 2026-11-02, "
                           "not '"
                        << parser.value(u"week-from"_s) << "'\n";
            return UsageError;
        }
        week = HomeWeek::progress(*first, readings, QDateTime::currentDateTime(), guideline);
    }
    if (parser.isSet(u"week"_s)) {
        if (week) {
            context.err << "viparita-cli stats: give --week or --week-from, not both\n";
            return UsageError;
        }
        const auto journal = openJournal(context, Access::Read, status);
        if (!journal)
            return status;
        const auto first = weekOption(parser, context, *journal, status);
        if (!first)
            return status;
        week = HomeWeek::progress(*first, readings, QDateTime::currentDateTime(), guideline);
    }

    const StatisticsReport report = Statistics::compute(readings, guideline);
    if (parser.isSet(u"json"_s)) {
        QJsonObject json = toJson(report, guideline);
        if (week)
            json.insert(u"home_week"_s, toJson(*week));
        context.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return Success;
    }
    context.out << text(report, guideline);
    if (week) {
        const DisplayFormat format(QLocale::c());
        context.out << u"Home-monitoring week from %1: %2"_s.arg(
                           week->firstDay.toString(Qt::ISODate),
                           HomeWeek::describeProgress(*week, format))
                    << '\n';
        if (!week->missed.isEmpty() && !week->finished)
            context.out << u"  Slots missed so far: %1.\n"_s.arg(week->missed.size());
        context.out << u"  Its average (days 2 to 7, the first day left out): "_s
                    << HomeAverage::describe(week->result, guideline, format, true) << '\n';
    }
    return Success;
}

} // namespace viparita::cli

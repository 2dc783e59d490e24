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
#include <QLocale>

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
            // The same in every language, as all of the JSON.
            {u"name"_s, QString::fromLatin1(BpClassifier::englishName(share.category))},
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

// Text: plain sentences in the person's language, numbers rounded to one decimal and written
// as the language writes them ("9.5", "9,5"); the JSON keeps its numbers.

/// A value to one decimal place, never "-0.0".
QString fixed(double value)
{
    if (std::round(value * 10.0) == 0.0)
        value = 0.0;
    return QLocale().toString(value, 'f', 1);
}

/// A value with its sign: "+1.2", "-0.4", "0.0".
QString signedFixed(double value)
{
    const QString text = fixed(value);
    return std::round(value * 10.0) > 0.0 ? QLocale().positiveSign() + text : text;
}

/// `sentence` (without its full stop) with the remark that too few sessions have readings
/// before and after for it to be relied on.
QString notReliable(const QString &sentence)
{
    //: %1: a sentence on the sessions, without its full stop; %n: the sessions needed.
    return CliText::tr("%1 (not yet reliable: fewer than %n session(s) with readings before and "
                       "after)",
                       nullptr, Statistics::reliableSessions)
        .arg(sentence);
}

enum class Measure { Systolic, Diastolic, Pulse };

/// "Over 3 sessions your systolic fell by 10.0 mmHg on average": the change of `measure` by
/// its mean `mean` over `sessions` sessions, without its interval or full stop.
QString changeClause(Measure measure, double mean, int sessions, bool averaged)
{
    const QString by = fixed(std::abs(mean));
    switch (measure) {
    case Measure::Systolic:
        if (mean < 0.0)
            return (averaged ? CliText::tr("Over %n session(s) your systolic fell by %1 mmHg on "
                                           "average",
                                           nullptr, sessions)
                             : CliText::tr("Over %n session(s) your systolic fell by %1 mmHg",
                                           nullptr, sessions))
                .arg(by);
        if (mean > 0.0)
            return (averaged ? CliText::tr("Over %n session(s) your systolic rose by %1 mmHg on "
                                           "average",
                                           nullptr, sessions)
                             : CliText::tr("Over %n session(s) your systolic rose by %1 mmHg",
                                           nullptr, sessions))
                .arg(by);
        return averaged ? CliText::tr("Over %n session(s) your systolic did not change on average",
                                      nullptr, sessions)
                        : CliText::tr("Over %n session(s) your systolic did not change", nullptr,
                                      sessions);
    case Measure::Diastolic:
        if (mean < 0.0)
            return (averaged ? CliText::tr("Over %n session(s) your diastolic fell by %1 mmHg on "
                                           "average",
                                           nullptr, sessions)
                             : CliText::tr("Over %n session(s) your diastolic fell by %1 mmHg",
                                           nullptr, sessions))
                .arg(by);
        if (mean > 0.0)
            return (averaged ? CliText::tr("Over %n session(s) your diastolic rose by %1 mmHg on "
                                           "average",
                                           nullptr, sessions)
                             : CliText::tr("Over %n session(s) your diastolic rose by %1 mmHg",
                                           nullptr, sessions))
                .arg(by);
        return averaged ? CliText::tr("Over %n session(s) your diastolic did not change on "
                                      "average",
                                      nullptr, sessions)
                        : CliText::tr("Over %n session(s) your diastolic did not change", nullptr,
                                      sessions);
    case Measure::Pulse:
        if (mean < 0.0)
            return (averaged ? CliText::tr("Over %n session(s) with a pulse before and after, "
                                           "your pulse fell by %1 beats a minute on average",
                                           nullptr, sessions)
                             : CliText::tr("Over %n session(s) with a pulse before and after, "
                                           "your pulse fell by %1 beats a minute",
                                           nullptr, sessions))
                .arg(by);
        if (mean > 0.0)
            return (averaged ? CliText::tr("Over %n session(s) with a pulse before and after, "
                                           "your pulse rose by %1 beats a minute on average",
                                           nullptr, sessions)
                             : CliText::tr("Over %n session(s) with a pulse before and after, "
                                           "your pulse rose by %1 beats a minute",
                                           nullptr, sessions))
                .arg(by);
        return averaged ? CliText::tr("Over %n session(s) with a pulse before and after, your "
                                      "pulse did not change on average",
                                      nullptr, sessions)
                        : CliText::tr("Over %n session(s) with a pulse before and after, your "
                                      "pulse did not change",
                                      nullptr, sessions);
    }
    return {};
}

/// "Over 3 sessions your systolic fell by 10.0 mmHg on average (95% CI 5.0 to 15.0).", a line.
QString changeSentence(const Estimate &change, Measure measure, int sessions, bool reliable)
{
    const double mean = change.mean.value_or(0.0);
    const bool fell = mean < 0.0;
    QString sentence = changeClause(measure, mean, sessions, change.n > 1);
    if (change.ci95) {
        // The interval of the amount the sentence names: of the fall when it fell.
        double low = change.ci95->first;
        double high = change.ci95->second;
        if (fell) {
            low = -change.ci95->second;
            high = -change.ci95->first;
        }
        if (change.ci95->first <= 0.0 && change.ci95->second >= 0.0 && mean != 0.0) {
            //: %1: a sentence on the change over sessions; %2 to %3: the 95% confidence
            //: interval of the amount it names.
            sentence = CliText::tr("%1 (95% CI %2 to %3, which includes no change)")
                           .arg(sentence, fixed(low), fixed(high));
        } else {
            //: %1: a sentence on the change over sessions; %2 to %3: the 95% confidence
            //: interval of the amount it names.
            sentence = CliText::tr("%1 (95% CI %2 to %3)").arg(sentence, fixed(low), fixed(high));
        }
    } else {
        //: %1: a sentence on the change over one session.
        sentence =
            CliText::tr("%1 (a confidence interval needs at least 2 sessions)").arg(sentence);
    }
    if (!reliable)
        sentence = notReliable(sentence);
    return sentence + u".\n"_s;
}

/// "Morning (04:00 to 11:59 local time): 135.0/85.0 mmHg on average, over 4 measurements.",
/// a line.
QString periodSentence(const QString &label, const PeriodAverage &average)
{
    //: %1: a time of day ("Morning (04:00 to 11:59 local time)").
    if (!average.systolic || !average.diastolic)
        return CliText::tr("%1: no measurements.").arg(label) + u'\n';
    //: %1: a time of day ("Morning (04:00 to 11:59 local time)"); %2/%3: systolic/diastolic.
    return CliText::tr("%1: %2/%3 mmHg on average, over %n measurement(s).", nullptr, average.n)
               .arg(label, fixed(*average.systolic), fixed(*average.diastolic)) +
           u'\n';
}

/// "systolic -2.0 mmHg per 30 days (95% CI -4.0 to 0.0)".
QString trendPart(Measure measure, const Trend &trend)
{
    const QString value = signedFixed(*trend.perThirtyDays);
    if (!trend.ci95) {
        //: Part of a sentence on the trend. %1: the change, with its sign ("-2.0").
        if (measure == Measure::Systolic)
            return CliText::tr("systolic %1 mmHg per 30 days").arg(value);
        //: Part of a sentence on the trend. %1: the change, with its sign ("-2.0").
        return CliText::tr("diastolic %1 mmHg per 30 days").arg(value);
    }
    const QString low = signedFixed(trend.ci95->first);
    const QString high = signedFixed(trend.ci95->second);
    //: Part of a sentence on the trend. %1: the change, with its sign ("-2.0"); %2 to %3:
    //: its 95% confidence interval.
    if (measure == Measure::Systolic)
        return CliText::tr("systolic %1 mmHg per 30 days (95% CI %2 to %3)").arg(value, low, high);
    //: Part of a sentence on the trend. %1: the change, with its sign ("-2.0"); %2 to %3: its
    //: 95% confidence interval.
    return CliText::tr("diastolic %1 mmHg per 30 days (95% CI %2 to %3)").arg(value, low, high);
}

QString text(const StatisticsReport &report, Guideline guideline)
{
    QString out;
    // Before and after the practice.
    if (report.pairedSessions == 0) {
        out += CliText::tr("No session has readings both before and after yet, so there is no "
                           "change to show.") +
               u'\n';
    } else {
        const int sessions = report.pairedSessions;
        out += changeSentence(report.systolicChange, Measure::Systolic, sessions, report.reliable);
        out +=
            changeSentence(report.diastolicChange, Measure::Diastolic, sessions, report.reliable);
        if (report.pulseChange.n == 0) {
            out += CliText::tr("No session has a pulse both before and after, so there is no "
                               "change of the pulse to show.") +
                   u'\n';
        } else {
            out += changeSentence(report.pulseChange, Measure::Pulse, report.pulseChange.n,
                                  report.reliable);
        }
        //: %1: in how many of the sessions; %2: their share in percent.
        const QString fellIn =
            CliText::tr("Your systolic fell in %1 of %n session(s) (%2%)", nullptr, sessions)
                .arg(report.systolicFell)
                .arg(fixed(report.shareSystolicFell.value_or(0.0) * 100.0));
        out += (report.reliable ? fellIn : notReliable(fellIn)) + u".\n"_s;
    }

    // Times of day.
    out += periodSentence(CliText::tr("Morning (04:00 to 11:59 local time)"), report.morning);
    out += periodSentence(CliText::tr("Evening (18:00 to 23:59 local time)"), report.evening);

    // The home average of the home-monitoring protocol.
    //: %1: the home average and what it means, in words.
    out += CliText::tr("Home average (seated readings on their own or before a session, the "
                       "latest week at most): %1")
               .arg(HomeAverage::describe(report.home, guideline, DisplayFormat(), true)) +
           u'\n';

    // The standing check.
    //: %1: how many of the readings fell.
    if (report.standingReadings > 0)
        out += CliText::tr("On standing up after sessions: %n reading(s), of which %1 fell on "
                           "standing (20 systolic or 10 diastolic lower than lying or sitting, or "
                           "a systolic under 90).",
                           nullptr, report.standingReadings)
                   .arg(report.fellOnStanding) +
               u'\n';

    // The trend of the before measurements.
    if (!report.systolicTrend.perThirtyDays || !report.diastolicTrend.perThirtyDays) {
        out += CliText::tr("Trend of the before measurements: needs before measurements on 2 or "
                           "more different days (%n measurement(s) so far).",
                           nullptr, report.systolicTrend.n) +
               u'\n';
    } else {
        const QString systolic = trendPart(Measure::Systolic, report.systolicTrend);
        const QString diastolic = trendPart(Measure::Diastolic, report.diastolicTrend);
        if (report.systolicTrend.ci95) {
            //: %1, %2: the trends of the systolic and the diastolic, in words.
            out += CliText::tr("Trend of the before measurements, over %n measurement(s): %1, %2.",
                               nullptr, report.systolicTrend.n)
                       .arg(systolic, diastolic) +
                   u'\n';
        } else {
            //: %1, %2: the trends of the systolic and the diastolic, in words.
            out += CliText::tr("Trend of the before measurements, over %n measurement(s): %1, %2 "
                               "(a confidence interval needs at least 3).",
                               nullptr, report.systolicTrend.n)
                       .arg(systolic, diastolic) +
                   u'\n';
        }
    }

    // Categories.
    if (report.measurements == 0) {
        out += CliText::tr("No measurements yet.") + u'\n';
    } else {
        //: %1: the guideline's name; %2: how many measurements.
        out += CliText::tr("Measurements by category (%1), %2 in all:")
                   .arg(BpClassifier::guidelineName(guideline))
                   .arg(report.measurements) +
               u'\n';
        for (const CategoryShare &share : report.categories) {
            //: A category's line: %1: its name; %2: how many measurements; %3: their share in
            //: percent.
            out += u"  "_s +
                   CliText::tr("%1: %2 (%3%)")
                       .arg(BpClassifier::name(share.category))
                       .arg(share.count)
                       .arg(fixed(share.share * 100.0)) +
                   u'\n';
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
    : Command(u"stats"_s,
              CliText::tr("Statistics: change over sessions, home average, trend, categories."))
{}

void StatsCommand::addOptions(QCommandLineParser &parser) const
{
    addReadingsQueryOptions(parser, CliText::tr("Print a JSON object instead of sentences."));
    parser.addOption({u"week-from"_s,
                      //: DATE is the value name shown in the help.
                      CliText::tr("Also the home-monitoring week that began on DATE (YYYY-MM-DD): "
                                  "its progress, the slots missed, and the average of its days 2 "
                                  "to 7."),
                      u"DATE"_s});
    addWeekOption(parser, CliText::tr("Also the home-monitoring week (as --week-from)."));
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
            //: %1: the value typed.
            context.err << "viparita-cli stats: "
                        << CliText::tr("--week-from must be a date such as 2026-11-02, not '%1'")
                               .arg(parser.value(u"week-from"_s))
                        << "\n";
            return UsageError;
        }
        week = HomeWeek::progress(*first, readings, QDateTime::currentDateTime(), guideline);
    }
    if (parser.isSet(u"week"_s)) {
        if (week) {
            context.err << "viparita-cli stats: "
                        << CliText::tr("give --week or --week-from, not both") << "\n";
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
        const DisplayFormat format;
        //: %1: the week's first day; %2: its progress, in words.
        context.out << CliText::tr("Home-monitoring week from %1: %2")
                           .arg(week->firstDay.toString(Qt::ISODate),
                                HomeWeek::describeProgress(*week, format))
                    << '\n';
        //: %1: how many slots (a morning's or an evening's readings) were missed.
        if (!week->missed.isEmpty() && !week->finished)
            context.out << "  " << CliText::tr("Slots missed so far: %1.").arg(week->missed.size())
                        << "\n";
        //: %1: the week's average and what it means, in words.
        context.out << "  "
                    << CliText::tr("Its average (days 2 to 7, the first day left out): %1")
                           .arg(HomeAverage::describe(week->result, guideline, format, true))
                    << '\n';
    }
    return Success;
}

} // namespace viparita::cli

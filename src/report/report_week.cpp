#include "report_sections.h"

#include <viparita/core/home_average.h>
#include <viparita/core/home_week.h>

#include <QMap>
#include <QPainter>

using namespace Qt::Literals::StringLiterals;

namespace viparita::detail {

void ReportSections::weekReport(const HomeWeekProgress &week, const QList<Reading> &readings,
                                const QDateTime &generatedAt)
{
    const DisplayFormat &format = m_wording.format();
    m_layout.paragraph(tr("Home blood-pressure week"),
                       ReportStyle::font(ReportStyle::titleSize, true), ReportStyle::ink, 6.0);
    if (!m_options.name.isEmpty())
        m_layout.keyValue(tr("Name"), m_options.name);
    m_layout.keyValue(tr("Week"), tr("%1 to %2 (morning and evening, two readings each)")
                                      .arg(DisplayFormat::isoDate(week.firstDay),
                                           DisplayFormat::isoDate(week.lastDay)));
    m_layout.keyValue(tr("Made on"), generatedAt.toString(u"yyyy-MM-dd HH:mm"_s));
    m_layout.skip(4.0);
    m_layout.rule(2.0);

    m_layout.heading(tr("Result"));
    m_layout.keyValue(tr("Average of days 2 to 7"),
                      HomeAverage::describe(week.result, m_options.guideline, format, true));
    m_layout.keyValue(tr("Readings"), HomeWeek::describeProgress(week, format));
    if (!week.missed.isEmpty()) {
        // Slots without a reading by day ("2026-12-02 morning and evening"), then how many
        // had one reading of their two.
        QStringList empty;
        int halfTaken = 0;
        for (qsizetype i = 0; i < week.missed.size(); ++i) {
            const HomeWeekSlot &slot = week.missed.at(i);
            if (slot.readings > 0) {
                ++halfTaken;
                continue;
            }
            const bool wholeDay = !slot.evening && i + 1 < week.missed.size() &&
                                  week.missed.at(i + 1).day == slot.day &&
                                  week.missed.at(i + 1).evening &&
                                  week.missed.at(i + 1).readings == 0;
            if (wholeDay) {
                empty.append(tr("%1 morning and evening").arg(DisplayFormat::isoDate(slot.day)));
                ++i;
            } else {
                empty.append((slot.evening ? tr("%1 evening") : tr("%1 morning"))
                                 .arg(DisplayFormat::isoDate(slot.day)));
            }
        }
        QStringList said;
        if (!empty.isEmpty())
            said.append(tr("no reading: %1").arg(empty.join(u", "_s)));
        if (halfTaken > 0)
            said.append(halfTaken == 1 ? tr("1 slot with one reading of two")
                                       : tr("%1 slots with one reading of two").arg(halfTaken));
        m_layout.keyValue(tr("Slots missed"), said.join(u"; "_s));
    }
    if (!week.finished && week.dayNumber <= HomeWeek::days)
        m_layout.keyValue(tr("Status"), tr("The week is not over: this is where it stands."));
    m_layout.keyValue(tr("Medication"), medicationSummary(readings, false));
    for (const Medication &medication : m_options.medications) {
        for (const MedicationChange &change : medication.changes) {
            if (change.date < week.firstDay || change.date > week.lastDay)
                continue;
            const QString what =
                change.kind == MedicationChange::Kind::Stopped
                    ? tr("%1 stopped").arg(medication.name)
                : change.kind == MedicationChange::Kind::Started
                    ? tr("%1 started, %2").arg(medication.name, change.dose->toString())
                    : tr("%1 changed to %2").arg(medication.name, change.dose->toString());
            m_layout.keyValue(tr("Changed in the week"),
                              tr("%1 on %2").arg(what, DisplayFormat::isoDate(change.date)));
        }
    }
    m_layout.paragraph(
        tr("How: seated with the back supported, feet flat, the arm resting at heart level, after "
           "five minutes' quiet rest; two readings a minute apart each morning (before "
           "medication) and each evening. The first day is left out of the average, and so are "
           "readings taken lying, standing, or during or after a session."),
        ReportStyle::font(ReportStyle::smallSize), ReportStyle::muted);

    // Every reading of the week's days, a row a day (the page holds the whole week), each
    // with what the average made of it.
    QList<Reading> sorted = readings;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Reading &a, const Reading &b) {
        return a.takenAt.toUTC() < b.takenAt.toUTC();
    });
    QList<QStringList> rows;
    bool anyReading = false;
    for (int number = 1; number <= HomeWeek::days; ++number) {
        const QDate day = week.firstDay.addDays(number - 1);
        QStringList morning;
        QStringList evening;
        QStringList other;
        int counted = 0;
        QMap<QString, int> leftOut;
        for (const Reading &reading : sorted) {
            if (reading.deletedAt || reading.takenAt.date() != day)
                continue;
            anyReading = true;
            const WeekReadingUse use = HomeWeek::use(reading, week.firstDay);
            const int hour = reading.takenAt.time().hour();
            // A reading keeps its time and pressures on one line (a no-break space).
            const QString text = u"%1\u00a0%2/%3"_s.arg(reading.takenAt.toString(u"HH:mm"_s))
                                     .arg(reading.systolic)
                                     .arg(reading.diastolic);
            const bool home = use == WeekReadingUse::Counted || use == WeekReadingUse::FirstDay;
            if (home && hour >= 4 && hour < 12)
                morning.append(text);
            else if (home && hour >= 18)
                evening.append(text);
            else
                other.append(text);
            if (use == WeekReadingUse::Counted)
                ++counted;
            else
                ++leftOut[HomeWeek::describeUse(use)];
        }
        QStringList made;
        if (counted > 0)
            made.append(tr("%1 counted").arg(counted));
        for (auto it = leftOut.cbegin(); it != leftOut.cend(); ++it)
            made.append(u"%1 %2"_s.arg(it.value()).arg(it.key()));
        rows.append({tr("Day %1, %2").arg(number).arg(DisplayFormat::isoDate(day)),
                     morning.join(u", "_s), evening.join(u", "_s), other.join(u", "_s),
                     made.join(u"; "_s)});
    }
    if (!anyReading) {
        m_layout.paragraph(tr("No readings were taken on the week's days."),
                           ReportStyle::font(ReportStyle::bodySize), ReportStyle::ink);
    } else {
        m_layout.table(tr("The week's readings (mmHg)"),
                       {{tr("Day")},
                        {tr("Morning"), 0.75},
                        {tr("Evening"), 0.75},
                        {tr("At other times, or not seated"), 0.5},
                        {tr("In the average"), 0.6}},
                       rows);
    }
    m_layout.skip(6.0);
    m_layout.paragraph(tr("Viparita informs; it does not diagnose and gives no advice on "
                          "medication. The home thresholds follow %1.")
                           .arg(BpClassifier::guidelineName(m_options.guideline)),
                       ReportStyle::font(ReportStyle::smallSize), ReportStyle::muted);
}

} // namespace viparita::detail

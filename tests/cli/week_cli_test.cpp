#include "test_environment.h"

#include "catch_qt.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using viparita::test::ProcessResult;

namespace {

/// A fresh journal, and `viparita-cli` run against it.
class WeekJournal {
public:
    WeekJournal()
    {
        m_folder = viparita::test::dataHome() + u"/week-"_s +
                   QUuid::createUuid().toString(QUuid::WithoutBraces);
        REQUIRE(QDir().mkpath(m_folder));
        m_path = m_folder + u"/journal.sqlite"_s;
    }
    [[nodiscard]] ProcessResult run(const QStringList &arguments) const
    {
        return viparita::test::runCli(QStringList{u"--database"_s, m_path} + arguments);
    }
    void ok(const QStringList &arguments) const
    {
        const auto result = run(arguments);
        INFO(arguments.join(u' ').toStdString() + ": " + result.err.toStdString());
        REQUIRE(result.exitCode == 0);
    }
    [[nodiscard]] QString file(const QString &name) const { return m_folder + u'/' + name; }

    /// The week of 2 November 2026 as a person keeps it: two seated readings each morning and
    /// evening, 170s on the first day (left out), the evening of day 5 forgotten, and one
    /// reading lying down after a session (not a home reading).
    void keepWeek() const
    {
        const QDate first(2026, 11, 2);
        const auto add = [this](const QDate &day, const QString &clock, const QString &pressure) {
            ok({u"reading"_s, u"add"_s, u"--at"_s, day.toString(Qt::ISODate) + u'T' + clock,
                u"--systolic"_s, pressure.section(u'/', 0, 0), u"--diastolic"_s,
                pressure.section(u'/', 1, 1), u"--position"_s, u"sitting"_s});
        };
        for (int day = 0; day < 7; ++day) {
            const QDate date = first.addDays(day);
            const bool firstDay = day == 0;
            add(date, u"07:00:00"_s, firstDay ? u"172/104"_s : u"136/86"_s);
            add(date, u"07:02:00"_s, firstDay ? u"168/102"_s : u"134/84"_s);
            if (day == 4)
                continue;
            add(date, u"20:00:00"_s, firstDay ? u"170/100"_s : u"137/85"_s);
            add(date, u"20:02:00"_s, firstDay ? u"166/98"_s : u"133/85"_s);
        }
        ok({u"session"_s, u"log"_s, u"healing"_s, u"--at"_s, u"2026-11-05T21:00:00"_s, u"--after"_s,
            u"112/70"_s});
    }

private:
    QString m_folder;
    QString m_path;
};

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST_CASE("a home-monitoring week gives the same average in stats and in its PDF page")
{
    const WeekJournal journal;
    journal.keepWeek();
    journal.ok(
        {u"week"_s, u"start"_s, u"--on"_s, u"2026-11-02"_s, u"--reason"_s, u"before the visit"_s});

    const auto stats = journal.run(
        {u"stats"_s, u"--json"_s, u"--week"_s, u"LAST"_s, u"--guideline"_s, u"esh2023"_s});
    REQUIRE(stats.exitCode == 0);
    const QJsonObject week =
        QJsonDocument::fromJson(stats.out.toUtf8()).object()[u"home_week"_s].toObject();
    const QJsonObject average = week[u"average"_s].toObject();
    CHECK(week[u"first_day"_s].toString() == u"2026-11-02"_s);
    CHECK(average[u"readings"_s].toInt() == 22);
    CHECK(average[u"systolic"_s].toDouble() == 135.0);
    CHECK(average[u"diastolic"_s].toDouble() == 85.0);
    CHECK(average[u"category"_s].toString() == u"hypertension"_s);

    const QString pdf = journal.file(u"week.pdf"_s);
    journal.ok({u"export"_s, u"--format"_s, u"pdf"_s, u"--week"_s, u"last"_s, u"--output"_s, pdf,
                u"--guideline"_s, u"esh2023"_s, u"--name"_s, u"Ana Lima"_s});
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(u"Home blood-pressure week"_s));
    CHECK(text.contains(u"2026-11-02 to 2026-11-08"_s));
    CHECK(text.simplified().contains(
        u"135/85 mmHg: Hypertension by the home thresholds of ESH 2023; from 22 readings over 6 "
        "days"_s));
    CHECK(text.contains(u"The week is over: 26 of 28 readings."_s));
    CHECK(text.simplified().contains(u"no reading: 2026-11-06 evening"_s));
    // Every reading of its days is listed, with what the average made of it.
    const QString simple = text.simplified();
    CHECK(simple.contains(u"4 left out: the first"_s));
    CHECK(simple.contains(u"172/104"_s));
    CHECK(simple.contains(u"168/102"_s));
    CHECK(simple.contains(u"2 counted"_s)); // the day of the forgotten evening
    CHECK(text.count(u"4 counted"_s) == 5);
    CHECK(simple.contains(u"112/70"_s));
    CHECK(simple.contains(u"taken during or after a session"_s));
    CHECK(text.contains(u"Page 1 of 1"_s));

    // The full report has the week on a page of its own, with the same numbers.
    const QString full = journal.file(u"report.pdf"_s);
    journal.ok({u"export"_s, u"--format"_s, u"pdf"_s, u"--output"_s, full, u"--guideline"_s,
                u"esh2023"_s});
    const QString fullText = pdfText(full).simplified();
    CHECK(fullText.contains(u"Blood pressure report"_s));
    CHECK(fullText.contains(u"Home blood-pressure week"_s));
    CHECK(fullText.contains(
        u"135/85 mmHg: Hypertension by the home thresholds of ESH 2023; from 22 readings over 6 "
        "days"_s));

    const auto weeks = journal.run({u"week"_s, u"list"_s, u"--json"_s});
    REQUIRE(weeks.exitCode == 0);
    const QJsonArray list = QJsonDocument::fromJson(weeks.out.toUtf8()).array();
    REQUIRE(list.size() == 1);
    CHECK(list[0].toObject()[u"reason"_s].toString() == u"before the visit"_s);
    CHECK(list[0].toObject()[u"average"_s].toObject()[u"systolic"_s].toDouble() == 135.0);

    journal.ok({u"week"_s, u"delete"_s, u"2026-11-02"_s});
    const auto none = journal.run({u"stats"_s, u"--week"_s, u"LAST"_s});
    CHECK(none.exitCode == 1);
    CHECK(none.err.contains(u"no home-monitoring week has been begun"_s));
    // A week named by its first day needs no record of it.
    CHECK(journal.run({u"stats"_s, u"--week"_s, u"2026-11-02"_s}).exitCode == 0);
    const auto both =
        journal.run({u"export"_s, u"--format"_s, u"pdf"_s, u"--week"_s, u"2026-11-02"_s,
                     u"--from"_s, u"2026-11-01"_s, u"--output"_s, journal.file(u"x.pdf"_s)});
    CHECK(both.exitCode == 2);
    CHECK(both.err.contains(u"--week gives the period"_s));
    CHECK(journal.run({u"stats"_s, u"--week"_s, u"next"_s}).exitCode == 2);
}

TEST_CASE("a medicine's change is in the report's timeline and in the FHIR bundle")
{
    const WeekJournal journal;
    journal.keepWeek();
    journal.ok({u"medication"_s, u"add"_s, u"--name"_s, u"Amlodipine"_s, u"--dose"_s, u"5 mg"_s,
                u"--since"_s, u"2026-09-01"_s});
    journal.ok({u"medication"_s, u"change"_s, u"--name"_s, u"Amlodipine"_s, u"--dose"_s,
                u"2.5 mg"_s, u"--on"_s, u"2026-11-01"_s});

    const QString pdf = journal.file(u"report.pdf"_s);
    journal.ok({u"export"_s, u"--format"_s, u"pdf"_s, u"--output"_s, pdf});
    const QString text = pdfText(pdf).simplified();
    INFO(text.toStdString());
    CHECK(text.contains(u"Medication in this period"_s));
    CHECK(text.contains(u"Amlodipine 2.5 mg at the end of the period"_s));
    CHECK(text.contains(u"5 mg 2026-09-01 2026-10-31 started"_s));
    CHECK(text.contains(u"2.5 mg 2026-11-01 ongoing dose changed"_s));

    const auto fhir = journal.run({u"export"_s, u"--format"_s, u"fhir"_s, u"--output"_s, u"-"_s});
    REQUIRE(fhir.exitCode == 0);
    QStringList periods;
    for (const QJsonValue &entry :
         QJsonDocument::fromJson(fhir.out.toUtf8()).object()[u"entry"_s].toArray()) {
        const QJsonObject resource = entry[u"resource"_s].toObject();
        if (resource[u"resourceType"_s].toString() != u"MedicationStatement"_s)
            continue;
        periods.append(u"%1 %2 %3 %4"_s.arg(
            resource[u"dosage"_s].toArray().at(0)[u"text"_s].toString(),
            resource[u"effectivePeriod"_s][u"start"_s].toString(),
            resource[u"effectivePeriod"_s][u"end"_s].toString(), resource[u"status"_s].toString()));
    }
    CHECK(periods ==
          QStringList{u"5 mg 2026-09-01 2026-10-31 completed"_s, u"2.5 mg 2026-11-01  active"_s});

    const auto csv =
        journal.run({u"export"_s, u"--format"_s, u"medication-csv"_s, u"--output"_s, u"-"_s});
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.contains(u"Amlodipine,changed,2026-11-01,2.5 mg,2.5,mg,,yes,"_s));
}

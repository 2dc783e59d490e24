// The guidelines' tables through the real viparita-cli: each side of every cut-off, as
// `readings --json` gives each reading's category and flags under each guideline, and Low
// counted in the report's category table.
#include "bp_edge_table.h"
#include "cli_journal.h"
#include "test_environment.h"

#include "catch_qt.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSet>

#include <cmath>

using namespace Qt::Literals::StringLiterals;
using viparita::BpClassifier;
using viparita::Guideline;
using viparita::test::CliJournal;
using viparita::test::EdgeCase;

namespace {

bool whole(const EdgeCase &c)
{
    return c.systolic == std::floor(c.systolic) && c.diastolic == std::floor(c.diastolic);
}

QString key(double systolic, double diastolic)
{
    return u"%1/%2"_s.arg(systolic).arg(diastolic);
}

} // namespace

TEST_CASE("readings --json gives every guideline's category and the severe flag at each edge")
{
    const CliJournal journal;
    // Every whole-number edge of every guideline, once, an hour apart.
    QSet<QString> added;
    int hour = 0;
    for (const Guideline guideline : BpClassifier::guidelines()) {
        for (const EdgeCase &c : viparita::test::officeEdges(guideline)) {
            if (!whole(c) || added.contains(key(c.systolic, c.diastolic)))
                continue;
            added.insert(key(c.systolic, c.diastolic));
            const QDateTime at = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::OffsetFromUTC, 0)
                                     .addSecs(3600LL * hour++);
            journal.runOk({u"reading"_s, u"add"_s, u"--systolic"_s, QString::number(c.systolic),
                           u"--diastolic"_s, QString::number(c.diastolic), u"--at"_s,
                           at.toString(Qt::ISODate)});
        }
    }
    REQUIRE(added.size() >= 40);

    for (const Guideline guideline : BpClassifier::guidelines()) {
        const QString name = BpClassifier::guidelineKey(guideline);
        QHash<QString, QJsonObject> byPressure;
        for (const QJsonValue &value : journal.json({u"readings"_s, u"--guideline"_s, name})) {
            const QJsonObject reading = value.toObject();
            byPressure.insert(
                key(reading.value(u"systolic"_s).toInt(), reading.value(u"diastolic"_s).toInt()),
                reading);
        }
        for (const EdgeCase &c : viparita::test::officeEdges(guideline)) {
            if (!whole(c))
                continue;
            INFO(name.toStdString() << " " << key(c.systolic, c.diastolic).toStdString());
            REQUIRE(byPressure.contains(key(c.systolic, c.diastolic)));
            const QJsonObject reading = byPressure.value(key(c.systolic, c.diastolic));
            CHECK(reading.value(u"category"_s).toString() == BpClassifier::key(c.category));
            const QJsonArray flags = reading.value(u"flags"_s).toArray();
            CHECK(flags.contains(u"severe"_s) == c.severe);
        }
    }
}

TEST_CASE("85/55 is low, in the readings and in the report's category table")
{
    const CliJournal journal;
    journal.runOk({u"reading"_s, u"add"_s, u"--systolic"_s, u"85"_s, u"--diastolic"_s, u"55"_s});
    const QJsonArray readings = journal.json({u"readings"_s});
    REQUIRE(readings.size() == 1);
    CHECK(readings.first().toObject().value(u"category"_s).toString() == u"low"_s);
    const auto stats = journal.run({u"stats"_s, u"--json"_s});
    REQUIRE(stats.exitCode == 0);
    CHECK(stats.out.contains(u"\"category\": \"low\""_s));
    // The sessions CSV and the readings CSV say low too.
    const QString csv = journal.folder() + u"/readings.csv"_s;
    journal.runOk({u"export"_s, u"--format"_s, u"csv"_s, u"--output"_s, csv});
    CHECK(QString::fromUtf8(viparita::test::readFile(csv)).contains(u",low,"_s));

    // The PDF for the doctor counts it as Low in its category table.
    journal.runOk({u"reading"_s, u"add"_s, u"--systolic"_s, u"126"_s, u"--diastolic"_s, u"78"_s,
                   u"--at"_s, u"2026-11-20T07:30:00+01:00"_s});
    const QString pdf = journal.folder() + u"/report.pdf"_s;
    journal.runOk({u"export"_s, u"--format"_s, u"pdf"_s, u"--output"_s, pdf});
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {pdf, u"-"_s});
    REQUIRE(pdftotext.waitForFinished(60000));
    REQUIRE(pdftotext.exitCode() == 0);
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    INFO(text.toStdString());
    CHECK(text.contains(u"Low 50%"_s));
    CHECK(text.contains(u"Elevated 50%"_s));
    CHECK_FALSE(text.contains(u"Normal 50%"_s));
}

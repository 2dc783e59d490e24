#include "test_environment.h"

#include "catch_qt.h"

#include <QDate>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using viparita::test::ProcessResult;

namespace {

/// A fresh journal, and `viparita-cli medication ...` run against it.
class MedicationJournal {
public:
    MedicationJournal()
    {
        const QString folder = viparita::test::dataHome() + u"/medication-"_s +
                               QUuid::createUuid().toString(QUuid::WithoutBraces);
        REQUIRE(QDir().mkpath(folder));
        m_path = folder + u"/journal.sqlite"_s;
    }
    [[nodiscard]] ProcessResult run(const QStringList &arguments) const
    {
        return viparita::test::runCli(QStringList{u"--database"_s, m_path, u"medication"_s} +
                                      arguments);
    }
    void ok(const QStringList &arguments) const
    {
        const auto result = run(arguments);
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == 0);
    }
    [[nodiscard]] QJsonObject list(const QStringList &arguments = {}) const
    {
        const auto result = run(QStringList{u"list"_s, u"--json"_s} + arguments);
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8());
        REQUIRE(document.isObject());
        return document.object();
    }

private:
    QString m_path;
};

} // namespace

TEST_CASE("medication add, change, stop and list keep a medicine's course")
{
    const MedicationJournal journal;
    journal.ok({u"add"_s, u"--name"_s, u"Amlodipine"_s, u"--dose"_s, u"5 mg"_s, u"--since"_s,
                u"2026-09-01"_s, u"--times"_s, u"morning"_s});
    journal.ok({u"change"_s, u"--name"_s, u"amlodipine"_s, u"--dose"_s, u"2.5 mg"_s, u"--on"_s,
                u"2026-11-01"_s, u"--reason"_s, u"dizzy on standing"_s});

    QJsonObject listed = journal.list({u"--on"_s, u"2026-10-15"_s});
    CHECK(listed[u"takes_blood_pressure_medication"_s].toBool());
    REQUIRE(listed[u"medications"_s].toArray().size() == 1);
    QJsonObject medicine = listed[u"medications"_s].toArray().at(0).toObject();
    CHECK(medicine[u"name"_s].toString() == u"Amlodipine"_s);
    CHECK(medicine[u"dose"_s].toString() == u"5 mg"_s);
    CHECK(medicine[u"since"_s].toString() == u"2026-09-01"_s);
    CHECK(medicine[u"times"_s].toArray() == QJsonArray{u"morning"_s});
    const QJsonArray changes = medicine[u"changes"_s].toArray();
    REQUIRE(changes.size() == 2);
    CHECK(changes[1].toObject()[u"kind"_s].toString() == u"changed"_s);
    CHECK(changes[1].toObject()[u"on"_s].toString() == u"2026-11-01"_s);
    CHECK(changes[1].toObject()[u"dose_amount"_s].toDouble() == 2.5);
    CHECK(changes[1].toObject()[u"reason"_s].toString() == u"dizzy on standing"_s);
    CHECK(journal.list({u"--on"_s, u"2026-11-01"_s})[u"medications"_s]
              .toArray()
              .at(0)
              .toObject()[u"dose"_s]
              .toString() == u"2.5 mg"_s);

    // Stopped, the medicine is no longer taken; changed again, it is started again.
    journal.ok({u"stop"_s, u"1"_s, u"--on"_s, u"2026-11-20"_s});
    CHECK_FALSE(
        journal.list({u"--on"_s, u"2026-11-21"_s})[u"takes_blood_pressure_medication"_s].toBool());
    const auto restarted = journal.run(
        {u"change"_s, u"Amlodipine"_s, u"--dose"_s, u"5 mg"_s, u"--on"_s, u"2026-11-25"_s});
    REQUIRE(restarted.exitCode == 0);
    CHECK(restarted.out.contains(u"started, 5 mg on 2026-11-25"_s));
    medicine = journal.list()[u"medications"_s].toArray().at(0).toObject();
    CHECK(medicine[u"changes"_s].toArray().last().toObject()[u"kind"_s].toString() == u"started"_s);

    const auto text = journal.run({u"list"_s, u"--on"_s, u"2026-11-22"_s});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(u"Amlodipine, not taken, morning"_s));
    CHECK(text.out.contains(u"2026-11-01  dose changed to 2.5 mg (dizzy on standing)"_s));
    CHECK(text.out.contains(u"2026-11-20  stopped"_s));

    // Undo takes back the latest change; delete removes the medicine.
    journal.ok({u"undo"_s, u"Amlodipine"_s});
    CHECK(journal.list()[u"medications"_s]
              .toArray()
              .at(0)
              .toObject()[u"changes"_s]
              .toArray()
              .size() == 3);
    journal.ok({u"delete"_s, u"1"_s});
    CHECK(journal.list()[u"medications"_s].toArray().isEmpty());
}

TEST_CASE("medication commands name what is wrong and change nothing")
{
    const MedicationJournal journal;
    journal.ok({u"add"_s, u"--name"_s, u"Ramipril"_s, u"--dose"_s, u"5 mg"_s, u"--since"_s,
                u"2026-10-01"_s, u"--not-for-blood-pressure"_s});
    const QJsonObject before = journal.list();
    CHECK_FALSE(before[u"takes_blood_pressure_medication"_s].toBool());

    const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
    const struct {
        QStringList arguments;
        int exitCode;
        QString says;
    } cases[] = {
        {{u"add"_s, u"--name"_s, u"X"_s, u"--dose"_s, u"5 spoons"_s},
         1,
         u"dose: must be an amount and a unit"_s},
        {{u"add"_s, u"--name"_s, u"X"_s, u"--dose"_s, u"5 mg"_s, u"--times"_s, u"noon"_s},
         1,
         u"times: must be morning, midday, evening or bedtime, not 'noon'"_s},
        {{u"add"_s, u"--name"_s, u"X"_s, u"--dose"_s, u"5 mg"_s, u"--since"_s, tomorrow},
         1,
         u"since: %1 is after today"_s.arg(tomorrow)},
        {{u"add"_s, u"--name"_s, u"X"_s, u"--dose"_s, u"5 mg"_s, u"--since"_s, u"2026-13-01"_s},
         1,
         u"since: must be a date such as 2026-11-01, not '2026-13-01'"_s},
        {{u"add"_s, u"--dose"_s, u"5 mg"_s}, 2, u"give --name NAME and --dose DOSE"_s},
        {{u"change"_s, u"Ramipril"_s, u"--dose"_s, u"5 mg"_s, u"--on"_s, u"2026-11-01"_s},
         1,
         u"dose: 5 mg is already the dose on 2026-11-01"_s},
        {{u"change"_s, u"Ramipril"_s, u"--dose"_s, u"10 mg"_s, u"--on"_s, u"2026-09-01"_s},
         1,
         u"on: 2026-09-01 is before the change it follows (2026-10-01)"_s},
        {{u"change"_s, u"Ramipril"_s}, 2, u"give the new --dose DOSE"_s},
        {{u"stop"_s, u"Lisinopril"_s},
         1,
         u"medicine: there is no medicine 'Lisinopril'; the list has Ramipril (1)"_s},
        {{u"stop"_s}, 2, u"name one MEDICINE"_s},
        {{u"undo"_s, u"Ramipril"_s}, 1, u"no change after its start to take back"_s},
        {{u"list"_s, u"--on"_s, u"yesterday"_s}, 1, u"on: must be a date"_s},
    };
    for (const auto &bad : cases) {
        INFO(bad.arguments.join(u' ').toStdString());
        const auto result = journal.run(bad.arguments);
        INFO(result.err.toStdString());
        CHECK(result.exitCode == bad.exitCode);
        CHECK(result.err.contains(bad.says));
    }
    CHECK(journal.list() == before);
}

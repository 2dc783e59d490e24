#include <catch2/catch.hpp>

#include <viparita/core/medication.h>

#include <QStringList>

using namespace Qt::Literals::StringLiterals;
using viparita::Dose;
using viparita::Medication;
using viparita::MedicationChange;
using viparita::MedicationRules;
using Kind = viparita::MedicationChange::Kind;

namespace {

QDate day(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

MedicationChange change(Kind kind, const char *on, const QString &dose = {},
                        const QString &reason = {})
{
    return MedicationChange{0, kind, day(on), Dose::parse(dose), reason};
}

Medication amlodipine()
{
    Medication medication;
    medication.name = u"Amlodipine"_s;
    medication.changes = {change(Kind::Started, "2026-09-01", u"5 mg"_s),
                          change(Kind::DoseChanged, "2026-11-01", u"2.5 mg"_s, u"lower"_s)};
    return medication;
}

QStringList fieldsOf(const QList<viparita::MedicationProblem> &problems)
{
    QStringList fields;
    for (const auto &problem : problems)
        fields.append(problem.field);
    return fields;
}

} // namespace

TEST_CASE("A dose is read as the prescription writes it", "[medication]")
{
    CHECK(Dose::parse(u"5 mg"_s) == Dose{5, u"mg"_s});
    CHECK(Dose::parse(u"2.5mg"_s) == Dose{2.5, u"mg"_s});
    CHECK(Dose::parse(u" 0,5 MG "_s) == Dose{0.5, u"mg"_s});
    CHECK(Dose::parse(u"100 µg"_s) == Dose{100, u"mcg"_s});
    CHECK(Dose::parse(u"2 tablets"_s) == Dose{2, u"tablet"_s});
    CHECK(Dose::parse(u"1 Tablet"_s) == Dose{1, u"tablet"_s});
    for (const QString &bad : {u""_s, u"mg"_s, u"5"_s, u"0 mg"_s, u"-5 mg"_s, u"5 spoons"_s,
                               u"five mg"_s, u"5 mg twice"_s, u"1.2345 mg"_s})
        CHECK_FALSE(Dose::parse(bad).has_value());

    CHECK(Dose{2.5, u"mg"_s}.toString() == u"2.5 mg"_s);
    CHECK(Dose{5, u"mg"_s}.toString() == u"5 mg"_s);
    CHECK(Dose{0.125, u"mg"_s}.toString() == u"0.125 mg"_s);
    CHECK(Dose{1, u"tablet"_s}.toString() == u"1 tablet"_s);
    CHECK(Dose{2, u"tablet"_s}.toString() == u"2 tablets"_s);
    CHECK(Dose{100, u"mcg"_s}.ucumCode() == u"ug"_s);
    CHECK(Dose{1, u"IU"_s}.ucumCode() == u"[iU]"_s);
    CHECK(Dose{1, u"tablet"_s}.ucumCode().isEmpty());
}

TEST_CASE("A medicine's course gives the dose of each day and its periods", "[medication]")
{
    Medication medication = amlodipine();
    medication.changes.append(change(Kind::Stopped, "2026-11-20", {}, u"dizzy"_s));

    CHECK_FALSE(medication.doseOn(day("2026-08-31")).has_value());
    CHECK(medication.doseOn(day("2026-09-01")) == Dose{5, u"mg"_s});
    CHECK(medication.doseOn(day("2026-10-31")) == Dose{5, u"mg"_s});
    CHECK(medication.doseOn(day("2026-11-01")) == Dose{2.5, u"mg"_s});
    CHECK_FALSE(medication.isTakenOn(day("2026-11-20")));
    CHECK(medication.firstDay() == day("2026-09-01"));

    const auto periods = medication.periods();
    REQUIRE(periods.size() == 2);
    CHECK(periods[0].dose == Dose{5, u"mg"_s});
    CHECK(periods[0].from == day("2026-09-01"));
    CHECK(periods[0].to == day("2026-11-01"));
    CHECK(periods[0].endReason == u"lower"_s);
    CHECK_FALSE(periods[0].endedByStop);
    CHECK(periods[1].from == day("2026-11-01"));
    CHECK(periods[1].to == day("2026-11-20"));
    CHECK(periods[1].endedByStop);
    CHECK(periods[1].endReason == u"dizzy"_s);
    CHECK(periods[0].beganWithStart);
    CHECK_FALSE(periods[1].beganWithStart);

    medication.changes.append(change(Kind::Started, "2026-12-01", u"5 mg"_s));
    CHECK(medication.periods().size() == 3);
    CHECK(medication.periods().constLast().isOngoing());
    CHECK(medication.isTakenOn(day("2026-12-05")));

    medication.times = {viparita::DayTime::Morning, viparita::DayTime::Midday,
                        viparita::DayTime::Evening};
    CHECK(medication.timesText() == u"morning, midday and evening"_s);
}

TEST_CASE("The rules of a medicine's course say what is wrong", "[medication]")
{
    const QDate today = day("2026-12-07");
    CHECK(MedicationRules::check(amlodipine(), today).isEmpty());

    Medication unnamed = amlodipine();
    unnamed.name = u"  "_s;
    CHECK(fieldsOf(MedicationRules::check(unnamed, today)) == QStringList{u"name"_s});

    Medication empty = amlodipine();
    empty.changes.clear();
    CHECK(fieldsOf(MedicationRules::check(empty, today)) == QStringList{u"since"_s});

    const Medication base = amlodipine();
    CHECK(
        fieldsOf(MedicationRules::checkChange(base, change(Kind::Started, "2026-12-01", u"5 mg"_s),
                                              today)) == QStringList{u"change"_s});
    CHECK(fieldsOf(MedicationRules::checkChange(
              base, change(Kind::DoseChanged, "2026-12-01", u"2.5 mg"_s), today)) ==
          QStringList{u"dose"_s});
    CHECK(fieldsOf(MedicationRules::checkChange(base,
                                                change(Kind::DoseChanged, "2026-10-01", u"10 mg"_s),
                                                today)) == QStringList{u"on"_s});
    CHECK(fieldsOf(MedicationRules::checkChange(base, change(Kind::Stopped, "2026-12-08"),
                                                today)) == QStringList{u"on"_s});
    CHECK(fieldsOf(MedicationRules::checkChange(base, change(Kind::DoseChanged, "2026-12-01"),
                                                today)) == QStringList{u"dose"_s});
    CHECK(MedicationRules::checkChange(base, change(Kind::Stopped, "2026-12-01"), today).isEmpty());

    Medication stopped = base;
    stopped.changes.append(change(Kind::Stopped, "2026-12-01"));
    CHECK(fieldsOf(MedicationRules::checkChange(stopped, change(Kind::Stopped, "2026-12-02"),
                                                today)) == QStringList{u"change"_s});
    CHECK(fieldsOf(MedicationRules::checkChange(stopped,
                                                change(Kind::DoseChanged, "2026-12-02", u"5 mg"_s),
                                                today)) == QStringList{u"change"_s});
    CHECK(
        MedicationRules::checkChange(stopped, change(Kind::Started, "2026-12-02", u"5 mg"_s), today)
            .isEmpty());

    Medication longReason = base;
    longReason.changes.last().reason = QString(Medication::maxReasonLength + 1, u'x');
    CHECK(fieldsOf(MedicationRules::check(longReason, today)) == QStringList{u"reason"_s});

    Medication other = base;
    other.forBloodPressure = false;
    CHECK(MedicationRules::takesBloodPressureMedication({base}, today));
    CHECK_FALSE(MedicationRules::takesBloodPressureMedication({other}, today));
    CHECK_FALSE(MedicationRules::takesBloodPressureMedication({stopped}, today));
    CHECK_FALSE(MedicationRules::takesBloodPressureMedication({base}, day("2026-08-31")));
}

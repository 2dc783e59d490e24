#include <viparita/core/medication.h>

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace viparita {

namespace {

struct MedicationText {
    Q_DECLARE_TR_FUNCTIONS(viparita::Medication)
};

/// Each unit as written, the spellings read as it, and its UCUM code.
struct UnitSpelling {
    QString unit;
    QStringList spellings;
    QString ucum;
};

const QList<UnitSpelling> &unitSpellings()
{
    static const QList<UnitSpelling> spellings{
        {u"mg"_s, {u"mg"_s, u"milligram"_s, u"milligrams"_s}, u"mg"_s},
        {u"g"_s, {u"g"_s, u"gram"_s, u"grams"_s}, u"g"_s},
        {u"mcg"_s, {u"mcg"_s, u"µg"_s, u"μg"_s, u"ug"_s, u"microgram"_s, u"micrograms"_s}, u"ug"_s},
        {u"ml"_s,
         {u"ml"_s, u"millilitre"_s, u"milliliter"_s, u"millilitres"_s, u"milliliters"_s},
         u"mL"_s},
        {u"IU"_s, {u"iu"_s, u"ie"_s, u"units"_s, u"unit"_s}, u"[iU]"_s},
        {u"tablet"_s, {u"tablet"_s, u"tablets"_s, u"tab"_s, u"tabs"_s, u"pill"_s, u"pills"_s}, {}},
        {u"capsule"_s, {u"capsule"_s, u"capsules"_s, u"cap"_s, u"caps"_s}, {}},
        {u"drop"_s, {u"drop"_s, u"drops"_s}, {}},
        {u"puff"_s, {u"puff"_s, u"puffs"_s}, {}},
    };
    return spellings;
}

/// Units counted in pieces take a plural: "2 tablets".
bool countsPieces(const QString &unit)
{
    return unit == u"tablet"_s || unit == u"capsule"_s || unit == u"drop"_s || unit == u"puff"_s;
}

QString amountText(double amount)
{
    // At most three decimals, none trailing: 5, 2.5, 0.125.
    QString text = QString::number(amount, 'f', 3);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

} // namespace

const QStringList &Dose::units()
{
    static const QStringList units = [] {
        QStringList list;
        for (const UnitSpelling &spelling : unitSpellings())
            list.append(spelling.unit);
        return list;
    }();
    return units;
}

std::optional<Dose> Dose::parse(const QString &text)
{
    static const QRegularExpression pattern(u"^\\s*(\\d{1,6}(?:[.,]\\d{1,3})?)\\s*(\\S.*?)\\s*$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    QString number = match.captured(1);
    number.replace(u',', u'.');
    bool ok = false;
    const double amount = number.toDouble(&ok);
    if (!ok || !(amount > 0))
        return std::nullopt;
    const QString written = match.captured(2).toCaseFolded();
    for (const UnitSpelling &spelling : unitSpellings()) {
        for (const QString &candidate : spelling.spellings) {
            if (candidate.toCaseFolded() == written)
                return Dose{amount, spelling.unit};
        }
    }
    return std::nullopt;
}

QString Dose::toString() const
{
    QString name = unit;
    if (countsPieces(unit) && amount > 1)
        name += u's';
    return amountText(amount) + u' ' + name;
}

QString Dose::ucumCode() const
{
    for (const UnitSpelling &spelling : unitSpellings()) {
        if (spelling.unit == unit)
            return spelling.ucum;
    }
    return {};
}

QString toString(DayTime time)
{
    switch (time) {
    case DayTime::Morning:
        return u"morning"_s;
    case DayTime::Midday:
        return u"midday"_s;
    case DayTime::Evening:
        return u"evening"_s;
    case DayTime::Bedtime:
        return u"bedtime"_s;
    }
    return {};
}

std::optional<DayTime> dayTimeFromString(const QString &text)
{
    for (const DayTime time :
         {DayTime::Morning, DayTime::Midday, DayTime::Evening, DayTime::Bedtime}) {
        if (toString(time) == text.trimmed().toLower())
            return time;
    }
    return std::nullopt;
}

QString toString(MedicationChange::Kind kind)
{
    switch (kind) {
    case MedicationChange::Kind::Started:
        return u"started"_s;
    case MedicationChange::Kind::DoseChanged:
        return u"changed"_s;
    case MedicationChange::Kind::Stopped:
        return u"stopped"_s;
    }
    return {};
}

std::optional<MedicationChange::Kind> medicationChangeKindFromString(const QString &text)
{
    for (const auto kind : {MedicationChange::Kind::Started, MedicationChange::Kind::DoseChanged,
                            MedicationChange::Kind::Stopped}) {
        if (toString(kind) == text)
            return kind;
    }
    return std::nullopt;
}

QDate Medication::firstDay() const
{
    return changes.isEmpty() ? QDate() : changes.constFirst().date;
}

std::optional<Dose> Medication::doseOn(const QDate &day) const
{
    std::optional<Dose> dose;
    for (const MedicationChange &change : changes) {
        if (change.date > day)
            break;
        dose = change.kind == MedicationChange::Kind::Stopped ? std::nullopt : change.dose;
    }
    return dose;
}

bool Medication::isTakenOn(const QDate &day) const
{
    return doseOn(day).has_value();
}

QList<DosePeriod> Medication::periods() const
{
    QList<DosePeriod> periods;
    for (const MedicationChange &change : changes) {
        if (!periods.isEmpty() && periods.constLast().isOngoing()) {
            DosePeriod &open = periods.last();
            open.to = change.date;
            open.endReason = change.reason;
            open.endedByStop = change.kind == MedicationChange::Kind::Stopped;
        }
        if (change.kind != MedicationChange::Kind::Stopped && change.dose)
            periods.append(DosePeriod{*change.dose,
                                      change.date,
                                      std::nullopt,
                                      change.reason,
                                      {},
                                      false,
                                      change.kind == MedicationChange::Kind::Started});
    }
    return periods;
}

QString Medication::timesText() const
{
    QStringList words;
    for (const DayTime time : times) {
        switch (time) {
        case DayTime::Morning:
            words.append(MedicationText::tr("morning"));
            break;
        case DayTime::Midday:
            words.append(MedicationText::tr("midday"));
            break;
        case DayTime::Evening:
            words.append(MedicationText::tr("evening"));
            break;
        case DayTime::Bedtime:
            words.append(MedicationText::tr("bedtime"));
            break;
        }
    }
    if (words.size() < 2)
        return words.value(0);
    const QString last = words.takeLast();
    //: A list of times of day: "morning, midday and evening".
    return MedicationText::tr("%1 and %2").arg(words.join(MedicationText::tr(", ")), last);
}

QList<MedicationProblem> MedicationRules::check(const Medication &medication, const QDate &today)
{
    QList<MedicationProblem> problems;
    const QString name = medication.name.trimmed();
    if (name.isEmpty())
        problems.append({u"name"_s, MedicationText::tr("must not be empty")});
    else if (const qsizetype length = name.toUcs4().size(); length > Medication::maxNameLength)
        problems.append({u"name"_s, MedicationText::tr("at most %1 characters, not %2")
                                        .arg(Medication::maxNameLength)
                                        .arg(length)});
    if (medication.changes.isEmpty()) {
        problems.append(
            {u"since"_s,
             MedicationText::tr("a medicine's course begins with the day it was started")});
        return problems;
    }
    bool taken = false;
    std::optional<Dose> dose;
    QDate previous;
    for (const MedicationChange &change : medication.changes) {
        const QString day = change.date.isValid() ? change.date.toString(Qt::ISODate) : QString();
        if (!change.date.isValid()) {
            problems.append({u"on"_s, MedicationText::tr("every change needs its day")});
            continue;
        }
        if (change.date > today)
            problems.append(
                {u"on"_s, MedicationText::tr("%1 is after today: record a change once it is made")
                              .arg(day)});
        if (previous.isValid() && change.date < previous)
            problems.append({u"on"_s, MedicationText::tr("%1 is before the change it follows (%2)")
                                          .arg(day, previous.toString(Qt::ISODate))});
        previous = change.date;
        if (change.reason.toUcs4().size() > Medication::maxReasonLength)
            problems.append({u"reason"_s, MedicationText::tr("at most %1 characters, not %2")
                                              .arg(Medication::maxReasonLength)
                                              .arg(change.reason.toUcs4().size())});
        const bool needsDose = change.kind != MedicationChange::Kind::Stopped;
        if (needsDose && (!change.dose || !(change.dose->amount > 0) ||
                          !Dose::units().contains(change.dose->unit)))
            problems.append(
                {u"dose"_s, MedicationText::tr("needs an amount and a unit, such as 5 mg")});
        switch (change.kind) {
        case MedicationChange::Kind::Started:
            if (taken)
                problems.append(
                    {u"change"_s, MedicationText::tr("%1 was already being taken on %2: change its "
                                                     "dose, or stop it first")
                                      .arg(name, day)});
            taken = true;
            break;
        case MedicationChange::Kind::DoseChanged:
            if (!taken)
                problems.append(
                    {u"change"_s,
                     MedicationText::tr("%1 was not being taken on %2: start it again instead")
                         .arg(name, day)});
            else if (dose && change.dose && *dose == *change.dose)
                problems.append({u"dose"_s, MedicationText::tr("%1 is already the dose on %2")
                                                .arg(change.dose->toString(), day)});
            break;
        case MedicationChange::Kind::Stopped:
            if (!taken)
                problems.append(
                    {u"change"_s,
                     MedicationText::tr("%1 was already stopped on %2").arg(name, day)});
            taken = false;
            break;
        }
        if (change.kind == MedicationChange::Kind::Stopped)
            dose.reset();
        else if (change.dose)
            dose = change.dose;
    }
    return problems;
}

QList<MedicationProblem> MedicationRules::checkChange(const Medication &medication,
                                                      const MedicationChange &change,
                                                      const QDate &today)
{
    Medication changed = medication;
    changed.changes.append(change);
    return check(changed, today);
}

bool MedicationRules::takesBloodPressureMedication(const QList<Medication> &medications,
                                                   const QDate &day)
{
    return std::any_of(medications.begin(), medications.end(), [&](const Medication &medication) {
        return medication.forBloodPressure && medication.isTakenOn(day);
    });
}

} // namespace viparita

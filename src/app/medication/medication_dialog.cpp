#include "medication/medication_dialog.h"

#include "widgets/date_fields.h"
#include "widgets/wrapped_label.h"

#include <viparita/storage/journal.h>

#include <QAccessible>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

namespace {

constexpr DayTime allTimes[] = {DayTime::Morning, DayTime::Midday, DayTime::Evening,
                                DayTime::Bedtime};

QString timeLabel(DayTime time)
{
    switch (time) {
    case DayTime::Morning:
        return MedicationDialog::tr("&Morning");
    case DayTime::Midday:
        return MedicationDialog::tr("M&idday");
    case DayTime::Evening:
        return MedicationDialog::tr("&Evening");
    case DayTime::Bedtime:
        return MedicationDialog::tr("&Bedtime");
    }
    return {};
}

} // namespace

MedicationDialog::MedicationDialog(Mode mode, Journal *journal, const Medication &medication,
                                   QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_journal(journal)
    , m_medication(medication)
{
    setObjectName(u"medicationDialog"_s);
    switch (mode) {
    case Mode::Add:
        setWindowTitle(tr("Add a medicine"));
        break;
    case Mode::ChangeDose:
        setWindowTitle(tr("Change the dose of %1").arg(medication.name));
        break;
    case Mode::Stop:
        setWindowTitle(tr("Stop %1").arg(medication.name));
        break;
    case Mode::StartAgain:
        setWindowTitle(tr("Start %1 again").arg(medication.name));
        break;
    case Mode::Edit:
        setWindowTitle(tr("Change what is said of %1").arg(medication.name));
        break;
    }
    const bool details = mode == Mode::Add || mode == Mode::Edit;

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(form);

    if (details) {
        m_name = new QLineEdit(mode == Mode::Edit ? medication.name : QString(), this);
        m_name->setObjectName(u"medicineName"_s);
        m_name->setMaxLength(int(Medication::maxNameLength));
        m_name->setPlaceholderText(tr("as on the box, e.g. Amlodipine"));
        form->addRow(tr("&Name:"), m_name);
    }
    if (mode != Mode::Stop && mode != Mode::Edit) {
        m_dose = new QLineEdit(this);
        m_dose->setObjectName(u"medicineDose"_s);
        m_dose->setPlaceholderText(tr("e.g. 5 mg, or 1 tablet"));
        m_dose->setToolTip(tr("An amount and a unit: %1.").arg(Dose::units().join(u", "_s)));
        if (mode == Mode::ChangeDose) {
            if (const auto now = medication.doseOn(QDate::currentDate()))
                m_dose->setPlaceholderText(tr("now %1").arg(now->toString()));
        }
        form->addRow(mode == Mode::ChangeDose ? tr("New &dose:") : tr("&Dose:"), m_dose);
    }
    if (mode != Mode::Edit) {
        m_day = new DateField(QDate::currentDate(), this);
        m_day->setObjectName(u"medicineDay"_s);
        m_day->setDisplayFormat(u"yyyy-MM-dd"_s);
        m_day->setCalendarPopup(true);
        m_day->setMaximumDate(QDate::currentDate());
        form->addRow(mode == Mode::Add    ? tr("&Started on:")
                     : mode == Mode::Stop ? tr("&Stopped on:")
                                          : tr("&From:"),
                     m_day);
    }
    if (details) {
        auto *times = new QWidget(this);
        auto *row = new QHBoxLayout(times);
        row->setContentsMargins(0, 0, 0, 0);
        for (const DayTime time : allTimes) {
            auto *box = new QCheckBox(timeLabel(time), times);
            box->setObjectName(u"time_"_s + toString(time));
            // Heard with its question: "Taken in the morning".
            box->setAccessibleName(time == DayTime::Morning   ? tr("Taken in the morning")
                                   : time == DayTime::Midday  ? tr("Taken at midday")
                                   : time == DayTime::Evening ? tr("Taken in the evening")
                                                              : tr("Taken at bedtime"));
            box->setChecked(mode == Mode::Edit && medication.times.contains(time));
            row->addWidget(box);
            m_times.append(box);
        }
        row->addStretch(1);
        auto *timesLabel = new QLabel(tr("Taken in the:"), this);
        form->addRow(timesLabel, times);
        m_bloodPressure = new QCheckBox(tr("Taken for blood &pressure"), this);
        m_bloodPressure->setObjectName(u"forBloodPressure"_s);
        m_bloodPressure->setChecked(mode == Mode::Add || medication.forBloodPressure);
        form->addRow(QString(), m_bloodPressure);
    }
    if (mode != Mode::Edit) {
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(u"medicineReason"_s);
        m_reason->setMaxLength(int(Medication::maxReasonLength));
        m_reason->setPlaceholderText(
            mode == Mode::Stop ? tr("optional, e.g. on the doctor's advice") : tr("optional"));
        form->addRow(tr("&Why:"), m_reason);
    }

    m_problems = new WrappedLabel(this);
    m_problems->setObjectName(u"medicationProblems"_s);
    m_problems->setAccessibleName(tr("What is wrong"));
    m_problems->hide();
    layout->addWidget(m_problems);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    if (m_name)
        m_name->setFocus();
    else if (m_dose)
        m_dose->setFocus();
    else
        m_day->setFocus();
}

QCheckBox *MedicationDialog::timeBox(DayTime time) const
{
    const auto index = static_cast<qsizetype>(time);
    return index < m_times.size() ? m_times.at(index) : nullptr;
}

QString MedicationDialog::problemText() const
{
    return m_problems->isVisible() ? m_problems->text() : QString();
}

void MedicationDialog::showProblems(const QList<MedicationProblem> &problems)
{
    QStringList lines;
    QWidget *first = nullptr;
    for (const MedicationProblem &problem : problems) {
        QString field;
        QWidget *widget = nullptr;
        if (problem.field == u"name"_s) {
            field = tr("Name");
            widget = m_name;
        } else if (problem.field == u"dose"_s) {
            field = tr("Dose");
            widget = m_dose;
        } else if (problem.field == u"reason"_s) {
            field = tr("Why");
            widget = m_reason;
        } else if (problem.field == u"on"_s || problem.field == u"since"_s) {
            field = tr("Day");
            widget = m_day;
        } else {
            widget = m_day; // the course's order: its day is what to change
        }
        lines.append(field.isEmpty() ? problem.message : tr("%1: %2").arg(field, problem.message));
        if (!first && widget)
            first = widget;
    }
    m_problems->setText(lines.join(u'\n'));
    m_problems->show();
    if (first)
        first->setFocus();
    QAccessibleEvent event(m_problems, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void MedicationDialog::accept()
{
    const QDate day = m_day ? m_day->date() : QDate();
    const QDate today = QDate::currentDate();
    std::optional<Dose> dose;
    QList<MedicationProblem> problems;
    if (m_dose) {
        dose = Dose::parse(m_dose->text());
        if (!dose)
            problems.append(
                {u"dose"_s, m_dose->text().trimmed().isEmpty()
                                ? tr("give the amount and its unit, such as 5 mg")
                                : tr("'%1' is not an amount and a unit such as 5 mg or 1 tablet")
                                      .arg(m_dose->text().trimmed())});
    }
    Medication medication = m_medication;
    MedicationChange change;
    change.date = day;
    change.dose = dose;
    change.reason = m_reason ? m_reason->text().trimmed() : QString();
    switch (m_mode) {
    case Mode::Add:
        change.kind = MedicationChange::Kind::Started;
        medication = Medication{};
        medication.name = m_name->text().trimmed();
        for (const DayTime time : allTimes) {
            if (timeBox(time)->isChecked())
                medication.times.append(time);
        }
        medication.forBloodPressure = m_bloodPressure->isChecked();
        medication.changes = {change};
        break;
    case Mode::ChangeDose:
        change.kind = MedicationChange::Kind::DoseChanged;
        break;
    case Mode::Stop:
        change.kind = MedicationChange::Kind::Stopped;
        break;
    case Mode::StartAgain:
        change.kind = MedicationChange::Kind::Started;
        break;
    case Mode::Edit: {
        medication.name = m_name->text().trimmed();
        medication.times.clear();
        for (const DayTime time : allTimes) {
            if (timeBox(time)->isChecked())
                medication.times.append(time);
        }
        medication.forBloodPressure = m_bloodPressure->isChecked();
        // Only what the dialog changes is checked: a course entered before stays as it is.
        for (const MedicationProblem &problem : MedicationRules::check(medication, today)) {
            if (problem.field == u"name"_s)
                problems.append(problem);
        }
        if (!problems.isEmpty()) {
            showProblems(problems);
            return;
        }
        const StorageError error =
            m_journal ? m_journal->updateMedicationDetails(medication).error()
                      : StorageError{StorageError::Kind::Failed, tr("the journal is not open")};
        if (error.isError()) {
            showProblems({{u"change"_s, error.message}});
            return;
        }
        QDialog::accept();
        return;
    }
    }
    if (problems.isEmpty()) {
        problems = m_mode == Mode::Add ? MedicationRules::check(medication, today)
                                       : MedicationRules::checkChange(medication, change, today);
    }
    if (!problems.isEmpty()) {
        showProblems(problems);
        return;
    }
    if (!m_journal) {
        showProblems({{u"change"_s, tr("the journal is not open")}});
        return;
    }
    const StorageError error = m_mode == Mode::Add
                                   ? m_journal->addMedication(medication).error()
                                   : m_journal->addMedicationChange(medication.id, change).error();
    if (error.isError()) {
        showProblems({{u"change"_s, error.message}});
        return;
    }
    QDialog::accept();
}

} // namespace viparita::app

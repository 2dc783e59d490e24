#include "readings/reading_entry_row.h"

#include <viparita/core/reading_validator.h>
#include <viparita/report/category_colours.h>

#include <QGridLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

namespace {

QLineEdit *numberField(const QString &objectName, const QString &placeholder, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setPlaceholderText(placeholder);
    field->setValidator(new QIntValidator(0, 999, field));
    field->setMaxLength(3);
    field->setMinimumWidth(72);
    field->setAlignment(Qt::AlignRight);
    field->setAccessibleName(placeholder);
    return field;
}

} // namespace

ReadingEntryRow::ReadingEntryRow(int index, QWidget *parent)
    : m_systolic(numberField(u"systolic%1"_s.arg(index), tr("Systolic"), parent))
    , m_diastolic(numberField(u"diastolic%1"_s.arg(index), tr("Diastolic"), parent))
    , m_pulse(numberField(u"pulse%1"_s.arg(index), tr("Pulse"), parent))
    , m_status(new QLabel(parent))
{
    m_status->setObjectName(u"status%1"_s.arg(index));
    m_status->setTextFormat(Qt::RichText);
}

void ReadingEntryRow::placeIn(QGridLayout *grid, int gridRow, int column) const
{
    grid->addWidget(m_systolic, gridRow, column);
    grid->addWidget(m_diastolic, gridRow, column + 1);
    grid->addWidget(m_pulse, gridRow, column + 2);
    grid->addWidget(m_status, gridRow + 1, column, 1, 3);
}

void ReadingEntryRow::setText(const QString &systolic, const QString &diastolic,
                              const QString &pulse)
{
    m_systolic->setText(systolic);
    m_diastolic->setText(diastolic);
    m_pulse->setText(pulse);
}

void ReadingEntryRow::clear()
{
    for (QLineEdit *field : fields()) {
        const QSignalBlocker block(field);
        field->clear();
    }
    m_completedAt = QDateTime();
}

bool ReadingEntryRow::isEmpty() const
{
    return m_systolic->text().isEmpty() && m_diastolic->text().isEmpty() &&
           m_pulse->text().isEmpty();
}

QString ReadingEntryRow::status() const
{
    return m_status->text();
}

void ReadingEntryRow::update(Guideline guideline)
{
    const QString systolicText = m_systolic->text().trimmed();
    const QString diastolicText = m_diastolic->text().trimmed();
    const QString pulseText = m_pulse->text().trimmed();
    const bool wasValid = m_reading.has_value();
    m_reading.reset();
    if (systolicText.isEmpty() && diastolicText.isEmpty() && pulseText.isEmpty()) {
        m_status->clear();
        return;
    }
    if (systolicText.isEmpty() || diastolicText.isEmpty()) {
        m_status->setText(tr("Enter both the systolic and the diastolic value."));
        return;
    }
    Reading reading;
    reading.systolic = ReadingValidator::parseWholeNumber(systolicText).value_or(0);
    reading.diastolic = ReadingValidator::parseWholeNumber(diastolicText).value_or(0);
    if (!pulseText.isEmpty())
        reading.pulse = ReadingValidator::parseWholeNumber(pulseText).value_or(0);
    reading.takenAt = QDateTime::currentDateTime();
    const QList<FieldError> errors = ReadingValidator::validate(reading, reading.takenAt);
    if (!errors.isEmpty()) {
        QStringList messages;
        for (const FieldError &error : errors)
            messages.append(error.toString().toHtmlEscaped());
        m_status->setText(u"<span>%1</span>"_s.arg(messages.join(u"<br>"_s)));
        return;
    }
    const BpCategory category =
        BpClassifier::classify(reading.systolic, reading.diastolic, guideline);
    m_status->setText(u"<span style=\"color:%1; font-size:large;\">&#9679;</span> %2"_s.arg(
        CategoryColours::of(category).name(), BpClassifier::name(category).toHtmlEscaped()));
    m_reading = reading;
    if (!wasValid || !m_completedAt.isValid())
        m_completedAt = QDateTime::currentDateTime();
}

bool ReadingEntryRow::updateAll(QList<ReadingEntryRow> &rows, Guideline guideline)
{
    bool anyInvalid = false;
    for (ReadingEntryRow &row : rows) {
        row.update(guideline);
        anyInvalid = anyInvalid || (!row.isEmpty() && !row.reading());
    }
    return anyInvalid;
}

QList<Reading> ReadingEntryRow::readingsOf(const QList<ReadingEntryRow> &rows,
                                           std::optional<Arm> arm)
{
    QList<Reading> result;
    for (const ReadingEntryRow &row : rows) {
        if (!row.reading())
            continue;
        Reading reading = *row.reading();
        reading.takenAt = row.completedAt().toOffsetFromUtc(row.completedAt().offsetFromUtc());
        reading.arm = arm;
        result.append(reading);
    }
    return result;
}

QString ReadingEntryRow::statusOf(const QList<ReadingEntryRow> &rows, int row)
{
    return row >= 0 && row < rows.size() ? rows.at(row).status() : QString();
}

} // namespace viparita::app

#include "readings/reading_entry_row.h"

#include <viparita/core/reading_validator.h>
#include <viparita/report/category_colours.h>

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QValidator>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

namespace {

constexpr const char *refusalNote = "viparitaRefusal";
constexpr const char *refusalPeak = "viparitaRefusalPeak";

/// Takes the digits 0-9 only, three at most, and keeps the last text it refused, so that the
/// row can say what was left out (a "." of "12.5", the letters of "abc").
class WholeNumberValidator final : public QValidator {
public:
    using QValidator::QValidator;

    State validate(QString &input, int &) const override
    {
        const bool digits = std::all_of(input.cbegin(), input.cend(),
                                        [](QChar c) { return c >= u'0' && c <= u'9'; });
        if (digits && input.size() <= 3)
            return input.isEmpty() ? Intermediate : Acceptable;
        m_refused = input;
        return Invalid;
    }

    [[nodiscard]] const QString &refused() const { return m_refused; }

private:
    mutable QString m_refused;
};

QLineEdit *numberField(const QString &objectName, const QString &placeholder, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setPlaceholderText(placeholder);
    field->setValidator(new WholeNumberValidator(field));
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
    m_status->setWordWrap(true);
    for (QLineEdit *field : fields()) {
        // A refused keystroke is said, next to the field, until the field is shortened or
        // emptied: "12.5" typed keeps 125, and the person must see that. The note lives on
        // the field (rows are copied), and update() reads it.
        QObject::connect(field, &QLineEdit::inputRejected, field, [field] {
            // Said as it is emitted, before the field takes its text back: what the refused
            // text has that a number has not.
            const auto *validator = static_cast<const WholeNumberValidator *>(field->validator());
            QString refused;
            for (const QChar c : validator->refused()) {
                if (c < u'0' || c > u'9')
                    refused += c;
            }
            const QString note =
                refused.isEmpty()
                    ? tr("%1 takes at most three digits.").arg(field->placeholderText())
                    : tr("%1 takes only the digits 0 to 9: “%2” was left out. Check the number.")
                          .arg(field->placeholderText(), refused.left(12));
            field->setProperty(refusalNote, note);
            // The row reads the field again once it has its text back.
            QMetaObject::invokeMethod(
                field,
                [field] {
                    field->setProperty(refusalPeak, field->text().size());
                    Q_EMIT field->textChanged(field->text());
                },
                Qt::QueuedConnection);
        });
        // Typing on keeps the note; taking a character back (the first step of putting the
        // number right) clears it.
        QObject::connect(field, &QLineEdit::textChanged, field, [field](const QString &text) {
            const qsizetype peak = field->property(refusalPeak).toLongLong();
            if (text.size() < peak)
                field->setProperty(refusalNote, QVariant());
            else
                field->setProperty(refusalPeak, text.size());
        });
    }
}

QStringList ReadingEntryRow::refusals() const
{
    QStringList notes;
    for (QLineEdit *field : fields()) {
        if (const QString note = field->property(refusalNote).toString(); !note.isEmpty())
            notes.append(note);
    }
    return notes;
}

void ReadingEntryRow::setName(const QString &name)
{
    for (QLineEdit *field : fields())
        field->setAccessibleName(name + u": "_s + field->placeholderText());
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
        field->setProperty(refusalNote, QVariant());
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
    const bool wasValid = m_reading.has_value();
    m_reading = readFields();
    // What the row says, first in plain words (also its name for a screen reader), then
    // drawn with the category's coloured mark.
    QStringList words;
    QString mark;
    if (!m_problem.isEmpty()) {
        words.append(m_problem);
    } else if (m_reading) {
        const BpCategory category =
            BpClassifier::classify(m_reading->systolic, m_reading->diastolic, guideline);
        words.append(BpClassifier::name(category));
        mark = u"<span style=\"color:%1; font-size:large;\">&#9679;</span> "_s.arg(
            CategoryColours::of(category).name());
    }
    words += refusals();
    QStringList lines;
    for (const QString &line : std::as_const(words))
        lines.append(line.toHtmlEscaped().replace(u'\n', u"<br>"_s));
    if (!lines.isEmpty())
        lines.first().prepend(mark);
    m_status->setText(lines.join(u"<br>"_s));
    m_status->setAccessibleName(words.join(u' '));
    if (m_reading && (!wasValid || !m_completedAt.isValid()))
        m_completedAt = QDateTime::currentDateTime();
}

std::optional<Reading> ReadingEntryRow::readFields()
{
    m_problem.clear();
    const QString systolicText = m_systolic->text().trimmed();
    const QString diastolicText = m_diastolic->text().trimmed();
    const QString pulseText = m_pulse->text().trimmed();
    if (systolicText.isEmpty() && diastolicText.isEmpty() && pulseText.isEmpty())
        return std::nullopt;
    if (systolicText.isEmpty() || diastolicText.isEmpty()) {
        m_problem = tr("Enter both the systolic and the diastolic value.");
        return std::nullopt;
    }
    Reading reading;
    reading.systolic = ReadingValidator::parseWholeNumber(systolicText).value_or(0);
    reading.diastolic = ReadingValidator::parseWholeNumber(diastolicText).value_or(0);
    if (!pulseText.isEmpty())
        reading.pulse = ReadingValidator::parseWholeNumber(pulseText).value_or(0);
    reading.takenAt = QDateTime::currentDateTime();
    QStringList messages;
    for (const FieldError &error : ReadingValidator::validate(reading, reading.takenAt))
        messages.append(error.sentence());
    if (!messages.isEmpty()) {
        m_problem = messages.join(u'\n');
        return std::nullopt;
    }
    return reading;
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

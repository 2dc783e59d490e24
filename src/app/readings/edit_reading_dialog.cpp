#include "readings/edit_reading_dialog.h"

#include "widgets/date_fields.h"

#include <viparita/core/reading_validator.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

EditReadingDialog::EditReadingDialog(const Reading &reading, QWidget *parent)
    : QDialog(parent)
    , m_original(reading)
{
    setObjectName(u"editReadingDialog"_s);
    setWindowTitle(tr("Change a reading"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_time = new DateTimeField(reading.takenAt, this);
    m_time->setObjectName(u"timeEdit"_s);
    m_time->setCalendarPopup(true);
    m_time->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    form->addRow(tr("&Taken at"), m_time);
    auto field = [this](const QString &name, const QString &text) {
        auto *edit = new QLineEdit(text, this);
        edit->setObjectName(name);
        edit->setValidator(new QIntValidator(0, 999, edit));
        edit->setMaxLength(3);
        connect(edit, &QLineEdit::textChanged, this, &EditReadingDialog::refresh);
        return edit;
    };
    m_systolic = field(u"systolicEdit"_s, QString::number(reading.systolic));
    m_diastolic = field(u"diastolicEdit"_s, QString::number(reading.diastolic));
    m_pulse = field(u"pulseEdit"_s, reading.pulse ? QString::number(*reading.pulse) : QString());
    form->addRow(tr("&Systolic (mmHg)"), m_systolic);
    form->addRow(tr("&Diastolic (mmHg)"), m_diastolic);
    form->addRow(tr("&Pulse (a minute)"), m_pulse);
    m_arm = new QComboBox(this);
    m_arm->setAccessibleName(tr("Arm"));
    m_arm->addItem(tr("Not noted"), QString());
    m_arm->addItem(tr("Left arm"), u"left"_s);
    m_arm->addItem(tr("Right arm"), u"right"_s);
    m_arm->setCurrentIndex(
        std::max(0, m_arm->findData(reading.arm ? toString(*reading.arm) : QString())));
    form->addRow(tr("&Arm"), m_arm);
    m_position = new QComboBox(this);
    m_position->setAccessibleName(tr("Position"));
    m_position->addItem(tr("Not noted"), QString());
    m_position->addItem(tr("Sitting"), u"sitting"_s);
    m_position->addItem(tr("Lying"), u"lying"_s);
    m_position->addItem(tr("Standing"), u"standing"_s);
    m_position->setCurrentIndex(std::max(
        0, m_position->findData(reading.position ? toString(*reading.position) : QString())));
    form->addRow(tr("P&osition"), m_position);
    m_irregular = new QCheckBox(tr("The monitor showed an &irregular heartbeat"), this);
    m_irregular->setChecked(reading.irregular);
    form->addRow(QString(), m_irregular);
    m_note = new QPlainTextEdit(reading.note, this);
    m_note->setObjectName(u"noteEdit"_s);
    m_note->setMaximumHeight(80);
    m_note->setTabChangesFocus(true);
    form->addRow(tr("&Note"), m_note);
    layout->addLayout(form);
    m_problems = new QLabel(this);
    m_problems->setObjectName(u"problemsLabel"_s);
    m_problems->setWordWrap(true);
    layout->addWidget(m_problems);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(u"saveButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_time, &QDateTimeEdit::dateTimeChanged, this, &EditReadingDialog::refresh);
    connect(m_note, &QPlainTextEdit::textChanged, this, &EditReadingDialog::refresh);
    layout->addWidget(buttons);
    refresh();
    // The values are what one comes to change.
    m_systolic->setFocus();
    m_systolic->selectAll();
}

void EditReadingDialog::setValues(const QString &systolic, const QString &diastolic,
                                  const QString &pulse)
{
    m_systolic->setText(systolic);
    m_diastolic->setText(diastolic);
    m_pulse->setText(pulse);
}

Reading EditReadingDialog::reading() const
{
    Reading reading = m_original;
    // The edited time keeps the offset of the moment it names.
    QDateTime time = m_time->dateTime();
    time.setOffsetFromUtc(m_original.takenAt.offsetFromUtc());
    reading.takenAt = time;
    reading.systolic = ReadingValidator::parseWholeNumber(m_systolic->text()).value_or(0);
    reading.diastolic = ReadingValidator::parseWholeNumber(m_diastolic->text()).value_or(0);
    reading.pulse =
        m_pulse->text().trimmed().isEmpty()
            ? std::nullopt
            : std::optional<int>(ReadingValidator::parseWholeNumber(m_pulse->text()).value_or(0));
    reading.arm = armFromString(m_arm->currentData().toString());
    reading.position = bodyPositionFromString(m_position->currentData().toString());
    reading.irregular = m_irregular->isChecked();
    reading.note = m_note->toPlainText();
    return reading;
}

QString EditReadingDialog::problems() const
{
    return m_problems->text();
}

bool EditReadingDialog::canSave() const
{
    return m_save->isEnabled();
}

void EditReadingDialog::refresh()
{
    QStringList messages;
    for (const FieldError &error :
         ReadingValidator::validate(reading(), QDateTime::currentDateTime()))
        messages.append(error.sentence());
    m_problems->setText(messages.join(u'\n'));
    m_save->setEnabled(messages.isEmpty());
}

} // namespace viparita::app

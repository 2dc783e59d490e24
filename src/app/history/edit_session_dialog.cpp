#include "history/edit_session_dialog.h"

#include "readings/edit_reading_dialog.h"
#include "session/summary_dialog.h"

#include <viparita/core/display_format.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

namespace {

QString contextName(ReadingContext context)
{
    switch (context) {
    case ReadingContext::Before:
        return EditSessionDialog::tr("before");
    case ReadingContext::During:
        return EditSessionDialog::tr("during");
    case ReadingContext::After:
        return EditSessionDialog::tr("after");
    case ReadingContext::Standing:
        return EditSessionDialog::tr("on standing up");
    case ReadingContext::Standalone:
        break;
    }
    return EditSessionDialog::tr("on its own");
}

} // namespace

EditSessionDialog::EditSessionDialog(const SessionRecord &session, const QList<Reading> &readings,
                                     QWidget *parent)
    : QDialog(parent)
    , m_current(readings)
    , m_changed(readings.size(), false)
{
    setObjectName(u"editSessionDialog"_s);
    setWindowTitle(tr("Change a session"));
    const DisplayFormat format;
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("<b>%1</b><br>%2")
                                   .arg(session.sequenceTitle.toHtmlEscaped(),
                                        format.dateTime(session.startedAt).toHtmlEscaped()),
                               this);
    heading->setObjectName(u"sessionHeading"_s);
    layout->addWidget(heading);

    auto *form = new QFormLayout;
    m_feeling = new QComboBox(this);
    m_feeling->setObjectName(u"feelingCombo"_s);
    m_feeling->setAccessibleName(tr("How you felt after it"));
    m_feeling->addItem(tr("Not said"), 0);
    const QStringList names = SummaryDialog::feelingNames();
    for (int i = 0; i < names.size(); ++i)
        m_feeling->addItem(names.at(i), i + 1);
    form->addRow(tr("How you &felt after it:"), m_feeling);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(u"noteEdit"_s);
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(90);
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);

    auto *readingsLabel = new QLabel(tr("&Readings of this session:"), this);
    layout->addWidget(readingsLabel);
    m_readings = new QListWidget(this);
    m_readings->setObjectName(u"readingsList"_s);
    m_readings->setAccessibleName(tr("Readings of this session"));
    readingsLabel->setBuddy(m_readings);
    layout->addWidget(m_readings, 1);
    m_changeReading = new QPushButton(tr("&Change the reading…"), this);
    m_changeReading->setObjectName(u"changeReadingButton"_s);
    m_changeReading->setAutoDefault(false);
    layout->addWidget(m_changeReading, 0, Qt::AlignLeft);
    connect(m_changeReading, &QPushButton::clicked, this,
            [this] { editReading(m_readings->currentRow()); });
    connect(m_readings, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { editReading(m_readings->row(item)); });
    connect(m_readings, &QListWidget::currentRowChanged, this,
            [this](int row) { m_changeReading->setEnabled(row >= 0); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveButton"_s);
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    setFeeling(session.feeling);
    setNote(session.note);
    showReadings();
    if (!m_current.isEmpty())
        m_readings->setCurrentRow(0);
    m_changeReading->setEnabled(!m_current.isEmpty());
    m_feeling->setFocus();
    resize(std::max(sizeHint().width(), 480), sizeHint().height());
}

void EditSessionDialog::showReadings()
{
    const DisplayFormat format;
    const int current = m_readings->currentRow();
    m_readings->clear();
    for (qsizetype i = 0; i < m_current.size(); ++i) {
        const Reading &reading = m_current.at(i);
        QString text = tr("%1, %2: %3/%4 mmHg")
                           .arg(contextName(reading.context), reading.takenAt.toString(u"HH:mm"_s))
                           .arg(reading.systolic)
                           .arg(reading.diastolic);
        if (reading.pulse)
            text += tr(", pulse %1").arg(*reading.pulse);
        if (m_changed.at(i))
            text += tr(" (changed)");
        m_readings->addItem(text);
    }
    if (m_current.isEmpty()) {
        auto *none = new QListWidgetItem(tr("No readings were taken."), m_readings);
        none->setFlags(Qt::NoItemFlags);
    }
    if (current >= 0 && current < m_current.size())
        m_readings->setCurrentRow(current);
}

std::optional<int> EditSessionDialog::feeling() const
{
    const int value = m_feeling->currentData().toInt();
    return value >= 1 ? std::optional<int>(value) : std::nullopt;
}

QString EditSessionDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

QList<Reading> EditSessionDialog::changedReadings() const
{
    QList<Reading> changed;
    for (qsizetype i = 0; i < m_current.size(); ++i) {
        if (m_changed.at(i))
            changed.append(m_current.at(i));
    }
    return changed;
}

void EditSessionDialog::setFeeling(std::optional<int> feeling)
{
    m_feeling->setCurrentIndex(std::max(0, m_feeling->findData(feeling.value_or(0))));
}

void EditSessionDialog::setNote(const QString &note)
{
    m_note->setPlainText(note);
}

void EditSessionDialog::editReading(int row)
{
    if (row < 0 || row >= m_current.size())
        return;
    auto *editor = new EditReadingDialog(m_current.at(row), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor, row] {
        m_current[row] = editor->reading();
        m_changed[row] = true;
        showReadings();
        m_readings->setFocus();
    });
    editor->open();
}

} // namespace viparita::app

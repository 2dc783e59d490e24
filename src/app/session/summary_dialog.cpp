#include "session/summary_dialog.h"

#include <viparita/core/display_format.h>
#include <viparita/core/reading_validator.h>
#include <viparita/core/statistics.h>

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

namespace {

QString pressure(const Measurement &measurement)
{
    const DisplayFormat format;
    QString text = SummaryDialog::tr("%1 mmHg").arg(format.pressure(measurement));
    if (measurement.pulse)
        text += SummaryDialog::tr(", pulse %1").arg(format.number(*measurement.pulse));
    return text;
}

} // namespace

SummaryDialog::SummaryDialog(const Facts &facts, QWidget *parent) : QDialog(parent)
{
    setObjectName(u"summaryDialog"_s);
    setWindowTitle(tr("Your session"));
    auto *layout = new QVBoxLayout(this);

    QStringList lines;
    lines.append(facts.stopped ? tr("%1, stopped early.").arg(facts.sequenceTitle)
                               : tr("%1, completed.").arg(facts.sequenceTitle));
    lines.append(tr("Time practised: %1 min %2 s")
                     .arg(facts.practisedSeconds / 60)
                     .arg(facts.practisedSeconds % 60));
    lines.append(tr("Steps done: %1 of %2; skipped: %3")
                     .arg(facts.stepsDone)
                     .arg(facts.stepsPlanned)
                     .arg(facts.stepsSkipped));
    lines.append(facts.before ? tr("Before: %1").arg(pressure(*facts.before))
                              : tr("Before: no reading"));
    lines.append(facts.after ? tr("After: %1").arg(pressure(*facts.after))
                             : tr("After: no reading"));
    const bool compared = facts.before && facts.after &&
                          (!facts.before->position || !facts.after->position ||
                           facts.before->position == facts.after->position);
    if (compared)
        lines.append(
            tr("Change: %1 mmHg").arg(DisplayFormat().pressureChange(*facts.before, *facts.after)));
    else if (facts.before && facts.after)
        lines.append(tr("Change: not compared, as the readings before and after were taken in "
                        "different positions."));
    if (!facts.during.isEmpty()) {
        QStringList taken;
        for (const Reading &reading : facts.during)
            taken.append(tr("%1/%2 mmHg").arg(reading.systolic).arg(reading.diastolic));
        lines.append(tr("During: %1").arg(taken.join(tr(", then "))));
    }
    if (!facts.standing.isEmpty()) {
        QStringList taken;
        for (const Reading &reading : facts.standing)
            taken.append(tr("%1/%2 mmHg").arg(reading.systolic).arg(reading.diastolic));
        lines.append(tr("On standing up: %1").arg(taken.join(tr(", then "))));
        if (facts.fellOnStanding)
            lines.append(tr("Your blood pressure fell when you stood up: stand up slowly today, "
                            "and tell your doctor."));
    }
    m_factsText = lines.join(u'\n');
    auto *factsLabel = new QLabel(m_factsText, this);
    factsLabel->setObjectName(u"factsLabel"_s);
    factsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = factsLabel->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    factsLabel->setFont(font);
    layout->addWidget(factsLabel);
    if (facts.before && facts.after) {
        auto *caveats = new QLabel(Statistics::caveatsText(), this);
        caveats->setObjectName(u"caveatsLabel"_s);
        caveats->setWordWrap(true);
        caveats->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(caveats);
    }

    layout->addWidget(new QLabel(tr("How do you feel now?"), this));
    auto *feelingRow = new QHBoxLayout;
    m_feeling = new QButtonGroup(this);
    const QStringList names = feelingNames();
    for (int i = 0; i < names.size(); ++i) {
        auto *button = new QRadioButton(names.at(i), this);
        button->setObjectName(u"feeling%1"_s.arg(i + 1));
        m_feeling->addButton(button, i + 1);
        feelingRow->addWidget(button);
    }
    feelingRow->addStretch(1);
    layout->addLayout(feelingRow);

    layout->addWidget(new QLabel(tr("A note (optional)"), this));
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(u"noteEdit"_s);
    m_note->setPlaceholderText(tr("How the practice went, anything to remember"));
    m_note->setMaximumHeight(100);
    layout->addWidget(m_note);
    m_noteProblem = new QLabel(this);
    m_noteProblem->setObjectName(u"noteProblemLabel"_s);
    m_noteProblem->setWordWrap(true);
    m_noteProblem->hide();
    layout->addWidget(m_noteProblem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(u"saveButton"_s);
    m_save->setDefault(true);
    if (facts.stopped) {
        // A session stopped early need not stay in the record a doctor sees.
        QPushButton *discard =
            buttons->addButton(tr("&Discard this session"), QDialogButtonBox::DestructiveRole);
        discard->setObjectName(u"discardButton"_s);
        discard->setAutoDefault(false);
        discard->setToolTip(
            tr("The session and its readings are left out of your history, trends and "
               "exports."));
        connect(discard, &QPushButton::clicked, this, [this] { QDialog::done(Discarded); });
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_note, &QPlainTextEdit::textChanged, this, &SummaryDialog::checkNote);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

QStringList SummaryDialog::feelingNames()
{
    return {tr("1 · worse"), tr("2 · a little worse"), tr("3 · the same"), tr("4 · better"),
            tr("5 · much better")};
}

QString SummaryDialog::noteProblem() const
{
    // Counted in code points, as a reading's note.
    const qsizetype length = note().toUcs4().size();
    if (length <= ReadingValidator::maxNoteLength)
        return {};
    return tr("Note: at most %1 characters (this one has %2). Shorten it to save the session.")
        .arg(ReadingValidator::maxNoteLength)
        .arg(length);
}

void SummaryDialog::checkNote()
{
    const QString problem = noteProblem();
    m_noteProblem->setText(problem);
    m_noteProblem->setVisible(!problem.isEmpty());
    m_save->setEnabled(problem.isEmpty());
}

void SummaryDialog::done(int result)
{
    if (!noteProblem().isEmpty()) {
        checkNote();
        m_note->setFocus();
        return;
    }
    QDialog::done(result);
}

std::optional<int> SummaryDialog::feeling() const
{
    const int id = m_feeling->checkedId();
    return id >= 1 && id <= 5 ? std::optional<int>(id) : std::nullopt;
}

void SummaryDialog::setFeeling(int feeling)
{
    if (QAbstractButton *button = m_feeling->button(feeling))
        button->setChecked(true);
}

QString SummaryDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void SummaryDialog::setNote(const QString &note)
{
    m_note->setPlainText(note);
}

} // namespace viparita::app

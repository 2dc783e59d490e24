#include "practice/home_page.h"

#include "practice/sequence_list_model.h"
#include "settings/pace_combo.h"
#include "settings/settings.h"
#include "shell/journal_watch.h"
#include "widgets/pose_view.h"
#include "widgets/wrapped_label.h"

#include <viparita/core/display_format.h>
#include <viparita/core/measurement.h>
#include <viparita/storage/journal.h>

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

namespace {

QLabel *makeLabel(const QString &objectName, QWidget *parent, qreal scale = 1.0, bool bold = false)
{
    auto *label = new WrappedLabel(parent);
    label->setObjectName(objectName);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    label->setFont(font);
    return label;
}

/// The steps, one a line: "1. Hamstrings · 2 min".
/// The steps, one a line, each with its length: as the sequence has it, or as `plan` fits it
/// to the length chosen.
QString stepsText(const Sequence &sequence, const SessionPlan *plan)
{
    QStringList lines;
    int number = 0;
    for (qsizetype i = 0; i < sequence.steps.size(); ++i) {
        const Step &step = sequence.steps.at(i);
        int seconds = step.durationSeconds;
        if (plan) {
            for (const PlannedStep &planned : plan->steps()) {
                if (planned.sequenceStepIndex == i) {
                    seconds = planned.durationSeconds;
                    break;
                }
            }
        }
        const QString length = SequenceListModel::lengthText(seconds);
        const QString when =
            step.sides == Sides::Both ? HomePage::tr("%1 each side").arg(length) : length;
        lines.append(HomePage::tr("%1. %2 · %3").arg(++number).arg(step.title, when));
    }
    return lines.join(u'\n');
}

} // namespace

int practiceStreak(const QList<QDate> &sessionDays, const QDate &today)
{
    const QSet<QDate> days(sessionDays.cbegin(), sessionDays.cend());
    QDate day = days.contains(today) ? today : today.addDays(-1);
    int streak = 0;
    while (days.contains(day)) {
        ++streak;
        day = day.addDays(-1);
    }
    return streak;
}

HomePage::HomePage(const SequenceLibrary &library, Settings &settings, JournalWatch &journal,
                   QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_journal(journal.journal())
    , m_model(new SequenceListModel(library.entries(), this))
{
    setObjectName(u"homePage"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(24);

    auto *listColumn = new QVBoxLayout;
    auto *heading = makeLabel(u"sequencesHeading"_s, this, 1.3, true);
    heading->setText(tr("Sequences"));
    listColumn->addWidget(heading);
    m_list = new QListView(this);
    m_list->setObjectName(u"sequenceList"_s);
    m_list->setModel(m_model);
    m_list->setIconSize(QSize(40, 40));
    m_list->setSpacing(4);
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAccessibleName(tr("Sequences"));
    m_list->setMinimumWidth(240);
    m_list->setMaximumWidth(420);
    listColumn->addWidget(m_list, 1);
    m_lastSession = makeLabel(u"lastSession"_s, this);
    m_lastSession->setTextFormat(Qt::PlainText); // a title is shown as it is written
    listColumn->addWidget(m_lastSession);
    auto *addReading = new QPushButton(tr("Add a reading…"), this);
    addReading->setObjectName(u"addReadingButton"_s);
    addReading->setToolTip(tr("A blood-pressure reading outside a session (Ctrl+N)"));
    connect(addReading, &QPushButton::clicked, this, &HomePage::addReadingRequested);
    auto *measure = new QPushButton(tr("Measure my &blood pressure"), this);
    measure->setObjectName(u"measureButton"_s);
    measure->setToolTip(tr("Guided: five minutes of quiet rest, then two readings a minute "
                           "apart, saved as one measurement"));
    connect(measure, &QPushButton::clicked, this, &HomePage::measureRequested);
    listColumn->addWidget(measure);
    listColumn->addWidget(addReading);
    QWidget::setTabOrder(measure, addReading); // Tab goes down the column as it is seen
    layout->addLayout(listColumn, 1);

    // The scroll area takes the details while they are still empty: given a full widget it
    // would size it at once (every wrapped text measured) for a width it never has.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"sequenceDetailsScroll"_s);
    scroll->setAccessibleName(tr("About the sequence"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *details = new QWidget;
    scroll->setWidget(details);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->setSpacing(12);
    m_title = makeLabel(u"sequenceTitle"_s, details, 1.8, true);
    m_summary = makeLabel(u"sequenceSummary"_s, details, 1.1);
    m_pose = new PoseView(details);
    m_pose->setObjectName(u"sequencePose"_s);
    m_pose->setMinimumHeight(150);
    m_pose->setMaximumHeight(240);
    m_description = makeLabel(u"sequenceDescription"_s, details);
    m_stepsHeading = makeLabel(u"stepsHeading"_s, details, 1.0, true);
    m_stepsHeading->setText(tr("Steps"));
    m_steps = makeLabel(u"sequenceSteps"_s, details);
    m_props = makeLabel(u"sequenceProps"_s, details);
    // All plain text, as the sequence file wrote it: no markup is read into a title or a
    // description, and plain labels are laid out without a text document.
    for (QLabel *label : {m_title, m_summary, m_description, m_steps, m_props})
        label->setTextFormat(Qt::PlainText);
    detailsLayout->addWidget(m_title);
    detailsLayout->addWidget(m_summary);
    detailsLayout->addWidget(m_pose);
    detailsLayout->addWidget(m_description);
    auto *steps = new QVBoxLayout;
    steps->setSpacing(4);
    steps->addWidget(m_stepsHeading);
    steps->addWidget(m_steps);
    detailsLayout->addLayout(steps);
    detailsLayout->addWidget(m_props);
    detailsLayout->addStretch(1);

    auto *rightColumn = new QVBoxLayout;
    rightColumn->addWidget(scroll, 1);
    auto *choices = new QFormLayout;
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(u"minutesSpin"_s);
    m_minutes->setRange(SessionPlan::minMinutes - 1, SessionPlan::maxMinutes);
    m_minutes->setSpecialValueText(tr("as written"));
    m_minutes->setSuffix(tr(" min"));
    const int defaultMinutes = settings.number(Settings::Key::DefaultMinutes);
    m_minutes->setValue(defaultMinutes >= SessionPlan::minMinutes ? defaultMinutes
                                                                  : m_minutes->minimum());
    choices->addRow(tr("Length"), m_minutes);
    m_pace = new PaceCombo(tr("Custom (from the settings)"), this);
    m_pace->setObjectName(u"paceCombo"_s);
    m_pace->setAccessibleName(tr("Breathing"));
    // Narrower than its longest pace, so that the labels keep their words in an 800-pixel
    // window; the open list shows every pace whole.
    m_pace->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_pace->setMinimumContentsLength(14);
    m_pace->setPaceKey(settings.text(Settings::Key::BreathPace));
    m_lengthen = new QCheckBox(tr("lengthen over the session"), this);
    m_lengthen->setObjectName(u"lengthenCheck"_s);
    m_lengthen->setChecked(settings.flag(Settings::Key::LengthenBreath));
    auto *paceLabel = new QLabel(tr("Breathing"), this);
    paceLabel->setBuddy(m_pace);
    choices->addRow(paceLabel, m_pace);
    // On a row of its own under the pace it changes: beside it, a longer language would
    // make the window wider than a small screen.
    choices->addRow(QString(), m_lengthen);
    rightColumn->addLayout(choices);
    m_start = new QPushButton(tr("Start"), this);
    m_start->setObjectName(u"startButton"_s);
    m_start->setDefault(true);
    m_start->setMinimumHeight(44);
    QFont startFont = m_start->font();
    startFont.setPointSizeF(startFont.pointSizeF() * 1.3);
    startFont.setBold(true);
    m_start->setFont(startFont);
    rightColumn->addWidget(m_start);
    auto *rightWidget = new QWidget(this);
    rightWidget->setLayout(rightColumn);
    rightWidget->setMaximumWidth(860);
    layout->addWidget(rightWidget, 2);

    const auto ownPace = [this] { return m_pace->pace() == BreathChoice::Pace::Sequence; };
    connect(m_pace, &QComboBox::currentIndexChanged, this,
            [this, ownPace] { m_lengthen->setEnabled(!ownPace()); });
    m_lengthen->setEnabled(!ownPace());
    connect(m_start, &QPushButton::clicked, this, [this] {
        const QString id = currentSequenceId();
        if (!id.isEmpty())
            Q_EMIT startRequested(id, planOptions());
    });
    connect(m_list, &QListView::activated, m_start, &QPushButton::click);
    connect(m_minutes, &QSpinBox::valueChanged, this,
            [this] { showEntry(m_list->currentIndex().row()); });
    // The defaults of the settings show here as soon as they are changed.
    connect(&m_settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::DefaultMinutes) {
            const int minutes = m_settings.number(Settings::Key::DefaultMinutes);
            m_minutes->setValue(minutes >= SessionPlan::minMinutes ? minutes
                                                                   : m_minutes->minimum());
        } else if (key == Settings::Key::BreathPace) {
            m_pace->setPaceKey(m_settings.text(Settings::Key::BreathPace));
        } else if (key == Settings::Key::LengthenBreath) {
            m_lengthen->setChecked(m_settings.flag(Settings::Key::LengthenBreath));
        }
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showEntry(current.row()); });
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
    else
        showEntry(-1);
    refreshJournalFacts();
    new JournalFollower(this, journal, [this] { refreshJournalFacts(); });
}

QString HomePage::currentSequenceId() const
{
    return m_list->currentIndex().data(SequenceListModel::IdRole).toString();
}

void HomePage::selectSequence(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
}

void HomePage::setMinutes(int minutes)
{
    m_minutes->setValue(minutes);
}

PlanOptions HomePage::planOptions() const
{
    PlanOptions options;
    if (m_minutes->value() >= SessionPlan::minMinutes)
        options.minutes = m_minutes->value();
    BreathChoice choice = m_settings.breathChoice();
    choice.pace = m_pace->pace();
    choice.lengthen = m_lengthen->isChecked();
    options.breath = Settings::breathOf(choice);
    return options;
}

void HomePage::refreshJournalFacts()
{
    if (!m_journal) {
        m_lastSession->setText(tr("The journal is not available: sessions will not be saved."));
        return;
    }
    // Two small queries: the last completed session and the days practised (not every
    // session of years of practice).
    const auto lastSession = m_journal->lastCompletedSession();
    const auto days = m_journal->practiceDays();
    if (!lastSession.ok() || !days.ok()) {
        m_lastSession->setText(tr("The journal could not be read."));
        return;
    }
    const std::optional<SessionRecord> &last = *lastSession;
    QStringList lines;
    if (last) {
        const DisplayFormat format;
        QString line = tr("Last session: %1, %2")
                           .arg(format.date(last->startedAt.date()), last->sequenceTitle);
        if (const auto readings = m_journal->readingsOfSession(last->id); readings.ok()) {
            const auto before = MeasurementGrouper::meanOf(*readings, ReadingContext::Before);
            const auto after = MeasurementGrouper::meanOf(*readings, ReadingContext::After);
            if (before && after)
                line += u'\n' + tr("Before %1, after %2 mmHg")
                                    .arg(format.pressure(*before), format.pressure(*after));
        }
        lines.append(line);
    }
    const int streak = practiceStreak(*days, QDate::currentDate());
    if (streak > 0)
        lines.append(streak == 1 ? tr("You practised today or yesterday.")
                                 : tr("%1 days in a row of practice.").arg(streak));
    m_lastSession->setText(lines.isEmpty() ? tr("No completed sessions yet.") : lines.join(u'\n'));
}

void HomePage::showEntry(int row)
{
    const SequenceLibrary::Entry *entry = m_model->entry(row);
    m_start->setEnabled(entry && entry->sequence);
    if (!entry) {
        m_title->setText(tr("No sequences"));
        m_summary->setText(
            tr("Put sequence files in the sequences folder of Viparita's data folder."));
        for (QLabel *label : {m_description, m_steps, m_props})
            label->clear();
        m_stepsHeading->hide();
        m_pose->setImage({});
        return;
    }
    if (!entry->sequence) {
        m_title->setText(tr("This file could not be loaded"));
        m_summary->setText(entry->source);
        m_description->setText(m_model->index(row).data(SequenceListModel::ErrorsRole).toString());
        m_steps->setText(tr("Fix the file and start Viparita again; \u201cviparita-cli validate "
                            "FILE\u201d checks it."));
        m_stepsHeading->hide();
        m_props->clear();
        m_pose->setImage({});
        return;
    }
    const Sequence &sequence = *entry->sequence;
    m_title->setText(sequence.title);
    const int played = sequence.playedStepCount();
    // With a length chosen, the session as it will be played: its whole length and each
    // step's share of it.
    std::optional<SessionPlan> fitted;
    if (m_minutes->value() >= SessionPlan::minMinutes) {
        PlanOptions options;
        options.minutes = m_minutes->value();
        fitted = SessionPlan::create(sequence, options).plan;
    }
    QString summary = tr("%1 · %2").arg(
        SequenceListModel::lengthText(fitted ? fitted->totalSeconds() : sequence.practiceSeconds()),
        SequenceListModel::stepsText(static_cast<int>(sequence.steps.size())));
    if (played != sequence.steps.size())
        summary += tr(" (%1 with each side played)").arg(played);
    m_summary->setText(summary);
    m_pose->setImage(sequence.steps.isEmpty() ? QString() : sequence.steps.first().image);
    m_description->setText(sequence.description);
    m_stepsHeading->show();
    m_steps->setText(stepsText(sequence, fitted ? &*fitted : nullptr));
    m_props->setText(sequence.props.isEmpty()
                         ? QString()
                         : tr("You will need: %1").arg(sequence.props.join(u", "_s)));
}

} // namespace viparita::app

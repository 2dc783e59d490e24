#include "readings/standing_check_dialog.h"

#include "cuff/cuff_watch.h"

#include "settings/settings.h"
#include "widgets/grow_to_fit.h"

#include <viparita/core/display_format.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

namespace {

constexpr int secondsOf(int minutes)
{
    return minutes * 60;
}

QString clockOf(int seconds)
{
    return DisplayFormat::clock(qint64{seconds} * 1000);
}

} // namespace

StandingCheckDialog::StandingCheckDialog(Settings &settings, std::optional<Measurement> reference,
                                         QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_reference(std::move(reference))
    , m_timer(new QTimer(this))
{
    setObjectName(u"standingCheckDialog"_s);
    setWindowTitle(tr("Blood pressure on standing up"));
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    m_clock = [elapsed] { return elapsed->elapsed(); };

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("<b>Standing up after the practice</b><br>Keep the cuff on. Stand up slowly, next "
           "to something steady you can hold. Stand still, with your arm resting at the height "
           "of your heart. Start the timer once you are on your feet: it tells you when to "
           "measure, after %1 minute and after %2 minutes. If you feel dizzy, sit or lie down "
           "at once.")
            .arg(firstMinute)
            .arg(secondMinute),
        this);
    intro->setObjectName(u"introLabel"_s);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *timerRow = new QHBoxLayout;
    m_start = new QPushButton(tr("I am &standing: start the timer"), this);
    m_start->setObjectName(u"startTimerButton"_s);
    m_timerLabel = new QLabel(this);
    m_timerLabel->setObjectName(u"timerLabel"_s);
    m_timerLabel->setWordWrap(true);
    QFont large = m_timerLabel->font();
    large.setPointSizeF(large.pointSizeF() * 1.2);
    m_timerLabel->setFont(large);
    timerRow->addWidget(m_start);
    timerRow->addWidget(m_timerLabel, 1);
    layout->addLayout(timerRow);

    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Systolic"), this), 0, 1);
    grid->addWidget(new QLabel(tr("Diastolic"), this), 0, 2);
    grid->addWidget(new QLabel(tr("Pulse"), this), 0, 3);
    const QStringList rowNames{tr("After %1 minute").arg(firstMinute),
                               tr("After %1 minutes").arg(secondMinute)};
    for (int index = 0; index < rowNames.size(); ++index) {
        ReadingEntryRow row(index, this);
        auto *name = new QLabel(rowNames.at(index), this);
        name->setBuddy(row.firstField());
        grid->addWidget(name, index * 2 + 1, 0);
        row.placeIn(grid, index * 2 + 1, 1);
        // A screen reader says which reading a field is for.
        row.setName(rowNames.at(index));
        for (QLineEdit *field : row.fields())
            connect(field, &QLineEdit::textChanged, this, &StandingCheckDialog::refresh);
        m_rows.append(row);
    }
    layout->addLayout(grid);

    auto *armRow = new QHBoxLayout;
    m_arm = new QComboBox(this);
    m_arm->setObjectName(u"armCombo"_s);
    m_arm->setAccessibleName(tr("Arm"));
    m_arm->addItem(tr("Left arm"), u"left"_s);
    m_arm->addItem(tr("Right arm"), u"right"_s);
    m_arm->setCurrentIndex(std::max(0, m_arm->findData(settings.text(Settings::Key::UsualArm))));
    auto *compared = new QLabel(this);
    compared->setObjectName(u"referenceLabel"_s);
    compared->setWordWrap(true);
    compared->setText(m_reference ? tr("Compared with your last reading lying or sitting: %1 mmHg.")
                                        .arg(DisplayFormat().pressure(*m_reference))
                                  : tr("There is no reading lying or sitting to compare with; "
                                       "a systolic under 90 is still flagged."));
    armRow->addWidget(compared, 1);
    armRow->addWidget(m_arm);
    layout->addLayout(armRow);

    m_alert = new QLabel(this);
    m_alert->setObjectName(u"alertLabel"_s);
    m_alert->setWordWrap(true);
    m_alert->setTextFormat(Qt::RichText);
    m_alert->setFrameShape(QFrame::StyledPanel);
    m_alert->setMargin(8);
    m_alert->hide();
    layout->addWidget(m_alert);
    m_faint = new QCheckBox(tr("I feel &faint or dizzy"), this);
    m_faint->setObjectName(u"faintCheck"_s);
    connect(m_faint, &QCheckBox::toggled, this, &StandingCheckDialog::refresh);
    layout->addWidget(m_faint);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(u"saveButton"_s);
    m_save->setDefault(true);
    m_skip = buttons->addButton(tr("S&kip the standing check"), QDialogButtonBox::RejectRole);
    m_skip->setObjectName(u"skipButton"_s);
    m_skip->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &StandingCheckDialog::tick);
    connect(m_start, &QPushButton::clicked, this, &StandingCheckDialog::startTimer);
    // Enter starts the timer first; once it runs, Enter in a field saves.
    m_start->setDefault(true);
    m_start->setFocus();

    refresh();
    showTimer();
    setMinimumWidth(520);

    // With a cuff chosen, its readings fill the rows in turn: the one after 1 minute, then
    // the one after 3.
    if (CuffWatch *cuff = CuffWatch::current(); cuff && cuff->hasCuff()) {
        cuff->wait(this, [this](const cuff::Intake &intake) {
            for (int row = 0; row < static_cast<int>(m_rows.size()); ++row) {
                if (!m_rows.at(row).isEmpty())
                    continue;
                const Reading &reading = intake.reading;
                enter(row, QString::number(reading.systolic), QString::number(reading.diastolic),
                      reading.pulse ? QString::number(*reading.pulse) : QString());
                Q_EMIT cuffReadingReceived(reading);
                return true;
            }
            return false;
        });
    }
}

StandingCheckDialog::~StandingCheckDialog() = default;

void StandingCheckDialog::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void StandingCheckDialog::startTimer()
{
    m_startedAt = m_clock();
    m_announced = 0;
    m_timer->start();
    m_start->setText(tr("&Start the timer again"));
    m_start->setDefault(false);
    m_save->setDefault(true);
    tick();
}

bool StandingCheckDialog::isTiming() const
{
    return m_startedAt.has_value() && m_timer->isActive();
}

int StandingCheckDialog::secondsStanding() const
{
    return m_startedAt ? static_cast<int>((m_clock() - *m_startedAt) / 1000) : 0;
}

void StandingCheckDialog::tick()
{
    if (!m_startedAt)
        return;
    const int seconds = secondsStanding();
    const std::array<int, 2> due{secondsOf(firstMinute), secondsOf(secondMinute)};
    while (m_announced < 2 && seconds >= due.at(static_cast<std::size_t>(m_announced))) {
        const int row = m_announced++;
        Q_EMIT measureNow(row == 0 ? tr("One minute. Take the first standing reading now.")
                                   : tr("Three minutes. Take the second standing reading now."));
        // The field of the reading now due, unless the person is still typing the other one.
        const ReadingEntryRow &other = m_rows.at(1 - row);
        const auto otherFields = other.fields();
        const bool typingOther = !other.isEmpty() && !other.reading() &&
                                 std::find(otherFields.cbegin(), otherFields.cend(),
                                           focusWidget()) != otherFields.cend();
        if (!typingOther)
            m_rows.at(row).firstField()->setFocus();
    }
    if (m_announced >= 2)
        m_timer->stop();
    showTimer();
}

QString StandingCheckDialog::timerText() const
{
    return m_timerLabel->text();
}

void StandingCheckDialog::showTimer()
{
    if (!m_startedAt) {
        m_timerLabel->setText(tr("Not started"));
        return;
    }
    const int seconds = secondsStanding();
    const int first = secondsOf(firstMinute), second = secondsOf(secondMinute);
    QString text;
    if (seconds < first)
        text = tr("On your feet %1. First reading in %2.")
                   .arg(clockOf(seconds), clockOf(first - seconds));
    else if (m_rows.at(0).isEmpty() && seconds < first + 30)
        text = tr("Measure now: the reading after %1 minute.").arg(firstMinute);
    else if (seconds < second)
        text = tr("On your feet %1. Second reading in %2.")
                   .arg(clockOf(seconds), clockOf(second - seconds));
    else
        text = m_rows.at(1).isEmpty()
                   ? tr("Measure now: the reading after %1 minutes.").arg(secondMinute)
               : m_rows.at(0).reading() && m_rows.at(1).reading()
                   ? tr("Both readings are in: save them, then sit down and rest.")
                   : tr("Enter the readings and save them; then sit down.");
    if (text != m_timerLabel->text()) {
        m_timerLabel->setText(text);
        m_timerLabel->setAccessibleName(text);
    }
}

void StandingCheckDialog::enter(int row, const QString &systolic, const QString &diastolic,
                                const QString &pulse)
{
    if (row >= 0 && row < m_rows.size())
        m_rows[row].setText(systolic, diastolic, pulse);
}

QString StandingCheckDialog::rowStatus(int row) const
{
    return ReadingEntryRow::statusOf(m_rows, row);
}

QList<Reading> StandingCheckDialog::readings() const
{
    QList<Reading> result =
        ReadingEntryRow::readingsOf(m_rows, armFromString(m_arm->currentData().toString()));
    for (Reading &reading : result) {
        reading.context = ReadingContext::Standing;
        reading.position = BodyPosition::Standing;
    }
    return result;
}

QList<SafetyAlert> StandingCheckDialog::alerts() const
{
    return m_alerts;
}

bool StandingCheckDialog::orthostatic() const
{
    return std::any_of(m_alerts.cbegin(), m_alerts.cend(), [](const SafetyAlert &alert) {
        return alert.flag == SafetyFlag::Orthostatic;
    });
}

QString StandingCheckDialog::alertText() const
{
    return m_alert->isVisibleTo(this) ? m_alert->text() : QString();
}

bool StandingCheckDialog::canSave() const
{
    return m_save->isEnabled();
}

void StandingCheckDialog::setFeelsFaint(bool faint)
{
    m_faint->setChecked(faint);
}

bool StandingCheckDialog::feelsFaint() const
{
    return m_faint->isChecked();
}

void StandingCheckDialog::refresh()
{
    const Guideline guideline = m_settings.guideline();
    const bool anyInvalid = ReadingEntryRow::updateAll(m_rows, guideline);

    // Each reading on its own: the lower of the two is the one that matters.
    QList<SafetyAlert> alerts;
    const auto add = [&alerts](const SafetyAlert &alert) {
        const bool known =
            std::any_of(alerts.cbegin(), alerts.cend(),
                        [&alert](const SafetyAlert &seen) { return seen.flag == alert.flag; });
        if (!known)
            alerts.append(alert);
    };
    const QList<Reading> entered = readings();
    for (const Reading &reading : entered) {
        for (const SafetyAlert &alert : SafetyRules::check(
                 SafetyCheck{MeasurementGrouper::mean({reading}), m_reference, guideline, false}))
            add(alert.flag == SafetyFlag::Severe ? SafetyRules::severeInSession() : alert);
    }
    if (m_faint->isChecked())
        add(SafetyRules::alert(SafetyFlag::Orthostatic));
    std::stable_sort(alerts.begin(), alerts.end(),
                     [](const SafetyAlert &a, const SafetyAlert &b) { return a.flag < b.flag; });
    m_alerts = alerts;

    QStringList parts;
    for (const SafetyAlert &alert : std::as_const(m_alerts)) {
        parts.append(
            u"<b>%1</b><br>%2"_s.arg(alert.title.toHtmlEscaped(), alert.guidance.toHtmlEscaped()));
        if (alert.urgent && m_spoken.insert(alert.flag).second)
            Q_EMIT guidanceDue(alert.title + u". "_s + alert.guidance);
    }
    m_alert->setText(parts.join(u"<br><br>"_s));
    m_alert->setAccessibleName(parts.isEmpty() ? QString() : m_alerts.first().title);
    m_alert->setVisible(!parts.isEmpty());
    m_save->setEnabled(!entered.isEmpty() && !anyInvalid);
    showTimer();

    // Grow (never shrink) when a warning appears, so nothing is cut off.
    fitToContents(this);
}

void StandingCheckDialog::done(int result)
{
    if (CuffWatch *cuff = CuffWatch::current())
        cuff->release(this);
    // A reading in the severe range is kept however the dialog is closed.
    if (result != QDialog::Accepted) {
        const QList<Reading> entered = readings();
        if (SafetyRules::anySevere(entered, m_settings.guideline()))
            Q_EMIT keepReadings(entered);
    }
    m_timer->stop();
    QDialog::done(result);
}

} // namespace viparita::app

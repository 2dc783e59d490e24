#include "readings/reading_dialog.h"

#include "cuff/cuff_watch.h"

#include "readings/severe_reading_panel.h"
#include "settings/settings.h"
#include "widgets/date_fields.h"
#include "widgets/grow_to_fit.h"

#include <viparita/core/bp_classifier.h>
#include <viparita/core/display_format.h>
#include <viparita/core/reading_validator.h>
#include <viparita/core/safety_rules.h>
#include <viparita/report/category_colours.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

namespace {

QString intro(ReadingDialog::Purpose purpose)
{
    switch (purpose) {
    case ReadingDialog::Purpose::Before:
        return ReadingDialog::tr(
            "<b>Before you begin</b><br>Sit with your back supported and your feet flat for five "
            "minutes, then take two readings a minute or two apart, on your usual arm. Or skip "
            "this and start.");
    case ReadingDialog::Purpose::During:
        return ReadingDialog::tr(
            "<b>A reading during the practice</b><br>The session is paused. Take "
            "your reading lying as you are; it will resume when you are done.");
    case ReadingDialog::Purpose::After:
        return ReadingDialog::tr(
            "<b>After the practice</b><br>Roll onto one side and sit up slowly. Rest seated for "
            "a few minutes, then take your readings sitting, on the same arm as before, so that "
            "they compare with the readings before.");
    case ReadingDialog::Purpose::Guided:
        return ReadingDialog::tr(
            "<b>Start the cuff now</b><br>Keep still with your arm resting at heart level, and "
            "do not talk while it measures. Then type what it shows, or let the cuff send it.");
    case ReadingDialog::Purpose::Standalone:
        break;
    }
    return ReadingDialog::tr("<b>A blood-pressure reading</b><br>Sit with your back supported "
                             "for five minutes, then take two readings a minute or two apart; "
                             "they count as one measurement.");
}

} // namespace

ReadingDialog::ReadingDialog(Purpose purpose, Settings &settings, std::optional<Measurement> before,
                             QWidget *parent)
    : QDialog(parent)
    , m_purpose(purpose)
    , m_settings(settings)
    , m_before(std::move(before))
{
    setObjectName(u"readingDialog"_s);
    setWindowTitle(purpose == Purpose::Before   ? tr("Blood pressure before the session")
                   : purpose == Purpose::After  ? tr("Blood pressure after the session")
                   : purpose == Purpose::During ? tr("Blood pressure during the session")
                   : purpose == Purpose::Guided ? tr("Your reading")
                                                : tr("Add a reading"));
    auto *layout = new QVBoxLayout(this);
    auto *introLabel = new QLabel(intro(purpose), this);
    introLabel->setObjectName(u"introLabel"_s);
    introLabel->setWordWrap(true);
    layout->addWidget(introLabel);

    // A row a reading: "Reading 1" and its systolic, diastolic and pulse fields under their
    // headings, and under the fields what the reading is (or what is wrong with it).
    m_grid = new QGridLayout;
    m_grid->addWidget(new QLabel(tr("Systolic"), this), 0, 1);
    m_grid->addWidget(new QLabel(tr("Diastolic"), this), 0, 2);
    m_grid->addWidget(new QLabel(tr("Pulse"), this), 0, 3);
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(2, 1);
    m_grid->setColumnStretch(3, 1);
    layout->addLayout(m_grid);

    auto *armRow = new QHBoxLayout;
    m_arm = new QComboBox(this);
    m_arm->setObjectName(u"armCombo"_s);
    m_arm->addItem(tr("Left arm"), u"left"_s);
    m_arm->addItem(tr("Right arm"), u"right"_s);
    m_arm->setCurrentIndex(std::max(0, m_arm->findData(settings.text(Settings::Key::UsualArm))));
    auto *armLabel = new QLabel(tr("&Arm:"), this);
    armLabel->setBuddy(m_arm);
    m_arm->setAccessibleName(tr("Arm"));
    m_position = new QComboBox(this);
    m_position->setObjectName(u"positionCombo"_s);
    m_position->addItem(tr("Sitting"), u"sitting"_s);
    m_position->addItem(tr("Lying"), u"lying"_s);
    m_position->addItem(tr("Standing"), u"standing"_s);
    // During the practice one lies in the pose; before and after, one sits, so that the two
    // compare.
    const QString usualPosition = purpose == Purpose::During ? u"lying"_s
                                  : purpose == Purpose::Standalone
                                      ? settings.text(Settings::Key::UsualPosition)
                                      : u"sitting"_s;
    m_position->setCurrentIndex(std::max(0, m_position->findData(usualPosition)));
    auto *positionLabel = new QLabel(tr("P&osition:"), this);
    positionLabel->setBuddy(m_position);
    m_position->setAccessibleName(tr("Position"));
    m_addRow = new QPushButton(tr("A&dd another reading"), this);
    m_addRow->setObjectName(u"addRowButton"_s);
    // Enter in a field saves; only a click or Space on this button adds a row.
    m_addRow->setAutoDefault(false);
    connect(m_addRow, &QPushButton::clicked, this, [this] {
        addRow();
        m_rows.last().firstField()->setFocus();
    });
    armRow->addWidget(armLabel);
    armRow->addWidget(m_arm);
    armRow->addSpacing(12);
    armRow->addWidget(positionLabel);
    armRow->addWidget(m_position);
    armRow->addStretch(1);
    armRow->addWidget(m_addRow);
    layout->addLayout(armRow);

    if (purpose == Purpose::Standalone) {
        // On its own a reading may be one taken earlier: its time, a note and the flag the
        // monitor shows, as the editor of a saved reading offers them.
        auto *form = new QFormLayout;
        m_takenAt = new DateTimeField(this);
        m_takenAt->setObjectName(u"timeEdit"_s);
        m_takenAt->setCalendarPopup(true);
        m_takenAt->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
        const QDateTime now = QDateTime::currentDateTime();
        m_shownTime = now.addSecs(-now.time().second()).addMSecs(-now.time().msec());
        m_takenAt->setDateTime(m_shownTime);
        connect(m_takenAt, &QDateTimeEdit::dateTimeChanged, this, &ReadingDialog::refresh);
        form->addRow(tr("&Taken at:"), m_takenAt);
        m_timeProblem = new QLabel(this);
        m_timeProblem->setObjectName(u"timeProblemLabel"_s);
        m_timeProblem->setWordWrap(true);
        m_timeProblem->hide();
        form->addRow(QString(), m_timeProblem);
        m_note = new QLineEdit(this);
        m_note->setObjectName(u"noteEdit"_s);
        m_note->setPlaceholderText(tr("Optional: what you did or felt before it"));
        connect(m_note, &QLineEdit::textChanged, this, &ReadingDialog::refresh);
        form->addRow(tr("&Note:"), m_note);
        m_irregular = new QCheckBox(tr("The monitor showed an &irregular heartbeat"), this);
        m_irregular->setObjectName(u"irregularCheck"_s);
        form->addRow(QString(), m_irregular);
        layout->addLayout(form);
    }

    if (CuffWatch *cuff = CuffWatch::current(); cuff && cuff->hasCuff()) {
        // With a cuff chosen, the dialog waits for it from the start: a person lying in the
        // pose presses the cuff's button and touches nothing else.
        auto *cuffRow = new QHBoxLayout;
        m_cuffButton = new QPushButton(tr("Take a reading with the c&uff"), this);
        m_cuffButton->setObjectName(u"cuffButton"_s);
        m_cuffButton->setAutoDefault(false);
        m_cuffButton->setToolTip(tr("Waits for the reading the cuff measures, and fills the "
                                    "next empty row with it."));
        connect(m_cuffButton, &QPushButton::clicked, this, [this, cuff] {
            // Only a watch that gave up is started again: one looking for the cuff, or
            // connecting it, is left to it.
            if (cuff->state() == CuffWatch::State::Unavailable)
                cuff->restart();
            waitForCuff();
        });
        m_cuffLive = new QLabel(this);
        m_cuffLive->setObjectName(u"cuffLiveLabel"_s);
        m_cuffLive->setWordWrap(true);
        QFont large = m_cuffLive->font();
        large.setPointSizeF(large.pointSizeF() * 1.6);
        m_cuffLive->setFont(large);
        cuffRow->addWidget(m_cuffButton);
        cuffRow->addStretch(1);
        layout->addLayout(cuffRow);
        layout->addWidget(m_cuffLive);
        // Several times a second, on one short line: the dialog keeps its size.
        connect(cuff, &CuffWatch::cuffPressure, this,
                [this](int mmHg) { m_cuffLive->setText(tr("Cuff pressure: %1 mmHg").arg(mmHg)); });
        connect(cuff, &CuffWatch::cuffFailed, this,
                [this](const QString &message) { showCuff(message); });
        connect(cuff, &CuffWatch::stateChanged, this, [this, cuff](CuffWatch::State state) {
            if (state == CuffWatch::State::Unavailable)
                showCuff(cuff->statusText());
            else if (m_cuffShowsProblem)
                waitForCuff();
            m_cuffShowsProblem = state == CuffWatch::State::Unavailable;
        });
    }

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"summaryLabel"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_alert = new QLabel(this);
    m_alert->setObjectName(u"alertLabel"_s);
    m_alert->setWordWrap(true);
    m_alert->setTextFormat(Qt::RichText);
    m_alert->setFrameShape(QFrame::StyledPanel);
    m_alert->setMargin(8);
    m_alert->hide();
    layout->addWidget(m_alert);
    m_severe = new SevereReadingPanel(this);
    m_severe->setInSession(purpose == Purpose::During || purpose == Purpose::After);
    connect(m_severe, &SevereReadingPanel::recheckRequested, this, &ReadingDialog::recheck);
    layout->addWidget(m_severe);
    m_faint = new QCheckBox(tr("I feel &faint or dizzy"), this);
    m_faint->setObjectName(u"faintCheck"_s);
    m_faint->setVisible(purpose == Purpose::During || purpose == Purpose::After);
    connect(m_faint, &QCheckBox::toggled, this, &ReadingDialog::refresh);
    layout->addWidget(m_faint);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(purpose == Purpose::Before ? tr("&Save and start") : tr("&Save"),
                                QDialogButtonBox::AcceptRole);
    m_save->setObjectName(u"saveButton"_s);
    m_save->setDefault(true);
    if (purpose == Purpose::Before) {
        // Starting without readings is a choice of its own, never what Esc does.
        m_skip = buttons->addButton(tr("S&kip and start"), QDialogButtonBox::ActionRole);
        m_skip->setObjectName(u"skipButton"_s);
        m_skip->setAutoDefault(false);
        connect(m_skip, &QPushButton::clicked, this, [this] { done(Skipped); });
        m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
        m_cancel->setObjectName(u"cancelButton"_s);
    } else {
        m_skip = buttons->addButton(purpose == Purpose::Standalone ? tr("Cancel") : tr("S&kip"),
                                    QDialogButtonBox::RejectRole);
        m_skip->setObjectName(u"skipButton"_s);
        m_cancel = m_skip;
    }
    m_cancel->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    addRow();
    if (purpose == Purpose::Guided) {
        // One reading at a time, seated: the guide times the next.
        m_addRow->hide();
        m_position->setEnabled(false);
        m_skip->setText(tr("&End the measurement"));
    } else {
        addRow();
    }
    refresh();
    setMinimumWidth(460);
    m_rows.first().firstField()->setFocus();
    if (m_cuffButton)
        waitForCuff();
}

void ReadingDialog::setGuidedReading(int number, int count)
{
    setWindowTitle(tr("Reading %1 of %2").arg(number).arg(count));
    if (auto *introLabel = findChild<QLabel *>(u"introLabel"_s); introLabel && number > 1)
        introLabel->setText(tr("<b>Start the cuff again</b><br>Stay as you are, arm resting at "
                               "heart level; do not talk while it measures."));
}

void ReadingDialog::waitForCuff()
{
    CuffWatch *cuff = CuffWatch::current();
    if (!cuff || !m_cuffLive)
        return;
    cuff->wait(this, [this](const cuff::Intake &intake) { return takeFromCuff(intake.reading); });
    showCuff(cuff->state() == CuffWatch::State::Unavailable
                 ? cuff->statusText()
                 : tr("Waiting for %1: press its start button.").arg(cuff->cuffName()));
}

void ReadingDialog::showCuff(const QString &text)
{
    m_cuffLive->setText(text);
    fitToContents(this);
}

QString ReadingDialog::cuffStatus() const
{
    return m_cuffLive ? m_cuffLive->text() : QString();
}

bool ReadingDialog::takeFromCuff(const Reading &reading)
{
    m_fromCuff.append(reading);
    int row = 0;
    while (row < rowCount() && !m_rows.at(row).isEmpty())
        ++row;
    if (row == rowCount()) {
        if (rowCount() >= maxReadings)
            return false;
        addRow();
    }
    enter(row, QString::number(reading.systolic), QString::number(reading.diastolic),
          reading.pulse ? QString::number(*reading.pulse) : QString());
    if (m_irregular && reading.irregular)
        m_irregular->setChecked(true);
    if (m_note && !reading.note.isEmpty() && !m_note->text().contains(reading.note))
        m_note->setText(m_note->text().isEmpty() ? reading.note
                                                 : m_note->text() + u' ' + reading.note);
    showCuff(tr("Reading %1 from the cuff: %2/%3 mmHg%4.")
                 .arg(row + 1)
                 .arg(reading.systolic)
                 .arg(reading.diastolic)
                 .arg(reading.pulse ? tr(", pulse %1").arg(*reading.pulse) : QString()));
    Q_EMIT cuffReadingReceived(reading);
    // In the pose, eyes closed: the reading is saved as it comes, nothing to press.
    if (m_purpose == Purpose::During && canSave())
        accept();
    return true;
}

void ReadingDialog::addRow()
{
    if (m_rows.size() >= maxReadings)
        return;
    const int index = static_cast<int>(m_rows.size());
    ReadingEntryRow row(index, this);
    const QString name = tr("Reading %1").arg(index + 1);
    auto *label = new QLabel(name, this);
    label->setObjectName(u"rowLabel%1"_s.arg(index));
    label->setBuddy(row.firstField());
    m_grid->addWidget(label, index * 2 + 1, 0);
    row.placeIn(m_grid, index * 2 + 1, 1);
    row.setName(name);
    for (QLineEdit *field : row.fields())
        connect(field, &QLineEdit::textChanged, this, &ReadingDialog::refresh);
    m_rows.append(row);
    m_addRow->setEnabled(m_rows.size() < maxReadings);
    orderTabs();
}

void ReadingDialog::orderTabs()
{
    // The order things are read and typed in: each reading's fields, the arm, the position,
    // then what is under them, then the buttons.
    QList<QWidget *> order;
    for (const ReadingEntryRow &row : std::as_const(m_rows)) {
        for (QLineEdit *field : row.fields())
            order.append(field);
    }
    order << m_arm << m_position << m_addRow;
    if (m_takenAt)
        order << m_takenAt << m_note << m_irregular;
    if (m_cuffButton)
        order << m_cuffButton;
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    // The rest (the severe panel's and the faint check's, the buttons) keep their order,
    // after these.
    QWidget *last = order.last();
    for (QWidget *next : {static_cast<QWidget *>(m_faint), static_cast<QWidget *>(m_save),
                          static_cast<QWidget *>(m_skip), static_cast<QWidget *>(m_cancel)}) {
        if (next != last) {
            setTabOrder(last, next);
            last = next;
        }
    }
}

void ReadingDialog::setTakenAt(const QDateTime &when)
{
    if (m_takenAt)
        m_takenAt->setDateTime(when);
}

void ReadingDialog::setNote(const QString &note)
{
    if (m_note)
        m_note->setText(note);
}

void ReadingDialog::setIrregular(bool irregular)
{
    if (m_irregular)
        m_irregular->setChecked(irregular);
}

void ReadingDialog::enter(int row, const QString &systolic, const QString &diastolic,
                          const QString &pulse)
{
    while (row >= m_rows.size() && m_rows.size() < maxReadings)
        addRow();
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row].setText(systolic, diastolic, pulse);
}

QString ReadingDialog::rowStatus(int row) const
{
    return ReadingEntryRow::statusOf(m_rows, row);
}

QList<Reading> ReadingDialog::readings() const
{
    QList<Reading> result =
        ReadingEntryRow::readingsOf(m_rows, armFromString(m_arm->currentData().toString()));
    for (Reading &reading : result) {
        // A reading the cuff sent, as it sent it: its findings and its irregular pulse go
        // with it (on its own, the note and the tick box above already hold them).
        if (!m_takenAt) {
            for (const Reading &sent : m_fromCuff) {
                if (sent.systolic == reading.systolic && sent.diastolic == reading.diastolic &&
                    sent.pulse == reading.pulse) {
                    reading.note = sent.note;
                    reading.irregular = sent.irregular;
                    break;
                }
            }
        }
        reading.position = bodyPositionFromString(m_position->currentData().toString());
        switch (m_purpose) {
        case Purpose::Before:
            reading.context = ReadingContext::Before;
            break;
        case Purpose::During:
            reading.context = ReadingContext::During;
            break;
        case Purpose::After:
            reading.context = ReadingContext::After;
            break;
        case Purpose::Standalone:
        case Purpose::Guided:
            reading.context = ReadingContext::Standalone;
            break;
        }
    }
    if (m_takenAt && !result.isEmpty()) {
        // A time the person chose is the first reading's; the others keep their distance
        // from it, as they were typed.
        const QDateTime chosen = m_takenAt->dateTime();
        if (chosen != m_shownTime) {
            const QDateTime first = result.first().takenAt;
            for (Reading &reading : result)
                reading.takenAt = chosen.addSecs(first.secsTo(reading.takenAt));
        }
        for (Reading &reading : result) {
            reading.note = m_note->text().trimmed();
            reading.irregular = m_irregular->isChecked();
        }
    }
    return result;
}

std::optional<Measurement> ReadingDialog::measurement() const
{
    const QList<Reading> entered = readings();
    if (entered.isEmpty())
        return std::nullopt;
    return MeasurementGrouper::mean(entered);
}

bool ReadingDialog::canSave() const
{
    return m_save->isEnabled();
}

bool ReadingDialog::startBlocked() const
{
    return m_purpose == Purpose::Before && m_severeSeen;
}

QList<Reading> ReadingDialog::severeReadings() const
{
    const QList<Reading> entered = readings();
    // The moment's readings go together: all of them when one is severe.
    return SafetyRules::anySevere(entered, m_settings.guideline()) ? entered : QList<Reading>();
}

void ReadingDialog::setFeelsFaint(bool faint)
{
    m_faint->setChecked(faint);
}

bool ReadingDialog::feelsFaint() const
{
    return m_faint->isChecked();
}

void ReadingDialog::recheck()
{
    // The readings so far are kept now; the rows wait for the new ones.
    const QList<Reading> kept = severeReadings();
    if (!kept.isEmpty())
        Q_EMIT keepReadings(kept);
    ++m_rechecks;
    for (ReadingEntryRow &row : m_rows)
        row.clear();
    refresh();
    m_rows.first().firstField()->setFocus();
}

void ReadingDialog::done(int result)
{
    if (CuffWatch *cuff = CuffWatch::current())
        cuff->release(this);
    // A severe reading is kept however the dialog is closed.
    if (result != QDialog::Accepted) {
        const QList<Reading> kept = severeReadings();
        if (!kept.isEmpty())
            Q_EMIT keepReadings(kept);
    }
    QDialog::done(result);
}

void ReadingDialog::refresh()
{
    const Guideline guideline = m_settings.guideline();
    const bool anyInvalid = ReadingEntryRow::updateAll(m_rows, guideline);
    const auto mean = measurement();
    QString summary;
    if (mean) {
        const DisplayFormat format;
        const QString pressure = format.pressure(*mean);
        summary = mean->readingCount == 1
                      ? tr("One reading: %1 mmHg").arg(pressure)
                      : tr("Mean of %1 readings: %2 mmHg").arg(mean->readingCount).arg(pressure);
        if (m_before && (m_purpose == Purpose::After || m_purpose == Purpose::During))
            summary += tr(" · change from before: %1").arg(format.pressureChange(*m_before, *mean));
    }
    m_summary->setText(summary);

    QList<SafetyAlert> alerts;
    if (mean)
        alerts = SafetyRules::check(SafetyCheck{*mean, m_before, guideline, m_faint->isChecked()});
    // One reading in the severe range is enough, whatever the mean: the panel says what to do.
    m_severeNow =
        std::any_of(m_rows.cbegin(), m_rows.cend(), [guideline](const ReadingEntryRow &row) {
            return row.reading() && SafetyRules::isSevere(row.reading()->systolic,
                                                          row.reading()->diastolic, guideline);
        });
    if (m_severeNow)
        m_severeSeen = true;
    else if (mean)
        m_severeSeen = false; // a measurement below the severe range, after resting
    QStringList parts;
    for (const SafetyAlert &alert : alerts) {
        if (alert.flag != SafetyFlag::Severe)
            parts.append(u"<b>%1</b><br>%2"_s.arg(alert.title.toHtmlEscaped(),
                                                  alert.guidance.toHtmlEscaped()));
    }
    m_alert->setText(parts.join(u"<br><br>"_s));
    m_alert->setVisible(!parts.isEmpty());
    if (m_severeSeen)
        m_severe->showSevere(m_severeNow ? m_rechecks : std::max(0, m_rechecks - 1));
    else
        m_severe->hide();
    // The time, the note: what a reading on its own adds.
    bool timeOk = true;
    if (m_takenAt) {
        QStringList problems;
        const QDateTime now = QDateTime::currentDateTime();
        for (const Reading &reading : readings()) {
            for (const FieldError &error : ReadingValidator::validate(reading, now)) {
                if (error.field == u"taken_at" || error.field == u"note")
                    problems.append(error.sentence());
            }
        }
        problems.removeDuplicates();
        m_timeProblem->setText(problems.join(u'\n'));
        m_timeProblem->setVisible(!problems.isEmpty());
        timeOk = problems.isEmpty();
    }

    // No session starts on a severe reading: only Cancel is left then, and it says that it
    // closes without starting; the readings are kept.
    const bool blocked = startBlocked();
    m_save->setEnabled(mean.has_value() && !anyInvalid && !blocked && timeOk);
    if (m_purpose == Purpose::Before) {
        m_skip->setEnabled(!blocked);
        m_cancel->setText(blocked ? tr("&Close, do not start") : tr("Cancel"));
    }

    // As tall as what it holds: taller when a warning appears, shorter when it goes.
    fitToContents(this);
}

} // namespace viparita::app

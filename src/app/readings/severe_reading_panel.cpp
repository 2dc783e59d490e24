#include "readings/severe_reading_panel.h"

#include "widgets/accessibility.h"

#include <viparita/core/display_format.h>
#include <viparita/core/safety_rules.h>

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

namespace {

constexpr int restSeconds = SafetyRules::severeRecheckMinutes * 60;

} // namespace

SevereReadingPanel::SevereReadingPanel(QWidget *parent) : QFrame(parent), m_timer(new QTimer(this))
{
    setObjectName(u"severePanel"_s);
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Very high blood pressure"));
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(u"severeTitle"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_guidance = new QLabel(this);
    m_guidance->setObjectName(u"severeGuidance"_s);
    m_guidance->setWordWrap(true);
    // A check box does not wrap: the signs are listed in a label above it.
    const QString signs =
        tr("Warning signs: %1.").arg(SafetyRules::emergencySymptoms().join(u", "_s));
    auto *signsLabel = new QLabel(signs, this);
    signsLabel->setObjectName(u"warningSignsLabel"_s);
    signsLabel->setWordWrap(true);
    m_symptoms = new QCheckBox(tr("I have one of these warning signs &now"), this);
    m_symptoms->setObjectName(u"symptomsCheck"_s);
    m_symptoms->setAccessibleDescription(signs);
    m_emergency = new QLabel(SafetyRules::severeRecheckGuidance(true), this);
    m_emergency->setObjectName(u"emergencyLabel"_s);
    m_emergency->setWordWrap(true);
    m_emergency->setFont(bold);
    m_emergency->setAccessibleName(m_emergency->text());
    m_rest = new QLabel(this);
    m_rest->setObjectName(u"restLabel"_s);
    m_restButton = new QPushButton(
        tr("Rest %1 minutes, then measure again").arg(SafetyRules::severeRecheckMinutes), this);
    m_restButton->setObjectName(u"restButton"_s);
    m_recheckButton = new QPushButton(tr("Measure again now"), this);
    m_recheckButton->setObjectName(u"recheckButton"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_restButton);
    buttons->addWidget(m_recheckButton);
    buttons->addStretch(1);
    layout->addWidget(m_title);
    layout->addWidget(m_guidance);
    layout->addWidget(signsLabel);
    layout->addWidget(m_symptoms);
    layout->addWidget(m_emergency);
    layout->addWidget(m_rest);
    layout->addLayout(buttons);

    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &SevereReadingPanel::tick);
    connect(m_restButton, &QPushButton::clicked, this, &SevereReadingPanel::startRest);
    connect(m_recheckButton, &QPushButton::clicked, this, [this] {
        m_timer->stop();
        m_secondsLeft = 0;
        m_restDone = false;
        update();
        Q_EMIT recheckRequested();
    });
    connect(m_symptoms, &QCheckBox::toggled, this, &SevereReadingPanel::update);
    hide();
}

void SevereReadingPanel::showSevere(int rechecks)
{
    m_rechecks = rechecks;
    update();
    show();
    // Safety guidance that must be heard by a person who cannot see it.
    Accessibility::announce(m_title->text() + u". "_s + m_guidance->text());
}

void SevereReadingPanel::setInSession(bool inSession)
{
    m_inSession = inSession;
    update();
}

void SevereReadingPanel::startRest()
{
    m_secondsLeft = restSeconds;
    m_timer->start();
    update();
}

void SevereReadingPanel::finishRest()
{
    m_timer->stop();
    m_secondsLeft = 0;
    m_restDone = true;
    update();
}

bool SevereReadingPanel::isResting() const
{
    return m_secondsLeft > 0;
}

bool SevereReadingPanel::hasSymptoms() const
{
    return m_symptoms->isChecked();
}

void SevereReadingPanel::setSymptoms(bool symptoms)
{
    m_symptoms->setChecked(symptoms);
}

QString SevereReadingPanel::text() const
{
    QStringList parts{m_title->text(), m_guidance->text()};
    if (m_emergency->isVisibleTo(this))
        parts.append(m_emergency->text());
    if (!m_rest->text().isEmpty())
        parts.append(m_rest->text());
    return parts.join(u'\n');
}

void SevereReadingPanel::tick()
{
    m_secondsLeft = std::max(0, m_secondsLeft - 1);
    if (m_secondsLeft == 0) {
        m_timer->stop();
        m_restDone = true;
    }
    update();
}

void SevereReadingPanel::update()
{
    if (m_rechecks == 0 && m_inSession) {
        m_title->setText(tr("Very high blood pressure: leave the practice for today"));
        m_guidance->setText(tr("Come out of the pose gently: bend your knees, roll onto one side "
                               "and sit up slowly. Rest quietly, seated, for %1 minutes, then "
                               "measure again. Your reading is kept.")
                                .arg(SafetyRules::severeRecheckMinutes));
    } else if (m_rechecks == 0) {
        m_title->setText(tr("Very high blood pressure: do not start the practice now"));
        m_guidance->setText(tr("Sit quietly with your back supported and your feet flat for "
                               "%1 minutes, then measure again. Your reading is kept.")
                                .arg(SafetyRules::severeRecheckMinutes));
    } else {
        m_title->setText(tr("Still very high after resting"));
        m_guidance->setText(SafetyRules::severeRecheckGuidance(false) + u' ' +
                            tr("Do not start the practice today. Your readings are kept."));
    }
    m_emergency->setVisible(m_symptoms->isChecked());
    if (isResting())
        m_rest->setText(tr("Rest quietly: %1 left. Then measure again.")
                            .arg(DisplayFormat::clock(qint64{m_secondsLeft} * 1000)));
    else if (m_restDone)
        m_rest->setText(tr("The rest is over: measure again now, and enter the new reading."));
    else
        m_rest->clear();
    m_restButton->setEnabled(!isResting());
    m_recheckButton->setText(isResting() ? tr("Measure again now") : tr("Measure again"));
}

} // namespace viparita::app

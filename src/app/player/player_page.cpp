#include "player/player_page.h"

#include "player/breath_pacer_widget.h"
#include "player/countdown_ring.h"
#include "player/step_progress_bar.h"
#include "widgets/pose_view.h"

#include <viparita/core/display_format.h>

#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using std::chrono::milliseconds;

namespace viparita::app {

namespace {

QLabel *label(const QString &objectName, QWidget *parent)
{
    auto *result = new QLabel(parent);
    result->setObjectName(objectName);
    result->setWordWrap(true);
    return result;
}

QPushButton *button(const QString &objectName, const QString &text, const QString &key,
                    QWidget *parent)
{
    auto *result = new QPushButton(text, parent);
    result->setObjectName(objectName);
    result->setFocusPolicy(Qt::NoFocus); // the page takes the keys
    result->setToolTip(PlayerPage::tr("Key: %1").arg(key));
    result->setMinimumHeight(36);
    return result;
}

QString stepName(const PlannedStep &step)
{
    if (!step.side)
        return step.title;
    return step.side == Side::Right ? PlayerPage::tr("%1 · right side").arg(step.title)
                                    : PlayerPage::tr("%1 · left side").arg(step.title);
}

} // namespace

PlayerPage::PlayerPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"playerPage"_s);
    setFocusPolicy(Qt::StrongFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(10);

    auto *header = new QHBoxLayout;
    m_title = label(u"stepTitle"_s, this);
    m_state = label(u"playerState"_s, this);
    m_state->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_state->setWordWrap(false);
    header->addWidget(m_title, 1);
    header->addWidget(m_state);
    // A quiet line at the start of a session when it cannot be heard (no sound output, no
    // voice): someone about to close their eyes must know first.
    m_notice = new QLabel(this);
    m_notice->setObjectName(u"noticeBanner"_s);
    m_notice->setWordWrap(true);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(6);
    m_notice->hide();
    layout->addWidget(m_notice);
    layout->addLayout(header);
    m_targets = label(u"stepTargets"_s, this);
    layout->addWidget(m_targets);

    auto *middle = new QHBoxLayout;
    m_pose = new PoseView(this);
    m_pose->setObjectName(u"poseView"_s);
    middle->addWidget(m_pose, 3);
    auto *side = new QVBoxLayout;
    m_pacer = new BreathPacerWidget(this);
    m_pacer->setObjectName(u"breathPacer"_s);
    {
        QSizePolicy policy = m_pacer->sizePolicy();
        policy.setRetainSizeWhenHidden(true); // the ring stays where it was at the end
        m_pacer->setSizePolicy(policy);
    }
    m_ring = new CountdownRing(this);
    m_ring->setObjectName(u"countdownRing"_s);
    side->addWidget(m_pacer, 3);
    side->addWidget(m_ring, 2);
    middle->addLayout(side, 2);
    layout->addLayout(middle, 1);

    m_cue = label(u"cueText"_s, this);
    m_cue->setAlignment(Qt::AlignCenter);
    m_cue->setMinimumHeight(60);
    layout->addWidget(m_cue);

    m_progress = new StepProgressBar(this);
    m_progress->setObjectName(u"sessionProgress"_s);
    layout->addWidget(m_progress);

    auto *footer = new QHBoxLayout;
    m_next = label(u"nextStep"_s, this);
    footer->addWidget(m_next, 1);
    QPushButton *previous = button(u"previousButton"_s, tr("Previous"), tr("Left"), this);
    m_pause = button(u"pauseButton"_s, tr("Pause"), tr("Space"), this);
    QPushButton *next = button(u"nextButton"_s, tr("Next"), tr("Right"), this);
    QPushButton *extend = button(u"extendButton"_s, tr("+30 s"), u"+"_s, this);
    QPushButton *reading = button(u"readingButton"_s, tr("Reading"), u"R"_s, this);
    QPushButton *stop = button(u"stopButton"_s, tr("Stop"), tr("Esc"), this);
    m_controls = {previous, m_pause, next, extend, reading, stop};
    for (QPushButton *control : std::as_const(m_controls))
        footer->addWidget(control);
    layout->addLayout(footer);

    m_stopBar = new QFrame(this);
    m_stopBar->setObjectName(u"stopConfirmBar"_s);
    m_stopBar->setFrameShape(QFrame::StyledPanel);
    auto *stopLayout = new QHBoxLayout(m_stopBar);
    stopLayout->addWidget(
        new QLabel(tr("Stop the session? What you have done so far is kept."), m_stopBar), 1);
    QPushButton *confirm = button(u"confirmStopButton"_s, tr("Stop"), tr("Enter"), m_stopBar);
    QPushButton *goOn = button(u"goOnButton"_s, tr("Go on"), tr("Esc"), m_stopBar);
    stopLayout->addWidget(confirm);
    stopLayout->addWidget(goOn);
    m_stopBar->hide();
    layout->addWidget(m_stopBar);

    connect(previous, &QPushButton::clicked, this, &PlayerPage::previousRequested);
    connect(m_pause, &QPushButton::clicked, this, &PlayerPage::pauseToggled);
    connect(next, &QPushButton::clicked, this, &PlayerPage::nextRequested);
    connect(extend, &QPushButton::clicked, this, &PlayerPage::extendRequested);
    connect(reading, &QPushButton::clicked, this, &PlayerPage::readingRequested);
    connect(stop, &QPushButton::clicked, this, [this] { askToStop(true); });
    connect(confirm, &QPushButton::clicked, this, [this] {
        askToStop(false);
        Q_EMIT stopRequested();
    });
    connect(goOn, &QPushButton::clicked, this, [this] { askToStop(false); });
    scaleFonts();
}

void PlayerPage::setPlan(const SessionPlan &plan)
{
    m_planCopy = plan;
    m_plan = &*m_planCopy;
    QList<double> marks;
    const double total = std::max(1, plan.totalSeconds());
    for (const PlannedStep &step : plan.steps())
        marks.append(step.startSeconds / total);
    m_progress->setMarks(marks);
    m_progress->setProgress(0.0);
    m_shownStep = -2;
    askToStop(false);
    m_cue->clear();
    m_notice->hide();
    m_pacer->setVisible(m_pacerShown);
    for (QPushButton *control : std::as_const(m_controls))
        control->setEnabled(true);
}

void PlayerPage::showSnapshot(const PlayerSnapshot &snapshot)
{
    if (!m_plan)
        return;
    const auto &steps = m_plan->steps();
    const bool stepChanged =
        snapshot.step != m_shownStep || snapshot.switchingSide != m_shownSwitching;
    if (stepChanged) {
        m_shownStep = snapshot.step;
        m_shownSwitching = snapshot.switchingSide;
        if (snapshot.settling) {
            m_title->setText(tr("Settle in"));
            m_targets->setText(tr("Sit sideways by the wall, then lie down and get comfortable."));
            m_pose->setImage(u"settle-in"_s);
            m_pose->setMirrored(false);
        } else if (snapshot.step >= 0 && snapshot.step < steps.size()) {
            const PlannedStep &step = steps.at(snapshot.step);
            m_title->setText(snapshot.switchingSide ? tr("Switch to the left side")
                                                    : stepName(step));
            m_targets->setText(step.targets.join(u", "_s));
            m_pose->setImage(step.image);
            // The pictures show the right side; the left side is its mirror image.
            m_pose->setMirrored(step.side == Side::Left);
        }
        if (snapshot.nextStep >= 0 && snapshot.nextStep < steps.size())
            m_next->setText(tr("Next: %1").arg(stepName(steps.at(snapshot.nextStep))));
        else
            m_next->setText(tr("Last step"));
    }
    const qint64 remaining = snapshot.stepRemaining.count();
    m_ring->setTime(remaining, (snapshot.stepElapsed + snapshot.stepRemaining).count());
    m_progress->setProgress(snapshot.progress);
    QString state;
    if (snapshot.state == PlayerState::Paused)
        state = tr("Paused");
    else if (snapshot.state == PlayerState::Finished)
        state = tr("Finished");
    const QString leftText =
        tr("%1 left").arg(DisplayFormat::clock(snapshot.sessionRemaining.count()));
    m_state->setText(state.isEmpty() ? leftText : state + u" · "_s + leftText);
    m_pause->setText(snapshot.state == PlayerState::Paused ? tr("Resume") : tr("Pause"));
}

void PlayerPage::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setAccessibleName(text);
    m_notice->setVisible(!text.isEmpty());
}

QString PlayerPage::notice() const
{
    return m_notice->isVisible() ? m_notice->text() : QString();
}

void PlayerPage::showEnded(bool completed)
{
    askToStop(false);
    m_title->setText(completed ? tr("The session has ended") : tr("The session was stopped"));
    m_targets->clear();
    m_next->clear();
    m_cue->setText(tr("Roll onto one side, rest there a few breaths, then sit up slowly."));
    m_ring->setTime(0, 1);
    if (completed)
        m_progress->setProgress(1.0);
    m_state->setText(completed ? tr("Ended") : tr("Stopped"));
    m_shownStep = -2; // a new plan shows its first step again
    // Nothing more to breathe with or to press: the pacer goes (its place kept), the
    // controls rest until the next session.
    m_pacer->hide();
    for (QPushButton *control : std::as_const(m_controls))
        control->setEnabled(false);
}

void PlayerPage::showCue(const QString &text)
{
    m_cue->setText(text);
}

void PlayerPage::showBreath(const BreathState &state)
{
    m_pacer->setState(state);
}

QString PlayerPage::stepTitle() const
{
    return m_title->text();
}

QString PlayerPage::cueText() const
{
    return m_cue->text();
}

bool PlayerPage::isAskingToStop() const
{
    return m_stopBar->isVisible();
}

void PlayerPage::askToStop(bool ask)
{
    m_stopBar->setVisible(ask);
}

void PlayerPage::keyPressEvent(QKeyEvent *event)
{
    if (m_stopBar->isVisible()) {
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
            askToStop(false);
            Q_EMIT stopRequested();
            return;
        }
        if (event->key() == Qt::Key_Escape) {
            askToStop(false);
            return;
        }
    }
    switch (event->key()) {
    case Qt::Key_Space:
        Q_EMIT pauseToggled();
        return;
    case Qt::Key_Right:
        Q_EMIT nextRequested();
        return;
    case Qt::Key_Left:
        Q_EMIT previousRequested();
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        Q_EMIT extendRequested();
        return;
    case Qt::Key_R:
        Q_EMIT readingRequested();
        return;
    case Qt::Key_Escape:
        askToStop(true);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void PlayerPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    scaleFonts();
}

void PlayerPage::scaleFonts()
{
    // Large, readable type at every size from 800x600 up.
    const int base = std::clamp(height() / 30, 14, 40);
    auto sized = [](QLabel *target, int pixels, bool bold) {
        QFont font = target->font();
        font.setPixelSize(pixels);
        font.setBold(bold);
        target->setFont(font);
    };
    sized(m_title, base * 3 / 2, true);
    sized(m_targets, base, false);
    sized(m_cue, base * 3 / 2, false);
    sized(m_next, base, false);
    sized(m_state, base, false);
    const int buttonPixels = std::clamp(base * 3 / 4, 13, 24);
    for (QPushButton *control : findChildren<QPushButton *>()) {
        QFont font = control->font();
        font.setPixelSize(buttonPixels);
        control->setFont(font);
        control->setMinimumHeight(buttonPixels * 2 + 8);
    }
}

} // namespace viparita::app

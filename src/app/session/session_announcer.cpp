#include "session/session_announcer.h"

#include "widgets/accessibility.h"

#include "session/sound_cues.h"
#include "session/voice_cues.h"
#include "settings/settings.h"

namespace viparita::app {

SessionAnnouncer::SessionAnnouncer(Settings &settings)
    : m_settings(settings)
    , m_sound(std::make_unique<SoundCues>(settings))
    , m_voice(std::make_unique<VoiceCues>(settings))
{}

SessionAnnouncer::~SessionAnnouncer() = default;

void SessionAnnouncer::tell(const QString &text)
{
    m_voice->say(text);
    Accessibility::announce(text);
}

void SessionAnnouncer::tellNow(const QString &text)
{
    m_voice->sayNow(text);
    Accessibility::announce(text);
}

void SessionAnnouncer::prepare()
{
    m_sound->prepare();
    if (m_settings.flag(Settings::Key::Voice))
        m_voice->prepare();
}

QString SessionAnnouncer::stepName(const SessionPlan &plan, int step)
{
    const auto &steps = plan.steps();
    if (step < 0 || step >= steps.size())
        return {};
    const PlannedStep &planned = steps.at(step);
    if (!planned.side)
        return planned.title;
    return planned.side == Side::Right ? tr("%1, right side").arg(planned.title)
                                       : tr("%1, left side").arg(planned.title);
}

std::optional<QString> SessionAnnouncer::announce(const PlayerEvent &event, const SessionPlan &plan)
{
    // A stale event (more than a few seconds late, after a stall) is shown, not said.
    const bool speak = !event.stale;
    const bool eyesClosed = m_settings.flag(Settings::Key::EyesClosed);
    switch (event.kind) {
    case PlayerEvent::Kind::SettleStarted:
        return tr("Settle in by the wall.");
    case PlayerEvent::Kind::StepStarted:
        m_sound->stepChime();
        if (speak)
            tellNow(stepName(plan, event.step));
        return QString();
    case PlayerEvent::Kind::Cue:
        if (event.spoken && speak)
            tell(event.text);
        return event.text;
    case PlayerEvent::Kind::SideSwitch:
        m_sound->sideChime();
        if (speak)
            tellNow(tr("Switch to the left side."));
        return tr("Switch sides, slowly.");
    case PlayerEvent::Kind::TenSecondsLeft:
        if (eyesClosed && speak) {
            const int next = event.step + 1;
            tell(next < plan.steps().size()
                     ? tr("Ten seconds left. Next: %1.").arg(stepName(plan, next))
                     : tr("Ten seconds left."));
        }
        return std::nullopt;
    case PlayerEvent::Kind::Halfway:
        if (eyesClosed && speak)
            tell(tr("Halfway through."));
        return std::nullopt;
    case PlayerEvent::Kind::Finished:
        m_sound->endBell();
        tellNow(tr("The session is complete. Bend your knees, roll onto one side and rest "
                   "for a moment before you sit up, slowly."));
        return std::nullopt;
    }
    return std::nullopt;
}

void SessionAnnouncer::breathe(const BreathState &breath, bool paused)
{
    if (paused || breath.phase == m_lastPhase)
        return;
    if (m_lastPhase)
        m_sound->breathTone(breath.phase);
    m_lastPhase = breath.phase;
}

void SessionAnnouncer::readingDue()
{
    tellNow(tr("Time for a blood-pressure reading. The session is paused."));
}

void SessionAnnouncer::readingTime(const QString &spoken)
{
    m_sound->stepChime();
    tellNow(spoken);
}

void SessionAnnouncer::say(const QString &text)
{
    tellNow(text);
}

void SessionAnnouncer::paused()
{
    m_voice->stop();
    Accessibility::announce(tr("Paused."));
}

} // namespace viparita::app

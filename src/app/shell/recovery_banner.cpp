#include "shell/recovery_banner.h"

#include <viparita/core/display_format.h>
#include <viparita/storage/journal.h>
#include <viparita/storage/session_recorder.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

#include <spdlog/spdlog.h>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

RecoveryBanner::RecoveryBanner(Journal *journal, QWidget *parent)
    : QFrame(parent)
    , m_journal(journal)
{
    setObjectName(u"recoveryBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    layout->addWidget(m_text, 1);
    auto *finish = new QPushButton(tr("Add readings and finish it"), this);
    finish->setObjectName(u"finishInterruptedButton"_s);
    auto *markStopped = new QPushButton(tr("Mark it stopped"), this);
    markStopped->setObjectName(u"markStoppedButton"_s);
    layout->addWidget(finish);
    layout->addWidget(markStopped);
    hide();

    connect(finish, &QPushButton::clicked, this, [this] {
        if (const auto session = latest()) {
            hide();
            Q_EMIT finishRequested(*session);
        }
    });
    connect(markStopped, &QPushButton::clicked, this, [this] {
        if (const auto session = latest()) {
            const auto saved =
                SessionRecorder::markStopped(*m_journal, *session, QDateTime::currentDateTime());
            if (!saved.ok())
                spdlog::error("{}", saved.error().message.toStdString());
        }
        offer(); // there may be another
    });
}

std::optional<SessionRecord> RecoveryBanner::latest() const
{
    if (!m_journal)
        return std::nullopt;
    const auto sessions = m_journal->interruptedSessions();
    if (!sessions.ok() || sessions->isEmpty())
        return std::nullopt;
    return sessions->last();
}

void RecoveryBanner::offer()
{
    const auto session = latest();
    if (!session) {
        hide();
        return;
    }
    m_text->setText(tr("A session of %1 on %2 was interrupted. You can add your readings "
                       "after it and finish it, or keep it as stopped.")
                        .arg(session->sequenceTitle, DisplayFormat().dateTime(session->startedAt)));
    show();
}

} // namespace viparita::app

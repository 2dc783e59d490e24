#include "shell/journal_watch.h"

#include <QEvent>
#include <QWidget>

namespace viparita::app {

JournalWatch::JournalWatch(Journal *journal, QObject *parent) : QObject(parent), m_journal(journal)
{
    if (m_journal)
        m_journal->setChangeListener([this](JournalChange change) { Q_EMIT changed(change); });
}

JournalWatch::~JournalWatch()
{
    if (m_journal)
        m_journal->setChangeListener({});
}

JournalFollower::JournalFollower(QWidget *page, JournalWatch &watch, std::function<void()> reload)
    : QObject(page)
    , m_page(page)
    , m_reload(std::move(reload))
{
    page->installEventFilter(this);
    connect(&watch, &JournalWatch::changed, this, [this] {
        if (m_page->isVisible()) {
            m_stale = false;
            m_reload();
        } else {
            m_stale = true;
        }
    });
}

bool JournalFollower::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_page && event->type() == QEvent::Show && m_stale) {
        m_stale = false;
        m_reload();
    }
    return false;
}

} // namespace viparita::app

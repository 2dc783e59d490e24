#pragma once

#include <viparita/storage/journal.h>

#include <QObject>

#include <functional>

class QWidget;

namespace viparita::app {

/// The one notification of a change to the journal, which every page observes: whatever
/// part of the app writes (a session, a dialog, the history's delete and Undo, an import),
/// the journal tells this watch once the write is committed (Journal::setChangeListener),
/// and `changed` goes to every page. No write has to remember to refresh a page.
class JournalWatch final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalWatch)

public:
    /// Watches `journal`, which may be null (then nothing ever changes).
    explicit JournalWatch(Journal *journal, QObject *parent = nullptr);
    ~JournalWatch() override;

    [[nodiscard]] Journal *journal() const { return m_journal; }

Q_SIGNALS:
    /// A write to the journal was committed, on the thread that wrote it (the app's own).
    void changed(viparita::JournalChange change);

private:
    Journal *m_journal;
};

/// Keeps a page in step with the journal: a change made while the page is shown reloads it
/// at once; one made while it is hidden (a session playing, another page in front) reloads it
/// when it is next shown, once however many changes came.
class JournalFollower final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalFollower)

public:
    /// Follows `watch` for `page` (which owns the follower), calling `reload`.
    JournalFollower(QWidget *page, JournalWatch &watch, std::function<void()> reload);

    /// True while a change waits for the page to be shown.
    [[nodiscard]] bool isStale() const { return m_stale; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_page;
    std::function<void()> m_reload;
    bool m_stale = false;
};

} // namespace viparita::app

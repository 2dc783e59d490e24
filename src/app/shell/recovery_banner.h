#pragma once

#include <viparita/storage/session_record.h>

#include <QFrame>

class QLabel;

namespace viparita {
class Journal;
}

namespace viparita::app {

/// The banner over the pages when a crash or a power cut interrupted a session: it names the
/// session and offers to add the readings after it and finish it, or to keep it as stopped.
class RecoveryBanner final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecoveryBanner)

public:
    /// `journal` may be null: there is then never anything to offer.
    explicit RecoveryBanner(Journal *journal, QWidget *parent = nullptr);

    /// Shows the banner for the latest interrupted session, or hides it when there is none.
    void offer();

Q_SIGNALS:
    /// The person chose to add the readings after `session` and finish it.
    void finishRequested(const viparita::SessionRecord &session);

private:
    [[nodiscard]] std::optional<SessionRecord> latest() const;

    Journal *m_journal;
    QLabel *m_text = nullptr;
};

} // namespace viparita::app

#pragma once

#include <viparita/core/safety_rules.h>

#include <QDialog>

namespace viparita::app {

/// The session stays paused after a reading that calls for care (low, a large fall, or
/// feeling faint): what to do now, and the choice to end the session or to go on once the
/// person feels steady. Accepted: go on; rejected (or closed): end the session.
class SafetyPauseDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SafetyPauseDialog)

public:
    explicit SafetyPauseDialog(const QList<SafetyAlert> &alerts, QWidget *parent = nullptr);

    /// The guidance, as it is shown and spoken.
    [[nodiscard]] QString guidance() const { return m_guidance; }

private:
    QString m_guidance;
};

} // namespace viparita::app

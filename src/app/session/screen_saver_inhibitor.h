#pragma once

#include <QObject>
#include <QString>

namespace viparita::app {

/// Keeps the screen saver and the screen lock away while a session plays,
/// through the freedesktop.org ScreenSaver D-Bus service on the session bus
/// (org.freedesktop.ScreenSaver: Inhibit and UnInhibit).
///
/// Never blocks for long: a call waits at most `callTimeoutMs`, and a
/// service that did not answer in time is not asked again by this object.
/// With no session bus or no such service, inhibit() returns false and the
/// log says why once; the session goes on.
class ScreenSaverInhibitor final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenSaverInhibitor)

public:
    static constexpr int callTimeoutMs = 1000;

    explicit ScreenSaverInhibitor(QObject *parent = nullptr);
    /// Releases the inhibition.
    ~ScreenSaverInhibitor() override;

    /// Asks the screen saver to stay away, for `reason` (shown by some
    /// desktops). True when it agreed, or had already agreed: calls do not
    /// stack, one release() undoes them.
    bool inhibit(const QString &reason);
    /// Lets the screen saver come back; nothing when not inhibited.
    void release();
    [[nodiscard]] bool isInhibited() const { return m_inhibited; }

private:
    void fail(const QString &reason);

    bool m_inhibited = false;
    uint m_cookie = 0;
    QString m_path;
    bool m_unresponsive = false;
    bool m_warned = false;
};

} // namespace viparita::app

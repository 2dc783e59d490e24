#include "session/screen_saver_inhibitor.h"

#include <QDBusConnection>
#include <QDBusError>
#include <QDBusMessage>
#include <QGuiApplication>

#include <spdlog/spdlog.h>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

namespace {

const QString service = u"org.freedesktop.ScreenSaver"_s;
const QString interfaceName = u"org.freedesktop.ScreenSaver"_s;
/// The standard path first; some desktops serve only the short one.
const std::array<QString, 2> paths{u"/org/freedesktop/ScreenSaver"_s, u"/ScreenSaver"_s};

} // namespace

ScreenSaverInhibitor::ScreenSaverInhibitor(QObject *parent) : QObject(parent) {}

ScreenSaverInhibitor::~ScreenSaverInhibitor()
{
    release();
}

bool ScreenSaverInhibitor::inhibit(const QString &reason)
{
    if (m_inhibited)
        return true;
    if (m_unresponsive)
        return false;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        const QString detail = bus.lastError().message();
        fail(detail.isEmpty() ? u"no D-Bus session bus"_s
                              : u"no D-Bus session bus (%1)"_s.arg(detail));
        return false;
    }
    QString application = QGuiApplication::applicationDisplayName();
    if (application.isEmpty())
        application = QCoreApplication::applicationName();

    QString error;
    for (const QString &path : paths) {
        QDBusMessage call =
            QDBusMessage::createMethodCall(service, path, interfaceName, u"Inhibit"_s);
        call << application << reason;
        // Block without an event loop, and not for long.
        const QDBusMessage reply = bus.call(call, QDBus::Block, callTimeoutMs);
        if (reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty()) {
            bool ok = false;
            const uint cookie = reply.arguments().constFirst().toUInt(&ok);
            if (ok) {
                m_cookie = cookie;
                m_path = path;
                m_inhibited = true;
                spdlog::info("Screen saver inhibited through {}", path.toStdString());
                return true;
            }
            error = u"%1 answered Inhibit with no cookie"_s.arg(path);
            continue;
        }
        const QDBusError dbusError(reply);
        error = u"%1: %2"_s.arg(dbusError.name(), dbusError.message());
        // A service that does not answer is not asked again (each try would
        // cost the timeout), nor at its other path.
        if (dbusError.type() == QDBusError::NoReply || dbusError.type() == QDBusError::Timeout ||
            dbusError.type() == QDBusError::TimedOut) {
            m_unresponsive = true;
            break;
        }
        if (dbusError.type() == QDBusError::ServiceUnknown)
            break;
    }
    fail(u"the %1 service could not inhibit it (%2)"_s.arg(service, error));
    return false;
}

void ScreenSaverInhibitor::release()
{
    if (!m_inhibited)
        return;
    m_inhibited = false;
    QDBusMessage call =
        QDBusMessage::createMethodCall(service, m_path, interfaceName, u"UnInhibit"_s);
    call << m_cookie;
    // Sent without waiting for an answer: releasing never blocks (nor the
    // destructor). The service also drops the inhibition when we quit.
    if (!QDBusConnection::sessionBus().send(call))
        spdlog::warn("Screen saver: UnInhibit could not be sent");
    else
        spdlog::info("Screen saver released");
    m_cookie = 0;
}

void ScreenSaverInhibitor::fail(const QString &reason)
{
    if (m_warned)
        return;
    m_warned = true;
    spdlog::warn("Screen saver not inhibited: {}", reason.toStdString());
}

} // namespace viparita::app

#include "fake_notifications.h"

#include "script_server.h"
#include "test_environment.h"

#include "catch_qt.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QThread>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace viparita::test {

namespace {

const QString script = QStringLiteral(VIPARITA_SOURCE_DIR "/tests/reminders/fake_notifications.py");

} // namespace

FakeNotifications::FakeNotifications() : m_process(std::make_unique<QProcess>())
{
    m_busAddress = startScriptServer(*m_process, script, {u"run"_s}, u"DBUS_SESSION_BUS_ADDRESS"_s,
                                     u"the notification server"_s);
}

FakeNotifications::~FakeNotifications()
{
    stopScriptServer(*m_process);
}

QList<FakeNotifications::Shown> FakeNotifications::shown() const
{
    QList<Shown> all;
    const QStringList lines = runScript({u"calls"_s}).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QJsonArray call = QJsonDocument::fromJson(line.toUtf8()).array();
        QStringList actions;
        for (const QJsonValue &action : call.at(3).toArray())
            actions.append(action.toString());
        all.append({call.at(0).toDouble(), call.at(1).toString(), call.at(2).toString(), actions});
    }
    return all;
}

void FakeNotifications::invoke(uint id, const QString &action) const
{
    (void)runScript({u"invoke"_s, QString::number(id), action});
}

bool FakeNotifications::owned(const QString &name) const
{
    return !runScript({u"owner"_s, name}).trimmed().isEmpty();
}

QString FakeNotifications::runScript(const QStringList &arguments) const
{
    return test::runScript(script, arguments, u"DBUS_SESSION_BUS_ADDRESS"_s, m_busAddress);
}

} // namespace viparita::test

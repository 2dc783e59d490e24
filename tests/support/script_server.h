#pragma once

// A simulated D-Bus service run by a Python script of the tests (the simulated BlueZ, the
// notification server): started with `run ... --env-file FILE`, ready once FILE names its
// private bus ("VARIABLE=address"), and asked things by running the script again on that bus.

#include <QString>
#include <QStringList>

class QProcess;

namespace viparita::test {

/// Starts `script` with `arguments` (its `run` command, without --env-file) in `process` and
/// waits until it is ready; gives the address its env file sets `variable` to. Fails the test
/// (saying `what` did not start) when it is not ready within 30 seconds.
[[nodiscard]] QString startScriptServer(QProcess &process, const QString &script,
                                        const QStringList &arguments, const QString &variable,
                                        const QString &what);
/// Stops what startScriptServer() started.
void stopScriptServer(QProcess &process);
/// Runs `script` with `arguments`, `variable` set to `address`; its standard output. Fails the
/// test when the script does.
[[nodiscard]] QString runScript(const QString &script, const QStringList &arguments,
                                const QString &variable, const QString &address);

} // namespace viparita::test

#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace viparita::test {

/// The repository's folder (for `sequences/` and `tests/data/`).
[[nodiscard]] QString sourcePath(const QString &relative);
/// The data folder this test process uses (a fresh temporary folder).
[[nodiscard]] QString dataHome();
/// Reads a whole file; fails the test when it cannot.
[[nodiscard]] QByteArray readFile(const QString &path);
/// Writes a whole file, making its folder; fails the test when it cannot.
void writeFile(const QString &path, const QByteArray &bytes);

/// What a finished child process gave.
struct ProcessResult {
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs the real `viparita-cli` with `arguments`, with this test's data folder.
[[nodiscard]] ProcessResult runCli(const QStringList &arguments, const QString &workingFolder = {},
                                   const QStringList &environment = {});

} // namespace viparita::test

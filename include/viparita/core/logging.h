#pragma once

#include <QString>
#include <QStringList>

namespace viparita {

/// Sets up the process's log: a rotating file in the data folder plus
/// stderr, with Qt's own messages routed into it.
class Logging final {
public:
    struct Options {
        QString fileName = QStringLiteral("viparita.log"); ///< inside AppPaths::logFolder()
        bool verbose = false;                              ///< debug level instead of info
        bool quietStderr = false;                          ///< only warnings and errors on stderr
    };

    static void init(const Options &options);
    /// Logs the start-up facts: version, Qt version, journal and sequence paths.
    static void logStartup(const QString &databasePath, const QStringList &sequenceSources);
    /// Flushes and drops the loggers; Qt messages go back to Qt's handler.
    static void shutdown();
    /// The log file in use, empty when none could be opened.
    [[nodiscard]] static QString filePath();
};

} // namespace viparita

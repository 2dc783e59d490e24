#pragma once

#include <QString>

namespace viparita {

/// Where Viparita keeps its files. The data folder follows the platform's
/// conventions (on Linux `$XDG_DATA_HOME/viparita`, by default
/// `~/.local/share/viparita`).
class AppPaths final {
public:
    static constexpr auto databaseEnvironmentVariable = "VIPARITA_DATABASE";

    [[nodiscard]] static QString dataFolder();
    [[nodiscard]] static QString userSequencesFolder();
    [[nodiscard]] static QString logFolder();
    [[nodiscard]] static QString defaultDatabasePath();
    /// The journal to use: `explicitPath` when given, else $VIPARITA_DATABASE
    /// when set, else the default path.
    [[nodiscard]] static QString databasePath(const QString &explicitPath = {});
};

} // namespace viparita

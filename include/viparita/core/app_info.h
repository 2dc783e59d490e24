#pragma once

#include <QString>

namespace viparita {

/// The product's identity, shared by the app and the CLI so that both find
/// the same data folder.
class AppInfo final {
public:
    [[nodiscard]] static QString version();
    [[nodiscard]] static QString appId();
    /// Sets the application name, domain and version on QCoreApplication.
    static void applyToApplication();
};

} // namespace viparita

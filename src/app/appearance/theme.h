#pragma once

#include <QColor>
#include <QString>

class QApplication;
class QIcon;

namespace viparita::app {

/// The app's looks: the system's own, or a dim, warm night theme for a
/// darkened room.
class Theme final {
public:
    enum class Kind { System, Night };

    [[nodiscard]] static Kind fromName(const QString &name); ///< "system" or "night"
    /// Applies the theme to the whole application.
    static void apply(QApplication &application, Kind kind);
    [[nodiscard]] static Kind current();

    /// Colours the drawn widgets use, following the current theme.
    /// Viparita's icon, read once and shared (the window, the sequence list).
    [[nodiscard]] static const QIcon &appIcon();
    [[nodiscard]] static QColor accent(); ///< the pacer and the countdown ring
    [[nodiscard]] static QColor track();  ///< the unfilled part of a ring or bar
    [[nodiscard]] static QColor text();
    [[nodiscard]] static QColor quietText(); ///< secondary text
};

} // namespace viparita::app

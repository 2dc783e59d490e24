#pragma once

#include <QColor>
#include <QList>
#include <QPalette>
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

    /// The contrast ratio of two colours as WCAG 2 defines it: 1 (the same) to 21 (black on
    /// white). Text needs 4.5, the edges of controls 3.
    [[nodiscard]] static double contrast(const QColor &a, const QColor &b);
    /// The pairs of a palette that are read, text on its background, each as
    /// {foreground role, background role}.
    struct RolePair {
        int foreground; ///< QPalette::ColorRole
        int background;
    };
    [[nodiscard]] static const QList<RolePair> &textPairs();
    /// Moves each foreground of textPairs() that is too faint on its background (under 4.5)
    /// toward the palette's text colour until it is not: a system palette's placeholder
    /// grey, say.
    static void makeReadable(QPalette &palette);
    /// The palette a theme applies (the system's, made readable; or the night one).
    [[nodiscard]] static QPalette palette(Kind kind);
};

} // namespace viparita::app

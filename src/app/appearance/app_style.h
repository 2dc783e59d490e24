#pragma once

#include <QProxyStyle>

namespace viparita::app {

/// The platform's own style, with the arrows of a tool bar's or menu bar's overflow button
/// drawn in code. The style's own arrows are PNG files, and reading the first of them makes
/// Qt load every image format plugin to learn what kind of file it is: that cost the window
/// four plugins at start-up, for a button that only shows when the window is too narrow.
class AppStyle final : public QProxyStyle {
    Q_OBJECT

public:
    AppStyle();

    [[nodiscard]] QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                                     const QWidget *widget = nullptr) const override;
    /// Check boxes, radio buttons and text fields with an edge that can be seen (3:1 on the
    /// window and on the field, WCAG 2): the platform style draws them a shade darker than
    /// the window, which vanishes on a dark one.
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;

    /// Every control with the keyboard focus ringed in the focus colour: the platform style
    /// marks it with a shade of the selection colour, which vanishes on the night theme.
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                            QPainter *painter, const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;

    /// The colour of those edges for `palette`.
    [[nodiscard]] static QColor edge(const QPalette &palette);
    /// The colour of the focus ring for `palette`: 3:1 or more on the window, the buttons and
    /// the fields (WCAG 2, non-text contrast).
    [[nodiscard]] static QColor focusRing(const QPalette &palette);
};

} // namespace viparita::app

#include "appearance/app_style.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QStyleOption>

namespace viparita::app {

namespace {

/// Two chevrons pointing on (right, or down for a vertical bar), in the palette's text colour.
class OverflowArrows final : public QIconEngine {
public:
    explicit OverflowArrows(bool down) : m_down(down) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QGuiApplication::palette();
        const QColor colour = palette.color(
            mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active, QPalette::WindowText);
        const qreal side = std::min(rect.width(), rect.height());
        const qreal unit = side / 16.0;
        QPainterPath arrows;
        for (const qreal at : {4.0, 9.0}) {
            arrows.moveTo(at, 4.0);
            arrows.lineTo(at + 3.5, 8.0);
            arrows.lineTo(at, 12.0);
        }
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->translate(rect.x() + (rect.width() - side) / 2.0,
                           rect.y() + (rect.height() - side) / 2.0);
        if (m_down) {
            painter->translate(side, 0);
            painter->rotate(90);
        }
        painter->scale(unit, unit);
        painter->setPen(QPen(colour, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(arrows);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        QPixmap pixmap(size * scale);
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap);
            paint(&painter, QRect(QPoint(), pixmap.size()), mode, state);
        }
        pixmap.setDevicePixelRatio(scale);
        return pixmap;
    }

    [[nodiscard]] QIconEngine *clone() const override { return new OverflowArrows(m_down); }

private:
    bool m_down;
};

/// A ring two pixels wide just inside `rect`, rounded like the controls.
void drawRing(QPainter *painter, const QRect &rect, const QColor &colour)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(colour, 2.0));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(QRectF(rect).adjusted(1.0, 1.0, -1.0, -1.0), 3.0, 3.0);
    painter->restore();
}

/// Whether `option` is of the control that has the keyboard focus.
bool focused(const QStyleOption *option)
{
    return option != nullptr && (option->state & QStyle::State_HasFocus) &&
           (option->state & QStyle::State_Enabled);
}

} // namespace

AppStyle::AppStyle() = default;

QColor AppStyle::focusRing(const QPalette &palette)
{
    // The text's colour: it reads on every surface of both themes (at least 4.5:1).
    return palette.color(QPalette::Active, QPalette::WindowText);
}

void AppStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                                  QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    // Choosers, number fields, sliders and tool buttons (the page switcher).
    if (focused(option) && (control == CC_ComboBox || control == CC_SpinBox ||
                            control == CC_Slider || control == CC_ToolButton))
        drawRing(painter, option->rect, focusRing(option->palette));
}

void AppStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                           const QWidget *widget) const
{
    QProxyStyle::drawControl(element, option, painter, widget);
    // Push buttons (their bevel), and the tabs of a tab bar.
    if (focused(option) && (element == CE_PushButtonBevel || element == CE_TabBarTabShape))
        drawRing(painter, option->rect, focusRing(option->palette));
}

QIcon AppStyle::standardIcon(StandardPixmap icon, const QStyleOption *option,
                             const QWidget *widget) const
{
    switch (icon) {
    case SP_ToolBarHorizontalExtensionButton:
        return QIcon(new OverflowArrows(false));
    case SP_ToolBarVerticalExtensionButton:
        return QIcon(new OverflowArrows(true));
    default:
        return QProxyStyle::standardIcon(icon, option, widget);
    }
}

QColor AppStyle::edge(const QPalette &palette)
{
    // The placeholder text's colour: made readable on the fields and the window (Theme),
    // so at least 4.5:1 on both, more than the 3:1 an edge needs.
    return palette.color(QPalette::Active, QPalette::PlaceholderText);
}

void AppStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                             QPainter *painter, const QWidget *widget) const
{
    // The focus of a check box's or radio button's words, of a list's current row: a ring in
    // the focus colour instead of the platform's faint one.
    if (element == PE_FrameFocusRect) {
        drawRing(painter, option->rect, focusRing(option->palette));
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (element == PE_FrameLineEdit && focused(option))
        drawRing(painter, option->rect, focusRing(option->palette));
    const bool box = element == PE_IndicatorCheckBox || element == PE_IndicatorItemViewItemCheck;
    const bool radio = element == PE_IndicatorRadioButton;
    const bool field = element == PE_FrameLineEdit;
    if (!box && !radio && !field)
        return;
    QColor colour = edge(option->palette);
    if (!(option->state & State_Enabled))
        colour.setAlphaF(0.5);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(colour, 1.0));
    painter->setBrush(Qt::NoBrush);
    const QRectF rect = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
    if (radio)
        painter->drawEllipse(rect.adjusted(0.5, 0.5, -0.5, -0.5));
    else
        painter->drawRoundedRect(rect, 2.0, 2.0);
    painter->restore();
}

} // namespace viparita::app

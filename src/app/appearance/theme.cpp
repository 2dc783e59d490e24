#include "appearance/theme.h"

#include "appearance/app_style.h"

#include <QApplication>
#include <QIcon>
#include <QPalette>
#include <QStyle>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

namespace {

Theme::Kind g_current = Theme::Kind::System;

/// The palette the platform gave, taken the first time a theme is asked for: before the
/// app's style is set, and before a theme replaces it.
const QPalette &systemPalette()
{
    static const QPalette palette = QApplication::palette();
    return palette;
}

QPalette nightPalette()
{
    // Dim and warm, with low contrast: readable in a dark room without glare.
    const QColor window(0x1d, 0x18, 0x15);
    const QColor base(0x24, 0x1e, 0x1a);
    const QColor text(0xc9, 0xb4, 0x98);
    const QColor muted(0xa0, 0x8d, 0x77); // 4.7:1 on the buttons, 5.2:1 on the fields
    const QColor button(0x2c, 0x25, 0x20);
    const QColor highlight(0x6b, 0x4f, 0x35);
    QPalette palette;
    for (auto group : {QPalette::Active, QPalette::Inactive}) {
        palette.setColor(group, QPalette::Window, window);
        palette.setColor(group, QPalette::WindowText, text);
        palette.setColor(group, QPalette::Base, base);
        palette.setColor(group, QPalette::AlternateBase, button);
        palette.setColor(group, QPalette::Text, text);
        palette.setColor(group, QPalette::Button, button);
        palette.setColor(group, QPalette::ButtonText, text);
        palette.setColor(group, QPalette::Highlight, highlight);
        palette.setColor(group, QPalette::HighlightedText, QColor(0xe6, 0xd5, 0xbd));
        palette.setColor(group, QPalette::ToolTipBase, button);
        palette.setColor(group, QPalette::ToolTipText, text);
        palette.setColor(group, QPalette::PlaceholderText, muted);
        palette.setColor(group, QPalette::Link, QColor(0xb0, 0x8a, 0x5c));
        palette.setColor(group, QPalette::Mid, QColor(0x3a, 0x31, 0x2a));
    }
    palette.setColor(QPalette::Disabled, QPalette::WindowText, muted);
    palette.setColor(QPalette::Disabled, QPalette::Text, muted);
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, muted);
    palette.setColor(QPalette::Disabled, QPalette::Window, window);
    palette.setColor(QPalette::Disabled, QPalette::Base, window);
    palette.setColor(QPalette::Disabled, QPalette::Button, button);
    return palette;
}

} // namespace

Theme::Kind Theme::fromName(const QString &name)
{
    return name == u"night"_s ? Kind::Night : Kind::System;
}

void Theme::apply(QApplication &application, Kind kind)
{
    (void)systemPalette(); // taken before the style is set
    static bool styled = false;
    if (!styled) {
        styled = true;
        QApplication::setStyle(new AppStyle);
    }
    g_current = kind;
    QApplication::setPalette(palette(kind));
    Q_UNUSED(application);
}

QPalette Theme::palette(Kind kind)
{
    QPalette result = kind == Kind::Night ? nightPalette() : systemPalette();
    makeReadable(result);
    return result;
}

double Theme::contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &colour) {
        const auto channel = [](float component) {
            const double value = static_cast<double>(component);
            return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
               0.0722 * channel(colour.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

const QList<Theme::RolePair> &Theme::textPairs()
{
    static const QList<RolePair> pairs{
        {QPalette::WindowText, QPalette::Window},
        {QPalette::Text, QPalette::Base},
        {QPalette::Text, QPalette::AlternateBase},
        {QPalette::ButtonText, QPalette::Button},
        {QPalette::HighlightedText, QPalette::Highlight},
        {QPalette::ToolTipText, QPalette::ToolTipBase},
        {QPalette::PlaceholderText, QPalette::Base},
        {QPalette::PlaceholderText, QPalette::Window},
        {QPalette::Link, QPalette::Base},
        {QPalette::Link, QPalette::Window},
    };
    return pairs;
}

namespace {

/// `from` moved `by` (0 to 1) of the way to `to`, opaque.
QColor mix(const QColor &from, const QColor &to, float by)
{
    const auto channel = [by](float a, float b) { return a + (b - a) * by; };
    return QColor::fromRgbF(channel(from.redF(), to.redF()), channel(from.greenF(), to.greenF()),
                            channel(from.blueF(), to.blueF()));
}

} // namespace

void Theme::makeReadable(QPalette &palette)
{
    constexpr double needed = 4.5;
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        for (const RolePair &pair : textPairs()) {
            const auto foregroundRole = static_cast<QPalette::ColorRole>(pair.foreground);
            const QColor background =
                palette.color(group, static_cast<QPalette::ColorRole>(pair.background));
            QColor colour = palette.color(group, foregroundRole);
            // A see-through colour (a placeholder, say) is read as it is blended.
            const float alpha = colour.alphaF();
            colour = mix(background, colour, alpha);
            // Toward black on a light background, toward white on a dark one.
            const QColor target = background.lightnessF() > 0.5f ? Qt::black : Qt::white;
            for (int step = 0; step < 20 && contrast(colour, background) < needed; ++step)
                colour = mix(colour, target, 0.1f);
            // White on a mid blue cannot get whiter: the background darkens instead (a
            // selection colour, say).
            if (contrast(colour, background) < needed) {
                const auto backgroundRole = static_cast<QPalette::ColorRole>(pair.background);
                const QColor away = target == QColor(Qt::white) ? Qt::black : Qt::white;
                QColor darker = background;
                for (int step = 0; step < 20 && contrast(colour, darker) < needed; ++step)
                    darker = mix(darker, away, 0.1f);
                palette.setColor(group, backgroundRole, darker);
            }
            if (colour != palette.color(group, foregroundRole))
                palette.setColor(group, foregroundRole, colour);
        }
    }
}

Theme::Kind Theme::current()
{
    return g_current;
}

const QIcon &Theme::appIcon()
{
    // Never destroyed: an icon must not outlive the application object it was made under,
    // and the process ends right after that object.
    static const QIcon *const icon = new QIcon(u":/icons/viparita.svg"_s);
    return *icon;
}

QColor Theme::accent()
{
    return g_current == Kind::Night ? QColor(0xa8, 0x84, 0x5b) : QColor(0x3f, 0x7f, 0x7a);
}

QColor Theme::track()
{
    return g_current == Kind::Night ? QColor(0x3a, 0x31, 0x2a) : QColor(0xd9, 0xe3, 0xe0);
}

QColor Theme::text()
{
    return QApplication::palette().color(QPalette::WindowText);
}

QColor Theme::quietText()
{
    return QApplication::palette().color(QPalette::PlaceholderText);
}

} // namespace viparita::app

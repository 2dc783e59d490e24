#include "appearance/theme.h"

#include "appearance/app_style.h"

#include <QApplication>
#include <QIcon>
#include <QPalette>
#include <QStyle>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

namespace {

Theme::Kind g_current = Theme::Kind::System;
QPalette g_systemPalette;
bool g_systemPaletteKnown = false;

QPalette nightPalette()
{
    // Dim and warm, with low contrast: readable in a dark room without glare.
    const QColor window(0x1d, 0x18, 0x15);
    const QColor base(0x24, 0x1e, 0x1a);
    const QColor text(0xc9, 0xb4, 0x98);
    const QColor muted(0x8a, 0x78, 0x64);
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
    if (!g_systemPaletteKnown) {
        g_systemPalette = QApplication::palette();
        g_systemPaletteKnown = true;
    }
    static bool styled = false;
    if (!styled) {
        styled = true;
        QApplication::setStyle(new AppStyle);
    }
    g_current = kind;
    QApplication::setPalette(kind == Kind::Night ? nightPalette() : g_systemPalette);
    Q_UNUSED(application);
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

// The style's own drawing: the overflow arrows of the tool and menu bars.
#include "test_environment.h"

#include "catch_qt.h"

#include "appearance/app_style.h"
#include "appearance/theme.h"
#include "settings/settings.h"
#include "shell/main_window.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>
#include <QTest>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;
using viparita::SequenceLibrary;
using viparita::app::MainWindow;

namespace {

viparita::app::Settings &testSettings()
{
    static viparita::app::Settings settings(viparita::test::dataHome() +
                                            u"/main-window-test.ini"_s);
    return settings;
}

} // namespace

TEST_CASE("the overflow buttons of the tool and menu bars draw their arrows in the text colour")
{
    viparita::app::Theme::apply(*qobject_cast<QApplication *>(QCoreApplication::instance()),
                                viparita::app::Theme::Kind::System);
    QStyle *style = QApplication::style();
    REQUIRE(qobject_cast<viparita::app::AppStyle *>(style));

    // Ink: the pixels drawn, and the colour of the most opaque one.
    const auto ink = [](const QIcon &icon, QIcon::Mode mode) {
        const QImage image =
            icon.pixmap(QSize(32, 32), mode).toImage().convertToFormat(QImage::Format_ARGB32);
        int drawn = 0;
        QColor strongest(Qt::transparent);
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QColor pixel = image.pixelColor(x, y);
                if (pixel.alpha() > 0)
                    ++drawn;
                if (pixel.alpha() > strongest.alpha())
                    strongest = pixel;
            }
        return std::pair{drawn, strongest};
    };
    const QIcon across = style->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton);
    const QIcon down = style->standardIcon(QStyle::SP_ToolBarVerticalExtensionButton);
    const auto [acrossInk, acrossColour] = ink(across, QIcon::Normal);
    CHECK(acrossInk > 40);
    CHECK(acrossInk < 32 * 32 / 2);
    CHECK(acrossColour.rgb() == QApplication::palette().color(QPalette::WindowText).rgb());
    CHECK(ink(down, QIcon::Normal).first == acrossInk);
    CHECK(down.pixmap(QSize(32, 32)).toImage() != across.pixmap(QSize(32, 32)).toImage());
    CHECK(ink(across, QIcon::Disabled).second.rgb() ==
          QApplication::palette().color(QPalette::Disabled, QPalette::WindowText).rgb());

    // The main window's tool bar takes its overflow arrows from the style.
    const auto library = SequenceLibrary::load({});
    MainWindow window(library, testSettings(), nullptr);
    auto *overflow = window.findChild<QToolButton *>(u"qt_toolbar_ext_button"_s);
    REQUIRE(overflow);
    CHECK(overflow->icon().pixmap(QSize(32, 32)).toImage() ==
          across.pixmap(QSize(32, 32)).toImage());
}

// The style's own drawing: the overflow arrows of the tool and menu bars.
#include "test_environment.h"

#include "catch_qt.h"

#include "appearance/app_style.h"
#include "appearance/theme.h"
#include "settings/settings.h"
#include "shell/main_window.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QIcon>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

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

TEST_CASE("every text of both themes meets WCAG AA: 4.5 to 1, and 3 to 1 for what is drawn")
{
    using viparita::app::Theme;
    for (const Theme::Kind kind : {Theme::Kind::System, Theme::Kind::Night}) {
        INFO((kind == Theme::Kind::Night ? "night" : "system"));
        const QPalette palette = Theme::palette(kind);
        for (const auto group : {QPalette::Active, QPalette::Inactive}) {
            for (const Theme::RolePair &pair : Theme::textPairs()) {
                const QColor foreground =
                    palette.color(group, static_cast<QPalette::ColorRole>(pair.foreground));
                const QColor background =
                    palette.color(group, static_cast<QPalette::ColorRole>(pair.background));
                INFO("role " << pair.foreground << " on role " << pair.background << ": "
                             << foreground.name().toStdString() << " on "
                             << background.name().toStdString());
                CHECK(Theme::contrast(foreground, background) >= 4.5);
            }
        }
        // The edges of check boxes, radio buttons and fields; the pacer and the rings.
        Theme::apply(*qApp, kind);
        const QColor window = palette.color(QPalette::Window);
        const QColor edge = viparita::app::AppStyle::edge(palette);
        CHECK(Theme::contrast(edge, window) >= 3.0);
        CHECK(Theme::contrast(edge, palette.color(QPalette::Base)) >= 3.0);
        CHECK(Theme::contrast(Theme::accent(), window) >= 3.0);
        CHECK(Theme::contrast(Theme::accent(), Theme::track()) >= 3.0);
    }
    Theme::apply(*qApp, Theme::Kind::System);
    // The formula itself: black on white is 21, a colour on itself 1.
    CHECK(Theme::contrast(Qt::black, Qt::white) == Approx(21.0));
    CHECK(Theme::contrast(QColor(0x77, 0x77, 0x77), Qt::white) == Approx(4.48).margin(0.01));
    CHECK(Theme::contrast(Qt::red, Qt::red) == Approx(1.0));
}

TEST_CASE("an unticked check box and a radio button show their edge on the night theme")
{
    using viparita::app::Theme;
    Theme::apply(*qApp, Theme::Kind::Night);
    const QColor window = QApplication::palette().color(QPalette::Window);
    for (const bool radio : {false, true}) {
        INFO((radio ? "radio button" : "check box"));
        std::unique_ptr<QAbstractButton> button;
        if (radio)
            button = std::make_unique<QRadioButton>(u"Sitting"_s);
        else
            button = std::make_unique<QCheckBox>(u"Irregular heartbeat"_s);
        button->resize(button->sizeHint());
        const QImage image = button->grab().toImage();
        // The indicator is at the left: its most visible pixel stands out from the window.
        double best = 1.0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < std::min(image.width(), image.height() + 4); ++x)
                best = std::max(best, Theme::contrast(image.pixelColor(x, y), window));
        }
        CHECK(best >= 3.0);
    }
    Theme::apply(*qApp, Theme::Kind::System);
}

TEST_CASE("the control with the keyboard focus is ringed so it can be seen, in both themes")
{
    using viparita::app::Theme;
    for (const Theme::Kind kind : {Theme::Kind::System, Theme::Kind::Night}) {
        INFO((kind == Theme::Kind::Night ? "night" : "system"));
        Theme::apply(*qApp, kind);
        const QPalette palette = QApplication::palette();
        const QColor ring = viparita::app::AppStyle::focusRing(palette);
        for (const QPalette::ColorRole surface :
             {QPalette::Window, QPalette::Button, QPalette::Base})
            CHECK(Theme::contrast(ring, palette.color(surface)) >= 3.0);

        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *button = new QPushButton(u"Start"_s, &window);
        auto *combo = new QComboBox(&window);
        combo->addItem(u"The sequence's own"_s);
        auto *check = new QCheckBox(u"Lengthen over the session"_s, &window);
        auto *field = new QLineEdit(u"132"_s, &window);
        for (QWidget *control : QList<QWidget *>{button, combo, check, field})
            layout->addWidget(control);
        window.show();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        for (QWidget *control : QList<QWidget *>{button, combo, check, field}) {
            INFO(control->metaObject()->className());
            // The longest horizontal run of pixels in the ring's colour: a ring's edges are
            // long runs, a letter's strokes short ones.
            const auto longestRun = [&] {
                const QImage image = control->grab().toImage();
                int longest = 0;
                for (int y = 0; y < image.height(); ++y) {
                    int run = 0;
                    for (int x = 0; x < image.width(); ++x) {
                        run = Theme::contrast(image.pixelColor(x, y), ring) < 1.5 ? run + 1 : 0;
                        longest = std::max(longest, run);
                    }
                }
                return longest;
            };
            control->clearFocus();
            QApplication::processEvents();
            CHECK(longestRun() < 24);
            control->setFocus(Qt::TabFocusReason);
            QApplication::processEvents();
            REQUIRE(control->hasFocus());
            CHECK(longestRun() >= 24);
        }
    }
    Theme::apply(*qApp, Theme::Kind::System);
}

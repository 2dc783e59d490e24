// Every screen in a language 40 % longer than English, with accents (a pseudo-translation made
// from the messages by scripts/pseudo-translation.py): the window still fits a small screen and
// no text is cut off. Set VIPARITA_PSEUDO_SHOTS to a folder to keep a picture of each screen.
#include "test_environment.h"

#include "catch_qt.h"

#include "readings/reading_dialog.h"
#include "settings/settings.h"
#include "settings/settings_dialog.h"
#include "shell/main_window.h"
#include "widgets/accessibility.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QScreen>
#include <QStackedWidget>
#include <QTest>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;
using viparita::SequenceLibrary;
using viparita::app::MainWindow;

namespace {

/// The smallest screen Viparita is made for.
constexpr QSize smallScreen{800, 600};

viparita::app::Settings &testSettings()
{
    static viparita::app::Settings settings(viparita::test::dataHome() +
                                            u"/pseudo-translation-test.ini"_s);
    return settings;
}

/// The pseudo-language installed for one test case.
class PseudoLanguage {
public:
    PseudoLanguage()
    {
        REQUIRE(m_translator.load(QStringLiteral(VIPARITA_PSEUDO_QM)));
        // Its messages are found before the tests' English plural forms.
        QCoreApplication::installTranslator(&m_translator);
        REQUIRE(
            QCoreApplication::translate("viparita::app::HomePage", "Sequences").startsWith(u'['));
    }
    ~PseudoLanguage() { QCoreApplication::removeTranslator(&m_translator); }
    PseudoLanguage(const PseudoLanguage &) = delete;
    PseudoLanguage &operator=(const PseudoLanguage &) = delete;

private:
    QTranslator m_translator;
};

/// "QLabel 'title' in 'homePage': '[Ŝéqûéñçéş ~~]'": where a text is, for the failure message.
QString describe(const QWidget *widget, const QString &text)
{
    QString where = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        where += u" '"_s + widget->objectName() + u'\'';
    for (const QObject *parent = widget->parent(); parent; parent = parent->parent()) {
        if (!parent->objectName().isEmpty()) {
            where += u" in '"_s + parent->objectName() + u'\'';
            break;
        }
    }
    return where + u": '"_s + text.left(60) + u'\'';
}

/// The texts of `root`'s shown widgets that their widget is too small for: a label or a button
/// narrower than its text, a wrapped label shorter than its lines, a group narrower than its
/// title, a table's column narrower than its title.
QStringList clippedIn(QWidget *root)
{
    QStringList clipped;
    const auto tooSmall = [&](const QWidget *widget, const QString &text, int needed, int has) {
        // One pixel of rounding either way.
        if (needed > has + 1)
            clipped.append(describe(widget, text) + u" needs %1 px, has %2"_s.arg(needed).arg(has));
    };
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(root) || widget->width() <= 0)
            continue;
        // An alert for screen readers is one pixel on purpose (widgets/accessibility.h).
        if (qobject_cast<viparita::app::AnnouncementLabel *>(widget))
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            if (label->text().isEmpty() || !label->pixmap().isNull())
                continue;
            if (label->wordWrap())
                tooSmall(label, label->text(), label->heightForWidth(label->width()),
                         label->height());
            else
                tooSmall(label, label->text(), label->sizeHint().width(), label->width());
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            if (!button->text().isEmpty())
                tooSmall(button, button->text(), button->sizeHint().width(), button->width());
        } else if (auto *group = qobject_cast<QGroupBox *>(widget)) {
            if (!group->title().isEmpty())
                tooSmall(group, group->title(), group->minimumSizeHint().width(), group->width());
        } else if (auto *header = qobject_cast<QHeaderView *>(widget)) {
            if (header->orientation() != Qt::Horizontal || !header->model())
                continue;
            for (int section = 0; section < header->count(); ++section) {
                if (header->isSectionHidden(section))
                    continue;
                const QString title =
                    header->model()->headerData(section, Qt::Horizontal).toString();
                tooSmall(header, title, header->sectionSizeHint(section),
                         header->sectionSize(section));
            }
        }
    }
    return clipped;
}

/// Keeps a picture of `widget` when VIPARITA_PSEUDO_SHOTS names a folder.
void keepPicture(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("VIPARITA_PSEUDO_SHOTS");
    if (!folder.isEmpty() && QDir().mkpath(folder))
        CHECK(widget->grab().save(folder + u'/' + name + u".png"_s));
}

/// `widget` shown at the small screen's size, or at its own when it asks for less.
void showSmall(QWidget *widget)
{
    widget->resize(widget->sizeHint().boundedTo(smallScreen));
    widget->show();
    REQUIRE(QTest::qWaitForWindowExposed(widget));
    QApplication::processEvents();
}

/// The window or dialog still fits the small screen: it cannot be made smaller than it asks.
void checkFitsSmallScreen(const QWidget *widget)
{
    const QSize least = widget->minimumSizeHint().expandedTo(widget->minimumSize());
    INFO("needs at least " << least.width() << "x" << least.height());
    CHECK(least.width() <= smallScreen.width());
    CHECK(least.height() <= smallScreen.height());
}

} // namespace

TEST_CASE("in a language 40 percent longer every page of the main window fits and clips no text")
{
    const PseudoLanguage pseudo;
    const auto library = SequenceLibrary::load({});
    MainWindow window(library, testSettings(), nullptr);
    window.resize(smallScreen);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    (void)window.historyPage();
    (void)window.trendsPage();
    (void)window.medicationPage();
    (void)window.weekPage();
    auto *pages = window.findChild<QStackedWidget *>(u"pages"_s);
    REQUIRE(pages != nullptr);
    for (int i = 0; i < pages->count(); ++i) {
        pages->setCurrentIndex(i);
        QApplication::processEvents();
        const QString page = pages->currentWidget()->objectName();
        INFO("page " << i << ": " << page.toStdString());
        checkFitsSmallScreen(&window);
        const QStringList clipped = clippedIn(&window);
        INFO(clipped.join(u'\n').toStdString());
        CHECK(clipped.isEmpty());
        keepPicture(&window, u"page-%1-%2"_s.arg(i).arg(page));
    }
}

TEST_CASE("in a language 40 percent longer every settings page fits and clips no text")
{
    const PseudoLanguage pseudo;
    viparita::app::SettingsDialog dialog(testSettings());
    showSmall(&dialog);
    auto *pages = dialog.findChild<QStackedWidget *>();
    REQUIRE(pages != nullptr);
    for (int i = 0; i < pages->count(); ++i) {
        pages->setCurrentIndex(i);
        QApplication::processEvents();
        INFO("settings page " << i << ": " << pages->currentWidget()->objectName().toStdString());
        checkFitsSmallScreen(&dialog);
        const QStringList clipped = clippedIn(&dialog);
        INFO(clipped.join(u'\n').toStdString());
        CHECK(clipped.isEmpty());
        keepPicture(&dialog, u"settings-%1"_s.arg(i));
    }
}

TEST_CASE("in a language 40 percent longer the reading dialog fits and clips no text")
{
    using viparita::app::ReadingDialog;
    const PseudoLanguage pseudo;
    for (const auto purpose : {ReadingDialog::Purpose::Before, ReadingDialog::Purpose::After}) {
        ReadingDialog dialog(purpose, testSettings(), std::nullopt);
        showSmall(&dialog);
        checkFitsSmallScreen(&dialog);
        const QStringList clipped = clippedIn(&dialog);
        INFO(clipped.join(u'\n').toStdString());
        CHECK(clipped.isEmpty());
        keepPicture(&dialog, u"reading-%1"_s.arg(int(purpose)));
    }
}

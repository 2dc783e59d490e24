// What a screen reader finds on each screen: every control has a name a person would say.
// The walk reads the same accessible objects that Qt's AT-SPI bridge hands to Orca.
#include "test_environment.h"

#include "catch_qt.h"
#include "catch_wait.h"

#include "player/breath_pacer_widget.h"
#include "player/countdown_ring.h"
#include "player/step_progress_bar.h"
#include "readings/reading_dialog.h"
#include "settings/settings.h"
#include "settings/settings_dialog.h"
#include "shell/main_window.h"
#include "widgets/accessibility.h"

#include <QAccessible>
#include <QAccessibleValueInterface>
#include <QApplication>
#include <QStackedWidget>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using viparita::SequenceLibrary;
using viparita::app::MainWindow;

namespace {

viparita::app::Settings &testSettings()
{
    static viparita::app::Settings settings(viparita::test::dataHome() +
                                            u"/accessible-tree-test.ini"_s);
    return settings;
}

/// The roles a person acts on or reads a value from: each needs a name.
bool needsName(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::PageTab:
    case QAccessible::ProgressBar:
    case QAccessible::Animation:
    case QAccessible::Chart:
    case QAccessible::Graphic:
    case QAccessible::ButtonMenu:
        return true;
    default:
        return false;
    }
}

/// "QPushButton 'startButton'": where an object is, for the failure message.
QString describe(QAccessibleInterface *object)
{
    QObject *owner = object->object();
    QString text = owner ? QString::fromLatin1(owner->metaObject()->className()) : u"?"_s;
    if (owner && !owner->objectName().isEmpty())
        text += u" '"_s + owner->objectName() + u'\'';
    for (QObject *parent = owner ? owner->parent() : nullptr; parent; parent = parent->parent()) {
        if (!parent->objectName().isEmpty()) {
            text += u" in '"_s + parent->objectName() + u'\'';
            break;
        }
    }
    return text + u" (role "_s + QString::number(int(object->role())) + u')';
}

/// What a walk found.
struct Walk {
    int controls = 0;
    QStringList problems;
    QMultiHash<QString, QString> byName; ///< role and name -> where
};

/// The shown controls under `object`: each must have a name of its own that is not just
/// its value, and a focusable container must say what it holds.
void walk(QAccessibleInterface *object, Walk &found, int depth = 0)
{
    if (object == nullptr || depth > 60 || object->state().invisible)
        return;
    const QAccessible::Role role = object->role();
    const QString name = object->text(QAccessible::Name).trimmed();
    if (needsName(role)) {
        ++found.controls;
        if (name.isEmpty()) {
            found.problems.append(u"no name: "_s + describe(object));
        } else if (role == QAccessible::ComboBox) {
            // Qt names a combo box by its value on Linux and gives its label as the
            // labelled-by relation, which Orca reads first: the widget must have a name
            // of its own, or a label.
            const QWidget *widget = qobject_cast<QWidget *>(object->object());
            if ((widget == nullptr || widget->accessibleName().trimmed().isEmpty()) &&
                object->relations(QAccessible::Label).isEmpty())
                found.problems.append(u"named only by its value '"_s + name + u"': "_s +
                                      describe(object));
        } else if ((role == QAccessible::SpinBox || role == QAccessible::EditableText) &&
                   name == object->text(QAccessible::Value).trimmed()) {
            found.problems.append(u"named only by its value '"_s + name + u"': "_s +
                                  describe(object));
        }
        if (!name.isEmpty() && role != QAccessible::PageTab)
            found.byName.insert(QString::number(int(role)) + u':' + name, describe(object));
    } else if (object->state().focusable && name.isEmpty() &&
               (role == QAccessible::Grouping || role == QAccessible::Pane ||
                role == QAccessible::Client)) {
        found.problems.append(u"focusable container without a name: "_s + describe(object));
    }
    for (int i = 0; i < object->childCount(); ++i)
        walk(object->child(i), found, depth + 1);
}

QStringList problemsIn(QWidget *widget)
{
    Walk found;
    walk(QAccessible::queryAccessibleInterface(widget), found);
    QStringList problems = found.problems;
    for (const QString &key : found.byName.uniqueKeys()) {
        const QStringList places = found.byName.values(key);
        if (places.size() > 1)
            problems.append(u"one name for %1 controls, '%2': %3"_s.arg(places.size())
                                .arg(key.section(u':', 1), places.join(u"; "_s)));
    }
    if (found.controls == 0)
        problems.append(u"no control found: the walk did not reach the widgets"_s);
    return problems;
}

} // namespace

TEST_CASE("every control of every page of the main window has a name")
{
    const auto library = SequenceLibrary::load({});
    MainWindow window(library, testSettings(), nullptr);
    window.resize(1100, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    // Every page, the ones made when first shown too.
    (void)window.historyPage();
    (void)window.trendsPage();
    (void)window.medicationPage();
    (void)window.weekPage();
    auto *pages = window.findChild<QStackedWidget *>(u"pages"_s);
    REQUIRE(pages != nullptr);
    REQUIRE(pages->count() >= 5);
    for (int i = 0; i < pages->count(); ++i) {
        pages->setCurrentIndex(i);
        QApplication::processEvents();
        INFO("page " << i << ": " << pages->currentWidget()->objectName().toStdString());
        const QStringList unnamed = problemsIn(&window);
        INFO(unnamed.join(u'\n').toStdString());
        CHECK(unnamed.isEmpty());
    }
}

TEST_CASE("every control of every settings page has a name")
{
    viparita::app::SettingsDialog dialog(testSettings());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *pages = dialog.findChild<QStackedWidget *>();
    REQUIRE(pages != nullptr);
    for (int i = 0; i < pages->count(); ++i) {
        pages->setCurrentIndex(i);
        QApplication::processEvents();
        INFO("page " << i << ": " << pages->currentWidget()->objectName().toStdString());
        const QStringList unnamed = problemsIn(&dialog);
        INFO(unnamed.join(u'\n').toStdString());
        CHECK(unnamed.isEmpty());
    }
}

TEST_CASE("every field of the reading dialog has a name of its own")
{
    using viparita::app::ReadingDialog;
    viparita::app::Accessibility::install();
    for (const auto purpose : {ReadingDialog::Purpose::Before, ReadingDialog::Purpose::After}) {
        ReadingDialog dialog(purpose, testSettings(), std::nullopt);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        const QStringList problems = problemsIn(&dialog);
        INFO(problems.join(u'\n').toStdString());
        CHECK(problems.isEmpty());
    }
}

TEST_CASE("the ring, the progress bar and the pacer say a role and a value")
{
    viparita::app::Accessibility::install();
    viparita::app::CountdownRing ring;
    ring.setTime(185'000, 600'000);
    QAccessibleInterface *ringObject = QAccessible::queryAccessibleInterface(&ring);
    REQUIRE(ringObject != nullptr);
    CHECK(ringObject->role() == QAccessible::ProgressBar);
    CHECK(ringObject->text(QAccessible::Name) == u"Time left in this step"_s);
    CHECK(ringObject->text(QAccessible::Value) == u"3:05"_s);
    REQUIRE(ringObject->valueInterface() != nullptr);
    CHECK(ringObject->valueInterface()->currentValue().toDouble() == 185.0);
    CHECK(ringObject->valueInterface()->maximumValue().toDouble() == 600.0);

    viparita::app::StepProgressBar bar;
    bar.resize(400, 18);
    bar.setProgress(0.404);
    QAccessibleInterface *barObject = QAccessible::queryAccessibleInterface(&bar);
    REQUIRE(barObject != nullptr);
    CHECK(barObject->role() == QAccessible::ProgressBar);
    CHECK(barObject->text(QAccessible::Value) == u"40 percent"_s);
    REQUIRE(barObject->valueInterface() != nullptr);
    CHECK(barObject->valueInterface()->currentValue().toDouble() == 40.0);

    viparita::app::BreathPacerWidget pacer;
    viparita::BreathState breath;
    breath.phase = viparita::BreathPhase::Exhale;
    breath.fullness = 0.25;
    pacer.setState(breath);
    QAccessibleInterface *pacerObject = QAccessible::queryAccessibleInterface(&pacer);
    REQUIRE(pacerObject != nullptr);
    CHECK(pacerObject->role() == QAccessible::Animation);
    CHECK(pacerObject->text(QAccessible::Name) == u"Breath pacer"_s);
    CHECK(pacerObject->text(QAccessible::Value) == pacer.word());
    CHECK(pacerObject->valueInterface()->currentValue().toDouble() == 0.25);
}

TEST_CASE("a value is told to a screen reader only when its words change, at most once a second")
{
    viparita::app::ValueChangePace pace(200);
    CHECK(pace.tellNow(u"3:05"_s));
    CHECK_FALSE(pace.tellNow(u"3:05"_s)); // the same words
    CHECK_FALSE(pace.tellNow(u"3:04"_s)); // new words, too soon
    QTest::qWait(250);
    CHECK_FALSE(pace.tellNow(u"3:05"_s)); // what was last told
    CHECK(pace.tellNow(u"3:03"_s));
    CHECK_FALSE(pace.tellNow(u"3:02"_s));
    // Frames drawn faster than the pace tell only the first of their new words.
    QTest::qWait(250);
    int told = 0;
    for (int frame = 0; frame < 10; ++frame)
        told += pace.tellNow(u"2:%1"_s.arg(50 - frame)) ? 1 : 0;
    CHECK(told == 1);
    // The widgets keep to a second.
    viparita::app::ValueChangePace second;
    CHECK(second.tellNow(u"40 percent"_s));
    QTest::qWait(300);
    CHECK_FALSE(second.tellNow(u"41 percent"_s));
}

TEST_CASE("two announcements within half a second are read together, not the second twice")
{
    QWidget window;
    window.resize(200, 100);
    auto *label = new viparita::app::AnnouncementLabel(&window);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    label->say(u"Hamstrings, legs straight up the wall."_s);
    label->say(u"Breathe out slowly."_s);
    CHECK(label->text() == u"Hamstrings, legs straight up the wall. Breathe out slowly."_s);
    CHECK(label->isVisible());
    QTest::qWait(600);
    label->say(u"Halfway through."_s);
    CHECK(label->text() == u"Halfway through."_s);
}

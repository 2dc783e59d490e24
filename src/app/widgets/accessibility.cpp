#include "widgets/accessibility.h"

#include <QAccessibleValueInterface>
#include <QAccessibleWidget>
#include <QApplication>
#include <QEvent>
#include <QStackedWidget>
#include <QTextDocument>
#include <QToolButton>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

namespace {

/// The accessible object of an AccessibleValueSource widget.
class ValueAccessible final : public QAccessibleWidget, public QAccessibleValueInterface {
public:
    ValueAccessible(QWidget *widget, AccessibleValueSource *source)
        : QAccessibleWidget(widget, source->accessibleRole())
        , m_source(source)
    {}

    [[nodiscard]] QString text(QAccessible::Text kind) const override
    {
        if (kind == QAccessible::Value || kind == QAccessible::Description)
            return m_source->accessibleValueText();
        return QAccessibleWidget::text(kind);
    }
    [[nodiscard]] void *interface_cast(QAccessible::InterfaceType type) override
    {
        if (type == QAccessible::ValueInterface)
            return static_cast<QAccessibleValueInterface *>(this);
        return QAccessibleWidget::interface_cast(type);
    }
    [[nodiscard]] QVariant currentValue() const override { return m_source->accessibleValue(); }
    void setCurrentValue(const QVariant &) override {}
    [[nodiscard]] QVariant maximumValue() const override { return m_source->accessibleMaximum(); }
    [[nodiscard]] QVariant minimumValue() const override { return m_source->accessibleMinimum(); }
    [[nodiscard]] QVariant minimumStepSize() const override { return 0.0; }

private:
    AccessibleValueSource *m_source;
};

/// The accessible object of the announcement label: an alert that says its text.
class AlertAccessible final : public QAccessibleWidget {
public:
    explicit AlertAccessible(QLabel *label)
        : QAccessibleWidget(label, QAccessible::AlertMessage)
        , m_label(label)
    {}
    [[nodiscard]] QString text(QAccessible::Text kind) const override
    {
        if (kind == QAccessible::Name)
            return m_label->text();
        return QAccessibleWidget::text(kind);
    }

private:
    QLabel *m_label;
};

/// The words of a button or label, without the mnemonic mark: "&History" is "History".
QString withoutMnemonic(QString text)
{
    return text.replace(u"&&"_s, u"\u0001"_s).remove(u'&').replace(u'\u0001', u'&');
}

/// The accessible object of a button of a page switcher (the main window's navigation): a page
/// tab, selected when its page shows, that opens its page when pressed. Qt would make it a
/// check box that is toggled, which says the wrong thing and opens nothing.
class PageTabAccessible final : public QAccessibleWidget {
public:
    explicit PageTabAccessible(QToolButton *button)
        : QAccessibleWidget(button, QAccessible::PageTab)
        , m_button(button)
    {}

    [[nodiscard]] QString text(QAccessible::Text kind) const override
    {
        if (kind == QAccessible::Name && m_button->accessibleName().isEmpty())
            return withoutMnemonic(m_button->text());
        return QAccessibleWidget::text(kind);
    }
    [[nodiscard]] QAccessible::State state() const override
    {
        QAccessible::State state = QAccessibleWidget::state();
        state.selectable = true;
        state.selected = m_button->isChecked();
        return state;
    }
    [[nodiscard]] QStringList actionNames() const override { return {pressAction()}; }
    void doAction(const QString &name) override
    {
        if (name == pressAction() && m_button->isEnabled())
            m_button->click();
    }
    [[nodiscard]] QStringList keyBindingsForAction(const QString &) const override { return {}; }

private:
    QToolButton *m_button;
};

/// A label's words as a name: without its mnemonic mark and its closing colon.
QString nameOfLabel(const QLabel *label)
{
    if (Qt::mightBeRichText(label->text()))
        return {};
    QString text = withoutMnemonic(label->text()).trimmed();
    while (text.endsWith(u':') || text.endsWith(u'\uFF1A'))
        text.chop(1);
    return text.trimmed();
}

/// Names each field of a window that has none by the label it is the buddy of, as the
/// window shows: a screen reader then says "Arm, combo box, Left arm", not only its value.
class BuddyNamer final : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show) {
            // A window, or a page made the first time it is shown.
            auto *widget = qobject_cast<QWidget *>(watched);
            if (widget != nullptr &&
                (widget->isWindow() || qobject_cast<QStackedWidget *>(widget->parentWidget())))
                Accessibility::nameFieldsByLabels(widget);
        }
        return QObject::eventFilter(watched, event);
    }
};

QAccessibleInterface *factory(const QString &className, QObject *object)
{
    auto *widget = qobject_cast<QWidget *>(object);
    if (widget == nullptr)
        return nullptr;
    if (className == u"viparita::app::AnnouncementLabel"_s)
        return new AlertAccessible(static_cast<AnnouncementLabel *>(widget));
    if (auto *source = dynamic_cast<AccessibleValueSource *>(object))
        return new ValueAccessible(widget, source);
    if (auto *button = qobject_cast<QToolButton *>(widget);
        button != nullptr && button->parentWidget() != nullptr &&
        button->parentWidget()->property(Accessibility::pageSwitcherProperty).toBool())
        return new PageTabAccessible(button);
    return nullptr;
}

} // namespace

bool ValueChangePace::tellNow(const QString &words)
{
    if (words == m_told || (m_sinceTold.isValid() && m_sinceTold.elapsed() < m_interval))
        return false;
    m_told = words;
    m_sinceTold.start();
    return true;
}

void AccessibleValueSource::valueChanged(QWidget *widget)
{
    if (!QAccessible::isActive())
        return;
    if (!m_pace.tellNow(accessibleValueText()))
        return;
    QAccessibleValueChangeEvent event(widget, accessibleValue());
    QAccessible::updateAccessibility(&event);
}

void AnnouncementLabel::say(const QString &text)
{
    const bool together = m_sinceSaid.isValid() && m_sinceSaid.elapsed() < 500 && isVisible() &&
                          this->text().size() + text.size() < 500;
    m_sinceSaid.start();
    // Shown again with the new text: the alert appears, and the screen reader reads it.
    hide();
    setText(together ? this->text() + u' ' + text : text);
    raise();
    show();
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

AnnouncementLabel::AnnouncementLabel(QWidget *parent) : QLabel(parent)
{
    setObjectName(u"screenReaderAnnouncement"_s);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFocusPolicy(Qt::NoFocus);
    setGeometry(0, 0, 1, 1);
    hide();
}

namespace Accessibility {

void install()
{
    static const bool installed = [] {
        QAccessible::installFactory(factory);
        qApp->installEventFilter(new BuddyNamer(qApp));
        return true;
    }();
    Q_UNUSED(installed)
}

void nameFieldsByLabels(QWidget *root)
{
    const QList<QLabel *> labels = root->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        QWidget *field = label->buddy();
        if (field == nullptr || !field->accessibleName().isEmpty())
            continue;
        const QString name = nameOfLabel(label);
        if (!name.isEmpty())
            field->setAccessibleName(name);
    }
}

void announce(const QString &text)
{
    if (text.isEmpty() || !QAccessible::isActive())
        return;
    QWidget *window = QApplication::activeWindow();
    if (window == nullptr) {
        const QWidgetList windows = QApplication::topLevelWidgets();
        for (QWidget *candidate : windows) {
            if (candidate->isVisible() && candidate->isWindow() &&
                candidate->windowType() == Qt::Window) {
                window = candidate;
                break;
            }
        }
    }
    if (window == nullptr)
        return;
    auto *label = window->findChild<AnnouncementLabel *>(QString(), Qt::FindDirectChildrenOnly);
    if (label == nullptr)
        label = new AnnouncementLabel(window);
    label->say(text);
}

} // namespace Accessibility

} // namespace viparita::app

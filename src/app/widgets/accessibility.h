#pragma once

#include <QAccessible>
#include <QElapsedTimer>
#include <QLabel>
#include <QString>

class QWidget;

namespace viparita::app {

/// When a changing value is worth telling a screen reader: only when the words it would say
/// changed since they were last told, and not sooner than `interval` after that, so that a
/// countdown drawn many times a second is read out at most once a second.
class ValueChangePace {
public:
    explicit ValueChangePace(qint64 intervalMilliseconds = 1000) : m_interval(intervalMilliseconds)
    {}

    /// Whether to tell `words` now; when so, they count as told from now.
    [[nodiscard]] bool tellNow(const QString &words);

private:
    qint64 m_interval;
    QString m_told;
    QElapsedTimer m_sinceTold;
};

/// A custom-painted widget that shows a value (the time left, the progress, the breath):
/// what a screen reader reads of it. Its accessible object has the widget's name, the role
/// given, the value as a number and as words, and tells of a change only when the words
/// change, and at most once a second.
class AccessibleValueSource {
public:
    virtual ~AccessibleValueSource() = default;

    [[nodiscard]] virtual QAccessible::Role accessibleRole() const = 0;
    [[nodiscard]] virtual double accessibleValue() const = 0;
    [[nodiscard]] virtual double accessibleMinimum() const { return 0.0; }
    [[nodiscard]] virtual double accessibleMaximum() const = 0;
    /// The value as a screen reader should say it: "3:05", "40 percent", "breathe in".
    [[nodiscard]] virtual QString accessibleValueText() const = 0;

protected:
    /// Tells assistive technology that `widget`'s value changed, when its words changed
    /// since they were last told and a second has passed since then.
    void valueChanged(QWidget *widget);

private:
    ValueChangePace m_pace;
};

/// A line of text whose appearance a screen reader announces at once (AT-SPI role "alert",
/// which Orca reads as it shows): a session's step changes, pauses, end and safety
/// guidance reach a person who cannot see the window. It is one pixel, out of the way.
class AnnouncementLabel final : public QLabel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnouncementLabel)

public:
    explicit AnnouncementLabel(QWidget *parent);

    /// Shows `text` as a new alert. Said within half a second of the one before (a step's
    /// name, then its first cue), it is added to it, so that a screen reader that reads the
    /// alert a moment later reads both, not the second twice.
    void say(const QString &text);

private:
    QElapsedTimer m_sinceSaid;
};

namespace Accessibility {

/// Set to true on a tool bar whose checkable buttons switch pages: a screen reader then finds
/// page tabs, the shown page's selected, that open their page when pressed.
inline constexpr char pageSwitcherProperty[] = "viparitaPageSwitcher";

/// Installs the accessible objects of Viparita's own widgets; the first call does it.
void install();

/// Names each field under `root` that has no accessible name by the label it is the buddy
/// of ("&Arm:" names it "Arm"). Done for every window as it shows, once install() ran.
void nameFieldsByLabels(QWidget *root);

/// Says `text` to a running screen reader through the announcement label of the active
/// window (made on first use); nothing when no assistive technology listens.
void announce(const QString &text);

} // namespace Accessibility

} // namespace viparita::app

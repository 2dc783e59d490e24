#pragma once
// Bad input for the dialogs' tests: every kind of bad text a person can type or paste into a
// field, typed key by key or set at once.
#include "catch_qt.h"

#include <QLineEdit>
#include <QList>
#include <QString>
#include <QTest>
#include <QWidget>

#include <functional>

namespace viparita::test {

/// Bad text for a number field, and what it stands for.
struct BadText {
    const char *kind;
    QString text;
};

inline QList<BadText> badNumbers()
{
    return {
        {"empty", QString()},
        {"huge", QStringLiteral("99999999999999999999")},
        {"negative", QStringLiteral("-5")},
        {"not a number", QStringLiteral("abc")},
        // What bytes that are not UTF-8 become (U+FFFD), and characters no number has.
        {"not UTF-8", QStringLiteral("1\uFFFD\u00E9")},
        {"far too long", QString(100000, u'7')},
    };
}

/// Types `text` key by key, as a keyboard would send it (QTest::keyClicks takes ASCII only).
inline void type(QWidget *widget, const QString &text)
{
    for (const QChar character : text) {
        if (character.unicode() > 0x20 && character.unicode() < 0x7F)
            QTest::keyClick(widget, static_cast<char>(character.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(character),
                                Qt::NoModifier);
    }
}

/// Gives a field the bad text set at once (a paste), then typed key by key (through its
/// validator); `check` runs after each.
inline void enterBothWays(QLineEdit *field, const QString &text, const std::function<void()> &check)
{
    field->setText(text);
    check();
    field->clear();
    field->setFocus();
    type(field, text.left(40));
    check();
}

/// The pulse may be left out: an empty pulse field (every character refused) is no error.
inline bool leftOutIsFine(const QString &field, const QLineEdit *edit)
{
    return field == QStringLiteral("pulse") && edit->text().isEmpty();
}

} // namespace viparita::test

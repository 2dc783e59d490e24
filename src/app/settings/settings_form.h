#pragma once

#include <QString>
#include <QVariant>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QWidget;

namespace viparita::app::SettingsForm {

/// The settings pages' controls, made one way.

/// A form with the pages' margins and spacing, whose long rows wrap.
[[nodiscard]] QFormLayout *form(QWidget *page);
/// Adds a row of `field` with its label `text` (its buddy, for the mnemonic); the label.
QLabel *addField(QFormLayout *form, const QString &text, QWidget *field, QWidget *parent);
/// Adds a note under a setting (note()).
void addNote(QFormLayout *form, const QString &text, QWidget *parent,
             const QString &objectName = {});
/// A note under a setting: plain text, wrapped, a little softer than the controls' text.
[[nodiscard]] QLabel *note(const QString &text, QWidget *parent, const QString &objectName = {});
[[nodiscard]] QCheckBox *check(const QString &text, const QString &objectName, QWidget *parent);
[[nodiscard]] QComboBox *combo(const QString &objectName, QWidget *parent);
/// Seconds from `minimum` to 20, by half a second.
[[nodiscard]] QDoubleSpinBox *seconds(const QString &objectName, double minimum, QWidget *parent);
/// Chooses the item whose data is `value`, else `fallback`, else the first.
void select(QComboBox *combo, const QVariant &value, const QVariant &fallback);
/// `value` to one decimal at most, as a person reads it.
[[nodiscard]] QString number(double value);

} // namespace viparita::app::SettingsForm

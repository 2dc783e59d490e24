#include "settings/settings_form.h"

#include <viparita/core/breath_pattern.h>
#include <viparita/core/display_format.h>

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPalette>

#include <algorithm>

namespace viparita::app::SettingsForm {

QFormLayout *form(QWidget *page)
{
    auto *form = new QFormLayout(page);
    form->setContentsMargins(16, 16, 16, 16);
    form->setVerticalSpacing(10);
    form->setHorizontalSpacing(16);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    return form;
}

QLabel *note(const QString &text, QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(text, parent);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    // A little softer than the controls' text, and still well readable.
    QPalette palette = label->palette();
    const QColor ink = palette.color(QPalette::WindowText);
    const QColor paper = palette.color(QPalette::Window);
    const auto blend = [](int a, int b) { return (a * 3 + b) / 4; };
    palette.setColor(QPalette::WindowText,
                     QColor(blend(ink.red(), paper.red()), blend(ink.green(), paper.green()),
                            blend(ink.blue(), paper.blue())));
    label->setPalette(palette);
    return label;
}

QLabel *addField(QFormLayout *form, const QString &text, QWidget *field, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(field);
    form->addRow(label, field);
    return label;
}

void addNote(QFormLayout *form, const QString &text, QWidget *parent, const QString &objectName)
{
    form->addRow(note(text, parent, objectName));
}

QCheckBox *check(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *check = new QCheckBox(text, parent);
    check->setObjectName(objectName);
    return check;
}

QComboBox *combo(const QString &objectName, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

QDoubleSpinBox *seconds(const QString &objectName, double minimum, QWidget *parent)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setRange(minimum, BreathPattern::maxPhaseSeconds);
    spin->setSingleStep(0.5);
    spin->setDecimals(1);
    spin->setSuffix(QCoreApplication::translate("viparita::app::SettingsDialog", " s"));
    return spin;
}

void select(QComboBox *combo, const QVariant &value, const QVariant &fallback)
{
    int index = combo->findData(value);
    if (index < 0)
        index = combo->findData(fallback);
    combo->setCurrentIndex(std::max(index, 0));
}

QString number(double value)
{
    return DisplayFormat().number(value);
}

} // namespace viparita::app::SettingsForm

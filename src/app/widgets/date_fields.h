#pragma once

#include <QDateEdit>
#include <QDateTimeEdit>

namespace viparita::app {

/// A date and time field that Tab leaves in one press, as every other field: a plain
/// QDateTimeEdit walks Tab through its day, month, year, hour and minute first, which traps
/// a keyboard user in it. Its parts are still reached with Left and Right, and typing moves
/// from one to the next.
class DateTimeField final : public QDateTimeEdit {
public:
    using QDateTimeEdit::QDateTimeEdit;

protected:
    bool focusNextPrevChild(bool next) override { return QWidget::focusNextPrevChild(next); }
};

/// The same for a date alone.
class DateField final : public QDateEdit {
public:
    using QDateEdit::QDateEdit;

protected:
    bool focusNextPrevChild(bool next) override { return QWidget::focusNextPrevChild(next); }
};

} // namespace viparita::app

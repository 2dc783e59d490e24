#pragma once
// Finding a widget by its object name in a test: the test stops, naming it, when it is not there.
#include "catch_qt.h"

#include <QObject>

namespace viparita::test {

template <typename T>
T *child(const QObject &parent, const QString &name)
{
    T *widget = parent.findChild<T *>(name);
    INFO("object name: " << name.toStdString());
    REQUIRE(widget != nullptr);
    return widget;
}

} // namespace viparita::test

#pragma once

#include <viparita/core/bp_classifier.h>

#include <QColor>

namespace viparita {

/// The colour of a category's mark in the app and the reports: blue for Low, calm green
/// for the lowest category, warmer as it rises. Always shown with the category's name,
/// never alone.
class CategoryColours final {
public:
    [[nodiscard]] static QColor of(BpCategory category);
    /// A colour for step `severity` of `levels`.
    [[nodiscard]] static QColor forSeverity(int severity, int levels);
};

} // namespace viparita

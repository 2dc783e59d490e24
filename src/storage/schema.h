#pragma once

#include <QStringList>

#include <vector>

namespace viparita::detail {

/// One step of the journal's schema: the statements that bring a journal
/// from `version - 1` to `version`.
struct SchemaStep {
    int version;
    QStringList statements;
};

/// Every step from an empty file to the current schema, in order.
[[nodiscard]] const std::vector<SchemaStep> &schemaSteps();

} // namespace viparita::detail

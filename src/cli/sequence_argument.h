#pragma once

#include "command.h"

#include <viparita/core/sequence.h>

#include <optional>

namespace viparita::cli {

/// Resolves a SEQUENCE argument: the id of a bundled or user sequence, or
/// the path of a sequence file. Prints what is wrong and sets `status` to an
/// ExitCode when it cannot.
[[nodiscard]] std::optional<Sequence> loadSequenceArgument(const QString &argument,
                                                           CommandContext &context, int &status);

} // namespace viparita::cli

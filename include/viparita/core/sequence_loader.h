#pragma once

#include <viparita/core/diagnostic.h>
#include <viparita/core/sequence.h>

#include <QByteArray>
#include <QString>

#include <optional>

namespace viparita {

/// What loading a sequence file gave: the sequence, or every error found.
struct SequenceLoadResult {
    std::optional<Sequence> sequence;
    Diagnostics errors;

    [[nodiscard]] bool ok() const { return sequence.has_value(); }
    /// True when the file could not be read (as opposed to read and rejected).
    [[nodiscard]] bool unreadable() const;
};

/// Reads and validates "viparita.sequence/1" files. Every error of a file is
/// reported, each naming its place; nothing is thrown.
class SequenceLoader final {
public:
    static constexpr qint64 maxFileBytes = 1024 * 1024;

    /// Loads a file from disk or from the resources (":/…").
    [[nodiscard]] static SequenceLoadResult loadFile(const QString &path);
    /// Loads bytes; `fileName` is the name used in messages.
    [[nodiscard]] static SequenceLoadResult loadBytes(const QByteArray &bytes,
                                                      const QString &fileName);
};

} // namespace viparita

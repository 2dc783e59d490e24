#pragma once

#include <QString>

#include <optional>

namespace viparita {

/// When a reading was taken, relative to a practice session.
enum class ReadingContext {
    Standalone, ///< not tied to a session
    Before,     ///< before a session
    During,     ///< during a session, in the pose
    After,      ///< after a session
    Standing,   ///< on standing up at the end of a session (the standing check)
};

/// The arm the cuff was on.
enum class Arm { Left, Right };

/// The position of the body while measuring.
enum class BodyPosition { Sitting, Lying, Standing };

/// Stable lower-case words, used in files, the journal and the CLI (not translated):
/// "standalone", "before", "during", "after", "standing".
[[nodiscard]] QString toString(ReadingContext context);
/// "left", "right".
[[nodiscard]] QString toString(Arm arm);
/// "sitting", "lying", "standing".
[[nodiscard]] QString toString(BodyPosition position);

/// The inverse of toString(): the exact lower-case words only, nothing for any other text.
[[nodiscard]] std::optional<ReadingContext> readingContextFromString(const QString &text);
[[nodiscard]] std::optional<Arm> armFromString(const QString &text);
[[nodiscard]] std::optional<BodyPosition> bodyPositionFromString(const QString &text);

} // namespace viparita

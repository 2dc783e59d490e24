#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace viparita::detail {

/// Where JSON text first breaks the grammar of RFC 8259, and why.
struct JsonSyntaxProblem {
    qsizetype offset = 0; ///< byte offset of the first offending byte
    QString message;
};

/// Finds the first syntax error in `bytes`, pointing at the offending byte
/// itself. QJsonDocument detects errors, but its offset often lies past the
/// cause; this pass is run only after QJsonDocument has rejected a file, to
/// name the place a person must fix. Nothing when the text is well-formed.
[[nodiscard]] std::optional<JsonSyntaxProblem> locateJsonSyntaxError(const QByteArray &bytes);

} // namespace viparita::detail

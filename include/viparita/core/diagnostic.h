#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace viparita {

/// A precise message about bad input: the file, and either the line and
/// column of a syntax error or the JSON pointer of a value that breaks a rule.
struct Diagnostic {
    enum class Kind {
        File,    ///< the file could not be read at all
        Syntax,  ///< not well-formed JSON
        Meaning, ///< well-formed, but a value breaks a rule of the format
    };

    Kind kind = Kind::Meaning;
    QString file;
    int line = 0;    ///< 1-based; 0 when not known
    int column = 0;  ///< 1-based, in characters; 0 when not known
    QString pointer; ///< JSON pointer of the value, "" for the whole document
    QString message;

    /// "FILE:LINE:COLUMN: message", "FILE: /pointer: message" or "FILE: message".
    [[nodiscard]] QString toString() const;

    friend bool operator==(const Diagnostic &, const Diagnostic &) = default;
};

using Diagnostics = QList<Diagnostic>;

/// Each diagnostic as its toString() says it, in order.
[[nodiscard]] QStringList toStrings(const Diagnostics &diagnostics);

} // namespace viparita

#include <viparita/core/diagnostic.h>

namespace viparita {

QString Diagnostic::toString() const
{
    if (line > 0)
        return QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(message);
    if (!pointer.isEmpty())
        return QStringLiteral("%1: %2: %3").arg(file, pointer, message);
    return QStringLiteral("%1: %2").arg(file, message);
}

QStringList toStrings(const Diagnostics &diagnostics)
{
    QStringList strings;
    strings.reserve(diagnostics.size());
    for (const Diagnostic &diagnostic : diagnostics)
        strings.append(diagnostic.toString());
    return strings;
}

} // namespace viparita

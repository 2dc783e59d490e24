#pragma once
// Loads one of the app's own plugins (the cues, the reports): the parts of the app on
// libraries the window does not need to open, loaded when first wanted.

#include <QObject>
#include <QString>

#include <utility>

namespace viparita::app {

/// The instance of the plugin `fileName` (for example "libviparita_cues.so"), which must
/// declare the interface `iid` and this version of the app; null when it is missing, of
/// another version, or cannot be loaded, with `whyNot` naming the file and the reason.
/// Looked for beside an installed app (in its library folder) and, for an app run from its
/// build folder (the tests included), in that build's plugin folder. Never unloaded: what
/// it makes lives as long as the app.
[[nodiscard]] QObject *loadAppPlugin(const char *fileName, const char *iid, QString *whyNot);

/// The plugin's object as `Interface` (declared with Q_DECLARE_INTERFACE as `iid`), loaded on
/// the first call and kept; null when it cannot be, with `whyNot` set on every call to why,
/// `what` (the plugin, in words) first.
template <typename Interface>
[[nodiscard]] Interface *appPluginInstance(const char *fileName, const char *iid, const char *what,
                                           QString *whyNot)
{
    static const std::pair<Interface *, QString> loaded = [&] {
        std::pair<Interface *, QString> result{nullptr, QString()};
        QString reason;
        if (QObject *plugin = loadAppPlugin(fileName, iid, &reason))
            result.first = qobject_cast<Interface *>(plugin);
        if (result.first == nullptr)
            result.second = QLatin1String(what) + QLatin1String(": ") +
                            (reason.isEmpty() ? QLatin1String("it has no such interface") : reason);
        return result;
    }();
    if (whyNot != nullptr)
        *whyNot = loaded.second;
    return loaded.first;
}

} // namespace viparita::app

#pragma once
// Loads one of the app's own plugins (the cues, the reports): the parts of the app on
// libraries the window does not need to open, loaded when first wanted.

#include <QString>

class QObject;

namespace viparita::app {

/// The instance of the plugin `fileName` (for example "libviparita_cues.so"), which must
/// declare the interface `iid` and this version of the app; null when it is missing, of
/// another version, or cannot be loaded, with `whyNot` naming the file and the reason.
/// Looked for beside an installed app (in its library folder) and, for an app run from its
/// build folder (the tests included), in that build's plugin folder. Never unloaded: what
/// it makes lives as long as the app.
[[nodiscard]] QObject *loadAppPlugin(const char *fileName, const char *iid, QString *whyNot);

} // namespace viparita::app

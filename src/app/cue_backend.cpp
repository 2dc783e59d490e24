#include "cue_backend.h"

#include "plugin_loader.h"

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

namespace {

struct Loaded {
    CueBackend *backend = nullptr;
    QString whyNot;
};

Loaded load()
{
    Loaded loaded;
    QObject *plugin =
        loadAppPlugin("libviparita_cues.so", VIPARITA_CUE_BACKEND_IID, &loaded.whyNot);
    if (plugin == nullptr) {
        loaded.whyNot = u"the sound and speech plugin: %1"_s.arg(loaded.whyNot);
        return loaded;
    }
    loaded.backend = qobject_cast<CueBackend *>(plugin);
    if (loaded.backend == nullptr)
        loaded.whyNot = u"the sound and speech plugin has no cue backend"_s;
    return loaded;
}

} // namespace

CueBackend *CueBackend::instance(QString *whyNot)
{
    static const Loaded loaded = load();
    if (whyNot != nullptr)
        *whyNot = loaded.whyNot;
    return loaded.backend;
}

} // namespace viparita::app

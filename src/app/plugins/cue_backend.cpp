#include "plugins/cue_backend.h"

#include "plugins/plugin_loader.h"

namespace viparita::app {

CueBackend *CueBackend::instance(QString *whyNot)
{
    return appPluginInstance<CueBackend>("libviparita_cues.so", VIPARITA_CUE_BACKEND_IID,
                                         "the sound and speech plugin", whyNot);
}

} // namespace viparita::app

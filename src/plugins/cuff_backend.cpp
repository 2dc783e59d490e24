#include "plugins/cuff_backend.h"

#include "plugins/plugin_loader.h"

namespace viparita::app {

CuffBackend *CuffBackend::instance(QString *whyNot)
{
    return appPluginInstance<CuffBackend>("libviparita_cuff.so", VIPARITA_CUFF_BACKEND_IID,
                                          "the Bluetooth cuff plugin", whyNot);
}

} // namespace viparita::app

#include "plugins/report_backend.h"

#include "plugins/plugin_loader.h"

namespace viparita::app {

ReportBackend *ReportBackend::instance(QString *whyNot)
{
    return appPluginInstance<ReportBackend>("libviparita_reports.so", VIPARITA_REPORT_BACKEND_IID,
                                            "the charts and report plugin", whyNot);
}

} // namespace viparita::app

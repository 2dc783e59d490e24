#include "report_backend.h"

#include "plugin_loader.h"

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

namespace {

struct Loaded {
    ReportBackend *backend = nullptr;
    QString whyNot;
};

Loaded load()
{
    Loaded loaded;
    QObject *plugin =
        loadAppPlugin("libviparita_reports.so", VIPARITA_REPORT_BACKEND_IID, &loaded.whyNot);
    if (plugin == nullptr) {
        loaded.whyNot = u"the charts and report plugin: %1"_s.arg(loaded.whyNot);
        return loaded;
    }
    loaded.backend = qobject_cast<ReportBackend *>(plugin);
    if (loaded.backend == nullptr)
        loaded.whyNot = u"the charts and report plugin has no report backend"_s;
    return loaded;
}

} // namespace

ReportBackend *ReportBackend::instance(QString *whyNot)
{
    static const Loaded loaded = load();
    if (whyNot != nullptr)
        *whyNot = loaded.whyNot;
    return loaded.backend;
}

} // namespace viparita::app

#include "cue_backend.h"

#include <viparita/core/app_info.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QPluginLoader>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

namespace {

constexpr auto pluginFileName = "libviparita_cues.so";

/// Where the plugin may be, in order: beside an installed app (its library folder), and,
/// for an app run from its build folder (the tests included), that build's plugin folder.
QStringList pluginCandidates()
{
    const QString appFolder = QCoreApplication::applicationDirPath();
    const QString name = QLatin1String(pluginFileName);
    QStringList candidates{QDir::cleanPath(
        appFolder + u'/' + QLatin1String(VIPARITA_CUES_RELATIVE_DIR) + u'/' + name)};
    const QString buildRoot = QFileInfo(QLatin1String(VIPARITA_BUILD_ROOT)).canonicalFilePath();
    if (!buildRoot.isEmpty() && QDir::cleanPath(appFolder).startsWith(buildRoot + u'/'))
        candidates.append(QLatin1String(VIPARITA_BUILD_PLUGIN_DIR) + u'/' + name);
    return candidates;
}

struct Loaded {
    CueBackend *backend = nullptr;
    QString whyNot;
};

Loaded load()
{
    QStringList tried;
    for (const QString &path : pluginCandidates()) {
        if (!QFileInfo::exists(path)) {
            tried.append(path);
            continue;
        }
        // Never unloaded: the outputs it makes live as long as the app.
        auto *loader = new QPluginLoader(path, qApp);
        const QJsonObject meta = loader->metaData();
        const QString version = meta.value(u"MetaData"_s).toObject().value(u"version"_s).toString();
        if (meta.value(u"IID"_s).toString() != QLatin1String(VIPARITA_CUE_BACKEND_IID) ||
            version != AppInfo::version()) {
            delete loader;
            return {nullptr, u"%1 is for another version of Viparita (%2)"_s.arg(
                                 path, version.isEmpty() ? u"unknown"_s : version)};
        }
        auto *backend = qobject_cast<CueBackend *>(loader->instance());
        if (backend == nullptr) {
            const QString error = loader->errorString();
            delete loader;
            return {nullptr, u"%1 could not be loaded: %2"_s.arg(path, error)};
        }
        return {backend, QString()};
    }
    return {nullptr, u"the sound and speech plugin is missing (looked for %1)"_s.arg(
                         tried.join(u" and "_s))};
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

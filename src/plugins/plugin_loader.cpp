#include "plugins/plugin_loader.h"

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

QStringList pluginCandidates(const QString &name)
{
    const QString appFolder = QCoreApplication::applicationDirPath();
    QStringList candidates{QDir::cleanPath(
        appFolder + u'/' + QLatin1String(VIPARITA_PLUGIN_RELATIVE_DIR) + u'/' + name)};
    const QString buildRoot = QFileInfo(QLatin1String(VIPARITA_BUILD_ROOT)).canonicalFilePath();
    if (!buildRoot.isEmpty() && QDir::cleanPath(appFolder).startsWith(buildRoot + u'/'))
        candidates.append(QLatin1String(VIPARITA_BUILD_PLUGIN_DIR) + u'/' + name);
    return candidates;
}

} // namespace

QObject *loadAppPlugin(const char *fileName, const char *iid, QString *whyNot)
{
    QStringList tried;
    const QStringList candidates = pluginCandidates(QLatin1String(fileName));
    for (const QString &path : candidates) {
        if (!QFileInfo::exists(path)) {
            tried.append(path);
            continue;
        }
        auto *loader = new QPluginLoader(path, qApp);
        const QJsonObject meta = loader->metaData();
        const QString version = meta.value(u"MetaData"_s).toObject().value(u"version"_s).toString();
        if (meta.value(u"IID"_s).toString() != QLatin1String(iid) ||
            version != AppInfo::version()) {
            delete loader;
            if (whyNot)
                *whyNot = u"%1 is for another version of Viparita (%2)"_s.arg(
                    path, version.isEmpty() ? u"unknown"_s : version);
            return nullptr;
        }
        QObject *instance = loader->instance();
        if (instance == nullptr) {
            if (whyNot)
                *whyNot = u"%1 could not be loaded: %2"_s.arg(path, loader->errorString());
            delete loader;
            return nullptr;
        }
        return instance;
    }
    if (whyNot)
        *whyNot =
            u"%1 is missing (looked for %2)"_s.arg(QLatin1String(fileName), tried.join(u" and "_s));
    return nullptr;
}

} // namespace viparita::app

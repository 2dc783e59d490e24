#include <viparita/core/app_info.h>
#include <viparita/core/version.h>

#include <QCoreApplication>

namespace viparita {

QString AppInfo::version()
{
    return QStringLiteral(VIPARITA_VERSION);
}

QString AppInfo::appId()
{
    return QStringLiteral(VIPARITA_APP_ID);
}

void AppInfo::applyToApplication()
{
    // The organisation stays empty so the data folder is ".../viparita".
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setOrganizationDomain(QStringLiteral("viparita.org"));
    QCoreApplication::setApplicationName(QStringLiteral("viparita"));
    QCoreApplication::setApplicationVersion(version());
}

} // namespace viparita

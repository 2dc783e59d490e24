#include <viparita/core/logging.h>

#include <viparita/core/app_info.h>
#include <viparita/core/app_paths.h>

#include <QCoreApplication>
#include <QDir>
#include <QSysInfo>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <memory>
#include <vector>

namespace viparita {

namespace {

constexpr size_t maxLogFileBytes = 2 * 1024 * 1024;
constexpr size_t keptLogFiles = 3;

QString g_logFilePath;

void routeQtMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const std::string category =
        context.category && qstrcmp(context.category, "default") != 0 ? context.category : "qt";
    const std::string text = message.toStdString();
    switch (type) {
    case QtDebugMsg:
        spdlog::debug("[{}] {}", category, text);
        break;
    case QtInfoMsg:
        spdlog::info("[{}] {}", category, text);
        break;
    case QtWarningMsg:
        // Qt Bluetooth warns of what it does on every machine ("Using BlueZ LE DBus API", no
        // management socket without privileges); what fails reaches the person through the
        // cuff link, in words, so these only go to the log.
        if (category.starts_with("qt.bluetooth"))
            spdlog::info("[{}] {}", category, text);
        else
            spdlog::warn("[{}] {}", category, text);
        break;
    case QtCriticalMsg:
        spdlog::error("[{}] {}", category, text);
        break;
    case QtFatalMsg:
        spdlog::critical("[{}] {}", category, text);
        spdlog::shutdown();
        std::abort();
    }
}

} // namespace

void Logging::init(const Options &options)
{
    const auto level = options.verbose ? spdlog::level::debug : spdlog::level::info;
    std::vector<spdlog::sink_ptr> sinks;

    auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    console->set_level(options.quietStderr && !options.verbose ? spdlog::level::warn : level);
    console->set_pattern("%^%l%$: %v");
    sinks.push_back(console);

    QString fileProblem;
    const QString folder = AppPaths::logFolder();
    g_logFilePath.clear();
    if (QDir().mkpath(folder)) {
        const QString path = QDir(folder).filePath(options.fileName);
        try {
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                QDir::toNativeSeparators(path).toStdString(), maxLogFileBytes, keptLogFiles);
            file->set_level(level);
            file->set_pattern("%Y-%m-%d %H:%M:%S.%e %z [%P] %l: %v");
            sinks.push_back(file);
            g_logFilePath = path;
        } catch (const spdlog::spdlog_ex &error) {
            fileProblem = QString::fromStdString(error.what());
        }
    } else {
        fileProblem = QStringLiteral("cannot create the folder %1").arg(folder);
    }

    auto logger = std::make_shared<spdlog::logger>("viparita", sinks.begin(), sinks.end());
    logger->set_level(level);
    logger->flush_on(spdlog::level::info);
    spdlog::set_default_logger(logger);
    qInstallMessageHandler(routeQtMessage);

    if (!fileProblem.isEmpty())
        spdlog::warn("No log file, logging to stderr only: {}", fileProblem.toStdString());
}

void Logging::logStartup(const QString &databasePath, const QStringList &sequenceSources)
{
    spdlog::info("{} {} starting (Qt {} at run time, built with {}; {})",
                 QCoreApplication::applicationName().toStdString(),
                 AppInfo::version().toStdString(), qVersion(), QT_VERSION_STR,
                 QSysInfo::prettyProductName().toStdString());
    spdlog::info("Log file: {}", g_logFilePath.isEmpty() ? "(none)" : g_logFilePath.toStdString());
    spdlog::info("Journal: {}", databasePath.toStdString());
    for (const QString &source : sequenceSources)
        spdlog::info("Sequences: {}", source.toStdString());
}

void Logging::shutdown()
{
    qInstallMessageHandler(nullptr);
    spdlog::shutdown();
    g_logFilePath.clear();
}

QString Logging::filePath()
{
    return g_logFilePath;
}

} // namespace viparita

#include "logging.h"

#include <QDir>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace shuzai::log {

namespace {
constexpr std::size_t kMaxFileBytes = 2 * 1024 * 1024;
constexpr std::size_t kMaxFiles = 3;

void qtMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const char *category = context.category ? context.category : "qt";
    switch (type) {
    case QtDebugMsg:
        spdlog::debug("[{}] {}", category, message.toStdString());
        break;
    case QtInfoMsg:
        spdlog::info("[{}] {}", category, message.toStdString());
        break;
    case QtWarningMsg:
        spdlog::warn("[{}] {}", category, message.toStdString());
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        spdlog::error("[{}] {}", category, message.toStdString());
        break;
    }
}

spdlog::level::level_enum toSpdlog(Level level)
{
    switch (level) {
    case Level::Info:
        return spdlog::level::info;
    case Level::Warning:
        return spdlog::level::warn;
    case Level::Error:
        break;
    }
    return spdlog::level::err;
}
} // namespace

namespace detail {
QString format(const char *pattern, const QStringList &arguments)
{
    const QString text = QString::fromUtf8(pattern);
    QString out;
    out.reserve(text.size() + 16 * arguments.size());
    qsizetype next = 0;
    qsizetype from = 0;
    for (qsizetype at = text.indexOf(QLatin1String("{}")); at >= 0;
         at = text.indexOf(QLatin1String("{}"), from)) {
        out += QStringView(text).mid(from, at - from);
        out += next < arguments.size() ? arguments.at(next++) : QStringLiteral("{}");
        from = at + 2;
    }
    out += QStringView(text).mid(from);
    return out;
}
} // namespace detail

void write(Level level, const QString &message)
{
    spdlog::log(toSpdlog(level), "{}", message.toStdString());
}

void setLevel(Level level)
{
    spdlog::set_level(toSpdlog(level));
}

QString logFilePath(const QString &directory)
{
    return QDir(directory).filePath(QStringLiteral("shuzai.log"));
}

void setup(const LogSetup &setup)
{
    std::vector<spdlog::sink_ptr> sinks;
    auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    switch (setup.console) {
    case LogSetup::Console::Off:
        console->set_level(spdlog::level::off);
        break;
    case LogSetup::Console::Warnings:
        console->set_level(spdlog::level::warn);
        break;
    case LogSetup::Console::Info:
        console->set_level(spdlog::level::info);
        break;
    }
    console->set_pattern("shuzai: %l: %v");
    sinks.push_back(console);
    if (!setup.directory.isEmpty() && QDir().mkpath(setup.directory)) {
        try {
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                logFilePath(setup.directory).toStdString(), kMaxFileBytes, kMaxFiles);
            file->set_level(spdlog::level::info);
            sinks.push_back(file);
        } catch (const spdlog::spdlog_ex &) {
            // An unwritable log folder must not stop the app; stderr still gets warnings.
        }
    }
    auto logger = std::make_shared<spdlog::logger>("shuzai", sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::info);
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    qInstallMessageHandler(qtMessageHandler);
}

} // namespace shuzai::log

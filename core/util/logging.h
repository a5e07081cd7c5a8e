#pragma once

#include <QString>
#include <spdlog/spdlog.h>

// Lets spdlog/fmt format QString arguments (as UTF-8).
template <> struct fmt::formatter<QString> : fmt::formatter<std::string_view> {
    template <typename FormatContext>
    auto format(const QString &s, FormatContext &ctx) const -> decltype(ctx.out())
    {
        const QByteArray utf8 = s.toUtf8();
        return fmt::formatter<std::string_view>::format(
            std::string_view(utf8.constData(), std::size_t(utf8.size())), ctx);
    }
};

namespace shuzai::log {

// Log policy: ids, counts, codes and paths only. Never names, e-mail addresses or bodies, or
// transcript text: the log file is not protected like the database.

struct LogSetup {
    QString directory; // rotating file lives here; empty: no file
    // What reaches stderr: the GUI shows warnings and errors there; the CLI nothing, because it
    // prints its own one-line, translated message for every error.
    enum class Console { Off, Warnings, Info };
    Console console = Console::Warnings;
};

// Installs the rotating file sink, the stderr sink and Qt's message handler. Safe to call twice.
void setup(const LogSetup &setup);
QString logFilePath(const QString &directory);

template <typename... Args> void info(fmt::format_string<Args...> format, Args &&...args)
{
    spdlog::info(format, std::forward<Args>(args)...);
}
template <typename... Args> void warn(fmt::format_string<Args...> format, Args &&...args)
{
    spdlog::warn(format, std::forward<Args>(args)...);
}
template <typename... Args> void error(fmt::format_string<Args...> format, Args &&...args)
{
    spdlog::error(format, std::forward<Args>(args)...);
}

} // namespace shuzai::log

#pragma once

#include <QByteArray>
#include <QLatin1String>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <string>
#include <string_view>
#include <type_traits>

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

enum class Level { Info, Warning, Error };
// Messages below `level` are dropped everywhere (a benchmark keeps only warnings).
void setLevel(Level level);
void write(Level level, const QString &message);

// spdlog (with fmt) is only in logging.cpp: linked into every program, its two libraries cost
// start-up. The messages use "{}" for each argument, in order.
namespace detail {
inline QString text(const QString &s)
{
    return s;
}
inline QString text(QStringView s)
{
    return s.toString();
}
inline QString text(QLatin1String s)
{
    return QString(s);
}
inline QString text(const char *s)
{
    return QString::fromUtf8(s);
}
inline QString text(const QByteArray &s)
{
    return QString::fromUtf8(s);
}
inline QString text(const std::string &s)
{
    return QString::fromStdString(s);
}
inline QString text(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}
template <typename T>
requires std::is_arithmetic_v<T> QString text(T value)
{
    if constexpr (std::is_same_v<T, bool>)
        return value ? QStringLiteral("true") : QStringLiteral("false");
    else
        return QString::number(value);
}
// `pattern` with each "{}" replaced by the next argument.
QString format(const char *pattern, const QStringList &arguments);
} // namespace detail

template <typename... Args> void info(const char *pattern, const Args &...args)
{
    write(Level::Info, detail::format(pattern, {detail::text(args)...}));
}
template <typename... Args> void warn(const char *pattern, const Args &...args)
{
    write(Level::Warning, detail::format(pattern, {detail::text(args)...}));
}
template <typename... Args> void error(const char *pattern, const Args &...args)
{
    write(Level::Error, detail::format(pattern, {detail::text(args)...}));
}

} // namespace shuzai::log

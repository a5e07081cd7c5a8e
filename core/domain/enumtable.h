#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <array>
#include <optional>

namespace shuzai::enumtable {

// One value of an enum with its stable code (storage, CLI, JSON) and its label, marked with
// QT_TRANSLATE_NOOP in context "Enum".
template <typename E> struct Entry {
    E value;
    const char *code;
    const char *label;
};

template <typename E, std::size_t N>
const Entry<E> &entryFor(const std::array<Entry<E>, N> &table, E value)
{
    for (const auto &entry : table) {
        if (entry.value == value)
            return entry;
    }
    return table.front();
}

template <typename E, std::size_t N>
std::optional<E> fromCode(const std::array<Entry<E>, N> &table, const QString &code)
{
    for (const auto &entry : table) {
        if (code == QLatin1String(entry.code))
            return entry.value;
    }
    return std::nullopt;
}

template <typename E, std::size_t N> QList<E> valuesOf(const std::array<Entry<E>, N> &table)
{
    QList<E> out;
    for (const auto &entry : table)
        out.append(entry.value);
    return out;
}

template <typename E, std::size_t N> QString codeOf(const std::array<Entry<E>, N> &table, E value)
{
    return QLatin1String(entryFor(table, value).code);
}

template <typename E, std::size_t N> QString labelOf(const std::array<Entry<E>, N> &table, E value)
{
    return QCoreApplication::translate("Enum", entryFor(table, value).label);
}

} // namespace shuzai::enumtable

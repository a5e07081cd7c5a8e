#pragma once

// The builders of verb declarations (verbtable.cpp, campaignverbs.cpp).

#include "verbs.h"

#include <QCoreApplication>

namespace shuzai::cli::build {

inline ValueSpec value(ValueKind kind, const char *about = nullptr)
{
    ValueSpec v;
    v.kind = kind;
    v.about = about;
    return v;
}

inline ValueSpec range(qint64 min, qint64 max, const char *about = nullptr)
{
    ValueSpec v = value(ValueKind::Integer, about);
    v.min = min;
    v.max = max;
    return v;
}

inline ValueSpec choices(const QStringList &choices, ValueKind kind = ValueKind::Choice)
{
    ValueSpec v = value(kind);
    v.choices = choices;
    return v;
}

// The codes of enum values (toCode), as a choice list.
template <typename T> QStringList codes(const QList<T> &values)
{
    QStringList out;
    for (T v : values)
        out.append(toCode(v));
    return out;
}

// Without a placeholder, the choices are shown ("mark|omit").
inline OptionSpec option(const char *name, const char *placeholder, ValueSpec v)
{
    OptionSpec o;
    o.name = QString::fromLatin1(name);
    o.placeholder = QString::fromUtf8(placeholder);
    if (o.placeholder.isEmpty())
        o.placeholder = v.choices.join(u'|');
    o.value = std::move(v);
    return o;
}

inline OptionSpec flag(const char *name)
{
    return option(name, "", value(ValueKind::Flag));
}

inline OptionSpec text(const char *name, const char *placeholder)
{
    return option(name, placeholder, value(ValueKind::Text));
}

inline OptionSpec required(OptionSpec o)
{
    o.required = true;
    return o;
}

inline OptionSpec detail(OptionSpec o)
{
    o.inSynopsis = false;
    return o;
}

inline OptionSpec grouped(OptionSpec o, const char *group)
{
    o.group = QString::fromLatin1(group);
    return o;
}

inline const char *const kCampaign =
    QT_TRANSLATE_NOOP("Cli", "a campaign's id (default: the latest publication date)");

inline OptionSpec campaignOption()
{
    return detail(option("campaign", "ID", value(ValueKind::Id, kCampaign)));
}

inline ArgSpec arg(const char *name, ValueSpec v, bool optional = false)
{
    ArgSpec a{QString::fromLatin1(name), std::move(v)};
    a.optional = optional;
    return a;
}

inline ArgSpec optional(ArgSpec a)
{
    a.optional = true;
    return a;
}

inline VerbSpec verb(std::initializer_list<const char *> words, Access access,
                     const char *description, QList<ArgSpec> args = {},
                     QList<OptionSpec> options = {})
{
    VerbSpec v;
    for (const char *w : words)
        v.words.append(QString::fromLatin1(w));
    v.access = access;
    v.description = description;
    v.args = std::move(args);
    v.options = std::move(options);
    return v;
}

} // namespace shuzai::cli::build

namespace shuzai::cli {
// campaign new|duplicate|archive|unarchive|remove (after campaign edit in the table).
QList<VerbSpec> campaignLifecycleVerbs();
// category add|edit|move|remove and template questions show|add|edit|move|remove.
QList<VerbSpec> categoryAndTemplateVerbs();
} // namespace shuzai::cli

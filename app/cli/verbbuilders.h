#pragma once

// Small builders for verb declarations kept outside verbtable.cpp (campaignverbs.cpp).

#include "verbs.h"

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

inline OptionSpec option(const char *name, const char *placeholder, ValueSpec v)
{
    OptionSpec o;
    o.name = QString::fromLatin1(name);
    o.placeholder = QString::fromUtf8(placeholder);
    o.value = std::move(v);
    return o;
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

inline ArgSpec arg(const char *name, ValueSpec v, bool optional = false)
{
    ArgSpec a{QString::fromLatin1(name), std::move(v)};
    a.optional = optional;
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

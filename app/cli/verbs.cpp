#include "verbs.h"
#include "commandline.h"

namespace shuzai::cli {

namespace {
QString optionText(const OptionSpec &o)
{
    const QString dashed =
        o.name == QLatin1String("output") ? QStringLiteral("-o") : QStringLiteral("--") + o.name;
    return o.value.kind == ValueKind::Flag ? dashed : dashed + u' ' + o.placeholder;
}

QString argumentText(const ArgSpec &a)
{
    const QString name = a.repeats ? a.name + QStringLiteral("...") : a.name;
    return a.optional ? u'[' + name + u']' : name;
}
} // namespace

qsizetype VerbSpec::minArguments() const
{
    qsizetype n = 0;
    for (const ArgSpec &a : args)
        n += a.optional ? 0 : 1;
    return n;
}

qsizetype VerbSpec::maxArguments() const
{
    for (const ArgSpec &a : args) {
        if (a.repeats)
            return -1;
    }
    return args.size();
}

const OptionSpec *VerbSpec::option(const QString &name) const
{
    for (const OptionSpec &o : options) {
        if (o.name == name || (!o.alias.isEmpty() && o.alias == name))
            return &o;
    }
    return nullptr;
}

Access VerbSpec::accessFor(const CommandLine &cl) const
{
    if (!readsWith.isEmpty() && cl.has(readsWith))
        return Access::Read;
    if (!writesWith.isEmpty() && cl.has(writesWith))
        return Access::Write;
    return access;
}

QString VerbSpec::synopsis() const
{
    return synopsisParts().join(u' ');
}

QStringList VerbSpec::synopsisParts() const
{
    QStringList parts = words;
    if (!globalInSynopsis.isEmpty())
        parts.append(globalInSynopsis);
    for (const ArgSpec &a : args)
        parts.append(argumentText(a));
    for (qsizetype i = 0; i < options.size(); ++i) {
        const OptionSpec &o = options.at(i);
        if (!o.inSynopsis)
            continue;
        QString text = optionText(o);
        bool required = o.required;
        // A group's members one after the other: --accepted|--declined|...
        while (!o.group.isEmpty() && i + 1 < options.size() && options.at(i + 1).group == o.group) {
            ++i;
            required = required || options.at(i).required;
            if (options.at(i).inSynopsis)
                text += u'|' + optionText(options.at(i));
        }
        if (o.repeatable)
            text += QStringLiteral(" ...");
        parts.append(required ? text : u'[' + text + u']');
    }
    return parts;
}

const VerbSpec *findVerb(const QStringList &words)
{
    const VerbSpec *best = nullptr;
    for (const VerbSpec &v : verbs()) {
        if (words.size() >= v.words.size() && words.mid(0, v.words.size()) == v.words &&
            (!best || v.words.size() > best->words.size()))
            best = &v;
    }
    return best;
}

QList<const VerbSpec *> verbsOf(const QString &noun)
{
    QList<const VerbSpec *> out;
    for (const VerbSpec &v : verbs()) {
        if (v.words.constFirst() == noun)
            out.append(&v);
    }
    return out;
}

const OptionSpec *anyOption(const QString &name)
{
    for (const OptionSpec &o : globalOptions()) {
        if (o.name == name)
            return &o;
    }
    for (const VerbSpec &v : verbs()) {
        if (const OptionSpec *o = v.option(name))
            return o;
    }
    return nullptr;
}

} // namespace shuzai::cli

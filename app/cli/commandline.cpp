#include "commandline.h"
#include "argcheck.h"
#include "verbs.h"

#include <QCoreApplication>
#include <set>

namespace shuzai::cli {

namespace {
// Whether --name takes a value: as its verbs declare it. A name no verb knows is taken as a
// flag here and refused by the verb's check (argcheck.h), which names the verb.
bool takesValue(const QString &name)
{
    const OptionSpec *spec = anyOption(name);
    return spec && spec->value.kind != ValueKind::Flag;
}
} // namespace

Error usageError(const char *sourceText, const QStringList &args)
{
    return Error(ErrorCode::Usage, sourceText, args);
}

Result<CommandLine> parseCommandLine(const QStringList &arguments)
{
    CommandLine cl;
    std::set<QString> seen; // the global options given
    bool optionsEnded = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (optionsEnded || !arg.startsWith(u'-') || arg == QLatin1String("-")) {
            cl.words.append(arg);
            continue;
        }
        if (arg == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        if (arg == QLatin1String("-h")) {
            cl.help = true;
            continue;
        }
        if (arg == QLatin1String("-o")) { // the usual short form of --output
            if (i + 1 >= arguments.size()) {
                return usageError(QT_TRANSLATE_NOOP("Error", "The option --%1 needs a value."),
                                  {QStringLiteral("output")});
            }
            cl.options.insert(QStringLiteral("output"), arguments.at(++i));
            continue;
        }
        if (!arg.startsWith(QLatin1String("--"))) {
            return usageError(QT_TRANSLATE_NOOP("Error", "Unknown option %1. See --help."),
                              {excerpt(arg)});
        }
        QString name = arg.mid(2);
        QString value;
        bool hasValue = false;
        if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            hasValue = true;
        }
        const bool known = anyOption(name) != nullptr;
        const bool valued = takesValue(name);
        if (valued && !hasValue) {
            if (i + 1 >= arguments.size()) {
                return usageError(QT_TRANSLATE_NOOP("Error", "The option --%1 needs a value."),
                                  {name});
            }
            value = arguments.at(++i);
            hasValue = true;
        }
        if (known && !valued && hasValue) {
            return usageError(QT_TRANSLATE_NOOP("Error", "The option --%1 takes no value."),
                              {excerpt(name)});
        }
        static const QSet<QString> globals{QStringLiteral("db"), QStringLiteral("as"),
                                           QStringLiteral("lang")};
        if (globals.contains(name) && !seen.insert(name).second) {
            return usageError(QT_TRANSLATE_NOOP("Error", "--%1 may be given only once."), {name});
        }
        if ((name == QLatin1String("db") || name == QLatin1String("as")) &&
            value.trimmed().isEmpty()) {
            return usageError(QT_TRANSLATE_NOOP("Error", "The option --%1 needs a value."), {name});
        }
        if (name == QLatin1String("db"))
            cl.db = value;
        else if (name == QLatin1String("as"))
            cl.actAs = value;
        else if (name == QLatin1String("lang"))
            cl.language = value;
        else if (name == QLatin1String("json"))
            cl.json = true;
        else if (name == QLatin1String("help"))
            cl.help = true;
        else if (name == QLatin1String("version"))
            cl.version = true;
        else if (hasValue)
            cl.options.insert(name, value);
        else
            cl.flags.insert(name);
    }
    return cl;
}

} // namespace shuzai::cli

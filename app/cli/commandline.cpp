#include "commandline.h"

#include <QCoreApplication>

namespace shuzai::cli {

namespace {
// Options that take a value; every other --name is a flag.
const QSet<QString> &valueOptions()
{
    static const QSet<QString> names{
        QStringLiteral("db"),
        QStringLiteral("as"),
        QStringLiteral("lang"),
        QStringLiteral("campaign"),
        QStringLiteral("category"),
        QStringLiteral("status"),
        QStringLiteral("search"),
        QStringLiteral("name"),
        QStringLiteral("reading"),
        QStringLiteral("family-name"),
        QStringLiteral("given-name"),
        QStringLiteral("family-reading"),
        QStringLiteral("given-reading"),
        QStringLiteral("organisation"),
        QStringLiteral("org"),
        QStringLiteral("department"),
        QStringLiteral("title"),
        QStringLiteral("email"),
        QStringLiteral("phone"),
        QStringLiteral("attribution"),
        QStringLiteral("notes"),
        QStringLiteral("after"),
        QStringLiteral("expect-version"),
        QStringLiteral("publication"),
        QStringLiteral("publication-date"),
        QStringLiteral("window-start"),
        QStringLiteral("window-end"),
        QStringLiteral("minutes"),
        QStringLiteral("modes"),
        QStringLiteral("time-zone"),
        QStringLiteral("editor-name"),
        QStringLiteral("editor-email"),
        QStringLiteral("editor-phone"),
        QStringLiteral("website"),
        QStringLiteral("at"),
        QStringLiteral("mode"),
        QStringLiteral("place"),
        QStringLiteral("url"),
        QStringLiteral("encoding"),
        QStringLiteral("format"),
        QStringLiteral("transcript"),
        QStringLiteral("text"),
        QStringLiteral("speaker"),
        QStringLiteral("expect-revision"),
        QStringLiteral("map"),
        QStringLiteral("interviewee"),
        QStringLiteral("limit"),
        QStringLiteral("offset"),
        QStringLiteral("from"),
        QStringLiteral("to"),
        QStringLiteral("note"),
        QStringLiteral("output"),
        QStringLiteral("writer"),
        QStringLiteral("interview"),
        QStringLiteral("buffer"),
        QStringLiteral("follow-up-days"),
        QStringLiteral("review-margin"),
        QStringLiteral("alias"),
        QStringLiteral("prefers"),
        QStringLiteral("on"),
        QStringLiteral("template"),
        QStringLiteral("charset"),
        QStringLiteral("smtp"),
        QStringLiteral("tls"),
        QStringLiteral("ca-file"),
        QStringLiteral("channel"),
        QStringLiteral("item"),
        QStringLiteral("corrected"),
        QStringLiteral("since"),
        QStringLiteral("action"),
        QStringLiteral("actor"),
        QStringLiteral("role"),
        QStringLiteral("editor"),
    };
    return names;
}
} // namespace

Error usageError(const char *sourceText, const QStringList &args)
{
    return Error(ErrorCode::Usage, sourceText, args);
}

Result<CommandLine> parseCommandLine(const QStringList &arguments)
{
    CommandLine cl;
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
            return usageError(QT_TRANSLATE_NOOP("Error", "Unknown option %1. See --help."), {arg});
        }
        QString name = arg.mid(2);
        QString value;
        bool hasValue = false;
        if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            hasValue = true;
        }
        const bool takesValue = valueOptions().contains(name);
        if (takesValue && !hasValue) {
            if (i + 1 >= arguments.size()) {
                return usageError(QT_TRANSLATE_NOOP("Error", "The option --%1 needs a value."),
                                  {name});
            }
            value = arguments.at(++i);
            hasValue = true;
        }
        if (!takesValue && hasValue) {
            return usageError(QT_TRANSLATE_NOOP("Error", "The option --%1 takes no value."),
                              {name});
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

VoidResult CommandLine::onlyOptions(const QSet<QString> &allowed) const
{
    for (const QString &name : options.uniqueKeys() + flags.values()) {
        if (!allowed.contains(name)) {
            return usageError(QT_TRANSLATE_NOOP("Error", "The command \"%1\" has no option "
                                                         "--%2. See --help."),
                              {words.mid(0, 2).join(u' '), name});
        }
    }
    return {};
}

VoidResult CommandLine::arguments(qsizetype min, qsizetype max, const QString &synopsis) const
{
    const qsizetype count = words.size() - 2;
    if (count < min || count > max) {
        return usageError(QT_TRANSLATE_NOOP("Error", "Usage: shuzai-cli %1"), {synopsis});
    }
    return {};
}

} // namespace shuzai::cli

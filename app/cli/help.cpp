// --help, `COMMAND --help`, `help --markdown` (the README's table) and `help --json`, all made
// from the declaration of the verbs (verbtable.cpp).
#include "argcheck.h"
#include "commands.h"
#include "util/apppaths.h"
#include "verbs.h"

#include <QJsonArray>

namespace shuzai::cli {

namespace {
constexpr int kWidth = 100;

int columns(QChar c)
{
    // East Asian wide characters take two columns in a terminal.
    const char16_t u = c.unicode();
    return (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) ||
                   (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) ||
                   (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60) ||
                   (u >= 0xFFE0 && u <= 0xFFE6)
               ? 2
               : 1;
}

int columns(const QString &text)
{
    int w = 0;
    for (const QChar c : text)
        w += columns(c);
    return w;
}

// Wraps at spaces, and between wide characters (Japanese has no spaces), to kWidth columns;
// the first line starts with `first` spaces, the others with `indent`. A word too long for a
// line is left whole.
QString wrap(const QString &text, int indent, int first)
{
    QStringList lines;
    QString line;
    int used = first;
    qsizetype cut = -1; // where `line` may be broken: after a space or a wide character
    for (const QChar c : text) {
        if (c == u'\n') {
            lines.append(line);
            line.clear();
            used = indent;
            cut = -1;
            continue;
        }
        const int w = columns(c);
        if (used + w > kWidth && cut > 0) {
            const QString rest = line.mid(cut).trimmed();
            lines.append(line.left(cut).trimmed());
            line = rest;
            used = indent + columns(line);
            cut = -1;
        }
        if (c == u' ' && line.isEmpty())
            continue;
        line += c;
        used += w;
        if (c == u' ' || w == 2)
            cut = line.size();
    }
    lines.append(line);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!lines[i].isEmpty())
            lines[i].prepend(QString(i == 0 ? first : indent, u' '));
    }
    return lines.join(u'\n');
}

// A verb's synopsis over as many lines as it needs, never breaking an option from its value.
QString wrapSynopsis(const QStringList &parts, const QString &prefix, int indent)
{
    QStringList lines{prefix + parts.value(0)};
    int used = columns(lines.last());
    for (const QString &part : parts.mid(1)) {
        const int w = columns(part);
        if (used + 1 + w > kWidth) {
            lines.append(QString(indent, u' ') + part);
            used = indent + w;
        } else {
            lines.last() += u' ' + part;
            used += 1 + w;
        }
    }
    return lines.join(u'\n');
}

QString accessNote(const VerbSpec &v)
{
    QString note;
    switch (v.access) {
    case Access::None:
        return {};
    case Access::Create:
        note = Cli::tr("Creates the database, or upgrades it.");
        break;
    case Access::Read:
        note = Cli::tr("Only reads the database (opened read-only).");
        break;
    case Access::Write:
        note = Cli::tr("Changes the database.");
        break;
    case Access::Own:
        note = Cli::tr("Opens the databases it names itself.");
        break;
    }
    if (!v.readsWith.isEmpty())
        note += u' ' + Cli::tr("With --%1 it only reads.").arg(v.readsWith);
    if (!v.writesWith.isEmpty())
        note += u' ' + Cli::tr("With --%1 it changes the database.").arg(v.writesWith);
    return note;
}

QString optionLabel(const OptionSpec &o)
{
    const QString name = o.name == QLatin1String("output") ? QStringLiteral("-o, --output")
                                                           : QStringLiteral("--") + o.name;
    return o.placeholder.isEmpty() || o.value.kind == ValueKind::Flag ? name
                                                                      : name + u' ' + o.placeholder;
}

QString optionText(const VerbSpec &verb, const OptionSpec &o)
{
    QStringList notes;
    if (o.required && o.group.isEmpty())
        notes.append(Cli::tr("required"));
    if (o.repeatable)
        notes.append(Cli::tr("may be repeated"));
    if (!o.alias.isEmpty())
        notes.append(Cli::tr("also --%1").arg(o.alias));
    if (!o.group.isEmpty()) {
        QStringList members;
        bool required = false;
        for (const OptionSpec &other : verb.options) {
            if (other.group == o.group) {
                members.append(QStringLiteral("--") + other.name);
                required = required || other.required;
            }
        }
        notes.append(required
                         ? Cli::tr("exactly one of %1").arg(members.join(QStringLiteral(", ")))
                         : Cli::tr("at most one of %1").arg(members.join(QStringLiteral(", "))));
    }
    QString text = accepted(o.value);
    if (!notes.isEmpty())
        text = Cli::tr("(%1) %2").arg(notes.join(Cli::tr("; ")), text);
    return text.trimmed();
}

void appendEntry(QStringList &out, const QString &label, const QString &text)
{
    constexpr int kColumn = 28;
    if (text.isEmpty()) {
        out.append(QStringLiteral("  ") + label);
        return;
    }
    if (columns(label) + 4 > kColumn) {
        out.append(QStringLiteral("  ") + label);
        out.append(wrap(text, kColumn, kColumn));
        return;
    }
    const QString head = QStringLiteral("  ") + label + QString(kColumn - 2 - columns(label), u' ');
    out.append(head + wrap(text, kColumn, kColumn).mid(kColumn));
}

QString verbHelp(const VerbSpec &v)
{
    QStringList out;
    out.append(wrapSynopsis(v.synopsisParts(), Cli::tr("Usage: shuzai-cli %1").arg(QString()), 8));
    out.append(QString());
    out.append(wrap(Cli::tr(v.description), 0, 0));
    if (!v.args.isEmpty()) {
        out.append(QString());
        out.append(Cli::tr("Arguments:"));
        for (const ArgSpec &a : v.args) {
            QString text = accepted(a.value);
            if (a.optional)
                text = Cli::tr("(%1) %2").arg(Cli::tr("optional"), text);
            appendEntry(out, a.repeats ? a.name + QStringLiteral("...") : a.name, text);
        }
    }
    if (!v.options.isEmpty()) {
        out.append(QString());
        out.append(Cli::tr("Options:"));
        for (const OptionSpec &o : v.options)
            appendEntry(out, optionLabel(o), optionText(v, o));
    }
    out.append(QString());
    if (const QString note = accessNote(v); !note.isEmpty())
        out.append(wrap(note, 0, 0));
    out.append(wrap(Cli::tr("Global options: --db PATH, --json, --as USER, --lang ja|en (see "
                            "shuzai-cli --help)."),
                    0, 0));
    return out.join(u'\n');
}

QString verbList(const QList<const VerbSpec *> &list)
{
    QStringList out;
    for (const VerbSpec *v : list) {
        out.append(wrapSynopsis(v->synopsisParts(), QStringLiteral("  "), 8));
        out.append(wrap(Cli::tr(v->description), 6, 6));
    }
    return out.join(u'\n');
}

QString globalHelp()
{
    QList<const VerbSpec *> all;
    for (const VerbSpec &v : verbs())
        all.append(&v);
    return Cli::tr("Usage: shuzai-cli [--db PATH] [--json] [--as USER] [--lang ja|en] COMMAND "
                   "[ARGS]\n"
                   "\n"
                   "Global options (before or after the command):\n"
                   "  --db PATH      open this database file (default: %1), or the team server\n"
                   "                 postgresql://user@host:port/database (password: "
                   "SHUZAI_DB_PASSWORD\n"
                   "                 or the system keychain)\n"
                   "  --json         print machine-readable UTF-8 JSON\n"
                   "  --as USER      act as this user (see: user list)\n"
                   "  --lang ja|en   language of messages (default: the system's)\n"
                   "  --help, --version\n"
                   "\n"
                   "Commands:")
               .arg(paths::defaultDatabasePath()) +
           u'\n' + verbList(all) + QStringLiteral("\n\n") +
           wrap(Cli::tr("shuzai-cli COMMAND --help (or shuzai-cli help COMMAND) shows what a "
                        "command's arguments and options accept. Commands about a campaign's "
                        "people take --campaign ID (default: the campaign with the latest "
                        "publication date). Exit status: 0 success, 2 usage error, 1 any other "
                        "error (message on stderr)."),
                0, 0);
}

} // namespace

QString helpFor(const QStringList &words)
{
    if (words.isEmpty())
        return globalHelp();
    if (const VerbSpec *v = findVerb(words))
        return verbHelp(*v);
    return verbList(verbsOf(words.constFirst()));
}

bool knowsCommand(const QStringList &words)
{
    return words.isEmpty() || findVerb(words) || !verbsOf(words.constFirst()).isEmpty();
}

VoidResult runHelp(const CommandLine &cl, const Output &out)
{
    const QStringList topic = cl.words.mid(1);
    if (cl.flags.contains(QStringLiteral("markdown"))) {
        out.line(markdownTable());
        return {};
    }
    if (!knowsCommand(topic))
        return usageError(QT_TRANSLATE_NOOP("Error", "Unknown command \"%1\". See --help."),
                          {excerpt(topic.join(u' '))});
    if (out.json() && topic.isEmpty()) {
        out.printJson(declarationJson());
        return {};
    }
    out.line(helpFor(topic));
    return {};
}

} // namespace shuzai::cli

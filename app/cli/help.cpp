// --help, `COMMAND --help`, `help --markdown` (the README's table), `help --json`, the manual
// page (`help --man`) and bash completion (`help --bash-completion`, verbexport.cpp), all made
// from the declaration of the verbs (verbtable.cpp).
#include "argcheck.h"
#include "commands.h"
#include "util/apppaths.h"
#include "verbs.h"

#include <QDir>
#include <QJsonArray>
#include <QStandardPaths>

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

// Text for roff: backslashes and hyphens escaped, no line starting with a control character,
// and a break point (\:) after every wide character, as Japanese has no spaces to break at.
QString roff(QString text)
{
    text.replace(u'\\', QStringLiteral("\\e")).replace(u'-', QStringLiteral("\\-"));
    // Never before closing punctuation or a small kana (Japanese line-breaking rules).
    static const QString noLineStart =
        QStringLiteral("、。，．）」』】〕！？・ーぁぃぅぇぉっゃゅょァィゥェォッャュョ");
    QString broken;
    for (qsizetype i = 0; i < text.size(); ++i) {
        broken += text.at(i);
        if (columns(text.at(i)) == 2 && i + 1 < text.size() &&
            !noLineStart.contains(text.at(i + 1)))
            broken += QStringLiteral("\\:");
    }
    text = broken;
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        if (line.startsWith(u'.') || line.startsWith(u'\''))
            line.prepend(QStringLiteral("\\&"));
    }
    return lines.join(u'\n');
}

// The default database as the user's environment names it, not as this build machine's.
QString defaultDatabaseForManual()
{
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QStringLiteral("$XDG_DATA_HOME/") +
           QDir(data).relativeFilePath(paths::defaultDatabasePath());
}

// The manual page shuzai-cli(1), in the language of --lang: every verb with its arguments and
// options, as `COMMAND --help` shows them.
QString manPage(const QString &version)
{
    QStringList m;
    m << QStringLiteral(".TH SHUZAI\\-CLI 1 \"\" \"shuzai-cli %1\" \"%2\"")
             .arg(version, Cli::tr("Shuzai manual"));
    // Ragged right: Japanese lines have too few break points to be justified evenly.
    m << QStringLiteral(".na");
    m << QStringLiteral(".SH %1").arg(Cli::tr("NAME"));
    m << roff(QStringLiteral("shuzai-cli - ") +
              Cli::tr("the command line of Shuzai, the interview workbench for editorial teams"));
    m << QStringLiteral(".SH %1").arg(Cli::tr("SYNOPSIS"));
    m << QStringLiteral(".B shuzai\\-cli");
    m << roff(QStringLiteral("[--db PATH] [--json] [--as USER] [--lang ja|en] COMMAND [ARGS]"));
    m << QStringLiteral(".SH %1").arg(Cli::tr("DESCRIPTION"));
    m << roff(Cli::tr("Every capability of the Shuzai desktop program as a command: the roster of "
                      "interviewees, request letters, scheduling, transcripts, the interviewee's "
                      "check before publication, exports and the audit log. With --json every "
                      "command prints machine-readable UTF-8 JSON."));
    m << QStringLiteral(".SH %1").arg(Cli::tr("GLOBAL OPTIONS"));
    const QList<std::pair<QString, QString>> globals{
        {QStringLiteral("--db PATH"),
         Cli::tr("Open this database file (default: %1), or the team server "
                 "postgresql://user@host:port/database.")
             .arg(defaultDatabaseForManual())},
        {QStringLiteral("--json"), Cli::tr("Print machine-readable UTF-8 JSON.")},
        {QStringLiteral("--as USER"), Cli::tr("Act as this user (see: user list).")},
        {QStringLiteral("--lang ja|en"), Cli::tr("Language of messages (default: the system's).")},
        {QStringLiteral("--help"), Cli::tr("Show the commands, or one command's options.")},
        {QStringLiteral("--version"), Cli::tr("Show the version.")}};
    for (const auto &[label, text] : globals)
        m << QStringLiteral(".TP") << QStringLiteral(".B ") + roff(label) << roff(text);
    m << QStringLiteral(".SH %1").arg(Cli::tr("COMMANDS"));
    for (const VerbSpec &v : verbs()) {
        m << QStringLiteral(".SS \"%1\"").arg(roff(v.name()));
        m << QStringLiteral(".B shuzai\\-cli") << roff(v.synopsis());
        m << QStringLiteral(".PP") << roff(Cli::tr(v.description));
        for (const ArgSpec &a : v.args) {
            QString text = accepted(a.value);
            if (a.optional)
                text = Cli::tr("(%1) %2").arg(Cli::tr("optional"), text);
            m << QStringLiteral(".TP")
              << QStringLiteral(".I ") + roff(a.repeats ? a.name + QStringLiteral("...") : a.name)
              << roff(text);
        }
        for (const OptionSpec &o : v.options)
            m << QStringLiteral(".TP") << QStringLiteral(".B ") + roff(optionLabel(o))
              << roff(optionText(v, o));
        if (const QString note = accessNote(v); !note.isEmpty())
            m << QStringLiteral(".PP") << roff(note);
    }
    m << QStringLiteral(".SH %1").arg(Cli::tr("EXIT STATUS"));
    m << roff(Cli::tr("0 success, 2 usage error, 1 any other error (message on stderr)."));
    m << QStringLiteral(".SH %1").arg(Cli::tr("ENVIRONMENT"));
    const QList<std::pair<QString, QString>> environment{
        {QStringLiteral("SHUZAI_DB_PASSWORD"),
         Cli::tr("The team server's password (otherwise the system keychain is asked).")},
        {QStringLiteral("SHUZAI_SMTP_PASSWORD"),
         Cli::tr("The mail server's password for sending letters.")},
        {QStringLiteral("SHUZAI_CALDAV_PASSWORD"),
         Cli::tr("The calendar server's password for caldav sync (otherwise the system keychain "
                 "is asked).")},
        {QStringLiteral("SHUZAI_MECAB_DICDIR"),
         Cli::tr("The MeCab dictionary that suggests name readings (default: "
                 "/var/lib/mecab/dic/ipadic-utf8).")}};
    for (const auto &[label, text] : environment)
        m << QStringLiteral(".TP") << QStringLiteral(".B ") + roff(label) << roff(text);
    m << QStringLiteral(".SH %1").arg(Cli::tr("SEE ALSO"));
    m << QStringLiteral(".BR shuzai (1)");
    return m.join(u'\n') + u'\n';
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
    if (cl.flags.contains(QStringLiteral("man"))) {
        out.line(manPage(QStringLiteral(SHUZAI_VERSION)).chopped(1));
        return {};
    }
    if (cl.flags.contains(QStringLiteral("bash-completion"))) {
        out.line(bashCompletion());
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

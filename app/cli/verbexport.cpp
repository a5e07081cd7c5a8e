// The declaration of the verbs as data: the README's command table (help --markdown) and JSON
// for scripts and tests (help --json).
#include "argcheck.h"
#include "output.h"
#include "verbs.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

namespace shuzai::cli {

namespace {
QString markdownCell(QString text)
{
    return text.replace(u'|', QStringLiteral("\\|"));
}
} // namespace

QString markdownTable()
{
    QStringList out{QStringLiteral("| command | what it does |"), QStringLiteral("|---|---|")};
    for (const VerbSpec &v : verbs()) {
        out.append(QStringLiteral("| `%1` | %2 |")
                       .arg(markdownCell(v.synopsis()), markdownCell(Cli::tr(v.description))));
    }
    return out.join(u'\n');
}

namespace {
QString kindName(ValueKind kind)
{
    switch (kind) {
    case ValueKind::Flag:
        return QStringLiteral("flag");
    case ValueKind::Text:
        return QStringLiteral("text");
    case ValueKind::Name:
        return QStringLiteral("name");
    case ValueKind::Integer:
        return QStringLiteral("integer");
    case ValueKind::Id:
        return QStringLiteral("id");
    case ValueKind::Choice:
        return QStringLiteral("choice");
    case ValueKind::ChoiceList:
        return QStringLiteral("choices");
    case ValueKind::Date:
        return QStringLiteral("date");
    case ValueKind::DateTime:
        return QStringLiteral("datetime");
    case ValueKind::DateOrDateTime:
        return QStringLiteral("date_or_datetime");
    case ValueKind::Time:
        return QStringLiteral("time");
    case ValueKind::TimeZone:
        return QStringLiteral("time_zone");
    case ValueKind::SmtpUrl:
        return QStringLiteral("smtp_url");
    case ValueKind::SpeakerMap:
        return QStringLiteral("speaker_map");
    }
    return {};
}

QString accessName(Access access)
{
    switch (access) {
    case Access::None:
        return QStringLiteral("none");
    case Access::Create:
        return QStringLiteral("create");
    case Access::Read:
        return QStringLiteral("read");
    case Access::Write:
        return QStringLiteral("write");
    case Access::Own:
        return QStringLiteral("own");
    }
    return {};
}

QJsonObject valueJson(const ValueSpec &v)
{
    QJsonObject o{{QStringLiteral("kind"), kindName(v.kind)},
                  {QStringLiteral("accepts"), accepted(v)}};
    if (v.kind == ValueKind::Integer) {
        o.insert(QStringLiteral("min"), v.min);
        o.insert(QStringLiteral("max"), v.max);
    }
    if (!v.choices.isEmpty())
        o.insert(QStringLiteral("choices"), QJsonArray::fromStringList(v.choices));
    return o;
}

} // namespace

QJsonArray declarationJson()
{
    QJsonArray out;
    for (const VerbSpec &v : verbs()) {
        QJsonArray args;
        for (const ArgSpec &a : v.args) {
            QJsonObject o = valueJson(a.value);
            o.insert(QStringLiteral("name"), a.name);
            o.insert(QStringLiteral("optional"), a.optional);
            o.insert(QStringLiteral("repeats"), a.repeats);
            args.append(o);
        }
        QJsonArray options;
        for (const OptionSpec &opt : v.options) {
            QJsonObject o = valueJson(opt.value);
            o.insert(QStringLiteral("name"), opt.name);
            o.insert(QStringLiteral("required"), opt.required);
            o.insert(QStringLiteral("repeatable"), opt.repeatable);
            if (!opt.group.isEmpty())
                o.insert(QStringLiteral("group"), opt.group);
            options.append(o);
        }
        out.append(QJsonObject{{QStringLiteral("command"), v.name()},
                               {QStringLiteral("synopsis"), v.synopsis()},
                               {QStringLiteral("description"), Cli::tr(v.description)},
                               {QStringLiteral("access"), accessName(v.access)},
                               {QStringLiteral("minArguments"), v.minArguments()},
                               {QStringLiteral("maxArguments"), v.maxArguments()},
                               {QStringLiteral("arguments"), args},
                               {QStringLiteral("options"), options}});
    }
    return out;
}

} // namespace shuzai::cli

namespace shuzai::cli {

namespace {
// Words for a bash `case` pattern or a compgen word list: the declaration's names are plain
// ASCII words, so nothing needs quoting beyond the single quotes around the list.
QString words(const QStringList &list)
{
    return u'\'' + list.join(u' ') + u'\'';
}

bool takesFile(const ValueSpec &v, const QString &name)
{
    return name == QLatin1String("output") || name == QLatin1String("db") ||
           (v.about && QByteArray(v.about).contains("file"));
}

// The completion of one option's value: its choices, file names, or nothing to offer.
QString valueCompletion(const OptionSpec &o)
{
    if (o.value.kind == ValueKind::Flag)
        return {};
    if (!o.value.choices.isEmpty())
        return QStringLiteral("COMPREPLY=($(compgen -W %1 -- \"$cur\"))")
            .arg(words(o.value.choices));
    if (takesFile(o.value, o.name))
        return QStringLiteral("COMPREPLY=($(compgen -f -- \"$cur\"))");
    return QStringLiteral("COMPREPLY=()");
}
} // namespace

QString bashCompletion()
{
    QStringList nouns;
    QMap<QString, QStringList> verbsOfNoun;
    for (const VerbSpec &v : verbs()) {
        if (!nouns.contains(v.words.first()))
            nouns.append(v.words.first());
        if (v.words.size() > 1)
            verbsOfNoun[v.words.first()].append(v.words.at(1));
    }
    // Every option that takes a value, with how to complete it (the same name means the same
    // kind of value across verbs; the first declaration decides).
    QMap<QString, QString> valueOf;
    QList<OptionSpec> all = globalOptions();
    for (const VerbSpec &v : verbs())
        all += v.options;
    for (const OptionSpec &o : all) {
        if (o.value.kind == ValueKind::Flag || valueOf.contains(o.name))
            continue;
        valueOf.insert(o.name, valueCompletion(o));
        if (!o.alias.isEmpty())
            valueOf.insert(o.alias, valueCompletion(o));
        if (o.name == QLatin1String("output"))
            valueOf.insert(QStringLiteral("o"), valueCompletion(o));
    }
    QStringList globals;
    for (const OptionSpec &o : globalOptions())
        globals.append(QStringLiteral("--") + o.name);

    QStringList s;
    s << QStringLiteral("# bash completion for shuzai-cli, made from its declaration of verbs "
                        "(shuzai-cli help --bash-completion).")
      << QStringLiteral("_shuzai_cli()") << QStringLiteral("{")
      << QStringLiteral("    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}")
      << QStringLiteral("    case $prev in");
    for (auto it = valueOf.cbegin(); it != valueOf.cend(); ++it) {
        s << QStringLiteral("        %1%2) %3; return ;;")
                 .arg(it.key().size() == 1 ? QStringLiteral("-") : QStringLiteral("--"), it.key(),
                      *it);
    }
    s << QStringLiteral("    esac")
      << QStringLiteral("    # The command's words so far, options and their values left out.")
      << QStringLiteral("    local i word command=() skip=0")
      << QStringLiteral("    for ((i = 1; i < COMP_CWORD; i++)); do")
      << QStringLiteral("        word=${COMP_WORDS[i]}")
      << QStringLiteral("        if ((skip)); then skip=0; continue; fi")
      << QStringLiteral("        case $word in") << QStringLiteral("            --*=*) ;;");
    QStringList valued;
    for (auto it = valueOf.cbegin(); it != valueOf.cend(); ++it)
        valued.append((it.key().size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) +
                      it.key());
    s << QStringLiteral("            %1) skip=1 ;;").arg(valued.join(u'|'))
      << QStringLiteral("            -*) ;;")
      << QStringLiteral("            *) command+=(\"$word\") ;;") << QStringLiteral("        esac")
      << QStringLiteral("    done") << QStringLiteral("    if ((${#command[@]} == 0)); then")
      << QStringLiteral("        if [[ $cur == -* ]]; then")
      << QStringLiteral("            COMPREPLY=($(compgen -W %1 -- \"$cur\"))").arg(words(globals))
      << QStringLiteral("        else")
      << QStringLiteral("            COMPREPLY=($(compgen -W %1 -- \"$cur\"))").arg(words(nouns))
      << QStringLiteral("        fi") << QStringLiteral("        return")
      << QStringLiteral("    fi")
      << QStringLiteral("    if ((${#command[@]} == 1)) && [[ $cur != -* ]]; then")
      << QStringLiteral("        case ${command[0]} in");
    for (auto it = verbsOfNoun.cbegin(); it != verbsOfNoun.cend(); ++it) {
        s << QStringLiteral("            %1) COMPREPLY=($(compgen -W %2 -- \"$cur\")); return ;;")
                 .arg(it.key(), words(*it));
    }
    s << QStringLiteral("        esac") << QStringLiteral("    fi")
      << QStringLiteral("    local options=%1").arg(words(globals))
      << QStringLiteral("    case \"${command[0]} ${command[1]}\" in");
    for (const VerbSpec &v : verbs()) {
        QStringList options;
        for (const OptionSpec &o : v.options) {
            options.append(QStringLiteral("--") + o.name);
            if (!o.alias.isEmpty())
                options.append(QStringLiteral("--") + o.alias);
        }
        if (options.isEmpty())
            continue;
        const QString pattern = v.words.size() > 1
                                    ? QStringLiteral("\"%1 %2\"").arg(v.words[0], v.words[1])
                                    : QStringLiteral("\"%1 \"*").arg(v.words[0]);
        s << QStringLiteral("        %1) options+=\" %2\" ;;").arg(pattern, options.join(u' '));
    }
    s << QStringLiteral("    esac") << QStringLiteral("    if [[ $cur == -* ]]; then")
      << QStringLiteral("        COMPREPLY=($(compgen -W \"$options\" -- \"$cur\"))")
      << QStringLiteral("    else")
      << QStringLiteral("        COMPREPLY=($(compgen -f -- \"$cur\"))") << QStringLiteral("    fi")
      << QStringLiteral("}") << QStringLiteral("complete -F _shuzai_cli shuzai-cli");
    return s.join(u'\n');
}

} // namespace shuzai::cli

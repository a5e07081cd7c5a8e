// The declaration of the verbs as data: the README's command table (help --markdown) and JSON
// for scripts and tests (help --json).
#include "argcheck.h"
#include "output.h"
#include "verbs.h"

#include <QJsonArray>
#include <QJsonObject>

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

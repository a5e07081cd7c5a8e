#include "argcheck.h"
#include "commandline.h"
#include "output.h"
#include "transcripts/transcript.h"
#include "verbs.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QTimeZone>
#include <QUrl>
#include <limits>

namespace shuzai::cli {

namespace {
constexpr qsizetype kExcerpt = 60;

bool matches(const char *pattern, const QString &text)
{
    return QRegularExpression(QString::fromLatin1(pattern)).match(text).hasMatch();
}

std::optional<qint64> integer(const QString &text)
{
    if (!matches("^[+-]?[0-9]{1,19}$", text))
        return std::nullopt;
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

bool isDate(const QString &text)
{
    return matches("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", text) &&
           QDate::fromString(text, Qt::ISODate).isValid();
}

bool isDateTime(const QString &text)
{
    if (!matches("^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2})?"
                 "(Z|[+-][0-9]{2}:[0-9]{2})?$",
                 text))
        return false;
    return QTime::fromString(text.mid(11, 5), QStringLiteral("HH:mm")).isValid() &&
           QDateTime::fromString(text, Qt::ISODate).isValid();
}

bool isTime(const QString &text)
{
    return matches("^[0-9]{2}:[0-9]{2}$", text) &&
           QTime::fromString(text, QStringLiteral("HH:mm")).isValid();
}

// An IANA zone as the system's time zone database lists it, UTC, or JST (Japan's zone, the
// usual way of writing it in Japan). Qt takes any other name as UTC without a word.
std::optional<QString> timeZone(const QString &text)
{
    if (text == QLatin1String("JST"))
        return QStringLiteral("Asia/Tokyo");
    if (text == QLatin1String("UTC") || text == QLatin1String("Etc/UTC"))
        return text;
    static const QList<QByteArray> known = QTimeZone::availableTimeZoneIds();
    if (text.contains(u'/') && known.contains(text.toUtf8()))
        return text;
    return std::nullopt;
}

bool isSpeakerMap(const QString &spec)
{
    const qsizetype eq = spec.lastIndexOf(u'=');
    if (eq <= 0 || spec.left(eq).trimmed().isEmpty())
        return false;
    const QString role = spec.mid(eq + 1).section(u':', 0, 0);
    const QString login = spec.mid(eq + 1).section(u':', 1);
    const auto parsed = speakerRoleFromCode(role);
    return parsed && (login.isEmpty() || *parsed == SpeakerRole::Interviewer);
}

bool isSmtpUrl(const QString &text)
{
    const QUrl u(text, QUrl::StrictMode);
    return u.isValid() &&
           (u.scheme() == QLatin1String("smtp") || u.scheme() == QLatin1String("smtps")) &&
           !u.host().isEmpty() && (u.path().isEmpty() || u.path() == QLatin1String("/")) &&
           !u.hasQuery() && !u.hasFragment() && u.port() != 0;
}

Error refused(const QString &what, const ValueSpec &spec, const QString &given,
              const QString &field)
{
    return Error(ErrorCode::Usage, QT_TRANSLATE_NOOP("Error", "%1 accepts %2, not \"%3\"."),
                 {what, accepted(spec), excerpt(given)}, field);
}

// Checks one value and returns it as the command goes on to use it.
Result<QString> checkValue(const QString &what, const ValueSpec &spec, const QString &given,
                           const QString &field)
{
    switch (spec.kind) {
    case ValueKind::Flag:
    case ValueKind::Text:
        return given;
    case ValueKind::Name:
        if (given.trimmed().isEmpty())
            return refused(what, spec, given, field);
        return given;
    case ValueKind::Integer:
    case ValueKind::Id: {
        const auto n = integer(given);
        const qint64 min = spec.kind == ValueKind::Id ? 1 : spec.min;
        const qint64 max =
            spec.kind == ValueKind::Id ? std::numeric_limits<qint64>::max() / 2 : spec.max;
        if (!n || *n < min || *n > max)
            return refused(what, spec, given, field);
        return QString::number(*n);
    }
    case ValueKind::Choice:
        for (const QString &c : spec.choices) {
            if (c.compare(given, spec.ignoreCase ? Qt::CaseInsensitive : Qt::CaseSensitive) == 0)
                return c;
        }
        return refused(what, spec, given, field);
    case ValueKind::ChoiceList: {
        QStringList chosen;
        for (const QString &part : given.split(u',')) {
            if (!spec.choices.contains(part.trimmed()))
                return refused(what, spec, given, field);
            chosen.append(part.trimmed());
        }
        return chosen.join(u',');
    }
    case ValueKind::Date:
        return isDate(given) ? Result<QString>(given) : refused(what, spec, given, field);
    case ValueKind::DateTime:
        return isDateTime(given) ? Result<QString>(given) : refused(what, spec, given, field);
    case ValueKind::DateOrDateTime:
        return isDate(given) || isDateTime(given) ? Result<QString>(given)
                                                  : refused(what, spec, given, field);
    case ValueKind::Time:
        return isTime(given) ? Result<QString>(given) : refused(what, spec, given, field);
    case ValueKind::TimeZone:
        if (const auto zone = timeZone(given))
            return *zone;
        return refused(what, spec, given, field);
    case ValueKind::SmtpUrl:
        // Never echoed back: the password would land in a terminal's scrollback and in logs.
        if (!QUrl(given).password().isEmpty()) {
            return Error(ErrorCode::Usage,
                         QT_TRANSLATE_NOOP("Error", "--smtp must not hold a password: keep it in "
                                                    "the system keychain (shuzai-cli smtp "
                                                    "password set, password on standard input) "
                                                    "or in SHUZAI_SMTP_PASSWORD."),
                         {}, field);
        }
        return isSmtpUrl(given) ? Result<QString>(given) : refused(what, spec, given, field);
    case ValueKind::SpeakerMap:
        return isSpeakerMap(given) ? Result<QString>(given) : refused(what, spec, given, field);
    }
    return given;
}

QString dashed(const QString &name)
{
    return QStringLiteral("--") + name;
}

// The option as one types it: "--at 2025-05-27T10:00", "-o FILE".
QString written(const OptionSpec &spec)
{
    const QString name =
        spec.name == QLatin1String("output") ? QStringLiteral("-o") : dashed(spec.name);
    return spec.placeholder.isEmpty() ? name : name + u' ' + spec.placeholder;
}

VoidResult checkOptions(CommandLine &cl, const VerbSpec &verb)
{
    // Every name given must be one of the verb's; an alias becomes the option's own name.
    for (const QString &name : cl.options.uniqueKeys() + cl.flags.values()) {
        const OptionSpec *spec = verb.option(name);
        if (!spec) {
            return Error(ErrorCode::Usage,
                         QT_TRANSLATE_NOOP("Error", "shuzai-cli %1 has no option --%2 (see "
                                                    "shuzai-cli %1 --help)."),
                         {verb.name(), excerpt(name)}, excerpt(name));
        }
        const bool isFlag = spec->value.kind == ValueKind::Flag;
        if (isFlag != cl.flags.contains(name) || (isFlag && cl.options.contains(name))) {
            return usageError(isFlag ? QT_TRANSLATE_NOOP("Error", "The option --%1 takes no value.")
                                     : QT_TRANSLATE_NOOP("Error", "The option --%1 needs a value."),
                              {name});
        }
        if (name != spec->name) {
            const QStringList values = cl.options.values(name);
            cl.options.remove(name);
            for (auto it = values.crbegin(); it != values.crend(); ++it)
                cl.options.insert(spec->name, *it);
        }
    }
    QMap<QString, QStringList> groups;
    for (const OptionSpec &spec : verb.options) {
        const QStringList given = cl.optionValues(spec.name);
        const bool present = cl.has(spec.name);
        if (!spec.group.isEmpty() && present)
            groups[spec.group].append(dashed(spec.name));
        if (given.size() > 1 && !spec.repeatable) {
            return Error(ErrorCode::Usage,
                         QT_TRANSLATE_NOOP("Error", "--%1 may be given only once."), {spec.name},
                         spec.name);
        }
        if (!present && spec.required && spec.group.isEmpty()) {
            return Error(ErrorCode::Usage,
                         QT_TRANSLATE_NOOP("Error", "shuzai-cli %1 needs %2 (%3)."),
                         {verb.name(), written(spec), accepted(spec.value)}, spec.name);
        }
        QStringList checked;
        for (const QString &value : given) {
            auto ok = checkValue(dashed(spec.name), spec.value, value, spec.name);
            if (!ok)
                return ok.error();
            checked.append(*ok);
        }
        if (checked != given) {
            cl.options.remove(spec.name);
            for (const QString &value : checked) // oldest first, as the parser put them
                cl.options.insert(spec.name, value);
        }
    }
    for (const OptionSpec &spec : verb.options) {
        if (spec.group.isEmpty())
            continue;
        const QStringList given = groups.value(spec.group);
        if (given.size() > 1) {
            return Error(ErrorCode::Usage, QT_TRANSLATE_NOOP("Error", "Give only one of %1."),
                         {given.join(QStringLiteral(", "))}, spec.name);
        }
        if (spec.required && given.isEmpty()) {
            QStringList members;
            for (const OptionSpec &o : verb.options) {
                if (o.group == spec.group)
                    members.append(dashed(o.name));
            }
            return Error(ErrorCode::Usage,
                         QT_TRANSLATE_NOOP("Error", "shuzai-cli %1 needs one of %2."),
                         {verb.name(), members.join(QStringLiteral(", "))}, spec.name);
        }
    }
    return {};
}

VoidResult checkArguments(CommandLine &cl, const VerbSpec &verb)
{
    const qsizetype first = verb.words.size();
    const qsizetype given = cl.words.size() - first;
    const qsizetype max = verb.maxArguments();
    if (max >= 0 && given > max) {
        const QString extra = excerpt(cl.words.at(first + max));
        if (max == 0) {
            return usageError(QT_TRANSLATE_NOOP("Error", "shuzai-cli %1 takes no arguments; "
                                                         "\"%2\" is one too many."),
                              {verb.name(), extra});
        }
        return usageError(QT_TRANSLATE_NOOP("Error", "shuzai-cli %1 takes at most %2 "
                                                     "argument(s); \"%3\" is one too many (see "
                                                     "shuzai-cli %1 --help)."),
                          {verb.name(), QString::number(max), extra});
    }
    qsizetype index = first;
    for (const ArgSpec &spec : verb.args) {
        const QString field = spec.name.toLower();
        if (index >= cl.words.size()) {
            if (spec.optional)
                break;
            return Error(ErrorCode::Usage,
                         QT_TRANSLATE_NOOP("Error", "shuzai-cli %1 needs %2 (%3)."),
                         {verb.name(), spec.name, accepted(spec.value)}, field);
        }
        do {
            auto ok = checkValue(spec.name, spec.value, cl.words.at(index), field);
            if (!ok)
                return ok.error();
            cl.words[index] = *ok;
            ++index;
        } while (spec.repeats && index < cl.words.size());
    }
    return {};
}
} // namespace

QString excerpt(const QString &text)
{
    if (text.size() <= kExcerpt)
        return text;
    qsizetype cut = kExcerpt;
    if (text.at(cut).isLowSurrogate())
        --cut;
    return text.left(cut) + u'…';
}

QString accepted(const ValueSpec &v)
{
    QString kind;
    switch (v.kind) {
    case ValueKind::Flag:
        return {};
    case ValueKind::Text:
        kind = Cli::tr("any text");
        break;
    case ValueKind::Name:
        kind = Cli::tr("a value that is not empty");
        break;
    case ValueKind::Integer:
        kind = v.max >= std::numeric_limits<int>::max()
                   ? Cli::tr("a whole number of %1 or more").arg(v.min)
                   : Cli::tr("a whole number from %1 to %2").arg(v.min).arg(v.max);
        if (v.about)
            return Cli::tr(v.about) + QStringLiteral(", ") + kind;
        return kind;
    case ValueKind::Id:
        kind = Cli::tr("an id (a whole number of 1 or more)");
        break;
    case ValueKind::Choice:
        kind = Cli::tr("one of %1").arg(v.choices.join(QStringLiteral(", ")));
        break;
    case ValueKind::ChoiceList:
        kind = Cli::tr("one or more of %1, separated by commas")
                   .arg(v.choices.join(QStringLiteral(", ")));
        break;
    case ValueKind::Date:
        kind = Cli::tr("a date as YYYY-MM-DD");
        break;
    case ValueKind::DateTime:
        kind = Cli::tr("a date and time as YYYY-MM-DDTHH:MM, in the "
                       "campaign's zone unless an offset follows (+09:00, "
                       "Z)");
        break;
    case ValueKind::DateOrDateTime:
        kind = Cli::tr("a date as YYYY-MM-DD or a date and time as "
                       "YYYY-MM-DDTHH:MM");
        break;
    case ValueKind::Time:
        kind = Cli::tr("a time of day as HH:MM");
        break;
    case ValueKind::TimeZone:
        kind = Cli::tr("an IANA time zone such as Asia/Tokyo, Europe/Berlin "
                       "or UTC (JST is taken as Asia/Tokyo)");
        break;
    case ValueKind::SmtpUrl:
        kind = Cli::tr("smtp://user@host:port (smtps:// for TLS from the "
                       "start), without a password");
        break;
    case ValueKind::SpeakerMap:
        kind = Cli::tr("LABEL=interviewee, LABEL=interviewer[:LOGIN] or "
                       "LABEL=other");
        break;
    }
    return v.about ? Cli::tr(v.about) : kind;
}

VoidResult checkCommandLine(CommandLine &cl, const VerbSpec &verb)
{
    if (auto r = checkOptions(cl, verb); !r)
        return r;
    if (auto r = checkArguments(cl, verb); !r)
        return r;
    if (verb.check)
        return verb.check(cl);
    return {};
}

int firstArgumentNotUtf8(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
        const QString decoded = decoder.decode(QByteArrayView(argv[i]));
        if (decoder.hasError())
            return i;
    }
    return 0;
}

} // namespace shuzai::cli

#include "auditsentence.h"

#include "domain/interview.h"
#include "outreach/outreachrecord.h"
#include "review/review.h"
#include "util/datetext.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace shuzai {

namespace {

// %1 … %9 filled in one pass, so a "%2" inside a name or a question stays as typed.
QString fill(const QString &text, const QStringList &args)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'%' && i + 1 < text.size() && text.at(i + 1).isDigit()) {
            const int n = text.at(i + 1).digitValue();
            if (n >= 1 && n <= args.size()) {
                out += args.at(n - 1);
                ++i;
                continue;
            }
        }
        out += text.at(i);
    }
    return out;
}

// Every sentence's source text is marked with QT_TRANSLATE_NOOP / QT_TRANSLATE_N_NOOP in context
// "Audit"; %1 is the acting person and %2 their role in all of them.
QString say(const char *source, const QStringList &args, int n = -1)
{
    return fill(QCoreApplication::translate("Audit", source, nullptr, n), args);
}

QString quoted(const QString &text)
{
    // A question or a title inside a sentence: its first line, kept short.
    QString line = text.section(u'\n', 0, 0).trimmed();
    if (line.size() > 40)
        line = line.left(39) + QChar(0x2026);
    return line;
}

// The number after the first word: "round 2" -> 2, "category 14" -> 14.
Id numberIn(const QString &subject, int word = 1)
{
    return subject.section(u' ', word, word).toLongLong();
}

QString momentText(const QString &value)
{
    // "2025-05-28T01:00:00Z planned": the moment, in the display zone.
    const QDateTime at = QDateTime::fromString(value.section(u' ', 0, 0), Qt::ISODate);
    return at.isValid() ? datetext::shortDateTime(at) : QString();
}

QString statusText(const QString &code)
{
    if (const auto s = statusFromCode(code))
        return displayName(*s);
    if (const auto r = reviewStatusFromCode(code))
        return displayName(*r);
    return code;
}

QString languageName(const QString &code)
{
    if (code == QLatin1String("en"))
        return QCoreApplication::translate("Audit", "English");
    return QCoreApplication::translate("Audit", "Japanese");
}

QString fieldName(const QString &field)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("category"), QT_TRANSLATE_NOOP("Audit", "category")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("Audit", "name")},
        {QStringLiteral("reading"), QT_TRANSLATE_NOOP("Audit", "reading")},
        {QStringLiteral("affiliation"), QT_TRANSLATE_NOOP("Audit", "affiliation")},
        {QStringLiteral("contact"), QT_TRANSLATE_NOOP("Audit", "contact details")},
        {QStringLiteral("attribution"), QT_TRANSLATE_NOOP("Audit", "how they appear")},
        {QStringLiteral("alias"), QT_TRANSLATE_NOOP("Audit", "alias")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("Audit", "notes")},
        {QStringLiteral("time_zone"), QT_TRANSLATE_NOOP("Audit", "time zone")},
    };
    const auto it = names.constFind(field.trimmed());
    return it == names.cend() ? field.trimmed() : QCoreApplication::translate("Audit", *it);
}

QString fieldList(const QString &fields)
{
    QStringList out;
    for (const QString &f : fields.split(u',', Qt::SkipEmptyParts))
        out.append(fieldName(f));
    //: Between the items of a list in a sentence ("name, contact details").
    return out.join(QCoreApplication::translate("Audit", ", "));
}

// What an entry is about, named for people.
struct Told {
    QString actor;
    QString role;
    QString person;
    QString campaign;
};

using Sentence = QString (*)(const AuditEntry &, const Told &, const AuditNames &);

QString categoryName(const AuditEntry &e, const AuditNames &names)
{
    // The log keeps "name / 貴社 / 様" for added or removed categories, places for moves.
    if (!e.action.endsWith(QLatin1String(".moved"))) {
        for (const QString &value : {e.after, e.before}) {
            if (!value.isEmpty())
                return value.section(QStringLiteral(" / "), 0, 0);
        }
    }
    return names.categories.value(numberIn(e.subject));
}

QString reviewSent(const AuditEntry &e, const Told &t)
{
    // after: "awaiting_response (3 item(s), email, due 2025-06-05)"
    static const QRegularExpression form(
        QString::fromLatin1(R"(^\S+ \((\d+) item\(s\), (\S+), due (\S+)\)$)"));
    const QRegularExpressionMatch m = form.match(e.after);
    const QString round = QString::number(numberIn(e.subject));
    if (!m.hasMatch()) {
        return say(QT_TRANSLATE_NOOP("Audit", "%1 (%2) sent %3 the text to check (round %4)"),
                   {t.actor, t.role, t.person, round});
    }
    const auto channel = reviewChannelFromCode(m.captured(2));
    const QDate due = QDate::fromString(m.captured(3), Qt::ISODate);
    return say(QT_TRANSLATE_N_NOOP("Audit", "%1 (%2) sent %3 %n passage(s) to check (round %4, "
                                            "%5); answer due %6"),
               {t.actor, t.role, t.person, round, channel ? displayName(*channel) : m.captured(2),
                datetext::shortDate(due)},
               m.captured(1).toInt());
}

QString replyRecorded(const AuditEntry &e, const Told &t)
{
    const auto kind = replyKindFromCode(e.after.section(QStringLiteral(" / "), 0, 0));
    switch (kind.value_or(OutreachReply::Kind::NoReply)) {
    case OutreachReply::Kind::Accepted:
        return say(QT_TRANSLATE_NOOP("Audit", "%1 (%2) recorded that %3 accepted the request"),
                   {t.actor, t.role, t.person});
    case OutreachReply::Kind::Declined:
        return say(QT_TRANSLATE_NOOP("Audit", "%1 (%2) recorded that %3 declined the request"),
                   {t.actor, t.role, t.person});
    case OutreachReply::Kind::Question:
        return say(QT_TRANSLATE_NOOP("Audit", "%1 (%2) recorded a question from %3"),
                   {t.actor, t.role, t.person});
    case OutreachReply::Kind::NoReply:
        break;
    }
    return say(QT_TRANSLATE_NOOP("Audit", "%1 (%2) noted that %3 has not replied"),
               {t.actor, t.role, t.person});
}

QString reviewDecided(const AuditEntry &e, const Told &t)
{
    const QString round = QString::number(numberIn(e.subject));
    if (e.action == QLatin1String("review.withdrawn")) {
        return say(QT_TRANSLATE_NOOP("Audit", "%1 (%2) recorded that %3 withdrew (round %4)"),
                   {t.actor, t.role, t.person, round});
    }
    if (reviewStatusFromCode(e.after) == ReviewStatus::ApprovedWithChanges) {
        return say(QT_TRANSLATE_NOOP("Audit", "%1 (%2) recorded that %3 approved the text with "
                                              "corrections (round %4)"),
                   {t.actor, t.role, t.person, round});
    }
    return say(QT_TRANSLATE_NOOP("Audit", "%1 (%2) recorded that %3 approved the text (round %4)"),
               {t.actor, t.role, t.person, round});
}

QString interviewChanged(const AuditEntry &e, const Told &t)
{
    const QString when = momentText(e.after.isEmpty() ? e.before : e.after);
    const QString a = e.action.section(u'.', 1);
    if (a == QLatin1String("added")) {
        // Added from the transcripts screen or the command line, with or without a date yet.
        if (when.isEmpty()) {
            return say(QT_TRANSLATE_NOOP("Audit", "%1 (%2) added an interview with %3, not "
                                                  "dated yet"),
                       {t.actor, t.role, t.person});
        }
        return say(QT_TRANSLATE_NOOP("Audit", "%1 (%2) added an interview with %3 for %4"),
                   {t.actor, t.role, t.person, when});
    }
    if (a == QLatin1String("booked")) {
        if (e.after.section(u' ', 1, 1) == toCode(InterviewState::Tentative)) {
            return say(QT_TRANSLATE_NOOP("Audit", "%1 (%2) pencilled in an interview with %3 "
                                                  "for %4"),
                       {t.actor, t.role, t.person, when});
        }
        return say(QT_TRANSLATE_NOOP("Audit", "%1 (%2) booked an interview with %3 for %4"),
                   {t.actor, t.role, t.person, when});
    }
    if (a == QLatin1String("moved")) {
        return say(QT_TRANSLATE_NOOP("Audit", "%1 (%2) moved the interview with %3 from %4 to %5"),
                   {t.actor, t.role, t.person, momentText(e.before), when});
    }
    if (a == QLatin1String("cancelled")) {
        return say(QT_TRANSLATE_NOOP("Audit", "%1 (%2) cancelled the interview with %3 on %4"),
                   {t.actor, t.role, t.person, momentText(e.before)});
    }
    if (a == QLatin1String("removed")) {
        return say(QT_TRANSLATE_NOOP("Audit", "%1 (%2) deleted an interview with %3"),
                   {t.actor, t.role, t.person});
    }
    if (a == QLatin1String("restored")) {
        return say(QT_TRANSLATE_NOOP("Audit", "%1 (%2) restored a deleted interview with %3"),
                   {t.actor, t.role, t.person});
    }
    if (a == QLatin1String("confirmed")) {
        return say(QT_TRANSLATE_NOOP("Audit", "%1 (%2) confirmed the interview with %3 on %4"),
                   {t.actor, t.role, t.person, when});
    }
    return say(QT_TRANSLATE_NOOP("Audit", "%1 (%2) reinstated the interview with %3 on %4"),
               {t.actor, t.role, t.person, when});
}

QString intervieweeChanged(const AuditEntry &e, const Told &t)
{
    const QString a = e.action.section(u'.', 1);
    if (a == QLatin1String("status")) {
        return say(QT_TRANSLATE_NOOP("Audit", "%1 (%2) changed %3's status from %4 to %5"),
                   {t.actor, t.role, t.person, statusText(e.before), statusText(e.after)});
    }
    if (a == QLatin1String("added")) {
        if (e.before == QLatin1String("removed")) {
            return say(QT_TRANSLATE_NOOP("Audit", "%1 (%2) put %3 back on the list"),
                       {t.actor, t.role, t.person});
        }
        return say(QT_TRANSLATE_NOOP("Audit", "%1 (%2) added %3 to the list (%4)"),
                   {t.actor, t.role, t.person, statusText(e.after)});
    }
    if (a == QLatin1String("edited")) {
        return say(QT_TRANSLATE_NOOP("Audit", "%1 (%2) changed %3's %4"),
                   {t.actor, t.role, t.person, fieldList(e.after)});
    }
    return say(QT_TRANSLATE_NOOP("Audit", "%1 (%2) removed %3 from the list"),
               {t.actor, t.role, t.person});
}

QString campaignChanged(const AuditEntry &e, const Told &t)
{
    const QString a = e.action.section(u'.', 1);
    if (a == QLatin1String("created")) {
        return say(QT_TRANSLATE_NOOP("Audit", "%1 (%2) created the campaign “%3”"),
                   {t.actor, t.role, quoted(e.after)});
    }
    if (a == QLatin1String("imported")) {
        return say(QT_TRANSLATE_NOOP("Audit", "%1 (%2) created the campaign “%3” from the "
                                              "request letter %4"),
                   {t.actor, t.role, t.campaign, QFileInfo(e.after).fileName()});
    }
    if (a == QLatin1String("duplicated")) {
        return say(
            QT_TRANSLATE_NOOP("Audit", "%1 (%2) created the campaign “%3” as a copy of “%4”"),
            {t.actor, t.role, quoted(e.after), quoted(e.before.section(u' ', 2))});
    }
    if (a == QLatin1String("archived")) {
        return say(QT_TRANSLATE_NOOP("Audit", "%1 (%2) archived the campaign “%3”"),
                   {t.actor, t.role, t.campaign});
    }
    if (a == QLatin1String("unarchived")) {
        return say(QT_TRANSLATE_NOOP("Audit", "%1 (%2) took the campaign “%3” out of the archive"),
                   {t.actor, t.role, t.campaign});
    }
    if (a == QLatin1String("removed")) {
        return say(QT_TRANSLATE_NOOP("Audit", "%1 (%2) deleted the campaign “%3”"),
                   {t.actor, t.role, quoted(e.before)});
    }
    return say(QT_TRANSLATE_NOOP("Audit", "%1 (%2) restored the deleted campaign “%3”"),
               {t.actor, t.role, quoted(e.after)});
}

QString categoryChanged(const AuditEntry &e, const Told &t, const AuditNames &names)
{
    const QString a = e.action.section(u'.', 1);
    const QString name = categoryName(e, names);
    if (a == QLatin1String("added")) {
        return say(QT_TRANSLATE_NOOP("Audit", "%1 (%2) added the category “%3”"),
                   {t.actor, t.role, name});
    }
    if (a == QLatin1String("edited")) {
        const QString renamed = e.after.section(QStringLiteral(" / "), 0, 0);
        const QString was = e.before.section(QStringLiteral(" / "), 0, 0);
        if (renamed != was) {
            return say(QT_TRANSLATE_NOOP("Audit", "%1 (%2) renamed the category “%3” to “%4”"),
                       {t.actor, t.role, was, renamed});
        }
        return say(
            QT_TRANSLATE_NOOP("Audit", "%1 (%2) changed the honorifics of the category “%3”"),
            {t.actor, t.role, renamed});
    }
    if (a == QLatin1String("moved")) {
        return say(QT_TRANSLATE_NOOP("Audit", "%1 (%2) moved the category “%3” from place %4 to "
                                              "place %5"),
                   {t.actor, t.role, name, QString::number(e.before.toInt() + 1),
                    QString::number(e.after.toInt() + 1)});
    }
    return say(QT_TRANSLATE_NOOP("Audit", "%1 (%2) removed the category “%3”"),
               {t.actor, t.role, name});
}

QString questionChanged(const AuditEntry &e, const Told &t)
{
    const QString a = e.action.section(u'.', 1);
    if (a == QLatin1String("added")) {
        return say(QT_TRANSLATE_NOOP("Audit", "%1 (%2) added the template question “%3”"),
                   {t.actor, t.role, quoted(e.after)});
    }
    if (a == QLatin1String("edited")) {
        return say(QT_TRANSLATE_NOOP("Audit", "%1 (%2) reworded the template question “%3”"),
                   {t.actor, t.role, quoted(e.before)});
    }
    if (a == QLatin1String("moved")) {
        return say(QT_TRANSLATE_NOOP("Audit", "%1 (%2) moved a template question from place %3 "
                                              "to place %4"),
                   {t.actor, t.role, QString::number(e.before.toInt() + 1),
                    QString::number(e.after.toInt() + 1)});
    }
    if (a == QLatin1String("removed")) {
        return say(QT_TRANSLATE_NOOP("Audit", "%1 (%2) removed the template question “%3”"),
                   {t.actor, t.role, quoted(e.before)});
    }
    return say(QT_TRANSLATE_NOOP("Audit", "%1 (%2) restored the template question “%3”"),
               {t.actor, t.role, quoted(e.after)});
}

QString letterChanged(const AuditEntry &e, const Told &t)
{
    const QString a = e.action.section(u'.', 1);
    if (a == QLatin1String("sent")) {
        return say(QT_TRANSLATE_NOOP("Audit", "%1 (%2) sent the request letter to %3"),
                   {t.actor, t.role, t.person});
    }
    if (a == QLatin1String("exported")) {
        return say(QT_TRANSLATE_NOOP("Audit", "%1 (%2) saved the request letter to %3 as the "
                                              "file %4"),
                   {t.actor, t.role, t.person, QFileInfo(e.after).fileName()});
    }
    return say(QT_TRANSLATE_NOOP("Audit", "%1 (%2) could not deliver the request letter to %3"),
               {t.actor, t.role, t.person});
}

const QHash<QString, Sentence> &sentences()
{
    static const QHash<QString, Sentence> table{
        {QStringLiteral("letter.sent"),
         [](const AuditEntry &e, const Told &t, const AuditNames &) {
             return letterChanged(e, t);
         }},
        {QStringLiteral("letter.exported"),
         [](const AuditEntry &e, const Told &t, const AuditNames &) {
             return letterChanged(e, t);
         }},
        {QStringLiteral("letter.failed"),
         [](const AuditEntry &e, const Told &t, const AuditNames &) {
             return letterChanged(e, t);
         }},
        {QStringLiteral("reply.recorded"),
         [](const AuditEntry &e, const Told &t, const AuditNames &) {
             return replyRecorded(e, t);
         }},
        {QStringLiteral("mail.received"),
         [](const AuditEntry &, const Told &t, const AuditNames &) {
             return t.person.isEmpty()
                        ? say(QT_TRANSLATE_NOOP("Audit", "%1 (%2) fetched a mail that matches "
                                                         "nobody"),
                              {t.actor, t.role})
                        : say(QT_TRANSLATE_NOOP("Audit", "%1 (%2) fetched a mail from %3"),
                              {t.actor, t.role, t.person});
         }},
        {QStringLiteral("proposal.accepted"),
         [](const AuditEntry &, const Told &t, const AuditNames &) {
             return say(QT_TRANSLATE_NOOP("Audit", "%1 (%2) accepted the reply Shuzai read from "
                                                   "%3's mail"),
                        {t.actor, t.role, t.person});
         }},
        {QStringLiteral("proposal.dismissed"),
         [](const AuditEntry &, const Told &t, const AuditNames &) {
             return say(QT_TRANSLATE_NOOP("Audit", "%1 (%2) dismissed the reply Shuzai read from "
                                                   "%3's mail"),
                        {t.actor, t.role, t.person});
         }},
        {QStringLiteral("template.saved"),
         [](const AuditEntry &e, const Told &t, const AuditNames &) {
             const QString language = languageName(e.subject.section(u' ', 1, 1));
             if (e.after.isEmpty()) {
                 return say(QT_TRANSLATE_NOOP("Audit", "%1 (%2) went back to the built-in %3 "
                                                       "letter template for “%4”"),
                            {t.actor, t.role, language, t.campaign});
             }
             return say(
                 QT_TRANSLATE_NOOP("Audit", "%1 (%2) changed the %3 letter template of “%4”"),
                 {t.actor, t.role, language, t.campaign});
         }},
        {QStringLiteral("transcript.imported"),
         [](const AuditEntry &e, const Told &t, const AuditNames &) {
             // after: the file's name as it was imported.
             return say(QT_TRANSLATE_NOOP("Audit", "%1 (%2) imported the transcript “%4” of "
                                                   "the interview with %3"),
                        {t.actor, t.role, t.person, quoted(e.after)});
         }},
        {QStringLiteral("transcript.edited"),
         [](const AuditEntry &, const Told &t, const AuditNames &) {
             return say(QT_TRANSLATE_NOOP("Audit", "%1 (%2) corrected a passage of the "
                                                   "transcript of the interview with %3"),
                        {t.actor, t.role, t.person});
         }},
        {QStringLiteral("review.sent"),
         [](const AuditEntry &e, const Told &t, const AuditNames &) {
             return reviewSent(e, t);
         }},
        {QStringLiteral("review.correction"),
         [](const AuditEntry &e, const Told &t, const AuditNames &) {
             return say(QT_TRANSLATE_NOOP("Audit", "%1 (%2) recorded a correction from %3 "
                                                   "(round %4)"),
                        {t.actor, t.role, t.person, QString::number(numberIn(e.subject))});
         }},
        {QStringLiteral("review.approved"),
         [](const AuditEntry &e, const Told &t, const AuditNames &) {
             return reviewDecided(e, t);
         }},
        {QStringLiteral("review.withdrawn"),
         [](const AuditEntry &e, const Told &t, const AuditNames &) {
             return reviewDecided(e, t);
         }},
        {QStringLiteral("user.added"),
         [](const AuditEntry &e, const Told &t, const AuditNames &names) {
             const auto role = roleFromCode(e.after);
             return say(QT_TRANSLATE_NOOP("Audit", "%1 (%2) added %3 as a user (%4)"),
                        {t.actor, t.role, actorName(e.subject.section(u' ', 1), names),
                         role ? displayName(*role) : e.after});
         }},
        {QStringLiteral("database.restored"),
         [](const AuditEntry &e, const Told &t, const AuditNames &) {
             return say(QT_TRANSLATE_NOOP("Audit", "%1 (%2) restored the database from the "
                                                   "backup %3"),
                        {t.actor, t.role, e.subject});
         }},
    };
    return table;
}

Sentence sentenceFor(const QString &action)
{
    if (const auto it = sentences().constFind(action); it != sentences().cend())
        return *it;
    static const QHash<QString, Sentence> families{
        {QStringLiteral("interview"),
         [](const AuditEntry &e, const Told &t, const AuditNames &) {
             return interviewChanged(e, t);
         }},
        {QStringLiteral("interviewee"),
         [](const AuditEntry &e, const Told &t, const AuditNames &) {
             return intervieweeChanged(e, t);
         }},
        {QStringLiteral("campaign"),
         [](const AuditEntry &e, const Told &t, const AuditNames &) {
             return campaignChanged(e, t);
         }},
        {QStringLiteral("category"), categoryChanged},
        {QStringLiteral("question"),
         [](const AuditEntry &e, const Told &t, const AuditNames &) {
             return questionChanged(e, t);
         }},
    };
    // The families' own verbs: the ones their functions tell apart.
    static const QHash<QString, QStringList> verbs{
        {QStringLiteral("interview"),
         {QStringLiteral("added"), QStringLiteral("booked"), QStringLiteral("moved"),
          QStringLiteral("cancelled"), QStringLiteral("confirmed"), QStringLiteral("reinstated"),
          QStringLiteral("removed"), QStringLiteral("restored")}},
        {QStringLiteral("interviewee"),
         {QStringLiteral("status"), QStringLiteral("added"), QStringLiteral("edited"),
          QStringLiteral("removed")}},
        {QStringLiteral("campaign"),
         {QStringLiteral("created"), QStringLiteral("imported"), QStringLiteral("duplicated"),
          QStringLiteral("archived"), QStringLiteral("unarchived"), QStringLiteral("removed"),
          QStringLiteral("restored")}},
        {QStringLiteral("category"),
         {QStringLiteral("added"), QStringLiteral("edited"), QStringLiteral("moved"),
          QStringLiteral("removed")}},
        {QStringLiteral("question"),
         {QStringLiteral("added"), QStringLiteral("edited"), QStringLiteral("moved"),
          QStringLiteral("removed"), QStringLiteral("restored")}},
    };
    const QString family = action.section(u'.', 0, 0);
    if (!verbs.value(family).contains(action.section(u'.', 1)))
        return nullptr;
    return families.value(family);
}

} // namespace

QString actorName(const QString &login, const AuditNames &names)
{
    const auto it = names.users.constFind(login);
    if (it == names.users.cend() || it->displayName.isEmpty())
        return login;
    return it->displayName;
}

bool hasAuditSentence(const QString &action)
{
    return sentenceFor(action) != nullptr;
}

QString auditSentence(const AuditEntry &e, const AuditNames &names)
{
    Told t;
    t.actor = actorName(e.actor, names);
    const auto user = names.users.constFind(e.actor);
    t.role = user != names.users.cend() ? displayName(user->role)
                                        : QCoreApplication::translate("Audit", "no longer a user");
    if (e.intervieweeId != 0) {
        t.person = names.people.value(
            e.intervieweeId, QCoreApplication::translate("Audit", "a person since removed (no. %1)")
                                 .arg(e.intervieweeId));
    }
    t.campaign = quoted(names.campaigns.value(e.campaignId));
    if (const Sentence sentence = sentenceFor(e.action))
        return sentence(e, t, names);
    return say(QT_TRANSLATE_NOOP("Audit", "%1 (%2) made a change: %3"),
               {t.actor, t.role, auditActionLabel(e.action)});
}

QString auditDetails(const AuditEntry &e)
{
    const QString family = e.action.section(u'.', 0, 0);
    const auto beforeAfter = [&e] {
        if (e.before.isEmpty())
            return e.after;
        if (e.after.isEmpty())
            return e.before;
        //: An audit entry's text before and after the change, on lines of their own.
        return QCoreApplication::translate("Audit", "Before:\n%1\n\nAfter:\n%2")
            .arg(e.before, e.after);
    };
    if (e.action == QLatin1String("transcript.imported"))
        return {}; // the file's name, already in the sentence
    if (family == QLatin1String("transcript") || e.action == QLatin1String("review.correction") ||
        e.action == QLatin1String("question.edited"))
        return beforeAfter();
    if (e.action == QLatin1String("template.saved"))
        return e.after.isEmpty() ? e.before : e.after;
    if (e.action == QLatin1String("reply.recorded"))
        return e.after.section(QStringLiteral(" / "), 1);
    if (e.action == QLatin1String("mail.received"))
        return e.after; // sender and subject
    if (e.action == QLatin1String("letter.failed") || e.action == QLatin1String("letter.sent"))
        return e.after;
    if (e.action == QLatin1String("letter.exported"))
        return e.after; // the whole path
    return {};
}

} // namespace shuzai

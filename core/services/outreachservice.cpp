#include "outreachservice.h"

#include "auditservice.h"
#include "campaignservice.h"
#include "interviewservice.h"
#include "rosterservice.h"
#include "scheduling/slots.h"
#include "schedulingservice.h"
#include "storage/database.h"
#include "storage/intervieweerepository.h"
#include "storage/outreachrepository.h"
#include "util/files.h"
#include "workspace.h"

#include <QFileInfo>
#include <QSet>
#include <QTimeZone>

namespace shuzai {

Result<RenderedLetter> OutreachService::render(Id intervieweeId, const QString &language,
                                               const QString &templateText)
{
    auto person = m_workspace.roster().load(intervieweeId);
    if (!person)
        return person.error();
    auto campaign = m_workspace.campaigns().load(person->campaignId);
    if (!campaign)
        return campaign.error();
    auto questions = m_workspace.roster().questions(intervieweeId);
    if (!questions)
        return questions.error();
    auto slots_ = m_workspace.scheduling().slotsOf(person->campaignId);
    if (!slots_)
        return slots_.error();
    LetterContext ctx{*campaign, *person, *questions, {}, m_workspace.clock().now(), {}, language};
    // A time held for this very person is theirs to take, not "held" for someone else.
    QSet<Id> own;
    if (auto theirs = m_workspace.interviews().forInterviewee(intervieweeId)) {
        for (const Interview &i : std::as_const(*theirs))
            own.insert(i.id);
    }
    for (const Slot &s : std::as_const(*slots_)) {
        if (s.state == Slot::State::Booked)
            continue;
        const bool heldForOthers =
            std::any_of(s.tentative.cbegin(), s.tentative.cend(),
                        [&own](Id interview) { return !own.contains(interview); });
        ctx.candidateTimes.append({s.start, s.end, heldForOthers, s.note});
    }
    if (!templateText.isEmpty())
        return renderLetter(templateText, ctx);
    auto stored = letterTemplate(person->campaignId, language);
    if (!stored)
        return stored.error();
    return renderLetter(stored->text, ctx);
}

namespace {
VoidResult checkLanguage(const QString &language)
{
    if (language == QLatin1String("ja") || language == QLatin1String("en"))
        return {};
    return Error(ErrorCode::InvalidInput,
                 QT_TRANSLATE_NOOP("Error", "Letter templates exist in ja and en, not \"%1\"."),
                 {language}, QStringLiteral("language"));
}
} // namespace

Result<LetterTemplate> OutreachService::letterTemplate(Id campaignId, const QString &language)
{
    if (auto r = checkLanguage(language); !r)
        return r.error();
    OutreachRepository repo(m_workspace.database());
    auto stored = repo.letterTemplate(campaignId, language);
    if (!stored)
        return stored.error();
    if (*stored)
        return LetterTemplate{**stored, true};
    return LetterTemplate{defaultLetterTemplate(language), false};
}

VoidResult OutreachService::saveLetterTemplate(Id campaignId, const QString &language,
                                               const QString &text)
{
    if (auto allowed = m_workspace.require({Role::Editor},
                                           QT_TRANSLATE_NOOP("Action", "change letter templates"));
        !allowed)
        return allowed;
    if (auto open = m_workspace.campaigns().requireOpen(campaignId); !open)
        return open;
    if (auto r = checkLanguage(language); !r)
        return r;
    const QList<LetterProblem> problems = checkTemplate(text);
    if (!problems.isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "The template was not saved: %1"),
                     {problems.first().message()}, QStringLiteral("template"));
    }
    if (auto campaign = m_workspace.campaigns().load(campaignId); !campaign)
        return campaign.error();
    const bool builtIn = text.trimmed().isEmpty() || text == defaultLetterTemplate(language);
    return m_workspace.database().transact([&]() -> VoidResult {
        OutreachRepository repo(m_workspace.database());
        auto before = repo.letterTemplate(campaignId, language);
        if (!before)
            return before.error();
        if (auto r =
                m_workspace.audit().append(QStringLiteral("template.saved"), campaignId, 0,
                                           QStringLiteral("template %1").arg(language),
                                           before->value_or(QString()), builtIn ? QString() : text);
            !r)
            return r;
        if (builtIn)
            return repo.removeLetterTemplate(campaignId, language);
        return repo.setLetterTemplate(campaignId, language, text, m_workspace.clock().now());
    });
}

Result<QList<OutgoingLetter>> OutreachService::prepare(const QList<Id> &intervieweeIds,
                                                       MailMessage::Charset charset,
                                                       const QString &language,
                                                       const QString &templateText)
{
    if (auto allowed = m_workspace.require({Role::Editor},
                                           QT_TRANSLATE_NOOP("Action", "send request letters"));
        !allowed)
        return allowed.error();
    for (Id id : intervieweeIds) {
        if (auto open = m_workspace.campaigns().requireOpenForInterviewee(id); !open)
            return open.error();
    }
    QList<OutgoingLetter> letters;
    for (Id id : intervieweeIds) {
        OutgoingLetter letter;
        letter.intervieweeId = id;
        if (auto person = m_workspace.roster().load(id)) {
            letter.name = person->data.fullName();
            letter.address = person->data.email;
            if (auto campaign = m_workspace.campaigns().load(person->campaignId))
                letter.from = campaign->editorEmail;
        }
        if (auto made = message(id, charset, language, templateText))
            letter.message = *made;
        else
            letter.problem = made.error();
        letters.append(letter);
    }
    return letters;
}

Result<QByteArray> OutreachService::message(Id intervieweeId, MailMessage::Charset charset,
                                            const QString &language, const QString &templateText)
{
    auto letter = render(intervieweeId, language, templateText);
    if (!letter)
        return letter.error();
    if (!letter->unfilled.isEmpty()) {
        QStringList parts;
        for (const LetterProblem &p : std::as_const(letter->unfilled))
            parts.append(p.message());
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "The letter still has parts to fill in (%1). "
                                                "Complete them before it is sent."),
                     {parts.join(QStringLiteral("; "))}, QStringLiteral("letter"));
    }
    auto m = addressedTo(intervieweeId, language);
    if (!m)
        return m.error();
    m->subject = letter->subject;
    m->body = letter->body;
    m->html = letter->html;
    if (charset == MailMessage::Charset::Iso2022Jp) {
        m->html.replace(QStringLiteral("<meta charset=\"utf-8\">"),
                        QStringLiteral("<meta charset=\"iso-2022-jp\">"));
    }
    m->charset = charset;
    return formatMessage(*m);
}

Result<MailMessage> OutreachService::addressedTo(Id intervieweeId, const QString &language)
{
    auto person = m_workspace.roster().load(intervieweeId);
    if (!person)
        return person.error();
    auto campaign = m_workspace.campaigns().load(person->campaignId);
    if (!campaign)
        return campaign.error();
    if (person->data.email.isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "%1 has no e-mail address."),
                     {person->data.fullName()}, QStringLiteral("email"));
    }
    if (campaign->editorEmail.isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "Set the editor's e-mail address in the campaign "
                                                "settings: letters are sent from it."),
                     {}, QStringLiteral("editorEmail"));
    }
    MailMessage m;
    const MailAddress editor{campaign->editorName.isEmpty() ? campaign->publication
                                                            : campaign->editorName,
                             campaign->editorEmail};
    m.from = editor;
    m.replyTo = editor;
    // An anonymous person's address carries no display name: the file may be kept or forwarded.
    const Category *category = campaign->category(person->data.categoryId);
    const QString honorific = category && !category->personHonorific.isEmpty()
                                  ? category->personHonorific
                                  : QStringLiteral("様");
    m.to = {
        {person->data.isAnonymous()
             ? QString()
             : person->data.fullName() +
                   (language == QLatin1String("en") ? QString() : QStringLiteral(" ") + honorific),
         person->data.email}};
    // In the campaign's zone (+0900 for Tokyo), as the sender's own mail program would write it.
    m.date = m_workspace.clock().now().toTimeZone(QTimeZone(campaign->timeZone.toUtf8()));
    return m;
}

Result<Id> OutreachService::recordEvent(Id intervieweeId, const char *action,
                                        const QString &auditAction, const QString &auditAfter,
                                        const std::function<Result<Id>(const Interviewee &)> &add,
                                        const std::function<PipelineStatus(PipelineStatus)> &next)
{
    if (auto allowed = m_workspace.require({Role::Editor}, action); !allowed)
        return allowed.error();
    Id id = 0;
    Id campaignId = 0;
    auto done = m_workspace.database().transact([&]() -> VoidResult {
        IntervieweeRepository people(m_workspace.database());
        auto person = people.load(intervieweeId);
        if (!person)
            return person.error();
        auto added = add(*person);
        if (!added)
            return added.error();
        id = *added;
        campaignId = person->campaignId;
        AuditService &audit = m_workspace.audit();
        if (auto r =
                audit.append(auditAction, campaignId, intervieweeId,
                             QStringLiteral("%1 %2").arg(auditAction.section(u'.', 0, 0)).arg(id),
                             {}, auditAfter);
            !r)
            return r;
        return m_workspace.roster().moveStatus(*person, next(person->data.status));
    });
    if (!done)
        return done.error();
    emit outreachChanged(campaignId, intervieweeId);
    return id;
}

Result<Id> OutreachService::exportLetter(Id intervieweeId, const QByteArray &message,
                                         const QString &path)
{
    if (auto open = m_workspace.campaigns().requireOpenForInterviewee(intervieweeId); !open)
        return open.error();
    if (auto r = files::checkWritableTarget(path); !r)
        return r.error();
    Id id = 0;
    // The file is committed inside the transaction, so the log entry lands only with it. (Were
    // the database's own commit to fail after that, a file would exist unlogged: the safer
    // side of the two.)
    auto done = m_workspace.database().transact([&]() -> VoidResult {
        auto logged = record(intervieweeId, OutreachRecord::Kind::Exported, message,
                             QFileInfo(path).absoluteFilePath());
        if (!logged)
            return logged.error();
        id = *logged;
        return files::writeAtomically(path, message);
    });
    if (!done)
        return done.error();
    return id;
}

Result<Id> OutreachService::record(Id intervieweeId, OutreachRecord::Kind kind,
                                   const QByteArray &message, const QString &detail)
{
    return recordEvent(
        intervieweeId, QT_TRANSLATE_NOOP("Action", "send request letters"),
        QStringLiteral("letter.") + toCode(kind), detail,
        [&](const Interviewee &person) {
            return OutreachRepository(m_workspace.database())
                .add({0, intervieweeId, kind, m_workspace.clock().now(), person.data.email, detail,
                      message});
        },
        [kind](PipelineStatus status) {
            return kind != OutreachRecord::Kind::Failed && status == PipelineStatus::NotContacted
                       ? PipelineStatus::RequestSent
                       : status;
        });
}

Result<QList<OutreachRecord>> OutreachService::log(Id campaignId, Id intervieweeId)
{
    return OutreachRepository(m_workspace.database()).list(campaignId, intervieweeId);
}

Result<Id> OutreachService::recordReply(Id intervieweeId, OutreachReply::Kind kind,
                                        const QString &prefersText, const QString &note,
                                        const QList<QDateTime> &preferredStarts)
{
    if (auto open = m_workspace.campaigns().requireOpenForInterviewee(intervieweeId); !open)
        return open.error();
    QString prefers = prefersText.trimmed();
    if (!preferredStarts.isEmpty()) {
        auto chosen = m_workspace.scheduling().describeSlots(intervieweeId, preferredStarts);
        if (!chosen)
            return chosen.error();
        if (kind != OutreachReply::Kind::Accepted) {
            return Error(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("Error", "Preferred times belong to an acceptance."), {},
                         QStringLiteral("prefers"));
        }
        if (prefers.isEmpty())
            prefers = *chosen;
    }
    QStringList summary{toCode(kind)};
    for (const QString &part : {prefers, note.trimmed()}) {
        if (!part.isEmpty())
            summary.append(part);
    }
    return recordEvent(
        intervieweeId, QT_TRANSLATE_NOOP("Action", "record replies to request letters"),
        QStringLiteral("reply.recorded"), summary.join(QStringLiteral(" / ")),
        [&](const Interviewee &) {
            return OutreachRepository(m_workspace.database())
                .addReply({0, intervieweeId, kind, m_workspace.clock().now(), prefers,
                           note.trimmed(), preferredStarts});
        },
        [kind](PipelineStatus status) {
            static const QList<PipelineStatus> answerable{
                PipelineStatus::NotContacted, PipelineStatus::RequestSent, PipelineStatus::Accepted,
                PipelineStatus::Declined};
            if (!answerable.contains(status))
                return status;
            if (kind == OutreachReply::Kind::Accepted)
                return PipelineStatus::Accepted;
            if (kind == OutreachReply::Kind::Declined)
                return PipelineStatus::Declined;
            return status;
        });
}

Result<QList<OutreachReply>> OutreachService::replies(Id campaignId, Id intervieweeId)
{
    return OutreachRepository(m_workspace.database()).replies(campaignId, intervieweeId);
}

Result<QList<FollowUpDue>> OutreachService::due(Id campaignId, const QDateTime &asOf)
{
    auto campaign = m_workspace.campaigns().load(campaignId);
    if (!campaign)
        return campaign.error();
    // Withdrawn, declined or already further along: nobody to chase.
    auto people = IntervieweeRepository(m_workspace.database())
                      .listWithStatus(campaignId, PipelineStatus::RequestSent);
    if (!people)
        return people.error();
    OutreachRepository repo(m_workspace.database());
    auto letters = repo.lastLetterTimes(campaignId);
    if (!letters)
        return letters.error();
    auto answers = repo.lastReplyTimes(campaignId);
    if (!answers)
        return answers.error();
    const QHash<Id, QDateTime> &lastLetter = *letters;
    const QHash<Id, QDateTime> &lastReply = *answers;
    const QDateTime now = asOf.isValid() ? asOf : m_workspace.clock().now();
    QList<FollowUpDue> out;
    for (const Interviewee &p : *people) {
        if (!lastLetter.contains(p.id))
            continue;
        const QDateTime sent = lastLetter.value(p.id);
        if (lastReply.contains(p.id) && lastReply.value(p.id) >= sent)
            continue;
        const QDateTime dueAt = sent.addDays(campaign->followUpDays);
        if (dueAt > now)
            continue;
        out.append(
            {p.id, p.data.fullName(), p.data.email, sent, dueAt, int(dueAt.secsTo(now) / 86400)});
    }
    std::sort(out.begin(), out.end(),
              [](const FollowUpDue &a, const FollowUpDue &b) { return a.due < b.due; });
    return out;
}

} // namespace shuzai

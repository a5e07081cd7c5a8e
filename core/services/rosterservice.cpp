#include "rosterservice.h"

#include "auditservice.h"
#include "campaignservice.h"
#include "domain/validation.h"
#include "storage/campaignrepository.h"
#include "storage/database.h"
#include "storage/intervieweerepository.h"
#include "util/logging.h"
#include "workspace.h"

namespace shuzai {

namespace {
constexpr qsizetype kMaxQuestionLength = 1000;

Error emptyQuestion()
{
    return Error(ErrorCode::InvalidInput,
                 QT_TRANSLATE_NOOP("Error", "The question must not be empty."), {},
                 QStringLiteral("question"));
}
} // namespace

VoidResult RosterService::requireEditor() const
{
    return m_workspace.require({Role::Editor}, QT_TRANSLATE_NOOP("Action", "change the roster"));
}

Result<QList<Interviewee>> RosterService::list(Id campaignId)
{
    return IntervieweeRepository(m_workspace.database()).list(campaignId);
}

Result<qint64> RosterService::count(Id campaignId)
{
    return IntervieweeRepository(m_workspace.database()).count(campaignId);
}

Result<Interviewee> RosterService::load(Id id)
{
    return IntervieweeRepository(m_workspace.database()).load(id);
}

Result<Interviewee> RosterService::find(Id campaignId, const QString &idOrEmail)
{
    IntervieweeRepository repo(m_workspace.database());
    bool numeric = false;
    const Id id = idOrEmail.toLongLong(&numeric);
    if (numeric) {
        auto found = repo.load(id);
        if (found && found->campaignId != campaignId) {
            return Error(ErrorCode::NotFound,
                         QT_TRANSLATE_NOOP("Error", "Interviewee %1 does not belong to this "
                                                    "campaign."),
                         {idOrEmail});
        }
        return found;
    }
    auto found = repo.findByEmail(campaignId, idOrEmail);
    if (!found)
        return found.error();
    if (*found == 0) {
        return Error(ErrorCode::NotFound,
                     QT_TRANSLATE_NOOP("Error", "No interviewee of this campaign has the e-mail "
                                                "address %1."),
                     {idOrEmail});
    }
    return repo.load(*found);
}

Result<IntervieweeData> RosterService::checked(Id campaignId, const IntervieweeData &data,
                                               Id selfId)
{
    auto campaign = CampaignRepository(m_workspace.database()).load(campaignId);
    if (!campaign)
        return campaign.error();
    auto valid = validateInterviewee(data, *campaign);
    if (!valid)
        return valid.error();
    if (!valid->email.isEmpty()) {
        IntervieweeRepository repo(m_workspace.database());
        auto other = repo.findByEmail(campaignId, valid->email, selfId);
        if (!other)
            return other.error();
        if (*other != 0) {
            auto person = repo.load(*other);
            return Error(ErrorCode::Duplicate,
                         QT_TRANSLATE_NOOP("Error", "The e-mail address %1 is already used by %2 "
                                                    "in this campaign."),
                         {valid->email, person ? person->data.fullName() : QString::number(*other)},
                         QStringLiteral("email"));
        }
    }
    return valid;
}

Result<Interviewee> RosterService::add(Id campaignId, const IntervieweeData &data)
{
    if (auto allowed = requireEditor(); !allowed)
        return allowed.error();
    if (auto open = m_workspace.campaigns().requireOpen(campaignId); !open)
        return open.error();
    Id newId = 0;
    auto done = m_workspace.database().transact([&]() -> VoidResult {
        auto valid = checked(campaignId, data, 0);
        if (!valid)
            return valid.error();
        auto id = IntervieweeRepository(m_workspace.database()).insert(campaignId, *valid);
        if (!id)
            return id.error();
        newId = *id;
        // Names stay out of the log: an anonymous person's would otherwise leave in exports.
        return m_workspace.audit().append(QStringLiteral("interviewee.added"), campaignId, newId,
                                          QStringLiteral("interviewee %1").arg(newId), {},
                                          toCode(valid->status));
    });
    if (!done)
        return done.error();
    log::info("added interviewee {} to campaign {}", newId, campaignId);
    emit intervieweeAdded(campaignId, newId);
    return load(newId);
}

VoidResult RosterService::clearCustomisations(IntervieweeRepository &repo, Id intervieweeId)
{
    auto changes = repo.customisations(intervieweeId);
    if (!changes)
        return changes.error();
    for (const auto &c : *changes) {
        if (auto r = repo.removeCustomisation(intervieweeId, c.id); !r)
            return r;
    }
    if (!changes->isEmpty())
        emit questionsChanged(intervieweeId);
    return {};
}

VoidResult RosterService::moveStatus(const Interviewee &person, PipelineStatus to)
{
    if (person.data.status == to)
        return {};
    if (auto r = m_workspace.audit().append(QStringLiteral("interviewee.status"), person.campaignId,
                                            person.id, QStringLiteral("pipeline"),
                                            toCode(person.data.status), toCode(to));
        !r)
        return r;
    auto updated =
        IntervieweeRepository(m_workspace.database()).updateStatus(person.id, to, person.version);
    return updated ? VoidResult() : VoidResult(updated.error());
}

VoidResult RosterService::auditEdit(const Interviewee &before, const IntervieweeData &after)
{
    AuditService &audit = m_workspace.audit();
    const IntervieweeData &b = before.data;
    if (b.status != after.status) {
        if (auto r =
                audit.append(QStringLiteral("interviewee.status"), before.campaignId, before.id,
                             QStringLiteral("pipeline"), toCode(b.status), toCode(after.status));
            !r)
            return r;
    }
    // Which fields changed, not their values: names and addresses stay out of the log.
    QStringList fields;
    const auto note = [&](bool changed, const char *field) {
        if (changed)
            fields.append(QLatin1String(field));
    };
    note(b.categoryId != after.categoryId, "category");
    note(b.familyName != after.familyName || b.givenName != after.givenName, "name");
    note(b.familyReading != after.familyReading || b.givenReading != after.givenReading, "reading");
    note(b.organisation != after.organisation || b.department != after.department ||
             b.jobTitle != after.jobTitle,
         "affiliation");
    note(b.email != after.email || b.phone != after.phone, "contact");
    note(b.attribution != after.attribution, "attribution");
    note(b.alias != after.alias, "alias");
    note(b.notes != after.notes, "notes");
    note(b.timeZone != after.timeZone, "time_zone");
    if (fields.isEmpty())
        return {};
    return audit.append(QStringLiteral("interviewee.edited"), before.campaignId, before.id,
                        QStringLiteral("interviewee %1").arg(before.id),
                        b.attribution != after.attribution ? toCode(b.attribution) : QString(),
                        fields.join(QStringLiteral(", ")));
}

Result<Interviewee> RosterService::update(Id id, const IntervieweeData &data, int expectedVersion)
{
    if (auto allowed = requireEditor(); !allowed)
        return allowed.error();
    if (auto open = m_workspace.campaigns().requireOpenForInterviewee(id); !open)
        return open.error();
    Id campaignId = 0;
    auto done = m_workspace.database().transact([&]() -> VoidResult {
        IntervieweeRepository repo(m_workspace.database());
        auto current = repo.load(id);
        if (!current)
            return current.error();
        campaignId = current->campaignId;
        auto valid = checked(campaignId, data, id);
        if (!valid)
            return valid.error();
        auto saved = repo.update(id, *valid, expectedVersion);
        if (!saved)
            return saved.error();
        if (auto r = auditEdit(*current, *valid); !r)
            return r;
        // Rewordings and drops refer to the old category's template: they go with it.
        if (valid->categoryId != current->data.categoryId)
            return clearCustomisations(repo, id);
        return {};
    });
    if (!done)
        return done.error();
    emit intervieweeChanged(campaignId, id);
    return load(id);
}

Result<RemovedInterviewee> RosterService::remove(Id id)
{
    if (auto allowed = requireEditor(); !allowed)
        return allowed.error();
    if (auto open = m_workspace.campaigns().requireOpenForInterviewee(id); !open)
        return open.error();
    RemovedInterviewee removed;
    auto done = m_workspace.database().transact([&]() -> VoidResult {
        IntervieweeRepository repo(m_workspace.database());
        auto current = repo.load(id);
        if (!current)
            return current.error();
        auto interviews = repo.countInterviews(id);
        if (!interviews)
            return interviews.error();
        if (*interviews > 0) {
            return Error(ErrorCode::Conflict,
                         QT_TRANSLATE_NOOP("Error", "%1 has %2 interview(s) on record and cannot "
                                                    "be removed. Cancel the interviews first."),
                         {current->data.fullName(), QString::number(*interviews)});
        }
        auto customisations = repo.customisations(id);
        if (!customisations)
            return customisations.error();
        removed = RemovedInterviewee{*current, *customisations};
        if (auto r = m_workspace.audit().append(
                QStringLiteral("interviewee.removed"), current->campaignId, id,
                QStringLiteral("interviewee %1").arg(id), toCode(current->data.status), {});
            !r)
            return r;
        return repo.remove(id);
    });
    if (!done)
        return done.error();
    log::info("removed interviewee {}", id);
    emit intervieweeRemoved(removed.interviewee.campaignId, id);
    return removed;
}

VoidResult RosterService::restore(const RemovedInterviewee &removed)
{
    if (auto allowed = requireEditor(); !allowed)
        return allowed;
    if (auto open = m_workspace.campaigns().requireOpen(removed.interviewee.campaignId); !open)
        return open;
    auto done = m_workspace.database().transact([&]() -> VoidResult {
        const Interviewee &i = removed.interviewee;
        auto valid = checked(i.campaignId, i.data, i.id);
        if (!valid)
            return valid.error();
        IntervieweeRepository repo(m_workspace.database());
        if (auto r = repo.restore(i); !r)
            return r;
        // Brought back by undo: an addition as far as the log is concerned.
        if (auto r = m_workspace.audit().append(QStringLiteral("interviewee.added"), i.campaignId,
                                                i.id, QStringLiteral("interviewee %1").arg(i.id),
                                                QStringLiteral("removed"), toCode(i.data.status));
            !r)
            return r;
        for (const QuestionCustomisation &c : removed.customisations) {
            if (auto r = repo.addCustomisation(i.id, c); !r)
                return r.error();
        }
        return {};
    });
    if (!done)
        return done;
    emit intervieweeAdded(removed.interviewee.campaignId, removed.interviewee.id);
    return {};
}

Result<QList<QuestionCustomisation>> RosterService::customisations(Id intervieweeId)
{
    return IntervieweeRepository(m_workspace.database()).customisations(intervieweeId);
}

Result<QList<EffectiveQuestion>> RosterService::questions(Id intervieweeId)
{
    Database &db = m_workspace.database();
    auto interviewee = IntervieweeRepository(db).load(intervieweeId);
    if (!interviewee)
        return interviewee.error();
    auto campaign = CampaignRepository(db).load(interviewee->campaignId);
    if (!campaign)
        return campaign.error();
    const Category *category = campaign->category(interviewee->data.categoryId);
    auto changes = IntervieweeRepository(db).customisations(intervieweeId);
    if (!changes)
        return changes.error();
    // Template questions removed since stay for this person while their answers point to them.
    QList<Question> kept;
    if (category && !category->removedQuestions.isEmpty()) {
        auto answered = CampaignRepository(db).removedQuestionsAnsweredBy(intervieweeId);
        if (!answered)
            return answered.error();
        for (const Question &q : category->removedQuestions) {
            if (answered->contains(q.id))
                kept.append(q);
        }
    }
    return effectiveQuestions(category ? category->questions : QList<Question>{}, *changes, kept);
}

Result<QHash<Id, QList<EffectiveQuestion>>>
RosterService::questionsOf(const Campaign &campaign, const QList<Interviewee> &people)
{
    Database &db = m_workspace.database();
    auto changes = IntervieweeRepository(db).customisationsInCampaign(campaign.id);
    if (!changes)
        return changes.error();
    bool anyRemoved = false;
    for (const Category &c : campaign.categories)
        anyRemoved = anyRemoved || !c.removedQuestions.isEmpty();
    QHash<Id, QList<Id>> answered;
    if (anyRemoved) {
        auto found = CampaignRepository(db).removedQuestionsAnsweredInCampaign(campaign.id);
        if (!found)
            return found.error();
        answered = *found;
    }
    QHash<Id, QList<EffectiveQuestion>> out;
    for (const Interviewee &person : people) {
        const Category *category = campaign.category(person.data.categoryId);
        QList<Question> kept;
        if (category) {
            const QList<Id> ids = answered.value(person.id);
            for (const Question &q : category->removedQuestions) {
                if (ids.contains(q.id))
                    kept.append(q);
            }
        }
        out.insert(person.id, effectiveQuestions(category ? category->questions : QList<Question>{},
                                                 changes->value(person.id), kept));
    }
    return out;
}

Result<QuestionCustomisation>
RosterService::customise(Id intervieweeId, QuestionCustomisation change, int templatePosition)
{
    if (auto allowed = requireEditor(); !allowed)
        return allowed.error();
    if (auto open = m_workspace.campaigns().requireOpenForInterviewee(intervieweeId); !open)
        return open.error();
    using Kind = QuestionCustomisation::Kind;
    change.text = change.text.trimmed();
    if (change.kind != Kind::Drop && change.text.isEmpty())
        return emptyQuestion();
    if (change.text.size() > kMaxQuestionLength) {
        return Error(ErrorCode::InvalidInput, QT_TRANSLATE_NOOP("Error", "The entry is too long."),
                     {}, QStringLiteral("question"));
    }
    Database &db = m_workspace.database();
    auto done = db.transact([&]() -> VoidResult {
        IntervieweeRepository repo(db);
        auto interviewee = repo.load(intervieweeId);
        if (!interviewee)
            return interviewee.error();
        auto campaign = CampaignRepository(db).load(interviewee->campaignId);
        if (!campaign)
            return campaign.error();
        const Category *category = campaign->category(interviewee->data.categoryId);
        const qsizetype templateSize = category ? category->questions.size() : 0;
        if (change.kind == Kind::Add) {
            change.afterPosition = std::clamp(templatePosition, 0, int(templateSize));
        } else {
            if (templatePosition < 1 || templatePosition > templateSize) {
                return Error(ErrorCode::InvalidInput,
                             QT_TRANSLATE_NOOP("Error", "There is no question %1 in the "
                                                        "category's list (1 to %2)."),
                             {QString::number(templatePosition), QString::number(templateSize)},
                             QStringLiteral("question"));
            }
            change.questionId = category->questions.at(templatePosition - 1).id;
            // One change per template question: a new rewording or drop replaces the old one.
            auto existing = repo.customisations(intervieweeId);
            if (!existing)
                return existing.error();
            for (const auto &c : *existing) {
                if (c.kind != Kind::Add && c.questionId == change.questionId) {
                    if (auto r = repo.removeCustomisation(intervieweeId, c.id); !r)
                        return r;
                }
            }
        }
        change.id = 0;
        auto id = repo.addCustomisation(intervieweeId, change);
        if (!id)
            return id.error();
        change.id = *id;
        return {};
    });
    if (!done)
        return done.error();
    emit questionsChanged(intervieweeId);
    return change;
}

Result<QuestionCustomisation> RosterService::rewordQuestion(Id intervieweeId, int templatePosition,
                                                            const QString &text)
{
    QuestionCustomisation c;
    c.kind = QuestionCustomisation::Kind::Reword;
    c.text = text;
    return customise(intervieweeId, c, templatePosition);
}

Result<QuestionCustomisation> RosterService::dropQuestion(Id intervieweeId, int templatePosition)
{
    QuestionCustomisation c;
    c.kind = QuestionCustomisation::Kind::Drop;
    return customise(intervieweeId, c, templatePosition);
}

Result<QuestionCustomisation> RosterService::addQuestion(Id intervieweeId, const QString &text,
                                                         int afterTemplatePosition)
{
    QuestionCustomisation c;
    c.kind = QuestionCustomisation::Kind::Add;
    c.text = text;
    return customise(intervieweeId, c, afterTemplatePosition);
}

VoidResult RosterService::removeCustomisation(Id intervieweeId, Id customisationId)
{
    if (auto allowed = requireEditor(); !allowed)
        return allowed;
    if (auto open = m_workspace.campaigns().requireOpenForInterviewee(intervieweeId); !open)
        return open;
    Database &db = m_workspace.database();
    auto done = db.transact([&]() {
        return IntervieweeRepository(db).removeCustomisation(intervieweeId, customisationId);
    });
    if (!done)
        return done;
    emit questionsChanged(intervieweeId);
    return {};
}

VoidResult RosterService::replaceCustomisations(Id intervieweeId,
                                                const QList<QuestionCustomisation> &changes)
{
    if (auto allowed = requireEditor(); !allowed)
        return allowed;
    if (auto open = m_workspace.campaigns().requireOpenForInterviewee(intervieweeId); !open)
        return open;
    Database &db = m_workspace.database();
    auto done = db.transact([&]() -> VoidResult {
        IntervieweeRepository repo(db);
        auto now = repo.customisations(intervieweeId);
        if (!now)
            return now.error();
        for (const auto &c : *now) {
            if (auto r = repo.removeCustomisation(intervieweeId, c.id); !r)
                return r;
        }
        for (const auto &c : changes) {
            if (auto r = repo.addCustomisation(intervieweeId, c); !r)
                return r.error();
        }
        return {};
    });
    if (!done)
        return done;
    emit questionsChanged(intervieweeId);
    return {};
}

VoidResult RosterService::resetQuestions(Id intervieweeId, int listedNumber)
{
    if (auto allowed = requireEditor(); !allowed)
        return allowed;
    if (auto open = m_workspace.campaigns().requireOpenForInterviewee(intervieweeId); !open)
        return open;
    Database &db = m_workspace.database();
    auto done = db.transact([&]() -> VoidResult {
        IntervieweeRepository repo(db);
        QList<Id> ids;
        if (listedNumber == 0) {
            auto changes = repo.customisations(intervieweeId);
            if (!changes)
                return changes.error();
            for (const auto &c : *changes)
                ids.append(c.id);
        } else {
            auto list = questions(intervieweeId);
            if (!list)
                return list.error();
            if (listedNumber < 1 || listedNumber > list->size()) {
                return Error(ErrorCode::InvalidInput,
                             QT_TRANSLATE_NOOP("Error", "There is no question %1 in the list (1 "
                                                        "to %2)."),
                             {QString::number(listedNumber), QString::number(list->size())},
                             QStringLiteral("question"));
            }
            if (const Id c = list->at(listedNumber - 1).customisationId)
                ids.append(c);
        }
        for (Id c : ids) {
            if (auto r = repo.removeCustomisation(intervieweeId, c); !r)
                return r;
        }
        return {};
    });
    if (!done)
        return done;
    emit questionsChanged(intervieweeId);
    return {};
}

} // namespace shuzai

#include "campaignservice.h"

#include "auditservice.h"
#include "domain/validation.h"
#include "storage/campaignrepository.h"
#include "storage/database.h"
#include "workspace.h"

namespace shuzai {

namespace {
const char *const kRunCampaigns = QT_TRANSLATE_NOOP("Action", "run campaigns");
const char *const kChangeSettings = QT_TRANSLATE_NOOP("Action", "change campaign settings");

QString subjectOf(const Campaign &c)
{
    return QStringLiteral("campaign %1").arg(c.id);
}
} // namespace

VoidResult CampaignService::requireEditor(const char *action) const
{
    return m_workspace.require({Role::Editor}, action);
}

Result<QList<Campaign>> CampaignService::list()
{
    return CampaignRepository(m_workspace.database()).list();
}

Result<Campaign> CampaignService::load(Id id)
{
    return CampaignRepository(m_workspace.database()).load(id);
}

VoidResult CampaignService::requireOpen(Id campaignId)
{
    // In a transaction of its own unless the caller's: a lost server connection is opened
    // again there (and reported as such) before the change starts.
    Result<Campaign> campaign = Error(ErrorCode::NotFound, "");
    auto read = m_workspace.database().transact([&]() -> VoidResult {
        campaign = CampaignRepository(m_workspace.database()).load(campaignId);
        return {};
    });
    if (!read)
        return read;
    if (!campaign)
        return campaign.error();
    if (!campaign->archived())
        return {};
    return Error(ErrorCode::InvalidInput,
                 QT_TRANSLATE_NOOP("Error", "The campaign \"%1\" is archived and cannot be "
                                            "changed. Unarchive it first."),
                 {campaign->title}, QStringLiteral("campaign"));
}

VoidResult CampaignService::requireOpenForInterviewee(Id intervieweeId)
{
    auto campaignId =
        CampaignRepository(m_workspace.database()).campaignOfInterviewee(intervieweeId);
    if (!campaignId)
        return campaignId.error();
    // A person who does not exist is the caller's own error to report.
    return *campaignId ? requireOpen(*campaignId) : VoidResult();
}

VoidResult CampaignService::requireOpenForInterview(Id interviewId)
{
    auto campaignId = CampaignRepository(m_workspace.database()).campaignOfInterview(interviewId);
    if (!campaignId)
        return campaignId.error();
    return *campaignId ? requireOpen(*campaignId) : VoidResult();
}

Result<Campaign> CampaignService::updateSettings(Id id, const CampaignSettings &settings,
                                                 int expectedVersion)
{
    if (auto allowed = requireEditor(kChangeSettings); !allowed)
        return allowed.error();
    auto valid = validateCampaignSettings(settings);
    if (!valid)
        return valid.error();
    CampaignRepository repo(m_workspace.database());
    auto saved = m_workspace.database().transact([&]() -> VoidResult {
        if (auto open = requireOpen(id); !open)
            return open;
        auto r = repo.updateSettings(id, *valid, expectedVersion);
        return r ? VoidResult() : VoidResult(r.error());
    });
    if (!saved)
        return saved.error();
    emit campaignChanged(id);
    return repo.load(id);
}

Result<AvailabilityWindow> CampaignService::addWindow(Id campaignId, const AvailabilityWindow &w)
{
    if (auto allowed = requireEditor(kChangeSettings); !allowed)
        return allowed.error();
    if (!w.day.isValid() || !w.start.isValid() || !w.end.isValid() || w.end <= w.start) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "A candidate time needs a day and a start before "
                                                "its end."),
                     {}, QStringLiteral("window"));
    }
    Database &db = m_workspace.database();
    Id id = 0;
    auto done = db.transact([&]() -> VoidResult {
        if (auto open = requireOpen(campaignId); !open)
            return open;
        auto campaign = CampaignRepository(db).load(campaignId);
        if (!campaign)
            return campaign.error();
        for (const AvailabilityWindow &other : campaign->windows) {
            if (other.day == w.day && w.start < other.end && other.start < w.end) {
                return Error(ErrorCode::Duplicate,
                             QT_TRANSLATE_NOOP("Error", "The candidate time overlaps %1 %2-%3."),
                             {other.day.toString(Qt::ISODate),
                              other.start.toString(QStringLiteral("HH:mm")),
                              other.end.toString(QStringLiteral("HH:mm"))},
                             QStringLiteral("window"));
            }
        }
        auto added = CampaignRepository(db).addWindow(campaignId, w);
        if (!added)
            return added.error();
        id = *added;
        return {};
    });
    if (!done)
        return done.error();
    emit campaignChanged(campaignId);
    AvailabilityWindow out = w;
    out.id = id;
    return out;
}

VoidResult CampaignService::removeWindow(Id campaignId, Id windowId)
{
    if (auto allowed = requireEditor(kChangeSettings); !allowed)
        return allowed;
    Database &db = m_workspace.database();
    auto done = db.transact([&]() -> VoidResult {
        if (auto open = requireOpen(campaignId); !open)
            return open;
        return CampaignRepository(db).removeWindow(campaignId, windowId);
    });
    if (!done)
        return done;
    emit campaignChanged(campaignId);
    return {};
}

Result<Campaign> CampaignService::create(const CampaignSettings &settings)
{
    if (auto allowed = requireEditor(kRunCampaigns); !allowed)
        return allowed.error();
    auto valid = validateCampaignSettings(settings);
    if (!valid)
        return valid.error();
    Campaign c;
    const CampaignSettings &s = *valid;
    c.title = s.title;
    c.publication = s.publication;
    c.publicationDate = s.publicationDate;
    c.windowStart = s.windowStart;
    c.windowEnd = s.windowEnd;
    c.interviewMinutes = s.interviewMinutes;
    c.bufferMinutes = s.bufferMinutes;
    c.followUpDays = s.followUpDays;
    c.reviewMarginDays = s.reviewMarginDays;
    c.modes = s.modes;
    c.timeZone = s.timeZone;
    c.editorName = s.editorName;
    c.editorEmail = s.editorEmail;
    c.editorPhone = s.editorPhone;
    c.website = s.website;
    c.letterHeadingMark = s.letterHeadingMark;
    c.letterListMark = s.letterListMark;
    c.tentativeSlots = s.tentativeSlots;
    for (Attribution a : allAttributions()) {
        if (a != Attribution::Undecided)
            c.attributionOptions.append(a);
    }
    Database &db = m_workspace.database();
    Id id = 0;
    auto done = db.transact([&]() -> VoidResult {
        auto inserted = CampaignRepository(db).insert(c);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return m_workspace.audit().append(QStringLiteral("campaign.created"), id, 0,
                                          QStringLiteral("campaign %1").arg(id), {}, c.title);
    });
    if (!done)
        return done.error();
    emit campaignsChanged();
    return load(id);
}

Result<Campaign> CampaignService::duplicate(Id sourceId, const DuplicateOptions &options)
{
    if (auto allowed = requireEditor(kRunCampaigns); !allowed)
        return allowed.error();
    Database &db = m_workspace.database();
    CampaignRepository repo(db);
    auto source = repo.load(sourceId);
    if (!source)
        return source.error();
    Campaign c = *source;
    c.id = 0;
    c.archivedAt = {};
    c.windows.clear(); // candidate times belong to the old dates
    c.title = options.title.trimmed().isEmpty() ? source->title + QString::fromUtf8("（コピー）")
                                                : options.title.trimmed();
    // Unless given, the interview window moves with the publication date (same lead time).
    const qint64 shift = options.publicationDate.isValid()
                             ? source->publicationDate.daysTo(options.publicationDate)
                             : 0;
    if (options.publicationDate.isValid())
        c.publicationDate = options.publicationDate;
    c.windowStart =
        options.windowStart.isValid() ? options.windowStart : source->windowStart.addDays(shift);
    c.windowEnd =
        options.windowEnd.isValid() ? options.windowEnd : source->windowEnd.addDays(shift);
    if (auto valid = validateCampaignSettings(settingsOf(c)); !valid)
        return valid.error();
    Id id = 0;
    auto done = db.transact([&]() -> VoidResult {
        auto templates = repo.letterTemplates(sourceId);
        if (!templates)
            return templates.error();
        auto inserted = repo.insert(c);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        for (auto it = templates->cbegin(); it != templates->cend(); ++it) {
            if (auto r = repo.putLetterTemplate(id, it.key(), it.value()); !r)
                return r;
        }
        return m_workspace.audit().append(QStringLiteral("campaign.duplicated"), id, 0,
                                          QStringLiteral("campaign %1").arg(id),
                                          subjectOf(*source) + u' ' + source->title, c.title);
    });
    if (!done)
        return done.error();
    emit campaignsChanged();
    return load(id);
}

Result<Campaign> CampaignService::archive(Id id)
{
    return setArchived(id, true);
}

Result<Campaign> CampaignService::unarchive(Id id)
{
    return setArchived(id, false);
}

Result<Campaign> CampaignService::setArchived(Id id, bool archived)
{
    if (auto allowed = requireEditor(kRunCampaigns); !allowed)
        return allowed.error();
    Database &db = m_workspace.database();
    auto done = db.transact([&]() -> VoidResult {
        auto c = CampaignRepository(db).load(id);
        if (!c)
            return c.error();
        if (c->archived() == archived)
            return {};
        const QDateTime at = archived ? m_workspace.clock().now() : QDateTime();
        if (auto r = CampaignRepository(db).setArchivedAt(id, at); !r)
            return r;
        const QString open = QStringLiteral("open");
        const QString closed = QStringLiteral("archived");
        return m_workspace.audit().append(
            archived ? QStringLiteral("campaign.archived") : QStringLiteral("campaign.unarchived"),
            id, 0, subjectOf(*c), archived ? open : closed, archived ? closed : open);
    });
    if (!done)
        return done.error();
    emit campaignChanged(id);
    emit campaignsChanged();
    return load(id);
}

Result<CampaignRecord> CampaignService::remove(Id id)
{
    if (auto allowed = requireEditor(kRunCampaigns); !allowed)
        return allowed.error();
    Database &db = m_workspace.database();
    CampaignRepository repo(db);
    CampaignRecord record;
    auto done = db.transact([&]() -> VoidResult {
        auto c = repo.load(id);
        if (!c)
            return c.error();
        auto people = repo.peopleCount(id);
        if (!people)
            return people.error();
        if (*people > 0) {
            return Error(ErrorCode::Conflict,
                         QT_TRANSLATE_NOOP("Error", "The campaign \"%1\" still has people on its "
                                                    "roster (%2); only an empty campaign can be "
                                                    "deleted (archive it instead)."),
                         {c->title, QString::number(*people)}, QStringLiteral("campaign"));
        }
        auto templates = repo.letterTemplates(id);
        if (!templates)
            return templates.error();
        record = {*c, *templates};
        if (auto r = repo.remove(id); !r)
            return r;
        return m_workspace.audit().append(QStringLiteral("campaign.removed"), id, 0, subjectOf(*c),
                                          c->title, {});
    });
    if (!done)
        return done.error();
    emit campaignsChanged();
    return record;
}

Result<Campaign> CampaignService::restore(const CampaignRecord &record)
{
    if (auto allowed = requireEditor(kRunCampaigns); !allowed)
        return allowed.error();
    Database &db = m_workspace.database();
    CampaignRepository repo(db);
    const Campaign &c = record.campaign;
    auto done = db.transact([&]() -> VoidResult {
        auto inserted = repo.insert(c, true);
        if (!inserted)
            return inserted.error();
        for (auto it = record.letterTemplates.cbegin(); it != record.letterTemplates.cend(); ++it) {
            if (auto r = repo.putLetterTemplate(c.id, it.key(), it.value()); !r)
                return r;
        }
        return m_workspace.audit().append(QStringLiteral("campaign.restored"), c.id, 0,
                                          subjectOf(c), {}, c.title);
    });
    if (!done)
        return done.error();
    emit campaignsChanged();
    return load(c.id);
}

} // namespace shuzai

// The CalDAV account, its password, the writers' calendars, status and conflict resolution
// (the sync itself is in caldavservice_sync.cpp).
#include "caldavservice.h"

#include "caldav/caldavclient.h"
#include "caldav/caldavevents.h"
#include "outreach/passwordstore.h"
#include "schedulingservice.h"
#include "storage/busyrepository.h"
#include "storage/caldavrepository.h"
#include "storage/database.h"
#include "storage/userrepository.h"
#include "workspace.h"

#include <QFileInfo>
#include <QHash>
#include <QUrl>

namespace shuzai {

namespace {
Error noAccount()
{
    return Error(ErrorCode::NotFound,
                 QT_TRANSLATE_NOOP("Error", "No calendar server is set up: give one with "
                                            "\"shuzai-cli caldav account set --url URL --user "
                                            "LOGIN\"."));
}

QString collectionUrl(QString url)
{
    if (!url.endsWith(u'/'))
        url += u'/';
    return url;
}
} // namespace

VoidResult CaldavService::requireEditor() const
{
    return m_workspace.require({Role::Editor},
                               QT_TRANSLATE_NOOP("Action", "publish to the team's calendars"));
}

VoidResult CaldavService::setAccount(const QString &url, const QString &login,
                                     const QString &caFile)
{
    if (auto allowed = requireEditor(); !allowed)
        return allowed;
    const QUrl parsed(collectionUrl(url));
    if (auto ok = caldav::checkUrl(parsed); !ok)
        return ok;
    if (login.isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "The calendar account needs a user name."), {},
                     QStringLiteral("user"));
    }
    if (!caFile.isEmpty() && !QFileInfo(caFile).isReadable()) {
        return Error(ErrorCode::NotFound, QT_TRANSLATE_NOOP("Error", "Cannot read %1."), {caFile},
                     QStringLiteral("caFile"));
    }
    Database &db = m_workspace.database();
    return db.transact([&]() -> VoidResult {
        CaldavRepository repo(db);
        auto before = repo.account();
        if (!before)
            return before.error();
        CaldavAccount account{parsed.toString(),
                              login,
                              caFile.isEmpty() ? QString() : QFileInfo(caFile).absoluteFilePath(),
                              {}};
        // The same collection keeps its last sync; another one starts afresh.
        if (*before && (*before)->url == account.url)
            account.lastSyncAt = (*before)->lastSyncAt;
        return repo.saveAccount(account);
    });
}

Result<std::optional<CaldavAccount>> CaldavService::account()
{
    return CaldavRepository(m_workspace.database()).account();
}

Result<QString> CaldavService::passwordKey()
{
    auto saved = account();
    if (!saved)
        return saved.error();
    if (!*saved)
        return noAccount();
    return caldav::passwordKey(QUrl((*saved)->url), (*saved)->login);
}

VoidResult CaldavService::savePassword(const QString &password)
{
    auto key = passwordKey();
    if (!key)
        return key.error();
    return passwordstore::write(*key, password);
}

VoidResult CaldavService::forgetPassword()
{
    auto key = passwordKey();
    if (!key)
        return key.error();
    return passwordstore::remove(*key);
}

Result<QString> CaldavService::password(const CaldavAccount &account) const
{
    if (!m_sessionPassword.isEmpty())
        return m_sessionPassword;
    const QString fromEnvironment = qEnvironmentVariable("SHUZAI_CALDAV_PASSWORD");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return passwordstore::read(caldav::passwordKey(QUrl(account.url), account.login));
}

Result<std::unique_ptr<caldav::Client>> CaldavService::connect()
{
    auto saved = account();
    if (!saved)
        return saved.error();
    if (!*saved)
        return noAccount();
    auto secret = password(**saved);
    if (!secret)
        return secret.error();
    caldav::Settings settings;
    settings.url = QUrl((*saved)->url);
    settings.user = (*saved)->login;
    settings.password = *secret;
    settings.caFile = (*saved)->caFile;
    return std::make_unique<caldav::Client>(settings);
}

Result<CaldavCalendar> CaldavService::addCalendar(const QString &writerLogin, const QString &url)
{
    if (auto allowed = requireEditor(); !allowed)
        return allowed.error();
    const QString collection = collectionUrl(url);
    if (auto ok = caldav::checkUrl(QUrl(collection)); !ok)
        return ok.error();
    Database &db = m_workspace.database();
    auto saved = account();
    if (!saved)
        return saved.error();
    if (!*saved)
        return noAccount();
    if (auto same = caldav::sameServer(QUrl(collection), QUrl((*saved)->url)); !same)
        return same.error();
    auto writer = UserRepository(db).byLogin(writerLogin);
    if (!writer)
        return writer.error();
    Result<CaldavCalendar> added = Error(ErrorCode::NotFound, "");
    auto done = db.transact([&]() -> VoidResult {
        CaldavRepository repo(db);
        auto all = repo.calendars();
        if (!all)
            return all.error();
        for (const CaldavCalendar &c : std::as_const(*all)) {
            if (c.url == collection) {
                return Error(ErrorCode::Duplicate,
                             QT_TRANSLATE_NOOP("Error", "The calendar %1 is already read (for "
                                                        "%2)."),
                             {collection, c.writerLogin});
            }
        }
        added = repo.addCalendar(writer->id, collection);
        return added ? VoidResult{} : VoidResult(added.error());
    });
    if (!done)
        return done.error();
    return added;
}

VoidResult CaldavService::removeCalendar(const QString &url)
{
    if (auto allowed = requireEditor(); !allowed)
        return allowed;
    const QString collection = collectionUrl(url);
    Database &db = m_workspace.database();
    auto done = db.transact([&]() -> VoidResult {
        CaldavRepository repo(db);
        auto all = repo.calendars();
        if (!all)
            return all.error();
        for (const CaldavCalendar &c : std::as_const(*all)) {
            if (c.url != collection)
                continue;
            auto events = repo.busyEvents(c.id);
            if (!events)
                return events.error();
            BusyRepository busy(db);
            for (const CaldavBusyEvent &e : std::as_const(*events)) {
                const QString source = QUrl(c.url).resolved(QUrl(e.href)).toString();
                if (auto r = busy.replaceSource(source, {}); !r)
                    return r;
            }
            return repo.removeCalendar(c.id);
        }
        return Error(ErrorCode::NotFound, QT_TRANSLATE_NOOP("Error", "No calendar %1 is read."),
                     {collection});
    });
    if (done)
        emit m_workspace.scheduling().scheduleChanged(0);
    return done;
}

Result<QList<CaldavCalendar>> CaldavService::calendars()
{
    return CaldavRepository(m_workspace.database()).calendars();
}

Result<QList<ShownBusyTime>> CaldavService::busyTimes(const QDateTime &from, const QDateTime &to)
{
    auto periods = BusyRepository(m_workspace.database()).between(from, to);
    if (!periods)
        return periods.error();
    CaldavRepository repo(m_workspace.database());
    auto calendars = repo.calendars();
    if (!calendars)
        return calendars.error();
    // A CalDAV event's periods carry its URL as their source (as sync stores them); anything
    // else was imported from a file.
    QHash<QString, const CaldavCalendar *> calendarOf;
    for (const CaldavCalendar &c : std::as_const(*calendars)) {
        auto events = repo.busyEvents(c.id);
        if (!events)
            return events.error();
        for (const CaldavBusyEvent &e : std::as_const(*events))
            calendarOf.insert(QUrl(c.url).resolved(QUrl(e.href)).toString(), &c);
    }
    QList<ShownBusyTime> out;
    out.reserve(periods->size());
    for (const BusyPeriod &p : std::as_const(*periods)) {
        ShownBusyTime shown{p, {}, {}};
        if (const CaldavCalendar *c = calendarOf.value(p.source)) {
            shown.writerLogin = c->writerLogin;
            shown.calendarUrl = c->url;
        }
        out.append(shown);
    }
    return out;
}

Result<CaldavStatus> CaldavService::status(Id campaignId)
{
    CaldavStatus out;
    CaldavRepository repo(m_workspace.database());
    auto saved = repo.account();
    if (!saved)
        return saved.error();
    out.account = *saved;
    auto cals = repo.calendars();
    if (!cals)
        return cals.error();
    out.calendars = *cals;
    auto events = m_workspace.scheduling().calendarEvents(campaignId);
    if (!events)
        return events.error();
    auto published = repo.publishedByInterview();
    if (!published)
        return published.error();
    const QHash<Id, CaldavPublished> &byInterview = *published;
    for (const auto &[interview, event] : std::as_const(*events)) {
        const auto found = byInterview.constFind(interview.id);
        if (found == byInterview.cend()) {
            if (!event.cancelled)
                ++out.pending;
        } else if (found->inConflict()) {
            out.conflicts.append({interview.id, found->uid, found->href, found->conflictAt});
        } else if (found->fingerprint != caldav::fingerprint(interview, event)) {
            ++out.pending;
        } else {
            ++out.published;
        }
    }
    return out;
}

} // namespace shuzai

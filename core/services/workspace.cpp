#include "workspace.h"

#include "answerservice.h"
#include "auditservice.h"
#include "backupservice.h"
#include "caldavservice.h"
#include "campaignservice.h"
#include "changehub.h"
#include "interviewservice.h"
#include "mailboxservice.h"
#include "outreach/passwordstore.h"
#include "outreachservice.h"
#include "reviewmailservice.h"
#include "reviewservice.h"
#include "rosterservice.h"
#include "schedulingservice.h"
#include "searchservice.h"
#include "seed/samplecampaign.h"
#include "storage/campaignrepository.h"
#include "storage/database.h"
#include "storage/enginecopy.h"
#include "storage/migrations.h"
#include "storage/serverroles.h"
#include "storage/userrepository.h"
#include "transcriptservice.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QStringList>

namespace shuzai {

Workspace::Workspace(std::unique_ptr<Database> database, const Clock &clock)
    : m_database(std::move(database))
    , m_clock(clock)
    , m_campaigns(std::make_unique<CampaignService>(*this))
    , m_roster(std::make_unique<RosterService>(*this))
    , m_interviews(std::make_unique<InterviewService>(*this))
    , m_transcripts(std::make_unique<TranscriptService>(*this))
    , m_search(std::make_unique<SearchService>(*this))
    , m_answers(std::make_unique<AnswerService>(*this))
    , m_scheduling(std::make_unique<SchedulingService>(*this))
    , m_outreach(std::make_unique<OutreachService>(*this))
    , m_review(std::make_unique<ReviewService>(*this))
    , m_audit(std::make_unique<AuditService>(*this))
    , m_backups(std::make_unique<BackupService>(*this))
    , m_caldav(std::make_unique<CaldavService>(*this))
    , m_mailbox(std::make_unique<MailboxService>(*this))
    , m_reviewMail(std::make_unique<ReviewMailService>(*this))
    , m_changes(std::make_unique<ChangeHub>(*this))
{
}

Workspace::~Workspace() = default;

VoidResult Workspace::createServerDatabase(const PostgresTarget &target)
{
    return Database::createPostgresDatabase(target);
}

bool Workspace::isOnServer() const
{
    return m_database->dialect().name() != QLatin1String("sqlite");
}

QString Workspace::location() const
{
    return m_database->location();
}

int Workspace::openSchemaVersion() const
{
    return m_database->schemaVersion();
}

bool Workspace::createdNow() const
{
    return m_database->createdNow();
}

namespace {
// A damaged file is met at open: the error then names the latest good backup, so the next step
// is in the message itself.
Error withBackupAdvice(const Error &error, const QString &path)
{
    if (error.code() != ErrorCode::DatabaseCorrupt && error.code() != ErrorCode::DatabaseNotSqlite)
        return error;
    const QList<BackupInfo> backups = BackupService::backupsOf(path);
    if (backups.isEmpty())
        return error;
    const BackupInfo &latest = backups.first();
    return Error(ErrorCode::DatabaseCorrupt,
                 QT_TRANSLATE_NOOP("Error", "The database %1 is damaged. The latest good backup "
                                            "is %2 (taken %3). Restore it with File > Restore "
                                            "backup… or shuzai-cli restore \"%2\"."),
                 {QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()), latest.path,
                  QLocale().toString(latest.takenAt.toLocalTime(), QLocale::ShortFormat)})
        .withDetail(error.untranslatedMessage());
}
} // namespace

Result<std::unique_ptr<Workspace>> Workspace::openSqlite(const QString &path, const Clock &clock,
                                                         const WorkspaceOptions &options)
{
    auto database = Database::openSqlite(path, clock, options.database);
    if (!database && database.error().code() == ErrorCode::DatabaseNeedsUpgrade) {
        // A reading command on a file from an older version: it is upgraded once (taking the
        // write lock and a backup), then read as asked.
        DatabaseOptions upgrade = options.database;
        upgrade.readOnly = false;
        upgrade.create = false;
        if (auto upgraded = Database::openSqlite(path, clock, upgrade); !upgraded)
            return upgraded.error();
        database = Database::openSqlite(path, clock, options.database);
    }
    if (!database)
        return withBackupAdvice(database.error(), path);
    return finishOpening(std::move(*database), clock, options, {});
}

void Workspace::listenForChanges()
{
    QSqlDriver *driver = m_database->connection().driver();
    if (!driver || !driver->subscribeToNotification(QStringLiteral("shuzai_changes"))) {
        log::warn("live updates unavailable: could not LISTEN");
        return;
    }
    m_liveUpdates = true;
    // A new connection after a loss listens again; what was missed meanwhile is reloaded.
    m_database->setReconnectedHandler([this] {
        QSqlDriver *again = m_database->connection().driver();
        if (again)
            again->subscribeToNotification(QStringLiteral("shuzai_changes"));
        emit changedElsewhere(QString());
    });
    connect(
        driver, &QSqlDriver::notification, this,
        [this](const QString &, QSqlDriver::NotificationSource source, const QVariant &payload) {
            // Our own changes were announced when they were made.
            if (source != QSqlDriver::SelfSource)
                changeArrived(payload.toString().toUtf8());
        });
}

void Workspace::changeArrived(const QByteArray &payload)
{
    const QJsonObject change = QJsonDocument::fromJson(payload).object();
    const QString table = change.value(QStringLiteral("table")).toString();
    const QString op = change.value(QStringLiteral("op")).toString();
    const Id id = change.value(QStringLiteral("id")).toInteger();
    Id campaign = change.value(QStringLiteral("campaign")).toInteger();
    const Id person = change.value(QStringLiteral("interviewee")).toInteger();
    if (campaign == 0 && person != 0) {
        if (auto p = m_roster->load(person))
            campaign = p->campaignId;
    }
    if (table == QLatin1String("interviewees")) {
        if (op == QLatin1String("INSERT"))
            emit m_roster->intervieweeAdded(campaign, id);
        else if (op == QLatin1String("DELETE"))
            emit m_roster->intervieweeRemoved(campaign, id);
        else
            emit m_roster->intervieweeChanged(campaign, id);
    } else if (table == QLatin1String("campaigns")) {
        emit m_campaigns->campaignChanged(id);
    } else if (table == QLatin1String("interviews")) {
        emit m_scheduling->scheduleChanged(person);
    } else if (table == QLatin1String("outreach_letters") ||
               table == QLatin1String("outreach_replies")) {
        emit m_outreach->outreachChanged(campaign, person);
    } else if (table == QLatin1String("review_rounds")) {
        emit m_review->reviewChanged(campaign, person);
    }
    emit changedElsewhere(table);
}

Result<std::unique_ptr<Workspace>> Workspace::openAnotherConnection() const
{
    return anotherConnectionOpener()();
}

Workspace::ConnectionOpener Workspace::anotherConnectionOpener() const
{
    return [server = m_server, location = m_database->location(), &clock = m_clock,
            login = m_actor.login]() -> Result<std::unique_ptr<Workspace>> {
        WorkspaceOptions options;
        options.seedSample = false;
        options.seedLocalUsers = false;
        auto other =
            server ? openPostgres(*server, clock, options) : openSqlite(location, clock, options);
        if (!other)
            return other.error();
        if (auto r = (*other)->setActor(login); !r)
            return r.error();
        return other;
    };
}

int Workspace::schemaVersion()
{
    return latestSchemaVersion();
}

bool Workspace::isServerLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) ||
           location.startsWith(QLatin1String("postgres://"));
}

Result<PostgresTarget> Workspace::serverTarget(const QString &location)
{
    auto target = PostgresTarget::fromUrl(location);
    if (!target)
        return target.error();
    if (target->password.isEmpty())
        target->password = qEnvironmentVariable("SHUZAI_DB_PASSWORD");
    if (target->password.isEmpty()) {
        auto stored = passwordstore::read(target->url());
        if (!stored)
            return stored.error();
        target->password = *stored;
    }
    return target;
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &location, const Clock &clock,
                                                   const WorkspaceOptions &options)
{
    if (!isServerLocation(location))
        return openSqlite(location, clock, options);
    auto target = serverTarget(location);
    if (!target)
        return target.error();
    return openPostgres(*target, clock, options);
}

Result<std::unique_ptr<Database>> Workspace::openDatabase(const QString &location,
                                                          const Clock &clock, bool create)
{
    if (!isServerLocation(location)) {
        DatabaseOptions options;
        options.create = create;
        return Database::openSqlite(location, clock, options);
    }
    auto target = serverTarget(location);
    if (!target)
        return target.error();
    if (auto r = Database::createPostgresDatabase(*target); !r)
        return r.error();
    auto database = Database::openPostgres(*target, clock);
    if (database && serverroles::isAdministrator(**database)) {
        if (auto r = serverroles::setUp(**database); !r)
            return r.error();
    }
    return database;
}

Result<QList<TableChecksum>> Workspace::copyDatabase(const QString &from, const QString &to,
                                                     const Clock &clock)
{
    auto source = openDatabase(from, clock);
    if (!source)
        return source.error();
    const bool newFile = !isServerLocation(to) && !QFileInfo::exists(to);
    Result<QList<TableChecksum>> copied = Error(ErrorCode::Cancelled, "");
    {
        auto target = openDatabase(to, clock, true);
        if (!target)
            copied = target.error();
        else
            copied = enginecopy::copy(**source, **target);
    }
    // Closed by now: the file this copy made holds nothing worth keeping.
    if (!copied && newFile) {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(to + QLatin1String(suffix));
    }
    return copied;
}

Result<std::unique_ptr<Workspace>> Workspace::openPostgres(const PostgresTarget &target,
                                                           const Clock &clock,
                                                           const WorkspaceOptions &options)
{
    auto database = Database::openPostgres(target, clock);
    if (!database)
        return database.error();
    // An administrator's connection keeps the server's roles and grants in step with the
    // schema it may just have migrated.
    if (serverroles::isAdministrator(**database)) {
        if (auto r = serverroles::setUp(**database); !r)
            return r.error();
    }
    auto workspace = finishOpening(std::move(*database), clock, options, target.user);
    if (workspace)
        (*workspace)->m_server = target;
    return workspace;
}

Result<std::unique_ptr<Workspace>> Workspace::finishOpening(std::unique_ptr<Database> database,
                                                            const Clock &clock,
                                                            const WorkspaceOptions &options,
                                                            const QString &login)
{
    std::unique_ptr<Workspace> workspace(new Workspace(std::move(database), clock));
    // A file is seeded only by whoever may create it (init, the GUI's first start): any other
    // open only reads what is there, and takes no write lock for it.
    const bool server = workspace->isOnServer();
    if (server || options.database.create) {
        if (auto seeded = workspace->seedIfEmpty(options.seedSample, options.seedLocalUsers);
            !seeded)
            return seeded.error();
    }
    if (server)
        workspace->listenForChanges();
    auto users = workspace->users();
    if (!users)
        return users.error();
    // On a server each person is their own database user; a local file is opened by its
    // first editor (--as or the user menu changes who acts).
    for (const User &u : *users) {
        if (!login.isEmpty() && u.login == login) {
            workspace->m_actor = u;
            return workspace;
        }
    }
    if (!login.isEmpty() && !workspace->database().createdNow() &&
        !serverroles::isAdministrator(workspace->database())) {
        return Error(ErrorCode::PermissionDenied,
                     QT_TRANSLATE_NOOP("Error", "%1 is not a Shuzai user of %2. Ask the editor "
                                                "to add you (shuzai-cli user add)."),
                     {login, workspace->database().location()});
    }
    for (const User &u : *users) {
        if (u.role == Role::Editor) {
            workspace->m_actor = u;
            break;
        }
    }
    return workspace;
}

VoidResult Workspace::seedIfEmpty(bool withSampleCampaign, bool withLocalUsers)
{
    // Decided inside the transaction on what is there, not on how the file was opened: a first
    // run interrupted before seeding is seeded on the next open, and never twice.
    return m_database->transact([&]() -> VoidResult {
        UserRepository users(*m_database);
        auto existing = users.list();
        if (!existing)
            return existing.error();
        if (!existing->isEmpty())
            return {};
        // A team server's people are its own (server setup, user add), not the local users.
        for (const User &u : withLocalUsers ? sampleUsers() : QList<User>{}) {
            if (auto r = users.insert(u); !r)
                return r.error();
        }
        CampaignRepository campaigns(*m_database);
        auto present = campaigns.list();
        if (!present)
            return present.error();
        if (withSampleCampaign && present->isEmpty()) {
            if (auto r = campaigns.insert(sampleCampaign()); !r)
                return r.error();
            log::info("seeded the sample campaign");
        }
        return {};
    });
}

Result<QList<User>> Workspace::users()
{
    return UserRepository(*m_database).list();
}

Result<User> Workspace::setUpServer(const User &editor, const QString &password)
{
    if (!serverroles::isAdministrator(*m_database)) {
        return Error(ErrorCode::PermissionDenied,
                     QT_TRANSLATE_NOOP("Error", "Setting up the server needs its administrator "
                                                "(a superuser), not %1."),
                     {m_database->location()});
    }
    if (editor.role != Role::Editor) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "The first user of a server is its editor."));
    }
    if (auto r = serverroles::setUp(*m_database); !r)
        return r.error();
    return insertUser(editor, password);
}

Result<User> Workspace::addUser(const User &user, const QString &password)
{
    if (auto allowed = require({Role::Editor}, QT_TRANSLATE_NOOP("Action", "manage users"));
        !allowed)
        return allowed.error();
    return insertUser(user, password);
}

Result<User> Workspace::insertUser(const User &user, const QString &password)
{
    static const QRegularExpression loginPattern(QStringLiteral("^[a-z0-9._-]{1,32}$"));
    if (!loginPattern.match(user.login).hasMatch()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "A login is 1 to 32 lower-case letters, digits, "
                                                "'.', '_' or '-', not \"%1\"."),
                     {user.login}, QStringLiteral("login"));
    }
    if (user.displayName.trimmed().isEmpty()) {
        return Error(ErrorCode::InvalidInput, QT_TRANSLATE_NOOP("Error", "Give the user's name."),
                     {}, QStringLiteral("displayName"));
    }
    User added = user;
    added.displayName = user.displayName.trimmed();
    auto done = m_database->transact([&]() -> VoidResult {
        UserRepository users(*m_database);
        if (users.byLogin(user.login)) {
            return Error(ErrorCode::Duplicate,
                         QT_TRANSLATE_NOOP("Error", "The login \"%1\" is already taken."),
                         {user.login}, QStringLiteral("login"));
        }
        auto id = users.insert(added);
        if (!id)
            return id.error();
        added.id = *id;
        // On the team server each person logs in as themselves, in their role's group.
        if (m_database->dialect().name() != QLatin1String("sqlite")) {
            if (password.isEmpty()) {
                return Error(ErrorCode::InvalidInput,
                             QT_TRANSLATE_NOOP("Error", "Give %1 a password to log in to the "
                                                        "server with."),
                             {added.login}, QStringLiteral("password"));
            }
            if (auto r = serverroles::addLogin(*m_database, added.login, password, added.role); !r)
                return r;
        }
        return m_audit->append(QStringLiteral("user.added"), 0, 0,
                               QStringLiteral("user %1").arg(added.login), {}, toCode(added.role));
    });
    if (!done)
        return done.error();
    return added;
}

VoidResult Workspace::setActor(const QString &login)
{
    // On the team server you are who you logged in as; only its administrator may act as
    // someone else (to set things up).
    if (m_database->dialect().name() != QLatin1String("sqlite") &&
        login != m_database->connection().userName() &&
        !serverroles::isAdministrator(*m_database)) {
        return Error(ErrorCode::PermissionDenied,
                     QT_TRANSLATE_NOOP("Error", "On the team server you act as yourself (%1); "
                                                "log in as %2 to act as them."),
                     {m_database->connection().userName(), login});
    }
    auto user = UserRepository(*m_database).byLogin(login);
    if (!user)
        return user.error();
    m_actor = *user;
    emit actorChanged();
    return {};
}

VoidResult Workspace::require(std::initializer_list<Role> roles, const char *actionSource) const
{
    for (Role role : roles) {
        if (m_actor.id != 0 && m_actor.role == role)
            return {};
    }
    QStringList allowed;
    for (Role role : roles)
        allowed.append(displayName(role));
    const QString who = m_actor.id != 0 ? m_actor.displayName : QStringLiteral("?");
    return Error(ErrorCode::PermissionDenied,
                 QT_TRANSLATE_NOOP("Error", "%1 (%2) may not %3. This needs the role: %4."),
                 {who, m_actor.id != 0 ? displayName(m_actor.role) : QStringLiteral("-"),
                  QCoreApplication::translate("Action", actionSource),
                  allowed.join(QStringLiteral(", "))});
}

} // namespace shuzai

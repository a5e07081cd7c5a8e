#pragma once

#include "domain/databaseoptions.h"
#include "domain/postgrestarget.h"
#include "domain/tablechecksum.h"
#include "domain/user.h"
#include "util/clock.h"
#include "util/result.h"

#include <QObject>
#include <functional>
#include <memory>
#include <optional>

namespace shuzai {

class AnswerService;
class AuditService;
class BackupService;
class CaldavService;
class ReviewService;
class CampaignService;
class ChangeHub;
class Database;
class InterviewService;
class MailboxService;
class ReviewMailService;
class OutreachService;
class RosterService;
class SchedulingService;
class SearchService;
class TranscriptService;

struct WorkspaceOptions {
    // A database opened with database.create (or a server) and without users gets the local
    // users (one per role) and, with this, the sample campaign.
    bool seedSample = true;
    // One local user a role (editor, writer, reviewer) in a new database; a team server has
    // its people instead.
    bool seedLocalUsers = true;
    DatabaseOptions database;
};

// An open Shuzai database with its services and the user acting on it. The GUI, the CLI and the
// tests all work through one of these; nothing above it sees SQL.
class Workspace : public QObject {
    Q_OBJECT
public:
    ~Workspace() override;

    static Result<std::unique_ptr<Workspace>> openSqlite(const QString &path, const Clock &clock,
                                                         const WorkspaceOptions &options = {});
    // A file path, or postgresql://user@host:port/database for the team server. The server's
    // password comes from SHUZAI_DB_PASSWORD or the system keychain (entry: the URL), never
    // from a file Shuzai writes.
    static Result<std::unique_ptr<Workspace>> open(const QString &location, const Clock &clock,
                                                   const WorkspaceOptions &options = {});
    static bool isServerLocation(const QString &location);
    // The schema version this build creates and upgrades to (shown by --version).
    static int schemaVersion();
    // The server of a postgresql:// location with its password found as open() finds it.
    static Result<PostgresTarget> serverTarget(const QString &location);
    // Creates the server's database unless it exists (an administrator's first step).
    static VoidResult createServerDatabase(const PostgresTarget &target);
    // Just the database, migrated but not seeded (a server's created if missing, a file only
    // with `create`): what a copy between engines writes into.
    static Result<std::unique_ptr<Database>> openDatabase(const QString &location,
                                                          const Clock &clock, bool create = false);
    // Copies every record of one database into another, empty one, on either engine, checked
    // table by table before the commit. A file the copy made is removed again when it fails.
    static Result<QList<TableChecksum>> copyDatabase(const QString &from, const QString &to,
                                                     const Clock &clock);
    // The team server: the person connecting acts as the Shuzai user of the same login.
    static Result<std::unique_ptr<Workspace>> openPostgres(const PostgresTarget &target,
                                                           const Clock &clock,
                                                           const WorkspaceOptions &options = {});

    // The storage underneath, for the services (widgets and the CLI use the accessors below).
    Database &database() { return *m_database; }
    // Where the database is, for messages ("/home/…/shuzai.db", "postgresql://…").
    QString location() const;
    int openSchemaVersion() const; // the open database's schema version
    bool createdNow() const;       // this open created the schema from nothing
    const Clock &clock() const { return m_clock; }
    CampaignService &campaigns() { return *m_campaigns; }
    RosterService &roster() { return *m_roster; }
    InterviewService &interviews() { return *m_interviews; }
    TranscriptService &transcripts() { return *m_transcripts; }
    SearchService &search() { return *m_search; }
    AnswerService &answers() { return *m_answers; }
    SchedulingService &scheduling() { return *m_scheduling; }
    OutreachService &outreach() { return *m_outreach; }
    ReviewService &review() { return *m_review; }
    AuditService &audit() { return *m_audit; }
    BackupService &backups() { return *m_backups; }
    // The team's calendars over CalDAV.
    CaldavService &caldav() { return *m_caldav; }
    MailboxService &mailbox() { return *m_mailbox; }
    // Corrections proposed from review answers that came by mail.
    ReviewMailService &reviewMail() { return *m_reviewMail; }
    // Every change announced by what it touched (screens listen here).
    ChangeHub &changes() { return *m_changes; }

    Result<QList<User>> users();
    // A new person on the team; the editor's to do. Logins are lower-case letters, digits, '.',
    // '_' and '-', and unique.
    // On the team server also their login role, with `password` (never stored by Shuzai).
    Result<User> addUser(const User &user, const QString &password = {});
    // A new team server: the roles and grants, and its first editor with their login. Needs
    // the server's administrator connection.
    Result<User> setUpServer(const User &editor, const QString &password);
    const User &actor() const { return m_actor; }
    // Chooses who acts from now on (the app's user menu, `--as LOGIN`).
    VoidResult setActor(const QString &login);
    // Refused with a translated message unless the acting user has one of the roles.
    VoidResult require(std::initializer_list<Role> roles, const char *actionSource) const;

    // The same database on a new connection of the calling thread, as the same person: what a
    // background task works through. (A server's password stays in memory only.)
    Result<std::unique_ptr<Workspace>> openAnotherConnection() const;
    // The same, to be called later on a worker thread: what it needs is copied now, on the
    // thread that owns this workspace, so the worker reads nothing the window may change
    // meanwhile (the acting user, say).
    using ConnectionOpener = std::function<Result<std::unique_ptr<Workspace>>()>;
    ConnectionOpener anotherConnectionOpener() const;

    bool isOnServer() const;
    // True when other clients' changes arrive as they commit (the team server).
    bool hasLiveUpdates() const { return m_liveUpdates; }

signals:
    void actorChanged();
    // Another client changed `table` (after the specific service signal, if any, was emitted).
    void changedElsewhere(const QString &table);

private:
    Workspace(std::unique_ptr<Database> database, const Clock &clock);
    void listenForChanges();
    // addUser() without the role check: also what setting up a server runs as its administrator.
    Result<User> insertUser(const User &user, const QString &password);
    void changeArrived(const QByteArray &payload);
    static Result<std::unique_ptr<Workspace>> finishOpening(std::unique_ptr<Database> database,
                                                            const Clock &clock,
                                                            const WorkspaceOptions &options,
                                                            const QString &login);
    VoidResult seedIfEmpty(bool withSampleCampaign, bool withLocalUsers);

    std::unique_ptr<Database> m_database;
    const Clock &m_clock;
    std::unique_ptr<CampaignService> m_campaigns;
    std::unique_ptr<RosterService> m_roster;
    std::unique_ptr<InterviewService> m_interviews;
    std::unique_ptr<TranscriptService> m_transcripts;
    std::unique_ptr<SearchService> m_search;
    std::unique_ptr<AnswerService> m_answers;
    std::unique_ptr<SchedulingService> m_scheduling;
    std::unique_ptr<OutreachService> m_outreach;
    std::unique_ptr<ReviewService> m_review;
    std::unique_ptr<AuditService> m_audit;
    std::unique_ptr<BackupService> m_backups;
    std::unique_ptr<CaldavService> m_caldav;
    std::unique_ptr<MailboxService> m_mailbox;
    std::unique_ptr<ReviewMailService> m_reviewMail;
    std::unique_ptr<ChangeHub> m_changes; // after the services it listens to
    User m_actor;
    bool m_liveUpdates = false;
    std::optional<PostgresTarget> m_server;
};

} // namespace shuzai

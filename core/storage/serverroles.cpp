#include "serverroles.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace shuzai::serverroles {

namespace {
VoidResult run(Database &db, const QString &sql)
{
    // DDL cannot be prepared, and takes no bound values: every name here is Shuzai's own or a
    // login checked against [a-z0-9._-] before it gets here.
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        return db.errorFrom(q.lastError(), sql);
    return {};
}

QString groupOf(Role role)
{
    return QStringLiteral("shuzai_") + toCode(role);
}

// A string literal for DDL, quotes doubled (standard_conforming_strings is on by default).
QString literal(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', QStringLiteral("''"));
    return u'\'' + quoted + u'\'';
}
} // namespace

bool isAdministrator(Database &db)
{
    if (db.dialect().name() == QLatin1String("sqlite"))
        return true;
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) &&
           q.next() && q.value(0).toBool();
}

VoidResult setUp(Database &db)
{
    if (db.dialect().name() == QLatin1String("sqlite"))
        return {};
    const QStringList statements{
        // Group roles, created once for the whole server.
        QStringLiteral("DO $$ BEGIN "
                       "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'shuzai_editor') "
                       "THEN CREATE ROLE shuzai_editor NOLOGIN; END IF; "
                       "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'shuzai_writer') "
                       "THEN CREATE ROLE shuzai_writer NOLOGIN; END IF; "
                       "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'shuzai_reviewer') "
                       "THEN CREATE ROLE shuzai_reviewer NOLOGIN; END IF; END $$"),
        QStringLiteral("GRANT USAGE ON SCHEMA public TO shuzai_editor, shuzai_writer, "
                       "shuzai_reviewer"),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO shuzai_editor, "
                       "shuzai_writer, shuzai_reviewer"),
        QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO shuzai_editor, "
                       "shuzai_writer, shuzai_reviewer"),
        // Everyone's changes are logged; no one rewrites the log (its trigger refuses too).
        QStringLiteral("GRANT INSERT ON audit_log TO shuzai_editor, shuzai_writer, "
                       "shuzai_reviewer"),
        // The editor runs campaigns, the roster, outreach and schedules.
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON campaigns, campaign_attribution_options, "
                       "categories, questions, "
                       "availability_windows, interviewees, question_customisations, "
                       "interviews, interview_history, outreach_letters, outreach_replies, "
                       "letter_templates, busy_periods, note_fold, users TO shuzai_editor"),
        QStringLiteral("GRANT INSERT, UPDATE ON review_rounds, review_corrections TO "
                       "shuzai_editor"),
        // The editor publishes bookings and reads the writers' calendars (CalDAV).
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON caldav_account, caldav_published, "
                       "caldav_calendars, caldav_busy_events TO shuzai_editor"),
        // The editor reads the mailbox and decides on the replies proposed from it.
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON inbound_messages, mailbox_state, "
                       "reply_proposal_decisions TO shuzai_editor"),
        // The writer: transcripts, answers and quotes.
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON transcripts, transcript_segments, "
                       "segment_revisions, segment_fold, transcript_speakers, answer_links, "
                       "quote_candidates TO shuzai_writer"),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON transcripts, transcript_segments, "
                       "segment_revisions, segment_fold, transcript_speakers, answer_links, "
                       "quote_candidates TO shuzai_editor"),
        // The reviewer: review rounds, and the pipeline status they move; a writer's transcript
        // moves it too (取材済み).
        QStringLiteral("GRANT INSERT, UPDATE ON review_rounds, review_corrections TO "
                       "shuzai_reviewer"),
        QStringLiteral("GRANT UPDATE (status, version, updated_at) ON interviewees TO "
                       "shuzai_reviewer, shuzai_writer"),
        // An approval is the reviewers' alone, whoever else may write review rounds.
        QStringLiteral(R"(CREATE OR REPLACE FUNCTION shuzai_approval_by_reviewer() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
              IF NEW.status IN ('approved', 'approved_with_changes')
                 AND NOT pg_has_role(session_user, 'shuzai_reviewer', 'MEMBER')
                 AND NOT (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) THEN
                RAISE EXCEPTION 'only a reviewer marks an approval' USING ERRCODE = '42501';
              END IF;
              RETURN NEW;
            END $$)"),
        QStringLiteral("DROP TRIGGER IF EXISTS review_approval_by_reviewer ON review_rounds"),
        QStringLiteral("CREATE TRIGGER review_approval_by_reviewer BEFORE INSERT OR UPDATE ON "
                       "review_rounds FOR EACH ROW EXECUTE FUNCTION "
                       "shuzai_approval_by_reviewer()"),
    };
    return db.transact([&]() -> VoidResult {
        for (const QString &sql : statements) {
            if (auto r = run(db, sql); !r)
                return r;
        }
        return {};
    });
}

VoidResult addLogin(Database &db, const QString &login, const QString &password, Role role)
{
    if (db.dialect().name() == QLatin1String("sqlite"))
        return {};
    const QString name = u'"' + login + u'"';
    return run(db, QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE "
                                  "rolname = %1) THEN CREATE ROLE %2 LOGIN %3 PASSWORD %4 IN ROLE "
                                  "%5; END IF; END $$")
                       .arg(literal(login), name,
                            // Editors add the team's people, and so their logins.
                            role == Role::Editor ? QStringLiteral("CREATEROLE") : QString(),
                            literal(password), groupOf(role)));
}

} // namespace shuzai::serverroles

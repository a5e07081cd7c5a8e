#include "migrations.h"

namespace shuzai {

const QList<Migration> &migrations()
{
    static const QList<Migration> all{
        {1,
         "campaigns, categories, questions, interviewees, interviews, users",
         {
             QStringLiteral(R"(CREATE TABLE users (
                id %PK%,
                login TEXT NOT NULL UNIQUE,
                display_name TEXT NOT NULL,
                role TEXT NOT NULL CHECK (role IN ('editor', 'writer', 'reviewer')),
                email TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL))"),
             QStringLiteral(R"(CREATE TABLE campaigns (
                id %PK%,
                title TEXT NOT NULL,
                publication TEXT NOT NULL DEFAULT '',
                publication_date TEXT NOT NULL,
                window_start TEXT NOT NULL,
                window_end TEXT NOT NULL,
                interview_minutes INTEGER NOT NULL,
                modes TEXT NOT NULL,
                time_zone TEXT NOT NULL,
                editor_name TEXT NOT NULL DEFAULT '',
                editor_email TEXT NOT NULL DEFAULT '',
                editor_phone TEXT NOT NULL DEFAULT '',
                website TEXT NOT NULL DEFAULT '',
                version INTEGER NOT NULL DEFAULT 1,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL))"),
             QStringLiteral(R"(CREATE TABLE campaign_attribution_options (
                campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                attribution TEXT NOT NULL,
                PRIMARY KEY (campaign_id, attribution)))"),
             QStringLiteral(R"(CREATE TABLE categories (
                id %PK%,
                campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                code TEXT NOT NULL,
                name TEXT NOT NULL,
                UNIQUE (campaign_id, code)))"),
             QStringLiteral(R"(CREATE TABLE questions (
                id %PK%,
                category_id INTEGER NOT NULL REFERENCES categories(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                text TEXT NOT NULL,
                UNIQUE (category_id, position)))"),
             QStringLiteral(R"(CREATE TABLE availability_windows (
                id %PK%,
                campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
                day TEXT NOT NULL,
                start_time TEXT NOT NULL,
                end_time TEXT NOT NULL,
                note TEXT NOT NULL DEFAULT '',
                CHECK (start_time < end_time)))"),
             QStringLiteral("CREATE INDEX availability_windows_campaign "
                            "ON availability_windows (campaign_id, day, start_time)"),
             QStringLiteral(R"(CREATE TABLE interviewees (
                id %PK%,
                campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
                category_id INTEGER NOT NULL REFERENCES categories(id),
                family_name TEXT NOT NULL CHECK (family_name <> ''),
                given_name TEXT NOT NULL DEFAULT '',
                family_reading TEXT NOT NULL DEFAULT '',
                given_reading TEXT NOT NULL DEFAULT '',
                organisation TEXT NOT NULL DEFAULT '',
                department TEXT NOT NULL DEFAULT '',
                job_title TEXT NOT NULL DEFAULT '',
                email TEXT NOT NULL DEFAULT '',
                email_key TEXT NOT NULL DEFAULT '',
                phone TEXT NOT NULL DEFAULT '',
                attribution TEXT NOT NULL,
                status TEXT NOT NULL,
                notes TEXT NOT NULL DEFAULT '',
                version INTEGER NOT NULL DEFAULT 1,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL))"),
             // The same person may not be invited twice to one campaign under one address.
             QStringLiteral("CREATE UNIQUE INDEX interviewees_campaign_email "
                            "ON interviewees (campaign_id, email_key) WHERE email_key <> ''"),
             QStringLiteral("CREATE INDEX interviewees_campaign ON interviewees (campaign_id)"),
             QStringLiteral(R"(CREATE TABLE question_customisations (
                id %PK%,
                interviewee_id INTEGER NOT NULL REFERENCES interviewees(id) ON DELETE CASCADE,
                kind TEXT NOT NULL CHECK (kind IN ('reword', 'drop', 'add')),
                question_id INTEGER REFERENCES questions(id) ON DELETE CASCADE,
                text TEXT NOT NULL DEFAULT '',
                after_position INTEGER NOT NULL DEFAULT 0,
                CHECK ((kind = 'add') = (question_id IS NULL))))"),
             QStringLiteral("CREATE UNIQUE INDEX question_customisations_one_change "
                            "ON question_customisations (interviewee_id, question_id) "
                            "WHERE question_id IS NOT NULL"),
             QStringLiteral(R"(CREATE TABLE interviews (
                id %PK%,
                interviewee_id INTEGER NOT NULL REFERENCES interviewees(id) ON DELETE RESTRICT,
                starts_at TEXT,
                minutes INTEGER NOT NULL,
                mode TEXT NOT NULL CHECK (mode IN ('online', 'in_person')),
                place TEXT NOT NULL DEFAULT '',
                meeting_url TEXT NOT NULL DEFAULT '',
                writer_id INTEGER REFERENCES users(id),
                state TEXT NOT NULL,
                version INTEGER NOT NULL DEFAULT 1,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL))"),
             QStringLiteral("CREATE INDEX interviews_interviewee ON interviews (interviewee_id)"),
         }},
        {2,
         "transcripts, segments with revisions, speakers, answers, quotes, full-text index",
         {
             QStringLiteral(R"(CREATE TABLE transcripts (
                id %PK%,
                interview_id INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
                source_name TEXT NOT NULL,
                source_format TEXT NOT NULL,
                source_encoding TEXT NOT NULL,
                source_sha256 TEXT NOT NULL,
                source_bytes %BLOB% NOT NULL,
                imported_at TEXT NOT NULL,
                imported_by INTEGER REFERENCES users(id),
                version INTEGER NOT NULL DEFAULT 1))"),
             QStringLiteral("CREATE INDEX transcripts_interview ON transcripts (interview_id)"),
             // text/speaker are the current wording; original_* keep the import for ever.
             QStringLiteral(R"(CREATE TABLE transcript_segments (
                id %PK%,
                transcript_id INTEGER NOT NULL REFERENCES transcripts(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                speaker TEXT NOT NULL DEFAULT '',
                start_ms INTEGER,
                end_ms INTEGER,
                text TEXT NOT NULL,
                original_speaker TEXT NOT NULL DEFAULT '',
                original_text TEXT NOT NULL,
                revision INTEGER NOT NULL DEFAULT 0,
                UNIQUE (transcript_id, position)))"),
             // For filtered searches: a transcript's id range, and the transcripts of a speaker.
             QStringLiteral("CREATE INDEX transcript_segments_ids ON transcript_segments "
                            "(transcript_id, id)"),
             QStringLiteral("CREATE INDEX transcript_segments_speaker ON transcript_segments "
                            "(speaker, transcript_id)"),
             QStringLiteral(R"(CREATE TABLE segment_revisions (
                id %PK%,
                segment_id INTEGER NOT NULL REFERENCES transcript_segments(id) ON DELETE CASCADE,
                revision INTEGER NOT NULL,
                speaker TEXT NOT NULL,
                text TEXT NOT NULL,
                edited_at TEXT NOT NULL,
                edited_by INTEGER REFERENCES users(id),
                UNIQUE (segment_id, revision)))"),
             QStringLiteral(R"(CREATE TABLE transcript_speakers (
                transcript_id INTEGER NOT NULL REFERENCES transcripts(id) ON DELETE CASCADE,
                label TEXT NOT NULL,
                role TEXT NOT NULL CHECK (role IN ('interviewee', 'interviewer', 'other')),
                user_id INTEGER REFERENCES users(id),
                PRIMARY KEY (transcript_id, label)))"),
             // A passage answering one of the interviewee's questions: a template question, or
             // one added for them (question_customisations of kind 'add').
             QStringLiteral(R"(CREATE TABLE answer_links (
                id %PK%,
                segment_id INTEGER NOT NULL REFERENCES transcript_segments(id) ON DELETE CASCADE,
                question_id INTEGER REFERENCES questions(id) ON DELETE CASCADE,
                customisation_id INTEGER REFERENCES question_customisations(id) ON DELETE CASCADE,
                created_at TEXT NOT NULL,
                created_by INTEGER REFERENCES users(id),
                CHECK ((question_id IS NULL) <> (customisation_id IS NULL))))"),
             QStringLiteral(
                 "CREATE UNIQUE INDEX answer_links_unique ON answer_links "
                 "(segment_id, COALESCE(question_id, 0), COALESCE(customisation_id, 0))"),
             // A passage marked for quoting: the segment and the character range, with the text
             // as it read when marked.
             QStringLiteral(R"(CREATE TABLE quote_candidates (
                id %PK%,
                segment_id INTEGER NOT NULL REFERENCES transcript_segments(id) ON DELETE CASCADE,
                start_offset INTEGER NOT NULL,
                end_offset INTEGER NOT NULL,
                text TEXT NOT NULL,
                note TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL,
                created_by INTEGER REFERENCES users(id),
                CHECK (start_offset >= 0 AND end_offset > start_offset)))"),
         },
         {
             QStringLiteral("CREATE VIRTUAL TABLE segment_search USING fts5(text, "
                            "content='transcript_segments', content_rowid='id', "
                            "tokenize='shuzai_bigram', prefix='1')"),
             QStringLiteral("CREATE TRIGGER segment_search_insert AFTER INSERT ON "
                            "transcript_segments BEGIN INSERT INTO segment_search (rowid, text) "
                            "VALUES (new.id, new.text); END"),
             QStringLiteral("CREATE TRIGGER segment_search_delete AFTER DELETE ON "
                            "transcript_segments BEGIN INSERT INTO segment_search "
                            "(segment_search, rowid, text) VALUES ('delete', old.id, old.text); "
                            "END"),
             QStringLiteral("CREATE TRIGGER segment_search_update AFTER UPDATE OF text ON "
                            "transcript_segments BEGIN INSERT INTO segment_search "
                            "(segment_search, rowid, text) VALUES ('delete', old.id, old.text); "
                            "INSERT INTO segment_search (rowid, text) VALUES (new.id, new.text); "
                            "END"),
             QStringLiteral("CREATE VIRTUAL TABLE note_search USING fts5(notes, "
                            "content='interviewees', content_rowid='id', "
                            "tokenize='shuzai_bigram', prefix='1')"),
             QStringLiteral("INSERT INTO note_search (note_search) VALUES ('rebuild')"),
             QStringLiteral("CREATE TRIGGER note_search_insert AFTER INSERT ON interviewees "
                            "BEGIN INSERT INTO note_search (rowid, notes) VALUES (new.id, "
                            "new.notes); END"),
             QStringLiteral("CREATE TRIGGER note_search_delete AFTER DELETE ON interviewees "
                            "BEGIN INSERT INTO note_search (note_search, rowid, notes) VALUES "
                            "('delete', old.id, old.notes); END"),
             QStringLiteral("CREATE TRIGGER note_search_update AFTER UPDATE OF notes ON "
                            "interviewees BEGIN INSERT INTO note_search (note_search, rowid, "
                            "notes) VALUES ('delete', old.id, old.notes); INSERT INTO note_search "
                            "(rowid, notes) VALUES (new.id, new.notes); END"),
         }},
        {3,
         "scheduling: slot buffer, interviewee zones, interview history, imported busy times",
         {
             QStringLiteral("ALTER TABLE campaigns ADD COLUMN buffer_minutes INTEGER NOT NULL "
                            "DEFAULT 0"),
             QStringLiteral("ALTER TABLE interviewees ADD COLUMN time_zone TEXT NOT NULL "
                            "DEFAULT ''"),
             QStringLiteral("ALTER TABLE interviews ADD COLUMN sequence INTEGER NOT NULL "
                            "DEFAULT 0"),
             QStringLiteral(R"(CREATE TABLE interview_history (
                id %PK%,
                interview_id INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
                action TEXT NOT NULL CHECK (action IN ('booked', 'moved', 'cancelled',
                                                       'confirmed', 'reinstated', 'changed')),
                old_starts_at TEXT,
                new_starts_at TEXT,
                changed_at TEXT NOT NULL,
                changed_by INTEGER REFERENCES users(id)))"),
             QStringLiteral(R"(CREATE TABLE busy_periods (
                id %PK%,
                source TEXT NOT NULL,
                uid TEXT NOT NULL DEFAULT '',
                summary TEXT NOT NULL DEFAULT '',
                starts_at TEXT NOT NULL,
                ends_at TEXT NOT NULL,
                imported_at TEXT NOT NULL))"),
             QStringLiteral("CREATE INDEX busy_periods_start ON busy_periods (starts_at)"),
             // A random name for this database, so calendar UIDs from two databases never meet.
             QStringLiteral("CREATE TABLE database_info (key TEXT PRIMARY KEY, value TEXT NOT "
                            "NULL)"),
             QStringLiteral("INSERT INTO database_info (key, value) VALUES ('instance', %UUID%)"),
         }},
        {4,
         "outreach: every letter sent, exported or failed, with an exact copy",
         {
             QStringLiteral(R"(CREATE TABLE outreach_letters (
                id %PK%,
                interviewee_id INTEGER NOT NULL REFERENCES interviewees(id) ON DELETE CASCADE,
                kind TEXT NOT NULL CHECK (kind IN ('sent', 'exported', 'failed')),
                at TEXT NOT NULL,
                recipient TEXT NOT NULL DEFAULT '',
                detail TEXT NOT NULL DEFAULT '',
                message %BLOB% NOT NULL))"),
             QStringLiteral("CREATE INDEX outreach_letters_interviewee ON outreach_letters "
                            "(interviewee_id, at)"),
             QStringLiteral(R"(CREATE TABLE outreach_replies (
                id %PK%,
                interviewee_id INTEGER NOT NULL REFERENCES interviewees(id) ON DELETE CASCADE,
                kind TEXT NOT NULL CHECK (kind IN ('accepted', 'declined', 'question',
                                                   'no_reply')),
                at TEXT NOT NULL,
                prefers TEXT NOT NULL DEFAULT '',
                note TEXT NOT NULL DEFAULT ''))"),
             QStringLiteral("CREATE INDEX outreach_replies_interviewee ON outreach_replies "
                            "(interviewee_id, at)"),
             QStringLiteral("ALTER TABLE campaigns ADD COLUMN follow_up_days INTEGER NOT NULL "
                            "DEFAULT 7"),
         }},
        {5,
         "letter templates edited for a campaign, one a language",
         {
             QStringLiteral(R"(CREATE TABLE letter_templates (
                campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
                language TEXT NOT NULL CHECK (language IN ('ja', 'en')),
                body TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                PRIMARY KEY (campaign_id, language)))"),
         }},
        {6,
         "pre-publication review rounds, the append-only audit log, aliases",
         {
             QStringLiteral(R"(CREATE TABLE review_rounds (
                id %PK%,
                interviewee_id INTEGER NOT NULL REFERENCES interviewees(id) ON DELETE CASCADE,
                number INTEGER NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('awaiting_response',
                    'corrections_requested', 'approved', 'approved_with_changes', 'withdrawn')),
                channel TEXT NOT NULL CHECK (channel IN ('email', 'pdf', 'other')),
                sent_at TEXT NOT NULL,
                sent_by TEXT NOT NULL,
                due_date TEXT NOT NULL,
                snapshot %BLOB% NOT NULL,
                note TEXT NOT NULL DEFAULT '',
                decided_at TEXT NOT NULL DEFAULT '',
                decided_by TEXT NOT NULL DEFAULT '',
                version INTEGER NOT NULL DEFAULT 1,
                UNIQUE (interviewee_id, number)))"),
             QStringLiteral(R"(CREATE TABLE review_corrections (
                id %PK%,
                round_id INTEGER NOT NULL REFERENCES review_rounds(id) ON DELETE CASCADE,
                item INTEGER NOT NULL,
                original TEXT NOT NULL,
                corrected TEXT NOT NULL,
                note TEXT NOT NULL DEFAULT '',
                at TEXT NOT NULL,
                by_login TEXT NOT NULL))"),
             // No foreign keys: the log outlives the people and interviews it mentions.
             QStringLiteral(R"(CREATE TABLE audit_log (
                id %PK%,
                at TEXT NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                campaign_id INTEGER NOT NULL DEFAULT 0,
                interviewee_id INTEGER NOT NULL DEFAULT 0,
                subject TEXT NOT NULL DEFAULT '',
                before_value TEXT NOT NULL DEFAULT '',
                after_value TEXT NOT NULL DEFAULT ''))"),
             QStringLiteral("CREATE INDEX audit_log_at ON audit_log (at)"),
             QStringLiteral("ALTER TABLE campaigns ADD COLUMN review_margin_days INTEGER NOT NULL "
                            "DEFAULT 5"),
             QStringLiteral("ALTER TABLE interviewees ADD COLUMN alias TEXT NOT NULL DEFAULT ''"),
         },
         {
             // What was sent never changes, and the log is append-only, whatever code or SQL
             // shell tries (the trigger syntax is the engine's own).
             QStringLiteral("CREATE TRIGGER review_snapshot_fixed BEFORE UPDATE OF snapshot, "
                            "sent_at, sent_by, due_date ON review_rounds BEGIN SELECT "
                            "RAISE(ABORT, 'a review round keeps what was sent'); END"),
             QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                            "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
             QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                            "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
         },
         {
             QStringLiteral("CREATE FUNCTION shuzai_refuse_change() RETURNS trigger LANGUAGE "
                            "plpgsql AS $$ BEGIN RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = "
                            "'42501'; END $$"),
             QStringLiteral("CREATE TRIGGER review_snapshot_fixed BEFORE UPDATE OF snapshot, "
                            "sent_at, sent_by, due_date ON review_rounds FOR EACH ROW EXECUTE "
                            "FUNCTION shuzai_refuse_change('a review round keeps what was sent')"),
             QStringLiteral("CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON "
                            "audit_log FOR EACH ROW EXECUTE FUNCTION "
                            "shuzai_refuse_change('the audit log is append-only')"),
             // Search: the folded text Shuzai computes (storage/foldedtext.h), trigram-indexed.
             QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm"),
             QStringLiteral("CREATE TABLE segment_fold (segment_id BIGINT PRIMARY KEY REFERENCES "
                            "transcript_segments(id) ON DELETE CASCADE, folded TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX segment_fold_trgm ON segment_fold USING gin (folded "
                            "gin_trgm_ops)"),
             QStringLiteral("CREATE TABLE note_fold (interviewee_id BIGINT PRIMARY KEY REFERENCES "
                            "interviewees(id) ON DELETE CASCADE, folded TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX note_fold_trgm ON note_fold USING gin (folded "
                            "gin_trgm_ops)"),
             // Live updates: every committed change is announced on one channel, so the other
             // clients' open views follow (LISTEN through QSqlDriver::subscribeToNotification).
             QStringLiteral(
                 R"(CREATE FUNCTION shuzai_notify() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE r jsonb;
                BEGIN
                  IF TG_LEVEL = 'STATEMENT' THEN
                    PERFORM pg_notify('shuzai_changes',
                                      json_build_object('table', TG_TABLE_NAME)::text);
                    RETURN NULL;
                  END IF;
                  IF TG_OP = 'DELETE' THEN r := to_jsonb(OLD); ELSE r := to_jsonb(NEW); END IF;
                  PERFORM pg_notify('shuzai_changes', json_build_object(
                      'table', TG_TABLE_NAME, 'op', TG_OP, 'id', r->'id',
                      'campaign', r->'campaign_id', 'interviewee', r->'interviewee_id')::text);
                  RETURN NULL;
                END $$)"),
             QStringLiteral(
                 "CREATE TRIGGER interviewees_notify AFTER INSERT OR UPDATE OR DELETE ON "
                 "interviewees FOR EACH ROW EXECUTE FUNCTION shuzai_notify()"),
             QStringLiteral("CREATE TRIGGER campaigns_notify AFTER INSERT OR UPDATE OR DELETE ON "
                            "campaigns FOR EACH ROW EXECUTE FUNCTION shuzai_notify()"),
             QStringLiteral("CREATE TRIGGER interviews_notify AFTER INSERT OR UPDATE OR DELETE ON "
                            "interviews FOR EACH ROW EXECUTE FUNCTION shuzai_notify()"),
             QStringLiteral("CREATE TRIGGER letters_notify AFTER INSERT ON outreach_letters FOR "
                            "EACH ROW EXECUTE FUNCTION shuzai_notify()"),
             QStringLiteral("CREATE TRIGGER replies_notify AFTER INSERT ON outreach_replies FOR "
                            "EACH ROW EXECUTE FUNCTION shuzai_notify()"),
             QStringLiteral("CREATE TRIGGER reviews_notify AFTER INSERT OR UPDATE ON review_rounds "
                            "FOR EACH ROW EXECUTE FUNCTION shuzai_notify()"),
             QStringLiteral("CREATE TRIGGER segments_notify AFTER INSERT OR UPDATE OR DELETE ON "
                            "transcript_segments FOR EACH STATEMENT EXECUTE FUNCTION "
                            "shuzai_notify()"),
             QStringLiteral("CREATE TRIGGER audit_notify AFTER INSERT ON audit_log FOR EACH "
                            "STATEMENT EXECUTE FUNCTION shuzai_notify()"),
         }},
        {7,
         "campaign lifecycle and letter style: archived campaigns, how a category addresses "
         "its people, how letters mark headings and lists, whether tentative holds are offered",
         {
             QStringLiteral("ALTER TABLE campaigns ADD COLUMN archived_at TEXT"),
             QStringLiteral("ALTER TABLE campaigns ADD COLUMN letter_heading_mark TEXT NOT NULL "
                            "DEFAULT '【】'"),
             QStringLiteral("ALTER TABLE campaigns ADD COLUMN letter_list_mark TEXT NOT NULL "
                            "DEFAULT '・'"),
             QStringLiteral("ALTER TABLE campaigns ADD COLUMN tentative_slots TEXT NOT NULL "
                            "DEFAULT 'mark' CHECK (tentative_slots IN ('mark', 'omit'))"),
             QStringLiteral("ALTER TABLE categories ADD COLUMN organisation_honorific TEXT NOT "
                            "NULL DEFAULT '貴社'"),
             QStringLiteral("ALTER TABLE categories ADD COLUMN person_honorific TEXT NOT NULL "
                            "DEFAULT '様'"),
         }},
        {8,
         "the candidate times a reply chose, so a booking can start from them",
         {
             QStringLiteral("ALTER TABLE outreach_replies ADD COLUMN preferred_starts TEXT NOT "
                            "NULL DEFAULT ''"),
         }},
        {9,
         "template questions removed from a category stay for the people whose answers are "
         "linked to them",
         {
             QStringLiteral("ALTER TABLE questions ADD COLUMN removed_at TEXT"),
             QStringLiteral("ALTER TABLE questions ADD COLUMN removed_after INTEGER NOT NULL "
                            "DEFAULT 0"),
         }},
        {10,
         "live updates on the team server for transcripts, answers, quotes, question lists, "
         "review corrections, busy times and campaign templates",
         {},
         {},
         {
             // Each reaches the other clients' open views (ChangeHub::topicsOfTable); one
             // announcement a statement is enough, the views reload what they show.
             QStringLiteral("CREATE TRIGGER transcripts_notify AFTER INSERT OR UPDATE OR DELETE ON "
                            "transcripts FOR EACH STATEMENT EXECUTE FUNCTION shuzai_notify()"),
             QStringLiteral(
                 "CREATE TRIGGER speakers_notify AFTER INSERT OR UPDATE OR DELETE ON "
                 "transcript_speakers FOR EACH STATEMENT EXECUTE FUNCTION shuzai_notify()"),
             QStringLiteral("CREATE TRIGGER answers_notify AFTER INSERT OR UPDATE OR DELETE ON "
                            "answer_links FOR EACH STATEMENT EXECUTE FUNCTION shuzai_notify()"),
             QStringLiteral("CREATE TRIGGER quotes_notify AFTER INSERT OR UPDATE OR DELETE ON "
                            "quote_candidates FOR EACH STATEMENT EXECUTE FUNCTION shuzai_notify()"),
             QStringLiteral(
                 "CREATE TRIGGER customisations_notify AFTER INSERT OR UPDATE OR DELETE ON "
                 "question_customisations FOR EACH STATEMENT EXECUTE FUNCTION shuzai_notify()"),
             QStringLiteral(
                 "CREATE TRIGGER corrections_notify AFTER INSERT OR UPDATE OR DELETE ON "
                 "review_corrections FOR EACH STATEMENT EXECUTE FUNCTION shuzai_notify()"),
             QStringLiteral("CREATE TRIGGER busy_notify AFTER INSERT OR UPDATE OR DELETE ON "
                            "busy_periods FOR EACH STATEMENT EXECUTE FUNCTION shuzai_notify()"),
             QStringLiteral(
                 "CREATE TRIGGER windows_notify AFTER INSERT OR UPDATE OR DELETE ON "
                 "availability_windows FOR EACH STATEMENT EXECUTE FUNCTION shuzai_notify()"),
             QStringLiteral("CREATE TRIGGER categories_notify AFTER INSERT OR UPDATE OR DELETE ON "
                            "categories FOR EACH STATEMENT EXECUTE FUNCTION shuzai_notify()"),
             QStringLiteral("CREATE TRIGGER questions_notify AFTER INSERT OR UPDATE OR DELETE ON "
                            "questions FOR EACH STATEMENT EXECUTE FUNCTION shuzai_notify()"),
         }},
        {11,
         "the team's calendars over CalDAV: the booking collection, the interviews published "
         "there with their ETags, the writers' calendars with their sync tokens and busy events",
         {
             // One account a database: the team's booking collection.
             QStringLiteral(R"(CREATE TABLE caldav_account (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                url TEXT NOT NULL,
                login TEXT NOT NULL,
                ca_file TEXT NOT NULL DEFAULT '',
                last_sync_at TEXT NOT NULL DEFAULT ''))"),
             // What the server holds of each interview as Shuzai last wrote it: an ETag that
             // differs on the server means someone else changed it (conflict_at set). Kept
             // when the interview is deleted, so the next sync removes its event too.
             QStringLiteral(R"(CREATE TABLE caldav_published (
                interview_id INTEGER PRIMARY KEY,
                uid TEXT NOT NULL UNIQUE,
                href TEXT NOT NULL,
                etag TEXT NOT NULL,
                sequence INTEGER NOT NULL,
                starts_at TEXT NOT NULL,
                ends_at TEXT NOT NULL,
                status TEXT NOT NULL,
                fingerprint TEXT NOT NULL,
                published_at TEXT NOT NULL,
                conflict_etag TEXT NOT NULL DEFAULT '',
                conflict_at TEXT NOT NULL DEFAULT ''))"),
             QStringLiteral(R"(CREATE TABLE caldav_calendars (
                id %PK%,
                writer_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                url TEXT NOT NULL UNIQUE,
                sync_token TEXT NOT NULL DEFAULT '',
                synced_at TEXT NOT NULL DEFAULT ''))"),
             // The events read from a writer's calendar; their busy times are in busy_periods
             // (source caldav_busy_events.source), where conflicts finds them.
             QStringLiteral(R"(CREATE TABLE caldav_busy_events (
                id %PK%,
                calendar_id INTEGER NOT NULL REFERENCES caldav_calendars(id) ON DELETE CASCADE,
                href TEXT NOT NULL,
                etag TEXT NOT NULL,
                uid TEXT NOT NULL DEFAULT '',
                starts_at TEXT NOT NULL DEFAULT '',
                ends_at TEXT NOT NULL DEFAULT '',
                UNIQUE (calendar_id, href)))"),
         }},
        {12,
         "the editor's mailbox: messages read over IMAP with their exact bytes, matched to the "
         "person, the letter they answer and their open review round; where each mailbox was read "
         "up to; sent letters' "
         "Message-IDs",
         {
             // A message is imported once: by its place on the server, and by its bytes (a
             // changed UIDVALIDITY renumbers the same messages).
             QStringLiteral(R"(CREATE TABLE inbound_messages (
                id %PK%,
                account TEXT NOT NULL,
                mailbox TEXT NOT NULL,
                uid_validity BIGINT NOT NULL,
                uid BIGINT NOT NULL,
                sha256 TEXT NOT NULL,
                received_at TEXT NOT NULL,
                fetched_at TEXT NOT NULL,
                from_address TEXT NOT NULL DEFAULT '',
                from_name TEXT NOT NULL DEFAULT '',
                subject TEXT NOT NULL DEFAULT '',
                message_id TEXT NOT NULL DEFAULT '',
                interviewee_id INTEGER REFERENCES interviewees(id) ON DELETE SET NULL,
                letter_id INTEGER REFERENCES outreach_letters(id) ON DELETE SET NULL,
                review_round_id INTEGER REFERENCES review_rounds(id) ON DELETE SET NULL,
                matched_by TEXT NOT NULL DEFAULT '' CHECK (matched_by IN ('', 'thread', 'sender')),
                parse_error TEXT NOT NULL DEFAULT '',
                message %BLOB% NOT NULL,
                UNIQUE (account, mailbox, uid_validity, uid),
                UNIQUE (account, sha256)))"),
             QStringLiteral("CREATE INDEX inbound_messages_interviewee ON inbound_messages "
                            "(interviewee_id, received_at)"),
             QStringLiteral(R"(CREATE TABLE mailbox_state (
                account TEXT NOT NULL,
                mailbox TEXT NOT NULL,
                uid_validity BIGINT NOT NULL DEFAULT 0,
                uid_next BIGINT NOT NULL DEFAULT 0,
                fetched_at TEXT,
                PRIMARY KEY (account, mailbox)))"),
             // NULL: not read from the letter's bytes yet (filled before each fetch); '': none.
             QStringLiteral("ALTER TABLE outreach_letters ADD COLUMN message_id TEXT"),
             QStringLiteral("CREATE INDEX outreach_letters_message_id ON outreach_letters "
                            "(message_id)"),
         },
         {},
         {
             QStringLiteral("CREATE TRIGGER inbound_notify AFTER INSERT OR UPDATE ON "
                            "inbound_messages FOR EACH ROW EXECUTE FUNCTION shuzai_notify()"),
         }},
        {13,
         "the editor's decisions on the replies proposed from fetched mail: accepted (with the "
         "reply it recorded) or dismissed, by whom and when",
         {
             // One decision a message: a proposal is pending while its message has no row.
             QStringLiteral(R"(CREATE TABLE reply_proposal_decisions (
                message_id INTEGER PRIMARY KEY REFERENCES inbound_messages(id) ON DELETE CASCADE,
                decision TEXT NOT NULL CHECK (decision IN ('accepted', 'dismissed')),
                reply_id INTEGER REFERENCES outreach_replies(id) ON DELETE SET NULL,
                decided_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
                decided_at TEXT NOT NULL))"),
         },
         {},
         {
             QStringLiteral("CREATE TRIGGER proposal_decisions_notify AFTER INSERT OR UPDATE OR "
                            "DELETE ON reply_proposal_decisions FOR EACH ROW EXECUTE FUNCTION "
                            "shuzai_notify()"),
         }},
        {14,
         "a transcript's segments are indexed for search in one statement after they are written, "
         "not by a trigger row by row, and the index merges its parts 16 at a time",
         {},
         {
             // FTS5 writes its pending index out at every statement that touches it, so a trigger
             // per inserted segment wrote the index row by row: half of an import's time.
             // TranscriptRepository::indexSegments does it once per transcript. (Files that never
             // had the trigger exist: databases built by test fixtures of older schemas.)
             QStringLiteral("DROP TRIGGER IF EXISTS segment_search_insert"),
             // Each import adds one segment to the index; FTS5 merged every 4 segments of a
             // level into the next, so an archive of thousands of transcripts rewrote its index
             // again and again (an import at L cost 2.4x one into an empty file). Merging 16 at a
             // time rewrites each entry half as often; a search reads a few more segments.
             QStringLiteral("INSERT INTO segment_search (segment_search, rank) VALUES "
                            "('automerge', 16)"),
         }},
        {15,
         "the audit log is indexed by person and by campaign",
         {
             // A person's history and a campaign's log read their own entries, not the archive's
             // (at L the log holds tens of thousands of rows and each read scanned them all).
             QStringLiteral("CREATE INDEX IF NOT EXISTS audit_log_interviewee ON audit_log "
                            "(interviewee_id, at)"),
             QStringLiteral(
                 "CREATE INDEX IF NOT EXISTS audit_log_campaign ON audit_log (campaign_id, at)"),
         }},
        {16,
         "the search index merges a full level piece by piece over the next writes",
         {},
         {
             // FTS5 merges a level at once, inside the write that fills it, when it holds
             // 'crisismerge' parts (16 by default). With 'automerge' at 16 too (migration 14)
             // every merge was such a crisis: at L one import in many rewrote most of the index
             // and took 41 s instead of 5. Above it, a full level is merged a little at each
             // following write, in proportion to what that write adds.
             QStringLiteral("INSERT INTO segment_search (segment_search, rank) VALUES "
                            "('crisismerge', 64)"),
         }},
        {17,
         "a transcript's particulars are read from an index, not from the row holding its file",
         {
             // The original file is stored in the row before imported_at and version, and
             // SQLite reaches a column after a large value by walking all of its overflow
             // pages: listing a campaign's transcripts read every file whole (at L, with some
             // 20 MB imports, a third of a second). The index holds everything the listing
             // reads, so the rows are not touched; it starts with interview_id, as the index
             // it replaces did.
             QStringLiteral("CREATE INDEX IF NOT EXISTS transcripts_meta ON transcripts "
                            "(interview_id, source_name, source_format, source_encoding, "
                            "source_sha256, imported_at, version)"),
             QStringLiteral("DROP INDEX IF EXISTS transcripts_interview"),
         }},
        {18,
         "people are found by their e-mail address across campaigns in an index",
         {
             // An incoming mail's sender is looked up among every campaign's people; the
             // address index there was per campaign, so each message read the whole archive's
             // roster.
             QStringLiteral("CREATE INDEX IF NOT EXISTS interviewees_email ON interviewees "
                            "(email_key) WHERE email_key <> ''"),
         }},
    };
    return all;
}

int latestSchemaVersion()
{
    return migrations().constLast().version;
}

} // namespace shuzai

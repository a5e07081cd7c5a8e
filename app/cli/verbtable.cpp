// The declaration of every verb (see verbs.h). The order is the order of `--help` and of the
// README's table; the descriptions are translated when shown.
#include "commandline.h"
#include "domain/enums.h"
#include "letterimportcommands.h"
#include "services/workspace.h"
#include "verbbuilders.h"
#include "verbs.h"

#include <QCoreApplication>

namespace shuzai::cli {

using namespace build;

namespace {
const char *const kInterviewee =
    QT_TRANSLATE_NOOP("Cli", "an interviewee: their id or e-mail address");
const char *const kCategory =
    QT_TRANSLATE_NOOP("Cli", "a category: researcher, vendor, adopter, its name or its id");
const char *const kLogin = QT_TRANSLATE_NOOP("Cli", "a user's login");
const char *const kFile = QT_TRANSLATE_NOOP("Cli", "a file");
const char *const kLocation =
    QT_TRANSLATE_NOOP("Cli", "a database file or postgresql://user@host:port/database");

OptionSpec output(const char *placeholder = "FILE")
{
    return option("output", placeholder, value(ValueKind::Name, kFile));
}

ArgSpec interviewee()
{
    return arg("INTERVIEWEE", value(ValueKind::Name, kInterviewee));
}

ArgSpec idArg(const char *name)
{
    return arg(name, value(ValueKind::Id));
}

ArgSpec questionNumber()
{
    ValueSpec v = range(1, 1000);
    v.about = QT_TRANSLATE_NOOP("Cli", "a question's number in the person's list");
    return arg("N", v);
}

ArgSpec language()
{
    return arg("ja|en", choices({QStringLiteral("ja"), QStringLiteral("en")}));
}

OptionSpec minutes()
{
    return option("minutes", "N", range(10, 480));
}

OptionSpec at()
{
    return option("at", "2025-05-27T10:00", value(ValueKind::DateTime));
}

OptionSpec mode()
{
    return option("mode", "", choices(codes(allModes())));
}

OptionSpec templateChoice()
{
    return option("template", "", choices({QStringLiteral("ja"), QStringLiteral("en")}));
}

OptionSpec charset()
{
    ValueSpec v = choices({QStringLiteral("utf-8"), QStringLiteral("iso-2022-jp")});
    v.ignoreCase = true;
    return option("charset", "", v);
}

OptionSpec smtp()
{
    return option("smtp", "smtp://user@host:port", value(ValueKind::SmtpUrl));
}

OptionSpec tls(const char *placeholder = "")
{
    return option(
        "tls", placeholder,
        choices({QStringLiteral("none"), QStringLiteral("starttls"), QStringLiteral("implicit")}));
}

OptionSpec caFile()
{
    return option("ca-file", "PEM", value(ValueKind::Name, kFile));
}

// The fields of a person, as `interviewee add` and `interviewee edit` take them.
QList<OptionSpec> personFields(bool adding)
{
    OptionSpec category = option("category", adding ? "researcher|vendor|adopter" : "C",
                                 value(ValueKind::Name, kCategory));
    OptionSpec name = grouped(text("name", "\"山田 太郎\""), "name");
    category.required = name.required = adding;
    OptionSpec org = text("org", "O");
    org.alias = QStringLiteral("organisation");
    return {category,
            name,
            detail(grouped(text("family-name", "F"), "name")),
            detail(text("given-name", "G")),
            text("reading", "\"ヤマダ タロウ\""),
            detail(text("family-reading", "F")),
            detail(text("given-reading", "G")),
            org,
            text("department", "D"),
            text("title", "T"),
            text("email", "E"),
            text("phone", "P"),
            option("attribution", "", choices(codes(allAttributions()))),
            option("status", "S", choices(codes(allStatuses()))),
            text("notes", "N"),
            text("alias", "\"A社 開発担当\""),
            detail(option("time-zone", "TZ", value(ValueKind::TimeZone))),
            campaignOption()};
}

QList<OptionSpec> auditFilters()
{
    return {option("since", "T", value(ValueKind::DateOrDateTime)), text("action", "A"),
            option("actor", "LOGIN", value(ValueKind::Name, kLogin)),
            option("interviewee", "X", value(ValueKind::Name, kInterviewee)), campaignOption()};
}

VoidResult interviewOrTranscript(const CommandLine &cl)
{
    if (cl.words.size() > 2 || cl.has(QStringLiteral("transcript")))
        return {};
    return usageError(QT_TRANSLATE_NOOP("Error", "shuzai-cli %1 needs INTERVIEW or --transcript "
                                                 "ID."),
                      {cl.words.mid(0, 2).join(u' ')});
}

VoidResult quoteRange(const CommandLine &cl)
{
    const QString from = cl.option(QStringLiteral("from"));
    const QString to = cl.option(QStringLiteral("to"));
    if (from.isEmpty() || to.isEmpty() || from.toInt() < to.toInt())
        return {};
    return Error(ErrorCode::Usage,
                 QT_TRANSLATE_NOOP("Error", "--to (%1) must be greater than --from (%2)."),
                 {to, from}, QStringLiteral("to"));
}

VoidResult serverLocation(const CommandLine &cl)
{
    if (Workspace::isServerLocation(cl.db))
        return {};
    return Error(ErrorCode::Usage,
                 QT_TRANSLATE_NOOP("Error", "shuzai-cli server setup needs --db "
                                            "postgresql://ADMIN@host:port/database."),
                 {}, QStringLiteral("db"));
}

QList<VerbSpec> declare()
{
    QList<VerbSpec> v;
    v << verb({"init"}, Access::Create,
              QT_TRANSLATE_NOOP("Cli", "create or upgrade the database (a new one gets the "
                                       "sample campaign)"),
              {}, {flag("no-sample")});
    v << verb({"campaign", "list"}, Access::Read,
              QT_TRANSLATE_NOOP("Cli", "the campaigns (archived ones too with --all)"), {},
              {flag("all")});
    v << verb({"campaign", "show"}, Access::Read,
              QT_TRANSLATE_NOOP("Cli", "one campaign with its categories, 18 questions, "
                                       "candidate slots, attribution options"),
              {idArg("ID")});
    v << verb(
        {"campaign", "edit"}, Access::Write, QT_TRANSLATE_NOOP("Cli", "campaign settings"),
        {idArg("ID")},
        {text("title", "T"), detail(text("publication", "P")),
         option("publication-date", "D", value(ValueKind::Date)),
         option("window-start", "D", value(ValueKind::Date)),
         option("window-end", "D", value(ValueKind::Date)), minutes(),
         option("modes", "online,in_person", choices(codes(allModes()), ValueKind::ChoiceList)),
         option("time-zone", "TZ", value(ValueKind::TimeZone)), text("editor-name", "N"),
         text("editor-email", "E"), text("editor-phone", "P"), text("website", "U"),
         option("buffer", "MINUTES", range(0, 240)), option("follow-up-days", "N", range(1, 60)),
         option("review-margin", "WORKING_DAYS", range(0, 60)), text("heading-mark", "MARK"),
         text("list-mark", "MARK"),
         option("tentative-slots", "mark|omit",
                choices({QStringLiteral("mark"), QStringLiteral("omit")}))});
    v << importLetterVerb();
    v << campaignLifecycleVerbs();
    v << verb({"interviewee", "add"}, Access::Write, QT_TRANSLATE_NOOP("Cli", "add a person"), {},
              personFields(true));
    v << verb({"interviewee", "list"}, Access::Read,
              QT_TRANSLATE_NOOP("Cli", "the roster, sorted by reading; search ignores full/half "
                                       "width and hiragana/katakana"),
              {},
              {option("category", "C", value(ValueKind::Name, kCategory)),
               option("status", "S", choices(codes(allStatuses()))), text("search", "TEXT"),
               campaignOption()});
    v << verb({"interviewee", "show"}, Access::Read,
              QT_TRANSLATE_NOOP("Cli", "one person and their questions"),
              {arg("ID|EMAIL", value(ValueKind::Name, kInterviewee))}, {campaignOption()});
    QList<OptionSpec> editFields = personFields(false);
    editFields.insert(editFields.size() - 1,
                      option("expect-version", "N", range(1, std::numeric_limits<int>::max())));
    v << verb({"interviewee", "edit"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "change a person (--expect-version N refuses a stale "
                                       "edit)"),
              {arg("ID|EMAIL", value(ValueKind::Name, kInterviewee))}, editFields);
    v << verb({"interviewee", "remove"}, Access::Write, QT_TRANSLATE_NOOP("Cli", "remove a person"),
              {arg("ID|EMAIL", value(ValueKind::Name, kInterviewee))}, {campaignOption()});
    v << verb({"questions", "show"}, Access::Read,
              QT_TRANSLATE_NOOP("Cli", "the person's questions: the category template with "
                                       "their changes"),
              {interviewee()}, {campaignOption()});
    v << verb({"questions", "reword"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "reword question N for this person, without touching the "
                                       "template"),
              {interviewee(), questionNumber(), arg("TEXT", value(ValueKind::Name))},
              {campaignOption()});
    v << verb({"questions", "drop"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "leave question N out for this person"),
              {interviewee(), questionNumber()}, {campaignOption()});
    v << verb({"questions", "add"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "add a question for this person (after template question "
                                       "N, else at the end)"),
              {interviewee(), arg("TEXT", value(ValueKind::Name))},
              {option("after", "N", range(0, 1000)), campaignOption()});
    v << verb({"questions", "reset"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "back to the category's template (question N only, when "
                                       "given)"),
              {interviewee(), optional(questionNumber())}, {campaignOption()});
    v << categoryAndTemplateVerbs();
    v << verb({"user", "list"}, Access::Read,
              QT_TRANSLATE_NOOP("Cli", "local users and roles (--as LOGIN acts as one of them)"));
    v << verb({"user", "add"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "a person on the team (editors only); on a server also "
                                       "their login role (password on stdin)"),
              {arg("LOGIN", value(ValueKind::Name, kLogin))},
              {required(option("name", "N", value(ValueKind::Name))),
               required(option("role", "", choices(codes(allRoles())))), text("email", "E")});
    v << verb({"interview", "add"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "an interview session (times in the campaign's zone "
                                       "unless an offset is given)"),
              {interviewee()},
              {at(), minutes(), mode(), text("place", "P"), text("url", "U"), campaignOption()});
    v << verb({"interview", "list"}, Access::Read, QT_TRANSLATE_NOOP("Cli", "interview sessions"),
              {optional(interviewee())}, {campaignOption()});
    v << verb({"interview", "remove"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "delete an interview that holds no transcript (a "
                                       "duplicate, a mistake), with its history"),
              {idArg("INTERVIEW")});
    VerbSpec import =
        verb({"transcript", "import"}, Access::Write,
             QT_TRANSLATE_NOOP("Cli", "attach a Zoom/Teams WebVTT, SRT, YouTube .sbv, text or "
                                      ".docx transcript; --dry-run shows what would be stored and "
                                      "skipped (with line numbers) and the likely encodings; parts "
                                      "to skip or a guessed encoding need --yes"),
             {idArg("INTERVIEW"), arg("FILE", value(ValueKind::Name, kFile))},
             {text("encoding", "E"),
              option("format", "",
                     choices({QStringLiteral("vtt"), QStringLiteral("srt"), QStringLiteral("sbv"),
                              QStringLiteral("txt"), QStringLiteral("docx")})),
              flag("dry-run"), flag("yes")});
    import.readsWith = QStringLiteral("dry-run");
    v << import;
    v << verb({"transcript", "list"}, Access::Read,
              QT_TRANSLATE_NOOP("Cli", "an interview's transcripts"), {idArg("INTERVIEW")});
    VerbSpec show =
        verb({"transcript", "show"}, Access::Read,
             QT_TRANSLATE_NOOP("Cli", "a transcript's segments (#id [time] speaker: text), the "
                                      "interview's latest unless --transcript says which"),
             {optional(idArg("INTERVIEW"))}, {option("transcript", "ID", value(ValueKind::Id))});
    show.check = interviewOrTranscript;
    v << show;
    v << verb({"transcript", "edit"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "correct a segment; every earlier wording is kept"),
              {idArg("SEGMENT")},
              {text("text", "T"), text("speaker", "S"),
               option("expect-revision", "N", range(0, std::numeric_limits<int>::max()))});
    v << verb({"transcript", "history"}, Access::Read,
              QT_TRANSLATE_NOOP("Cli", "every wording a segment had"), {idArg("SEGMENT")});
    OptionSpec map = option("map", "\"LABEL=interviewee|interviewer[:LOGIN]|other\"",
                            value(ValueKind::SpeakerMap));
    map.repeatable = true;
    VerbSpec speakers = verb(
        {"transcript", "speakers"}, Access::Read, QT_TRANSLATE_NOOP("Cli", "who each speaker is"),
        {optional(idArg("INTERVIEW"))}, {option("transcript", "ID", value(ValueKind::Id)), map});
    speakers.writesWith = QStringLiteral("map");
    speakers.check = interviewOrTranscript;
    v << speakers;
    v << verb({"transcript", "original"}, Access::Read,
              QT_TRANSLATE_NOOP("Cli", "the file exactly as imported (provenance)"),
              {idArg("TRANSCRIPT")}, {required(output())});
    ArgSpec query = arg("QUERY", value(ValueKind::Name));
    query.repeats = true;
    OptionSpec searchCampaign = campaignOption();
    searchCampaign.inSynopsis = true;
    v << verb({"search"}, Access::Read,
              QT_TRANSLATE_NOOP("Cli", "every occurrence in transcripts and notes, one character "
                                       "or more, ignoring full/half width and hiragana/katakana; "
                                       "【】 marks the hit (several words are searched as one "
                                       "text)"),
              {query},
              {searchCampaign, option("category", "C", value(ValueKind::Name, kCategory)),
               option("interviewee", "X", value(ValueKind::Name, kInterviewee)),
               text("speaker", "S"), option("limit", "N", range(1, 10000)),
               option("offset", "N", range(0, std::numeric_limits<int>::max())), flag("no-notes")});
    v << verb({"answers", "link"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "link a passage to question N of its interviewee's list"),
              {idArg("SEGMENT"), questionNumber()});
    v << verb({"answers", "unlink"}, Access::Write, QT_TRANSLATE_NOOP("Cli", "remove that link"),
              {idArg("SEGMENT"), questionNumber()});
    v << verb({"answers", "matrix"}, Access::Read,
              QT_TRANSLATE_NOOP("Cli", "the question × interviewee matrix"), {},
              {option("category", "C", value(ValueKind::Name, kCategory)), campaignOption()});
    VerbSpec quote =
        verb({"quote", "add"}, Access::Write,
             QT_TRANSLATE_NOOP("Cli", "a quote candidate (characters N to M of the segment, "
                                      "else all of it), kept as it reads when marked"),
             {idArg("SEGMENT")},
             {option("from", "N", range(0, std::numeric_limits<int>::max())),
              option("to", "M", range(1, std::numeric_limits<int>::max())), text("note", "T")});
    quote.check = quoteRange;
    v << quote;
    v << verb({"quote", "list"}, Access::Read, QT_TRANSLATE_NOOP("Cli", "the quote candidates"), {},
              {option("interviewee", "X", value(ValueKind::Name, kInterviewee)), campaignOption()});
    v << verb({"quote", "remove"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "remove a quote candidate"), {idArg("ID")});
    v << verb({"slots", "list"}, Access::Read,
              QT_TRANSLATE_NOOP("Cli", "the candidate slots (free, tentative, booked)"),
              {optional(arg("CAMPAIGN", value(ValueKind::Id, kCampaign)))},
              {flag("free"), campaignOption()});
    v << verb({"slots", "block"}, Access::Read,
              QT_TRANSLATE_NOOP("Cli", "the free slots as the letter's 【候補日時】 lines"),
              {optional(arg("CAMPAIGN", value(ValueKind::Id, kCampaign)))}, {campaignOption()});
    v << verb({"slots", "window", "add"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "add candidate times to the campaign"),
              {arg("YYYY-MM-DD", value(ValueKind::Date)), arg("HH:MM", value(ValueKind::Time)),
               arg("HH:MM", value(ValueKind::Time))},
              {text("note", "N"), campaignOption()});
    v << verb({"slots", "window", "remove"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "remove candidate times (ids in campaign show --json)"),
              {idArg("ID")}, {campaignOption()});
    v << verb({"schedule", "book"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "book (or hold) an interview; times are in the "
                                       "campaign's zone unless an offset is given; without "
                                       "--at, at the first free time the person's reply chose"),
              {interviewee()},
              {at(), minutes(), mode(), text("place", "P"), text("url", "U"),
               option("writer", "LOGIN", value(ValueKind::Name, kLogin)), flag("tentative"),
               campaignOption()});
    v << verb({"schedule", "move"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "reschedule an interview; every change is kept"),
              {idArg("INTERVIEW")}, {required(option("at", "T", value(ValueKind::DateTime)))});
    v << verb({"schedule", "cancel"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "cancel an interview"), {idArg("INTERVIEW")});
    v << verb({"schedule", "confirm"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "confirm a held interview"), {idArg("INTERVIEW")});
    v << verb({"schedule", "history"}, Access::Read,
              QT_TRANSLATE_NOOP("Cli", "every change to an interview's time"),
              {idArg("INTERVIEW")});
    v << verb({"calendar", "export"}, Access::Read,
              QT_TRANSLATE_NOOP("Cli", "an invitation (METHOD:REQUEST, or CANCEL once cancelled) "
                                       "or the whole campaign, written with libical; UIDs stay, "
                                       "SEQUENCE rises"),
              {optional(arg("CAMPAIGN", value(ValueKind::Id, kCampaign)))},
              {option("interview", "ID", value(ValueKind::Id)), required(output("FILE.ics")),
               campaignOption()});
    v << verb({"calendar", "import"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "someone's busy times (Google, Outlook, Apple, Thunderbird) "
                                       "over the campaign's interview days, to check bookings "
                                       "against; says how many were kept and left out (outside "
                                       "those days, cancelled, marked free); a broken time "
                                       "refuses the file, naming its line"),
              {arg("FILE.ics", value(ValueKind::Name, kFile))}, {campaignOption()});
    v << verb({"conflicts"}, Access::Read,
              QT_TRANSLATE_NOOP("Cli", "overlapping interviews of one writer or interviewee, "
                                       "bookings outside the candidate times, clashes with "
                                       "imported calendars"),
              {optional(arg("CAMPAIGN", value(ValueKind::Id, kCampaign)))}, {campaignOption()});
    OptionSpec letterTemplate =
        option("template", "ja|en|FILE",
               value(ValueKind::Name, QT_TRANSLATE_NOOP("Cli", "ja, en or a template file")));
    v << verb({"outreach", "render"}, Access::Read,
              QT_TRANSLATE_NOOP("Cli", "the request letter for one person: their questions, the "
                                       "free candidate times; parts still to fill in (such as "
                                       "[編集長名]) are listed with their lines"),
              {interviewee()}, {letterTemplate, campaignOption()});
    v << verb({"outreach", "export-eml"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "the letter as an RFC 5322 message (Japanese headers as "
                                       "RFC 2047 words), written atomically; refused while parts "
                                       "are unfilled"),
              {interviewee()},
              {required(output("FILE.eml")), charset(), letterTemplate, campaignOption()});
    ArgSpec recipients = interviewee();
    recipients.repeats = true;
    v << verb(
        {"outreach", "send"}, Access::Write,
        QT_TRANSLATE_NOOP("Cli", "send the letters over SMTP (certificates verified; "
                                 "--ca-file trusts one more CA; without --smtp the saved "
                                 "account; the password from SHUZAI_SMTP_PASSWORD or the "
                                 "keychain); one result per recipient: a refused recipient "
                                 "stops no one else, while a server, TLS or login failure "
                                 "stops the batch (not_sent for the rest)"),
        {recipients},
        {flag("dry-run"), smtp(), tls(), caFile(), charset(), letterTemplate, campaignOption()});
    v << verb({"outreach", "template", "show"}, Access::Read,
              QT_TRANSLATE_NOOP("Cli", "the campaign's own letter template (used by render, "
                                       "export-eml and send), or the built-in one"),
              {optional(language())}, {campaignOption()});
    v << verb({"outreach", "template", "set"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "keep a letter template for the campaign; one with an "
                                       "unknown or malformed placeholder is refused with its "
                                       "line"),
              {language(), arg("FILE", value(ValueKind::Name, kFile))}, {campaignOption()});
    v << verb({"outreach", "template", "reset"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "back to the built-in letter template"), {language()},
              {campaignOption()});
    v << verb({"outreach", "log"}, Access::Read,
              QT_TRANSLATE_NOOP("Cli", "every letter sent, exported or refused, with its time, "
                                       "where it went and (with --json) the exact message; a "
                                       "person not yet contacted becomes request_sent once a "
                                       "letter left"),
              {optional(interviewee())}, {campaignOption()});
    v << verb({"outreach", "due"}, Access::Read,
              QT_TRANSLATE_NOOP("Cli", "letters that waited the campaign's follow-up days "
                                       "(campaign edit --follow-up-days N, default 7) with no "
                                       "reply since; --on plans ahead"),
              {}, {option("on", "YYYY-MM-DD", value(ValueKind::Date)), campaignOption()});
    v << verb({"smtp", "account", "set"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "the SMTP account kept in the app's settings "
                                       "(~/.config/shuzai/shuzai.conf, shared with the GUI; never "
                                       "the password)"),
              {}, {required(smtp()), tls("MODE"), caFile()});
    v << verb({"smtp", "account", "show"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "the saved SMTP account"));
    v << verb({"smtp", "password", "set"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "keep the SMTP password (on standard input) in the system "
                                       "keychain; outreach send reads it when "
                                       "SHUZAI_SMTP_PASSWORD is not set. Without a keychain this "
                                       "fails plainly and nothing is written"),
              {}, {smtp(), tls("MODE"), caFile()});
    v << verb({"smtp", "password", "forget"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "remove the SMTP password from the system keychain"), {},
              {smtp(), tls("MODE"), caFile()});
    const char *const kCollection = QT_TRANSLATE_NOOP(
        "Cli", "a calendar collection's address: https://host/path/ (http only to this computer)");
    v << verb({"caldav", "account", "set"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "the team's booking calendar on a CalDAV server (made with "
                                       "MKCALENDAR at the first sync if missing) and the login; "
                                       "kept in the database, never the password; --ca-file "
                                       "trusts one more CA"),
              {},
              {required(option("url", "URL", value(ValueKind::Name, kCollection))),
               required(option("user", "LOGIN", value(ValueKind::Name))), caFile()});
    v << verb({"caldav", "account", "show"}, Access::Read,
              QT_TRANSLATE_NOOP("Cli", "the booking calendar, its login and the last sync"));
    v << verb({"caldav", "password", "set"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "keep the CalDAV password (on standard input) in the "
                                       "system keychain as caldav://user@host:port; caldav sync "
                                       "reads it when SHUZAI_CALDAV_PASSWORD is not set"));
    v << verb({"caldav", "password", "forget"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "remove the CalDAV password from the system keychain"));
    v << verb({"caldav", "calendar", "add"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "read a writer's calendar for their busy times at each "
                                       "sync (checked by conflicts)"),
              {arg("WRITER", value(ValueKind::Name, kLogin)),
               arg("URL", value(ValueKind::Name, kCollection))});
    v << verb({"caldav", "calendar", "remove"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "stop reading a writer's calendar; its busy times go"),
              {arg("URL", value(ValueKind::Name, kCollection))});
    v << verb({"caldav", "calendar", "list"}, Access::Read,
              QT_TRANSLATE_NOOP("Cli", "the writers' calendars read, with their last sync"));
    v << verb({"caldav", "sync"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "publish the campaign's bookings (same UID as the "
                                       "invitations; a move or cancellation raises SEQUENCE; an "
                                       "event changed on the server by someone else is never "
                                       "overwritten but reported) and read the writers' busy "
                                       "times incrementally; each record is kept as soon as the "
                                       "server answered, so an interrupted sync loses nothing"),
              {}, {campaignOption()});
    v << verb({"caldav", "status"}, Access::Read,
              QT_TRANSLATE_NOOP("Cli", "published, waiting for the next sync, in conflict, last "
                                       "sync, writers' calendars"),
              {}, {campaignOption()});
    v << verb({"caldav", "busy"}, Access::Read,
              QT_TRANSLATE_NOOP("Cli", "the busy times of a week (Monday to Sunday, in the "
                                       "campaign's zone), each marked as read from a writer's "
                                       "calendar over CalDAV or imported from an .ics file"),
              {}, {option("week", "YYYY-MM-DD", value(ValueKind::Date)), campaignOption()});
    v << verb({"caldav", "resolve"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "end a conflict: --overwrite puts the booking over the "
                                       "server's copy, --keep-server leaves that copy and "
                                       "publishes only later changes"),
              {idArg("INTERVIEW")},
              {required(grouped(flag("overwrite"), "side")), grouped(flag("keep-server"), "side")});
    // The editor's mailbox over IMAP (mailboxcommands.cpp).
    const OptionSpec imap = option("imap", "imaps://user@host:port", value(ValueKind::Name));
    v << verb({"mailbox", "account", "set"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "the editor's IMAP account (TLS from the first byte), "
                                       "kept in the app's settings like the SMTP one; never the "
                                       "password"),
              {}, {required(imap), caFile()});
    v << verb({"mailbox", "account", "show"}, Access::Read,
              QT_TRANSLATE_NOOP("Cli", "the saved IMAP account and when it was last read"));
    v << verb({"mailbox", "password", "set"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "keep the IMAP password (on standard input) in the system "
                                       "keychain; mailbox fetch reads it when "
                                       "SHUZAI_IMAP_PASSWORD is not set"),
              {}, {imap, caFile()});
    v << verb({"mailbox", "password", "forget"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "remove the IMAP password from the system keychain"), {},
              {imap, caFile()});
    v << verb({"mailbox", "fetch"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "read the inbox's new messages (read-only: nothing is "
                                       "marked, moved or deleted on the server), keep each with "
                                       "its exact bytes once, and match it to the letter it "
                                       "answers or the person who sent it; what was stored "
                                       "before an error is kept"),
              {}, {imap, caFile()});
    v << verb({"mailbox", "messages"}, Access::Read,
              QT_TRANSLATE_NOOP("Cli", "the messages fetched, newest first; with INTERVIEWEE "
                                       "that person's"),
              {optional(interviewee())}, {campaignOption()});
    v << verb({"mailbox", "show"}, Access::Read,
              QT_TRANSLATE_NOOP("Cli", "one fetched message: its decoded text and attachments, "
                                       "or with --raw its exact bytes"),
              {idArg("ID")}, {flag("raw")});
    OptionSpec accepted = required(grouped(flag("accepted"), "reply"));
    v << verb({"reply", "record"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "the person's answer; accepted/declined move the pipeline "
                                       "(never back from scheduled or later)"),
              {interviewee()},
              {accepted, grouped(flag("declined"), "reply"), grouped(flag("question"), "reply"),
               grouped(flag("no-reply"), "reply"), text("prefers", "TIMES"),
               text("slots", "T[,T...]"), text("note", "T"), campaignOption()});
    v << verb({"reply", "read"}, Access::Read,
              QT_TRANSLATE_NOOP("Cli", "what a reply (.eml) says, proposed against the campaign's "
                                       "free slots: accepts, declines or asks, the slots it names "
                                       "best first, the times named that are not free, and the "
                                       "phrases read; nothing is recorded"),
              {arg("FILE.eml", value(ValueKind::Name, kFile))},
              {option("sender-zone", "ZONE", value(ValueKind::TimeZone)), campaignOption()});
    v << verb({"reply", "proposals"}, Access::Read,
              QT_TRANSLATE_NOOP("Cli", "the replies read from fetched mail that wait for the "
                                       "editor (--all: the decided ones too), oldest first: the "
                                       "person, when it came, accepts/declines/asks, the free "
                                       "slots it names, the phrases read and the times named "
                                       "that are not free"),
              {}, {flag("all"), campaignOption()});
    v << verb({"reply", "accept-proposal"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "record the reply proposed from mail message ID as if "
                                       "typed (its subject as the note, its slots as the "
                                       "preferred times); --kind is needed when the intent is "
                                       "unclear; a proposal is decided once"),
              {idArg("ID")},
              {option("kind", "",
                      choices({QStringLiteral("accepted"), QStringLiteral("declined"),
                               QStringLiteral("question")})),
               text("prefers", "TIMES"), text("slots", "T[,T...]")});
    v << verb({"reply", "dismiss-proposal"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "set the reply proposed from mail message ID aside: "
                                       "nothing is recorded about the person"),
              {idArg("ID")});
    v << verb({"reply", "list"}, Access::Read,
              QT_TRANSLATE_NOOP("Cli", "the replies recorded, oldest first"),
              {optional(interviewee())}, {campaignOption()});
    v << verb(
        {"review", "send"}, Access::Write,
        QT_TRANSLATE_NOOP("Cli", "send the picked quotes and linked excerpts for checking: "
                                 "a new round whose snapshot never changes (a trigger "
                                 "refuses it), due the campaign's review margin in working "
                                 "days before publication (weekends and Japanese holidays "
                                 "skipped; campaign edit --review-margin N, default 5)"),
        {interviewee()},
        {option("channel", "",
                choices({QStringLiteral("email"), QStringLiteral("pdf"), QStringLiteral("other")})),
         text("note", "T"), campaignOption()});
    v << verb({"review", "record"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "a correction the interviewee asked for, stored against "
                                       "the text as sent; --json gives the character diff"),
              {interviewee()},
              {required(option("item", "N", range(1, 100000))), required(text("corrected", "TEXT")),
               text("note", "T"), campaignOption()});
    // Corrections read from review answers that came by mail (reviewmailcommands.cpp).
    v << verb({"review", "mail-corrections"}, Access::Read,
              QT_TRANSLATE_NOOP("Cli", "the corrections the answers by mail to the open round "
                                       "ask for (the text, an attached .docx or .txt), each "
                                       "against the text as sent, with its id MAIL:ITEM; text "
                                       "that names no item is listed as not matched; nothing is "
                                       "recorded"),
              {interviewee()}, {campaignOption()});
    v << verb({"review", "accept-mail-correction"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "record a correction proposed from mail (review "
                                       "mail-corrections) as if by review record; the note names "
                                       "the mail"),
              {arg("MAIL:ITEM",
                   value(ValueKind::Name, QT_TRANSLATE_NOOP("Cli", "a proposal: the mail's id and "
                                                                   "the item, e.g. 12:3")))},
              {campaignOption()});
    v << verb({"review", "approve"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "approval (reviewers only; \"approved with changes\" once "
                                       "corrections exist)"),
              {interviewee()}, {text("note", "T"), campaignOption()});
    v << verb({"review", "withdraw"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "the interviewee withdraws"), {interviewee()},
              {text("note", "T"), campaignOption()});
    v << verb({"review", "show"}, Access::Read,
              QT_TRANSLATE_NOOP("Cli", "every round as sent with its corrections ([-弊-]{+当+})"),
              {interviewee()}, {campaignOption()});
    v << verb({"review", "status"}, Access::Read,
              QT_TRANSLATE_NOOP("Cli", "where each person stands, due dates, overdue, "
                                       "publishable"),
              {optional(arg("CAMPAIGN", value(ValueKind::Id, kCampaign)))}, {campaignOption()});
    v << verb({"export", "packet"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "the review packet: passages in context, the attribution "
                                       "as printed, the answer date, Japanese fonts embedded; "
                                       ".eml attaches it to an e-mail to the interviewee"),
              {interviewee()},
              {required(output("FILE.pdf|FILE.eml")), templateChoice(), campaignOption()});
    const OptionSpec format =
        option("format", "", choices({QStringLiteral("csv"), QStringLiteral("json")}));
    v << verb({"audit", "list"}, Access::Read,
              QT_TRANSLATE_NOOP("Cli", "the append-only log of every letter, reply, booking "
                                       "change, transcript edit, template change and review step "
                                       "with who, when, before and after (--action review. for a "
                                       "family; --format prints it as the export would be); "
                                       "nothing can change or delete it"),
              {}, QList<OptionSpec>{output(), format} + auditFilters());
    v << verb({"audit", "export"}, Access::Read,
              QT_TRANSLATE_NOOP("Cli", "the same log written to a file (CSV unless --format "
                                       "json)"),
              {}, QList<OptionSpec>{required(output()), format} + auditFilters());
    v << verb({"dashboard"}, Access::Read,
              QT_TRANSLATE_NOOP("Cli", "per category \"2 of 3 confirmed\", days left to "
                                       "publication, the review due date and who is at risk (no "
                                       "reply, accepted but not booked as the window closes, "
                                       "transcript missing, review overdue)"),
              {optional(arg("CAMPAIGN", value(ValueKind::Id, kCampaign)))}, {campaignOption()});
    VerbSpec server = verb(
        {"server", "setup"}, Access::Own,
        QT_TRANSLATE_NOOP("Cli", "a team server: the database (created if missing), the schema, "
                                 "group roles and grants, and the first editor's login (password "
                                 "on stdin; the administrator's in SHUZAI_DB_PASSWORD)"),
        {},
        {required(option("editor", "LOGIN", value(ValueKind::Name, kLogin))),
         required(option("name", "NAME", value(ValueKind::Name))), text("email", "E"),
         flag("no-sample")});
    server.check = serverLocation;
    server.globalInSynopsis = QStringLiteral("--db postgresql://ADMIN@host:port/db");
    v << server;
    v << verb({"copy"}, Access::Own,
              QT_TRANSLATE_NOOP("Cli", "every record into an empty database on either engine "
                                       "(same ids, texts, originals, audit log); per-table counts "
                                       "and checksums, checked before the commit"),
              {},
              {required(option("from", "FILE|URL", value(ValueKind::Name, kLocation))),
               required(option("to", "FILE|URL", value(ValueKind::Name, kLocation)))});
    v << verb({"backup"}, Access::Read,
              QT_TRANSLATE_NOOP("Cli", "a checked copy (default: the backups folder beside the "
                                       "database, rotated)"),
              {}, {output()});
    v << verb({"check"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "integrity, references, search indexes"));
    v << verb({"restore"}, Access::Own,
              QT_TRANSLATE_NOOP("Cli", "the backup's content in place of the database's (the "
                                       "state before kept)"),
              {arg("BACKUP-FILE", value(ValueKind::Name, kFile))});
    ArgSpec command = optional(arg("COMMAND", value(ValueKind::Text)));
    command.repeats = true;
    // --man and --bash-completion make the package's manual page and completion script.
    v << verb({"help"}, Access::None,
              QT_TRANSLATE_NOOP("Cli", "these commands, one command's options (help COMMAND), "
                                       "or this table in Markdown (--markdown)"),
              {command},
              {grouped(flag("markdown"), "format"), detail(grouped(flag("man"), "format")),
               detail(grouped(flag("bash-completion"), "format"))});
    return v;
}
} // namespace

const QList<OptionSpec> &globalOptions()
{
    static const QList<OptionSpec> options{
        option("db", "PATH", value(ValueKind::Name, kLocation)),
        flag("json"),
        option("as", "USER", value(ValueKind::Name, kLogin)),
        option("lang", "", choices({QStringLiteral("ja"), QStringLiteral("en")})),
        flag("help"),
        flag("version"),
    };
    return options;
}

const QList<VerbSpec> &verbs()
{
    static const QList<VerbSpec> table = declare();
    return table;
}

} // namespace shuzai::cli

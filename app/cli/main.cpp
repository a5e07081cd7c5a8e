// shuzai-cli: the headless front door. Scripts, benchmarks and acceptance checks drive the
// product through it, so its verbs and JSON shapes are a stable interface.
#include "argcheck.h"
#include "commandline.h"
#include "commands.h"
#include "output.h"
#include "services/workspace.h"
#include "util/apppaths.h"
#include "util/clock.h"
#include "util/logging.h"
#include "util/translations.h"
#include "verbs.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace shuzai;
using namespace shuzai::cli;

namespace {
VoidResult runInitReport(Context &ctx)
{
    const Workspace &ws = ctx.ws;
    if (ctx.out.json()) {
        ctx.out.printJson(QJsonObject{{QStringLiteral("database"), ws.location()},
                                      {QStringLiteral("schemaVersion"), ws.openSchemaVersion()},
                                      {QStringLiteral("created"), ws.createdNow()}});
    } else if (ws.createdNow()) {
        ctx.out.line(
            Cli::tr("Created %1 (schema %2).").arg(ws.location()).arg(ws.openSchemaVersion()));
    } else {
        ctx.out.line(
            Cli::tr("%1 is ready (schema %2).").arg(ws.location()).arg(ws.openSchemaVersion()));
    }
    return {};
}

// A command line whose words name no verb: an unknown noun, or a noun's verb mistyped.
Error unknownCommand(const CommandLine &cl)
{
    const QString noun = cl.word(0);
    const QList<const VerbSpec *> known = verbsOf(noun);
    if (known.isEmpty())
        return usageError(QT_TRANSLATE_NOOP("Error", "Unknown command \"%1\". See --help."),
                          {excerpt(noun)});
    QStringList names;
    for (const VerbSpec *v : known)
        names.append(v->words.mid(1).join(u' '));
    return usageError(QT_TRANSLATE_NOOP("Error", "Usage: shuzai-cli %1"),
                      {noun + u' ' + names.join(u'|') + QStringLiteral(" ...")});
}

VoidResult dispatch(Context &ctx)
{
    const QString noun = ctx.cl.word(0);
    if (noun == QLatin1String("init"))
        return runInitReport(ctx);
    if (noun == QLatin1String("campaign"))
        return runCampaign(ctx);
    if (noun == QLatin1String("interviewee"))
        return runInterviewee(ctx);
    if (noun == QLatin1String("questions"))
        return runQuestions(ctx);
    if (noun == QLatin1String("category"))
        return runCategory(ctx);
    if (noun == QLatin1String("template"))
        return runTemplateQuestions(ctx);
    if (noun == QLatin1String("user"))
        return runUser(ctx);
    if (noun == QLatin1String("interview"))
        return runInterview(ctx);
    if (noun == QLatin1String("transcript"))
        return runTranscript(ctx);
    if (noun == QLatin1String("search"))
        return runSearch(ctx);
    if (noun == QLatin1String("answers"))
        return runAnswers(ctx);
    if (noun == QLatin1String("quote"))
        return runQuote(ctx);
    if (noun == QLatin1String("slots"))
        return runSlots(ctx);
    if (noun == QLatin1String("schedule"))
        return runSchedule(ctx);
    if (noun == QLatin1String("calendar"))
        return runCalendar(ctx);
    if (noun == QLatin1String("conflicts"))
        return runConflicts(ctx);
    if (noun == QLatin1String("outreach"))
        return runOutreach(ctx);
    if (noun == QLatin1String("reply"))
        return runReply(ctx);
    if (noun == QLatin1String("smtp"))
        return runSmtp(ctx);
    if (noun == QLatin1String("caldav"))
        return runCaldav(ctx);
    if (noun == QLatin1String("mailbox"))
        return runMailbox(ctx);
    if (noun == QLatin1String("review"))
        return runReview(ctx);
    if (noun == QLatin1String("audit"))
        return runAudit(ctx);
    if (noun == QLatin1String("export"))
        return runExport(ctx);
    if (noun == QLatin1String("dashboard"))
        return runDashboard(ctx);
    if (noun == QLatin1String("backup"))
        return runBackup(ctx);
    if (noun == QLatin1String("check"))
        return runCheck(ctx);
    return usageError(QT_TRANSLATE_NOOP("Error", "Unknown command \"%1\". See --help."), {noun});
}

} // namespace

int main(int argc, char *argv[])
{
    // On the bytes as given: once Qt has decoded them, a broken sequence is a U+FFFD that
    // would be stored as if typed.
    const int notUtf8 = firstArgumentNotUtf8(argc, argv);
    // A plain QCoreApplication: PDF packets are laid out by the shuzai-pdf helper (pdfhelper.h),
    // so no verb loads Qt Gui here.
    const auto app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("shuzai"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHUZAI_VERSION));

    auto parsed = parseCommandLine(QCoreApplication::arguments());
    const bool json = parsed && parsed->json;
    Output out(json);
    const QString language =
        parsed && !parsed->language.isEmpty() ? parsed->language : i18n::systemLanguage();
    if (!i18n::install(language)) {
        i18n::install(i18n::systemLanguage());
        return out.fail(usageError(QT_TRANSLATE_NOOP("Error", "Unknown language \"%1\" (use ja "
                                                              "or en)."),
                                   {excerpt(language)}));
    }
    log::setup({paths::logDirectory(), log::LogSetup::Console::Off});
    if (notUtf8 > 0) {
        return out.fail(usageError(QT_TRANSLATE_NOOP("Error", "Argument %1 is not valid UTF-8; "
                                                              "give every argument in UTF-8."),
                                   {QString::number(notUtf8)}));
    }
    if (!parsed)
        return out.fail(parsed.error());
    CommandLine &cl = *parsed;
    if (cl.version) {
        out.line(QStringLiteral("shuzai-cli %1 (schema %2)")
                     .arg(QCoreApplication::applicationVersion())
                     .arg(Workspace::schemaVersion()));
        return 0;
    }
    if (cl.help || cl.words.isEmpty()) {
        if (!knowsCommand(cl.words))
            return out.fail(unknownCommand(cl));
        out.line(helpFor(cl.words));
        return cl.help ? 0 : 2;
    }
    // Everything about the command line is checked before a database is opened, so a mistyped
    // command or value never creates, migrates or changes a file.
    const VerbSpec *verb = findVerb(cl.words);
    if (!verb)
        return out.fail(unknownCommand(cl));
    if (auto r = checkCommandLine(cl, *verb); !r)
        return out.fail(r.error());
    if (verb->access == Access::None) {
        if (auto r = runHelp(cl, out); !r)
            return out.fail(r.error());
        return 0;
    }
    const Access access = verb->accessFor(cl);
    WorkspaceOptions options;
    // Only init makes a database: a mistyped path or a deleted file is an error, never a new,
    // empty roster.
    options.database.create = access == Access::Create;
    options.database.readOnly = access == Access::Read;
    options.seedSample =
        !(options.database.create && cl.flags.contains(QStringLiteral("no-sample")));
    QString invalidNow;
    const std::unique_ptr<Clock> clockOwner = clockFromEnvironment(&invalidNow);
    if (!clockOwner) {
        return out.fail(usageError(QT_TRANSLATE_NOOP("Error", "SHUZAI_NOW needs an ISO 8601 "
                                                              "time, not \"%1\"."),
                                   {excerpt(invalidNow)}));
    }
    const Clock &clock = *clockOwner;
    const QString path = cl.db.isEmpty() ? paths::defaultDatabasePath() : cl.db;
    if (access == Access::Own) {
        VoidResult r = cl.word(0) == QLatin1String("copy")     ? runCopy(cl, clock, out)
                       : cl.word(0) == QLatin1String("server") ? runServerSetup(cl, clock, out)
                                                               : runRestore(cl, clock, out, path);
        return r ? 0 : out.fail(r.error());
    }
    auto workspace = Workspace::open(path, clock, options);
    if (!workspace)
        return out.fail(workspace.error());
    if (!cl.actAs.isEmpty()) {
        if (auto r = (*workspace)->setActor(cl.actAs); !r)
            return out.fail(r.error());
    }
    Context ctx{cl, **workspace, out};
    if (auto r = dispatch(ctx); !r)
        return out.fail(r.error());
    return 0;
}

// shuzai-cli: the headless front door. Scripts, benchmarks and acceptance checks drive the
// product through it, so its verbs and JSON shapes are a stable interface.
#include "commandline.h"
#include "commands.h"
#include "output.h"
#include "services/workspace.h"
#include "storage/migrations.h"
#include "util/apppaths.h"
#include "util/clock.h"
#include "util/logging.h"
#include "util/translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QJsonObject>
#include <QMap>
#include <QSet>

using namespace shuzai;
using namespace shuzai::cli;

namespace {
VoidResult runInitReport(Context &ctx)
{
    if (auto r = ctx.cl.onlyOptions({QStringLiteral("no-sample")}); !r)
        return r;
    Database &db = ctx.ws.database();
    if (ctx.out.json()) {
        ctx.out.printJson(QJsonObject{{QStringLiteral("database"), db.location()},
                                      {QStringLiteral("schemaVersion"), db.schemaVersion()},
                                      {QStringLiteral("created"), db.createdNow()}});
    } else if (db.createdNow()) {
        ctx.out.line(Cli::tr("Created %1 (schema %2).").arg(db.location()).arg(db.schemaVersion()));
    } else {
        ctx.out.line(
            Cli::tr("%1 is ready (schema %2).").arg(db.location()).arg(db.schemaVersion()));
    }
    return {};
}

// Checked before the database is opened, so a mistyped command never creates or migrates a
// file.
VoidResult checkCommand(const CommandLine &cl)
{
    static const QMap<QString, QStringList> verbs{
        {QStringLiteral("init"), {}},
        {QStringLiteral("campaign"),
         {QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("edit")}},
        {QStringLiteral("interviewee"),
         {QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("show"),
          QStringLiteral("edit"), QStringLiteral("remove")}},
        {QStringLiteral("questions"),
         {QStringLiteral("show"), QStringLiteral("reword"), QStringLiteral("drop"),
          QStringLiteral("add"), QStringLiteral("reset")}},
        {QStringLiteral("user"), {QStringLiteral("list"), QStringLiteral("add")}},
        {QStringLiteral("interview"), {QStringLiteral("add"), QStringLiteral("list")}},
        {QStringLiteral("transcript"),
         {QStringLiteral("import"), QStringLiteral("list"), QStringLiteral("show"),
          QStringLiteral("edit"), QStringLiteral("history"), QStringLiteral("speakers"),
          QStringLiteral("original")}},
        {QStringLiteral("search"), {}},
        {QStringLiteral("answers"),
         {QStringLiteral("link"), QStringLiteral("unlink"), QStringLiteral("matrix")}},
        {QStringLiteral("quote"),
         {QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("remove")}},
        {QStringLiteral("slots"),
         {QStringLiteral("list"), QStringLiteral("block"), QStringLiteral("window")}},
        {QStringLiteral("schedule"),
         {QStringLiteral("book"), QStringLiteral("move"), QStringLiteral("cancel"),
          QStringLiteral("confirm"), QStringLiteral("history")}},
        {QStringLiteral("calendar"), {QStringLiteral("export"), QStringLiteral("import")}},
        {QStringLiteral("conflicts"), {}},
        {QStringLiteral("outreach"),
         {QStringLiteral("render"), QStringLiteral("export-eml"), QStringLiteral("send"),
          QStringLiteral("log"), QStringLiteral("due"), QStringLiteral("template")}},
        {QStringLiteral("reply"), {QStringLiteral("record"), QStringLiteral("list")}},
        {QStringLiteral("smtp"), {QStringLiteral("account"), QStringLiteral("password")}},
        {QStringLiteral("review"),
         {QStringLiteral("send"), QStringLiteral("record"), QStringLiteral("approve"),
          QStringLiteral("withdraw"), QStringLiteral("status"), QStringLiteral("show")}},
        {QStringLiteral("audit"), {QStringLiteral("list"), QStringLiteral("export")}},
        {QStringLiteral("export"), {QStringLiteral("packet")}},
        {QStringLiteral("dashboard"), {}},
        {QStringLiteral("server"), {QStringLiteral("setup")}},
        {QStringLiteral("copy"), {}},
        {QStringLiteral("backup"), {}},
        {QStringLiteral("restore"), {}},
        {QStringLiteral("check"), {}},
    };
    const QString noun = cl.word(0);
    if (!verbs.contains(noun))
        return usageError(QT_TRANSLATE_NOOP("Error", "Unknown command \"%1\". See --help."),
                          {noun});
    const QStringList &known = verbs.value(noun);
    if (!known.isEmpty() && !known.contains(cl.word(1))) {
        return usageError(QT_TRANSLATE_NOOP("Error", "Usage: shuzai-cli %1"),
                          {noun + u' ' + known.join(u'|') + QStringLiteral(" ...")});
    }
    return {};
}

// Commands that only read: they open the file read-only, take no write lock (another program
// writing does not hold them up) and work on a file without write permission.
bool onlyReads(const CommandLine &cl)
{
    static const QSet<QString> reading{
        QStringLiteral("campaign list"),
        QStringLiteral("campaign show"),
        QStringLiteral("interviewee list"),
        QStringLiteral("interviewee show"),
        QStringLiteral("questions show"),
        QStringLiteral("user list"),
        QStringLiteral("interview list"),
        QStringLiteral("transcript list"),
        QStringLiteral("transcript show"),
        QStringLiteral("transcript history"),
        QStringLiteral("transcript original"),
        QStringLiteral("search"),
        QStringLiteral("answers matrix"),
        QStringLiteral("quote list"),
        QStringLiteral("slots list"),
        QStringLiteral("slots block"),
        QStringLiteral("schedule history"),
        QStringLiteral("conflicts"),
        QStringLiteral("outreach render"),
        QStringLiteral("outreach log"),
        QStringLiteral("outreach due"),
        QStringLiteral("reply list"),
        QStringLiteral("review show"),
        QStringLiteral("review status"),
        QStringLiteral("audit list"),
        QStringLiteral("audit export"),
        QStringLiteral("dashboard"),
        QStringLiteral("calendar export"),
        QStringLiteral("backup"),
    };
    const QString noun = cl.word(0);
    const QString verb = cl.word(1);
    if (reading.contains(noun) || reading.contains(noun + u' ' + verb))
        return true;
    if (noun == QLatin1String("transcript") && verb == QLatin1String("import"))
        return cl.flags.contains(QStringLiteral("dry-run"));
    if (noun == QLatin1String("outreach") && verb == QLatin1String("template"))
        return cl.word(2) == QLatin1String("show");
    if (noun == QLatin1String("transcript") && verb == QLatin1String("speakers"))
        return !cl.options.contains(QStringLiteral("map"));
    return false;
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

// Commands that lay out text (PDF packets) need fonts, and so a QGuiApplication; headless, on
// the offscreen platform. Every other command stays a plain QCoreApplication.
bool needsFonts(int argc, char *argv[])
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "export") == 0 && qstrcmp(argv[i + 1], "packet") == 0)
            return true;
    }
    return false;
}

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
    if (!needsFonts(argc, argv))
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}
} // namespace

int main(int argc, char *argv[])
{
    const auto app = makeApplication(argc, argv);
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
                                   {language}));
    }
    log::setup({paths::logDirectory(), log::LogSetup::Console::Off});
    if (!parsed)
        return out.fail(parsed.error());
    const CommandLine &cl = *parsed;
    if (cl.version) {
        out.line(QStringLiteral("shuzai-cli %1 (schema %2)")
                     .arg(QCoreApplication::applicationVersion())
                     .arg(latestSchemaVersion()));
        return 0;
    }
    if (cl.help || cl.words.isEmpty()) {
        out.line(helpText().arg(paths::defaultDatabasePath()));
        return cl.help ? 0 : 2;
    }

    if (auto r = checkCommand(cl); !r)
        return out.fail(r.error());
    WorkspaceOptions options;
    // Only init makes a database: a mistyped path or a deleted file is an error, never a new,
    // empty roster.
    options.database.create = cl.word(0) == QLatin1String("init");
    options.database.readOnly = onlyReads(cl);
    options.seedSample =
        !(options.database.create && cl.flags.contains(QStringLiteral("no-sample")));
    QString invalidNow;
    const std::unique_ptr<Clock> clockOwner = clockFromEnvironment(&invalidNow);
    if (!clockOwner) {
        return out.fail(usageError(QT_TRANSLATE_NOOP("Error", "SHUZAI_NOW needs an ISO 8601 "
                                                              "time, not \"%1\"."),
                                   {invalidNow}));
    }
    const Clock &clock = *clockOwner;
    if (cl.word(0) == QLatin1String("copy")) {
        if (auto r = runCopy(cl, clock, out); !r)
            return out.fail(r.error());
        return 0;
    }
    if (cl.word(0) == QLatin1String("server")) {
        if (auto r = runServerSetup(cl, clock, out); !r)
            return out.fail(r.error());
        return 0;
    }
    const QString path = cl.db.isEmpty() ? paths::defaultDatabasePath() : cl.db;
    if (cl.word(0) == QLatin1String("restore")) {
        if (auto r = runRestore(cl, clock, out, path); !r)
            return out.fail(r.error());
        return 0;
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

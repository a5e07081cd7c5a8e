#include "commands.h"
#include "services/workspace.h"
#include "json/jsonformat.h"

#include <QJsonObject>
#include <QTextStream>

namespace shuzai::cli {

// The first line of standard input: where passwords come from, so they show in no process
// list or shell history.
QString passwordFromStdin()
{
    QTextStream in(stdin);
    return in.readLine();
}

// server setup --editor LOGIN --name NAME [--email E] (the editor's password on stdin), run
// with --db postgresql://ADMIN@host:port/database: the database (created if missing), the
// schema, the roles and grants, and the first editor's login.
VoidResult runServerSetup(const CommandLine &cl, const Clock &clock, const Output &out)
{
    const QString synopsis = QStringLiteral(
        "server setup --db postgresql://ADMIN@host:port/database --editor LOGIN --name NAME "
        "[--email E]   (the editor's password on stdin, the administrator's in "
        "SHUZAI_DB_PASSWORD)");
    if (cl.word(1) != QLatin1String("setup") || !Workspace::isServerLocation(cl.db) ||
        !cl.options.contains(QStringLiteral("editor")) ||
        !cl.options.contains(QStringLiteral("name")))
        return usageError(QT_TRANSLATE_NOOP("Error", "Usage: shuzai-cli %1"), {synopsis});
    if (auto r = cl.onlyOptions({QStringLiteral("editor"), QStringLiteral("name"),
                                 QStringLiteral("email"), QStringLiteral("no-sample")});
        !r)
        return r;
    auto target = Workspace::serverTarget(cl.db);
    if (!target)
        return target.error();
    const QString password = passwordFromStdin();
    if (password.isEmpty())
        return usageError(QT_TRANSLATE_NOOP("Error", "Give the password on standard input."));
    if (auto r = Database::createPostgresDatabase(*target); !r)
        return r;
    WorkspaceOptions options;
    options.seedSample = !cl.flags.contains(QStringLiteral("no-sample"));
    options.seedLocalUsers = false;
    auto ws = Workspace::openPostgres(*target, clock, options);
    if (!ws)
        return ws.error();
    User editor;
    editor.login = cl.option(QStringLiteral("editor"));
    editor.displayName = cl.option(QStringLiteral("name"));
    editor.email = cl.option(QStringLiteral("email"));
    editor.role = Role::Editor;
    auto added = (*ws)->setUpServer(editor, password);
    if (!added)
        return added.error();
    if (out.json())
        out.printJson(json::user(*added));
    else
        out.line(
            Cli::tr("%1 is set up; %2 can log in as its editor.").arg(target->url(), added->login));
    return {};
}

} // namespace shuzai::cli

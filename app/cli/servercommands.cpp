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
    auto target = Workspace::serverTarget(cl.db);
    if (!target)
        return target.error();
    const QString password = passwordFromStdin();
    if (password.isEmpty())
        return usageError(QT_TRANSLATE_NOOP("Error", "Give the password on standard input."));
    if (auto r = Workspace::createServerDatabase(*target); !r)
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

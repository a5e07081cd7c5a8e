#include "commands.h"
#include "services/backupservice.h"
#include "services/workspace.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace shuzai::cli {

namespace {
QJsonObject backupJson(const BackupInfo &b)
{
    return QJsonObject{{QStringLiteral("file"), b.path},
                       {QStringLiteral("bytes"), b.bytes},
                       {QStringLiteral("takenAt"), b.takenAt.toString(Qt::ISODate)}};
}
} // namespace

// backup [-o FILE]: a checked copy, into the database's backups folder (rotated) or FILE.
VoidResult runBackup(Context &ctx)
{
    BackupService &backups = ctx.ws.backups();
    auto made = ctx.cl.options.contains(QStringLiteral("output"))
                    ? backups.backupTo(ctx.cl.option(QStringLiteral("output")))
                    : backups.backupNow();
    if (!made)
        return made.error();
    if (ctx.out.json())
        ctx.out.printJson(backupJson(*made));
    else
        ctx.out.line(Cli::tr("Backed up %1 to %2 (checked).").arg(ctx.ws.location(), made->path));
    return {};
}

// check: integrity, foreign keys and the search indexes; exit 1 when anything is wrong.
VoidResult runCheck(Context &ctx)
{
    auto report = ctx.ws.backups().check();
    if (!report)
        return report.error();
    const QList<BackupInfo> backups = ctx.ws.backups().backups();
    if (ctx.out.json()) {
        QJsonObject result{
            {QStringLiteral("database"), ctx.ws.location()},
            {QStringLiteral("ok"), report->ok()},
            {QStringLiteral("problems"), QJsonArray::fromStringList(report->problems)},
            {QStringLiteral("pages"), report->pages},
            {QStringLiteral("segments"), report->segments}};
        if (!backups.isEmpty())
            result.insert(QStringLiteral("latestBackup"), backupJson(backups.first()));
        ctx.out.printJson(result);
    } else if (report->ok()) {
        ctx.out.line(Cli::tr("%1 is sound: every page, reference and search index checked "
                             "(%n transcript segment(s)).",
                             nullptr, int(report->segments))
                         .arg(ctx.ws.location()));
    } else {
        for (const QString &problem : report->problems)
            ctx.out.line(QStringLiteral("! ") + problem);
    }
    if (report->ok())
        return {};
    return Error(ErrorCode::DatabaseCorrupt,
                 QT_TRANSLATE_NOOP("Error", "The database %1 is damaged (%2 problem(s) found). "
                                            "Restore a backup: shuzai-cli restore FILE."),
                 {ctx.ws.location(), QString::number(report->problems.size())});
}

// restore FILE: the backup's content in place of the database's. A database that opens is
// restored in place (its state before kept as a backup); one too damaged to open is moved aside.
VoidResult runRestore(const CommandLine &cl, const Clock &clock, const Output &out,
                      const QString &path)
{
    const QString backup = cl.word(1);
    auto workspace = Workspace::open(path, clock);
    if (!workspace && (workspace.error().code() == ErrorCode::DatabaseCorrupt ||
                       workspace.error().code() == ErrorCode::DatabaseNotSqlite)) {
        auto aside = BackupService::replaceDamaged(path, backup, clock);
        if (!aside)
            return aside.error();
        if (out.json()) {
            out.printJson(
                QJsonObject{{QStringLiteral("restored"), QDir::toNativeSeparators(backup)},
                            {QStringLiteral("damagedMovedTo"), *aside}});
        } else {
            out.line(
                Cli::tr("Restored %1 from %2; the damaged file was moved to %3.")
                    .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(backup), *aside));
        }
        return {};
    }
    if (!workspace)
        return workspace.error();
    if (!cl.actAs.isEmpty()) {
        if (auto r = (*workspace)->setActor(cl.actAs); !r)
            return r;
    }
    auto before = (*workspace)->backups().restore(backup);
    if (!before)
        return before.error();
    if (out.json()) {
        out.printJson(QJsonObject{{QStringLiteral("restored"), QDir::toNativeSeparators(backup)},
                                  {QStringLiteral("previousStateKeptIn"), before->path}});
    } else {
        out.line(
            Cli::tr("Restored %1 from %2; what it held before is kept in %3.")
                .arg((*workspace)->location(), QDir::toNativeSeparators(backup), before->path));
    }
    return {};
}

} // namespace shuzai::cli

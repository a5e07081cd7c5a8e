#include "commands.h"
#include "services/workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace shuzai::cli {

namespace {
// As the database names itself in messages: a file's absolute path, a server's URL without the
// password.
QString displayLocation(const QString &location)
{
    if (!Workspace::isServerLocation(location))
        return QDir::toNativeSeparators(QFileInfo(location).absoluteFilePath());
    auto target = PostgresTarget::fromUrl(location);
    return target ? target->url() : location;
}
} // namespace

// copy --from LOCATION --to LOCATION: every record into an empty database on either engine
// (a file, or postgresql://user@host:port/database), with counts and checksums per table.
VoidResult runCopy(const CommandLine &cl, const Clock &clock, const Output &out)
{
    const QString from = cl.option(QStringLiteral("from"));
    const QString to = cl.option(QStringLiteral("to"));
    auto copied = Workspace::copyDatabase(from, to, clock);
    if (!copied)
        return copied.error();
    QJsonArray tables;
    qint64 total = 0;
    for (const TableChecksum &t : *copied) {
        total += t.rows;
        if (out.json()) {
            tables.append(QJsonObject{{QStringLiteral("table"), t.table},
                                      {QStringLiteral("rows"), t.rows},
                                      {QStringLiteral("sha256"), t.sha256}});
        } else {
            out.line(QStringLiteral("%1\t%2\t%3").arg(t.table).arg(t.rows).arg(t.sha256));
        }
    }
    if (out.json()) {
        out.printJson(QJsonObject{{QStringLiteral("from"), displayLocation(from)},
                                  {QStringLiteral("to"), displayLocation(to)},
                                  {QStringLiteral("rows"), total},
                                  {QStringLiteral("tables"), tables}});
    } else {
        out.line(Cli::tr("Copied %n row(s); every table's checksum matches the original.", nullptr,
                         int(total)));
    }
    return {};
}

} // namespace shuzai::cli

#include "commands.h"
#include "pdfhelper.h"
#include "services/reviewservice.h"
#include "services/rosterservice.h"
#include "services/workspace.h"
#include "util/files.h"

#include <QDir>
#include <QJsonObject>

namespace shuzai::cli {

// export packet INTERVIEWEE -o FILE.pdf|FILE.eml: the review packet as a PDF, or as an e-mail to
// the interviewee with the PDF attached. Written atomically.
VoidResult runExport(Context &ctx)
{
    const CommandLine &cl = ctx.cl;
    // The language of the interviewee's letter (the packet follows it), Japanese by default.
    const QString language = cl.options.value(QStringLiteral("template"), QStringLiteral("ja"));
    const QString path = cl.option(QStringLiteral("output"));
    const bool eml = path.endsWith(QLatin1String(".eml"), Qt::CaseInsensitive);
    auto campaign = resolveCampaign(ctx);
    if (!campaign)
        return campaign.error();
    auto person = ctx.ws.roster().find(campaign->id, cl.word(2));
    if (!person)
        return person.error();
    auto packet = ctx.ws.review().packet(person->id, language);
    if (!packet)
        return packet.error();
    auto pdf = renderPdfInHelper(packet->html, packet->title);
    if (!pdf)
        return pdf.error();
    QByteArray bytes = *pdf;
    if (eml) {
        auto message = ctx.ws.review().packetMessage(person->id, *packet, *pdf, language);
        if (!message)
            return message.error();
        bytes = *message;
    }
    if (auto r = files::writeAtomically(path, bytes); !r)
        return r;
    if (ctx.out.json()) {
        ctx.out.printJson(QJsonObject{{QStringLiteral("file"), QDir::toNativeSeparators(path)},
                                      {QStringLiteral("bytes"), bytes.size()},
                                      {QStringLiteral("title"), packet->title}});
    } else {
        ctx.out.line(Cli::tr("Wrote %1.").arg(QDir::toNativeSeparators(path)));
    }
    return {};
}

} // namespace shuzai::cli

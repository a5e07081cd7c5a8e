#include "commands.h"
#include "services/answerservice.h"
#include "services/campaignservice.h"
#include "services/rosterservice.h"
#include "services/searchservice.h"
#include "services/workspace.h"
#include "json/transcriptjson.h"

#include <QJsonArray>

namespace shuzai::cli {

namespace {
// A whole-number option as the declaration checked it, or `fallback` when not given.
int number(const CommandLine &cl, const QString &option, int fallback)
{
    return cl.options.contains(option) ? cl.option(option).toInt() : fallback;
}

Result<Id> categoryFilter(Context &ctx, const Campaign &campaign)
{
    if (!ctx.cl.options.contains(QStringLiteral("category")))
        return Id(0);
    const QString text = ctx.cl.option(QStringLiteral("category"));
    for (const Category &c : campaign.categories) {
        if (c.code == text || c.name == text || QString::number(c.id) == text)
            return c.id;
    }
    QStringList codes;
    for (const Category &c : campaign.categories)
        codes.append(c.code);
    return usageError(QT_TRANSLATE_NOOP("Error", "Unknown category \"%1\" (use one of: %2)."),
                      {text, codes.join(QStringLiteral(", "))});
}

// "【佐藤 花子】" marks in plain text for the highlighted parts.
QString marked(const SearchHit &hit)
{
    QString out = hit.context;
    for (auto it = hit.highlights.crbegin(); it != hit.highlights.crend(); ++it) {
        out.insert(it->second, u'】');
        out.insert(it->first, u'【');
    }
    return out;
}
} // namespace

VoidResult runSearch(Context &ctx)
{
    const CommandLine &cl = ctx.cl;
    SearchQuery query;
    query.text = cl.words.mid(1).join(u' ');
    query.filter.speaker = cl.option(QStringLiteral("speaker"));
    query.includeNotes = !cl.flags.contains(QStringLiteral("no-notes"));
    query.limit = number(cl, QStringLiteral("limit"), 50);
    query.offset = number(cl, QStringLiteral("offset"), 0);
    // The whole archive unless a campaign (or something in one) narrows it.
    const bool narrowed = cl.options.contains(QStringLiteral("campaign")) ||
                          cl.options.contains(QStringLiteral("category")) ||
                          cl.options.contains(QStringLiteral("interviewee"));
    if (narrowed) {
        auto campaign = resolveCampaign(ctx);
        if (!campaign)
            return campaign.error();
        query.filter.campaignId = campaign->id;
        auto category = categoryFilter(ctx, *campaign);
        if (!category)
            return category.error();
        query.filter.categoryId = *category;
        if (cl.options.contains(QStringLiteral("interviewee"))) {
            auto person =
                ctx.ws.roster().find(campaign->id, cl.option(QStringLiteral("interviewee")));
            if (!person)
                return person.error();
            query.filter.intervieweeId = person->id;
        }
    }
    auto results = ctx.ws.search().search(query);
    if (!results)
        return results.error();
    if (ctx.out.json()) {
        QJsonArray hits;
        for (const SearchHit &h : results->hits)
            hits.append(json::searchHit(h));
        ctx.out.printJson(QJsonObject{{QStringLiteral("query"), query.text},
                                      {QStringLiteral("hits"), hits},
                                      {QStringLiteral("more"), results->more}});
        return {};
    }
    for (const SearchHit &h : results->hits) {
        if (h.row.kind == SearchRow::Kind::Note) {
            ctx.out.line(Cli::tr("%1 (notes): %2").arg(h.row.intervieweeName, marked(h)));
        } else {
            ctx.out.line(QStringLiteral("#%1 %2 / %3: %4")
                             .arg(h.row.segmentId)
                             .arg(h.row.intervieweeName, h.row.speaker, marked(h)));
        }
    }
    if (results->more)
        ctx.out.line(Cli::tr("More results: use --offset %1").arg(query.offset + query.limit));
    return {};
}

VoidResult runAnswers(Context &ctx)
{
    const CommandLine &cl = ctx.cl;
    const QString verb = cl.word(1);
    if (verb == QLatin1String("link") || verb == QLatin1String("unlink")) {
        const Id segment = cl.word(2).toLongLong();
        const int question = cl.word(3).toInt();
        if (verb == QLatin1String("link")) {
            auto id = ctx.ws.answers().link(segment, question);
            if (!id)
                return id.error();
            if (ctx.out.json())
                ctx.out.printJson(QJsonObject{{QStringLiteral("link"), *id}});
            return {};
        }
        return ctx.ws.answers().unlink(segment, question);
    }
    if (verb == QLatin1String("matrix")) {
        auto campaign = resolveCampaign(ctx);
        if (!campaign)
            return campaign.error();
        auto category = categoryFilter(ctx, *campaign);
        if (!category)
            return category.error();
        auto m = ctx.ws.answers().matrix(campaign->id, *category);
        if (!m)
            return m.error();
        if (ctx.out.json()) {
            ctx.out.printJson(json::matrix(*m));
            return {};
        }
        for (qsizetype r = 0; r < m->rows.size(); ++r) {
            const auto &row = m->rows.at(r);
            ctx.out.line(QStringLiteral("[%1] %2 %3")
                             .arg(row.categoryName,
                                  row.templatePosition ? QString::number(row.templatePosition)
                                                       : Cli::tr("(added)"),
                                  row.text));
            for (qsizetype c = 0; c < m->columns.size(); ++c) {
                const auto &cell = m->cells.at(r).at(c);
                if (cell.state == AnswerMatrix::CellState::NotApplicable)
                    continue;
                QString state;
                switch (cell.state) {
                case AnswerMatrix::CellState::NotAsked:
                    state = Cli::tr("not asked");
                    break;
                case AnswerMatrix::CellState::Unanswered:
                    state = Cli::tr("** no answer yet **");
                    break;
                default:
                    break;
                }
                ctx.out.line(QStringLiteral("    %1: %2").arg(m->columns.at(c).name, state));
                for (const Excerpt &e : cell.excerpts)
                    ctx.out.line(QStringLiteral("      #%1 %2").arg(e.segmentId).arg(e.text));
            }
        }
        return {};
    }
    return {};
}

VoidResult runQuote(Context &ctx)
{
    const CommandLine &cl = ctx.cl;
    const QString verb = cl.word(1);
    if (verb == QLatin1String("add")) {
        const Id segment = cl.word(2).toLongLong();
        const int from = number(cl, QStringLiteral("from"), 0);
        const int to = number(cl, QStringLiteral("to"), 0); // 0: to the end of the segment
        auto quote =
            ctx.ws.answers().addQuote(segment, from, to, cl.option(QStringLiteral("note")));
        if (!quote)
            return quote.error();
        if (ctx.out.json())
            ctx.out.printJson(json::quote(*quote));
        else
            ctx.out.line(QStringLiteral("%1\t%2\t「%3」")
                             .arg(quote->id)
                             .arg(quote->intervieweeName, quote->text));
        return {};
    }
    if (verb == QLatin1String("list")) {
        auto campaign = resolveCampaign(ctx);
        if (!campaign)
            return campaign.error();
        Id person = 0;
        if (cl.options.contains(QStringLiteral("interviewee"))) {
            auto found =
                ctx.ws.roster().find(campaign->id, cl.option(QStringLiteral("interviewee")));
            if (!found)
                return found.error();
            person = found->id;
        }
        auto quotes = ctx.ws.answers().quotes(campaign->id, person);
        if (!quotes)
            return quotes.error();
        QJsonArray out;
        for (const QuoteCandidate &q : *quotes) {
            if (ctx.out.json())
                out.append(json::quote(q));
            else
                ctx.out.line(
                    QStringLiteral("%1\t%2\t「%3」").arg(q.id).arg(q.intervieweeName, q.text));
        }
        if (ctx.out.json())
            ctx.out.printJson(out);
        return {};
    }
    if (verb == QLatin1String("remove")) {
        const Id id = cl.word(2).toLongLong();
        return ctx.ws.answers().removeQuote(id);
    }
    return {};
}

} // namespace shuzai::cli

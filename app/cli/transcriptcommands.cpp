#include "commands.h"
#include "services/answerservice.h"
#include "services/interviewservice.h"
#include "services/transcriptservice.h"
#include "services/workspace.h"
#include "util/files.h"
#include "json/transcriptjson.h"

#include <QJsonArray>
#include <QJsonObject>

namespace shuzai::cli {

namespace {
QString clock(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("--:--:--");
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600, 2, 10, QLatin1Char('0'))
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

// INTERVIEW's latest transcript, or --transcript ID.
Result<Transcript> chosenTranscript(Context &ctx, const QString &interviewArg)
{
    if (ctx.cl.options.contains(QStringLiteral("transcript"))) {
        const Id id = ctx.cl.option(QStringLiteral("transcript")).toLongLong();
        return ctx.ws.transcripts().load(id);
    }
    const Id interview = interviewArg.toLongLong();
    auto list = ctx.ws.transcripts().forInterview(interview);
    if (!list)
        return list.error();
    if (list->isEmpty()) {
        return Error(ErrorCode::NotFound,
                     QT_TRANSLATE_NOOP("Error", "Interview %1 has no transcript yet."),
                     {interviewArg});
    }
    return ctx.ws.transcripts().load(list->last().id);
}

void printPreview(const Output &out, const ParsedTranscript &p)
{
    if (out.json()) {
        out.printJson(json::preview(p));
        return;
    }
    out.line(Cli::tr("Format: %1, encoding: %2%3")
                 .arg(p.format, p.encoding,
                      p.encodingCertain ? QString() : Cli::tr(" (a guess: check the text)")));
    if (!p.encodingCandidates.isEmpty())
        out.line(Cli::tr("Other possible encodings: %1 (choose one with --encoding)")
                     .arg(p.encodingCandidates.join(QStringLiteral(", "))));
    out.line(Cli::tr("Segments: %1").arg(p.segments.size()));
    for (const SkippedPart &s : p.skipped) {
        const QString lines = s.lastLine > s.firstLine
                                  ? Cli::tr("lines %1–%2").arg(s.firstLine).arg(s.lastLine)
                                  : Cli::tr("line %1").arg(s.line);
        out.line((s.problem ? Cli::tr("Skipped, %1: %2: %3") : Cli::tr("Not text, %1: %2: %3"))
                     .arg(lines, s.message(), s.excerpt));
    }
    for (qsizetype i = 0; i < std::min<qsizetype>(3, p.segments.size()); ++i) {
        const ParsedSegment &s = p.segments.at(i);
        out.line(QStringLiteral("  [%1] %2: %3").arg(clock(s.startMs), s.speaker, s.text.left(60)));
    }
}

// " [Q3 Q5, quote]": what the GUI's marks column says of a segment.
QString marksSuffix(const SegmentMarks &marks)
{
    QStringList parts;
    QStringList questions;
    for (int number : marks.answers)
        questions.append(Cli::tr("Q%1").arg(number));
    if (!questions.isEmpty())
        parts.append(questions.join(u' '));
    if (!marks.quotes.isEmpty())
        parts.append(Cli::tr("quote"));
    return parts.isEmpty() ? QString()
                           : QStringLiteral(" [%1]").arg(parts.join(QStringLiteral(", ")));
}

void printTranscript(const Output &out, const Transcript &t, const TranscriptMarks &marks)
{
    out.line(Cli::tr("Transcript %1 of interview %2: %3 (%4, %5)")
                 .arg(t.id)
                 .arg(t.interviewId)
                 .arg(t.sourceName, t.sourceFormat, t.sourceEncoding));
    for (const Segment &s : t.segments) {
        out.line(QStringLiteral("#%1 [%2] %3: %4%5%6")
                     .arg(s.id)
                     .arg(clock(s.startMs), s.speaker, s.text,
                          s.revision > 0 ? Cli::tr(" (corrected)") : QString(),
                          marksSuffix(marks.value(s.id))));
    }
}

// The transcript's JSON with each marked segment's "answers" (question numbers) and "quotes".
QJsonObject transcriptWithMarks(const Transcript &t, const TranscriptMarks &marks)
{
    QJsonObject o = json::transcript(t);
    QJsonArray segments = o.value(QStringLiteral("segments")).toArray();
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const SegmentMarks m = marks.value(t.segments.at(i).id);
        QJsonObject s = segments.at(i).toObject();
        QJsonArray answers;
        for (int number : m.answers)
            answers.append(number);
        QJsonArray quotes;
        for (const QuoteCandidate &q : m.quotes) {
            quotes.append(QJsonObject{{QStringLiteral("id"), q.id},
                                      {QStringLiteral("from"), q.startOffset},
                                      {QStringLiteral("to"), q.endOffset},
                                      {QStringLiteral("text"), q.text},
                                      {QStringLiteral("note"), q.note}});
        }
        s.insert(QStringLiteral("answers"), answers);
        s.insert(QStringLiteral("quotes"), quotes);
        segments[i] = s;
    }
    o.insert(QStringLiteral("segments"), segments);
    return o;
}

Result<QList<SpeakerMapping>> parseMappings(Context &ctx)
{
    QList<SpeakerMapping> out;
    for (const QString &spec : ctx.cl.optionValues(QStringLiteral("map"))) {
        // LABEL=interviewee | LABEL=interviewer[:LOGIN] | LABEL=other
        const qsizetype eq = spec.lastIndexOf(u'=');
        const QString label = spec.left(eq).trimmed();
        const QString role = spec.mid(eq + 1).section(u':', 0, 0);
        const QString login = spec.mid(eq + 1).section(u':', 1);
        // The declaration checked the form (argcheck.cpp).
        SpeakerMapping m{label, speakerRoleFromCode(role).value_or(SpeakerRole::Other), 0};
        if (!login.isEmpty()) {
            auto users = ctx.ws.users();
            if (!users)
                return users.error();
            const auto user = std::find_if(users->begin(), users->end(),
                                           [&](const User &u) { return u.login == login; });
            if (user == users->end()) {
                return Error(ErrorCode::NotFound,
                             QT_TRANSLATE_NOOP("Error", "There is no user \"%1\"."), {login});
            }
            m.userId = user->id;
        }
        out.append(m);
    }
    return out;
}
} // namespace

VoidResult runTranscript(Context &ctx)
{
    const CommandLine &cl = ctx.cl;
    const QString verb = cl.word(1);
    TranscriptService &service = ctx.ws.transcripts();

    if (verb == QLatin1String("import")) {
        const Id interview = cl.word(2).toLongLong();
        if (auto exists = ctx.ws.interviews().load(interview); !exists)
            return exists.error();
        auto bytes = files::readAll(cl.word(3));
        if (!bytes)
            return bytes.error();
        const TranscriptFileOptions options{cl.option(QStringLiteral("format")),
                                            cl.option(QStringLiteral("encoding"))};
        if (cl.flags.contains(QStringLiteral("dry-run"))) {
            auto preview = service.preview(*bytes, cl.word(3), options);
            if (!preview)
                return preview.error();
            printPreview(ctx.out, *preview);
            return {};
        }
        TranscriptImport request{interview, *bytes, cl.word(3), options,
                                 cl.flags.contains(QStringLiteral("yes"))};
        auto imported = service.importFile(request);
        if (!imported) {
            // Show what would be skipped, then say why nothing was imported.
            if (imported.error().field() == QLatin1String("skipped") ||
                imported.error().field() == QLatin1String("encoding")) {
                if (auto preview = service.preview(*bytes, cl.word(3), options))
                    printPreview(ctx.out, *preview);
            }
            return imported.error();
        }
        if (ctx.out.json()) {
            ParsedTranscript skipped;
            skipped.skipped = imported->skipped;
            QJsonObject o = json::transcript(imported->transcript);
            o.remove(QStringLiteral("segments"));
            o.insert(QStringLiteral("segmentCount"), imported->segmentCount);
            o.insert(QStringLiteral("skipped"), json::preview(skipped)[QStringLiteral("skipped")]);
            ctx.out.printJson(o);
        } else {
            QStringList labels;
            for (const SpeakerMapping &m : imported->transcript.speakers)
                labels.append(m.label);
            ctx.out.line(Cli::tr("Imported transcript %1: %2 segments, speakers: %3")
                             .arg(imported->transcript.id)
                             .arg(imported->segmentCount)
                             .arg(labels.join(QStringLiteral(", "))));
        }
        return {};
    }
    if (verb == QLatin1String("list")) {
        const Id interview = cl.word(2).toLongLong();
        auto list = service.forInterview(interview);
        if (!list)
            return list.error();
        QJsonArray out;
        for (const Transcript &t : *list) {
            if (ctx.out.json())
                out.append(json::transcriptSummary(t));
            else
                ctx.out.line(QStringLiteral("%1\t%2\t%3\t%4")
                                 .arg(t.id)
                                 .arg(t.sourceName, t.sourceFormat, t.sourceEncoding));
        }
        if (ctx.out.json())
            ctx.out.printJson(out);
        return {};
    }
    if (verb == QLatin1String("show") || verb == QLatin1String("speakers")) {
        const bool speakers = verb == QLatin1String("speakers");
        QSet<QString> allowed{QStringLiteral("transcript")};
        if (speakers)
            allowed.insert(QStringLiteral("map"));
        auto transcript = chosenTranscript(ctx, cl.word(2));
        if (!transcript)
            return transcript.error();
        if (speakers && cl.options.contains(QStringLiteral("map"))) {
            auto mappings = parseMappings(ctx);
            if (!mappings)
                return mappings.error();
            if (auto r = service.mapSpeakers(transcript->id, *mappings); !r)
                return r;
            transcript = service.load(transcript->id);
            if (!transcript)
                return transcript.error();
        }
        if (speakers) {
            if (ctx.out.json()) {
                ctx.out.printJson(
                    json::transcript(*transcript)[QStringLiteral("speakers")].toArray());
            } else {
                for (const SpeakerMapping &m : transcript->speakers)
                    ctx.out.line(QStringLiteral("%1\t%2").arg(m.label, toCode(m.role)));
            }
        } else {
            auto marks = ctx.ws.answers().marks(transcript->id);
            if (!marks)
                return marks.error();
            if (ctx.out.json())
                ctx.out.printJson(transcriptWithMarks(*transcript, *marks));
            else
                printTranscript(ctx.out, *transcript, *marks);
        }
        return {};
    }
    if (verb == QLatin1String("edit")) {
        const Id segmentId = cl.word(2).toLongLong();
        auto current = service.segment(segmentId);
        if (!current)
            return current.error();
        const int expected = cl.options.contains(QStringLiteral("expect-revision"))
                                 ? cl.option(QStringLiteral("expect-revision")).toInt()
                                 : current->revision;
        auto saved = service.editSegment(
            segmentId,
            cl.options.contains(QStringLiteral("speaker")) ? cl.option(QStringLiteral("speaker"))
                                                           : current->speaker,
            cl.options.contains(QStringLiteral("text")) ? cl.option(QStringLiteral("text"))
                                                        : current->text,
            expected);
        if (!saved)
            return saved.error();
        if (ctx.out.json())
            ctx.out.printJson(json::segment(*saved));
        else
            ctx.out.line(
                QStringLiteral("#%1 %2: %3").arg(saved->id).arg(saved->speaker, saved->text));
        return {};
    }
    if (verb == QLatin1String("history")) {
        const Id segmentId = cl.word(2).toLongLong();
        auto current = service.segment(segmentId);
        if (!current)
            return current.error();
        auto history = service.revisions(segmentId);
        if (!history)
            return history.error();
        QJsonArray out;
        for (const SegmentRevision &r : *history) {
            if (ctx.out.json()) {
                out.append(QJsonObject{
                    {QStringLiteral("revision"), r.revision},
                    {QStringLiteral("speaker"), r.speaker},
                    {QStringLiteral("text"), r.text},
                    {QStringLiteral("replacedAt"), r.replacedAt.toString(Qt::ISODate)}});
            } else {
                ctx.out.line(QStringLiteral("r%1\t%2: %3").arg(r.revision).arg(r.speaker, r.text));
            }
        }
        if (ctx.out.json()) {
            out.append(QJsonObject{{QStringLiteral("revision"), current->revision},
                                   {QStringLiteral("speaker"), current->speaker},
                                   {QStringLiteral("text"), current->text},
                                   {QStringLiteral("current"), true}});
            ctx.out.printJson(out);
        } else {
            ctx.out.line(QStringLiteral("r%1\t%2: %3 %4")
                             .arg(current->revision)
                             .arg(current->speaker, current->text, Cli::tr("(current)")));
        }
        return {};
    }
    if (verb == QLatin1String("original")) {
        const Id id = cl.word(2).toLongLong();
        auto bytes = service.original(id);
        if (!bytes)
            return bytes.error();
        return files::writeAtomically(cl.option(QStringLiteral("output")), *bytes);
    }
    return {};
}

} // namespace shuzai::cli

// Reading a reply to a request letter: the times it names grouped by the day they belong to,
// mapped onto the campaign's free slots, and the intent from what the sentences say.
#include "replyreader.h"

#include "replymentions.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace shuzai {

using replies::Mention;
using Kind = Mention::Kind;

QString toCode(ReplyProposal::Intent intent)
{
    switch (intent) {
    case ReplyProposal::Intent::Accepts:
        return QStringLiteral("accepts");
    case ReplyProposal::Intent::Declines:
        return QStringLiteral("declines");
    case ReplyProposal::Intent::Asks:
        return QStringLiteral("asks");
    case ReplyProposal::Intent::Unclear:
        break;
    }
    return QStringLiteral("unclear");
}

QString displayName(ReplyProposal::Intent intent)
{
    switch (intent) {
    case ReplyProposal::Intent::Accepts:
        return QCoreApplication::translate("Reply", "Accepts");
    case ReplyProposal::Intent::Declines:
        return QCoreApplication::translate("Reply", "Declines");
    case ReplyProposal::Intent::Asks:
        return QCoreApplication::translate("Reply", "Asks a question");
    case ReplyProposal::Intent::Unclear:
        break;
    }
    return QCoreApplication::translate("Reply", "Unclear");
}

QString normalizedReplyText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        // Circled numbers (①, ❶) number a list: NFKC would make them digits next to the dates.
        const char16_t u = c.unicode();
        if ((u >= 0x2460 && u <= 0x2473) || (u >= 0x2776 && u <= 0x277F) ||
            (u >= 0x2780 && u <= 0x2793))
            out.append(QChar(0x30FB));
        else
            out.append(c);
    }
    out = out.normalized(QString::NormalizationForm_KC);
    out.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    for (qsizetype i = 0; i < out.size(); ++i) {
        const char16_t u = out[i].unicode();
        if (u == 0x301C || u == 0xFF5E || u == 0x223C || u == 0x2053)
            out[i] = u'~';
        else if ((u >= 0x2010 && u <= 0x2015) || u == 0x2212 || u == 0xFF0D)
            out[i] = u'-';
        // ー between digits is a dash typed in a Japanese input method: 13:00ー15:00.
        else if (u == 0x30FC && i > 0 && i + 1 < out.size() && out[i - 1].isDigit() &&
                 out[i + 1].isDigit())
            out[i] = u'-';
    }
    return out;
}

namespace {
using RE = QRegularExpression;

RE pattern(const char *text)
{
    return RE(QString::fromUtf8(text), RE::CaseInsensitiveOption | RE::UseUnicodePropertiesOption);
}

// What a sentence says about taking part. Strong declines refuse the interview; weak ones
// ("難しい", "can't") refuse a time when they stand next to one.
const RE &strongDecline()
{
    static const RE re = pattern(
        R"(辞退|見送らせ|見送り|見合わせ|お断り|遠慮させ|ご遠慮|お受けできかね|お受けすることが(?:でき|出来)ませ|お引き受けできかね|参加(?:でき|出来)ませ|協力(?:でき|出来)かね|unfortunately|decline|not be able to|unable to|won't be able|have to pass|must pass|not (?:be )?participat|can(?:no|')t (?:take part|participate|do the interview|make it))");
    return re;
}
const RE &weakDecline()
{
    static const RE re = pattern(
        R"(難し|厳し|無理|都合が(?:つか|つきませ|悪|合わ)|先約|予定が(?:入っ|あり|ありま)|別の予定|other (?:plans|commitments?)|another commitment|already booked|out of (?:the )?office|(?:でき|出来)(?:ません|かね)|伺えませ|不可|\bng\b|can't|cannot|can not|not available|unavailable|doesn't work|does not work|won't work|busy|not possible)");
    return re;
}
const RE &acceptance()
{
    static const RE re = pattern(
        R"(お受け(?:いた)?し|お引き?受け|引き受け|喜んで|可能です|可能でございます|可能となります|可能かと|承知|了解|大丈夫|伺えます|伺います|参加させて|協力させて|ご協力いたします|対応(?:可能|できます)|問題(?:あり|ござい)ません|構いません|happy to|glad to|would love to|i'd love to|works for me|work for me|works well|delighted|count me in|sounds good|i accept|pleased to|fine with me|is fine|would suit|suits me|i can do|i could do|i'm free|i am free|available on)");
    return re;
}
const RE &questionWords()
{
    static const RE re = pattern(
        R"(教えて|お聞かせ|お伺いしたい|伺いたく|確認させて|ご教示|お尋ね|could you (?:tell|let me know|clarify|explain)|can you (?:tell|let me know)|i(?:'d| would) like to know|wondering|want to know)");
    return re;
}

struct Span {
    qsizetype start = 0;
    qsizetype end = 0;
};

// Sentences end at 。 ! ? and line ends; a clause also ends where the sentence turns ("…です
// が、", "but"), so "27日は難しいですが、28日なら" reads as two.
QList<Span> split(const QString &text, const RE &boundary)
{
    QList<Span> out;
    qsizetype start = 0;
    auto it = boundary.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedEnd() > start)
            out.append({start, m.capturedEnd()});
        start = m.capturedEnd();
    }
    if (start < text.size())
        out.append({start, text.size()});
    return out;
}

// Times that belong to the same days: "27日(火)13時" is one, "28日か29日の15時" another.
struct Group {
    QList<QDate> dates;
    QList<Mention> times;
    QList<Mention> parts;
    QList<Mention> zones;
    int rank = 0;
    bool any = false;
    Span span;
    qsizetype sentence = 0;
    QString phrase;
    bool spread = false; // named no day: read on every offered day
};

bool inQuestion(const QString &sentence)
{
    const QString t = sentence.trimmed();
    return t.endsWith(u'?') || t.endsWith(QString::fromUtf8("か")) ||
           t.endsWith(QString::fromUtf8("か。")) || t.endsWith(QString::fromUtf8("でしょう")) ||
           questionWords().match(sentence).hasMatch();
}

class Reader {
public:
    Reader(const QString &text, const ReplyContext &context)
        : m_text(text)
        , m_context(context)
    {
        const QTimeZone zone = campaignZone();
        for (const Slot &s : context.offered) {
            if (s.state == Slot::State::Booked)
                continue;
            m_free.append(s);
            const QDate day = s.start.toTimeZone(zone).date();
            if (!m_frame.offeredDays.contains(day))
                m_frame.offeredDays.append(day);
        }
        std::sort(m_free.begin(), m_free.end(),
                  [](const Slot &a, const Slot &b) { return a.start < b.start; });
        std::sort(m_frame.offeredDays.begin(), m_frame.offeredDays.end());
        m_frame.reference =
            context.letterSent.isValid()
                ? context.letterSent.toTimeZone(zone).date()
                : (m_frame.offeredDays.isEmpty() ? QDate() : m_frame.offeredDays.first());
    }

    ReplyProposal read()
    {
        static const RE sentenceEnd = pattern(R"([。!?]+|\n)");
        static const RE turn = pattern(
            R"((?:です|ます|ません|のです|んです|のですが)?(?:が|けれど|けど)[、,]|ものの|\bbut\b|\bhowever\b|\bthough\b|\balthough\b)");
        m_mentions = replies::findMentions(m_text, m_frame);
        const QList<Mention> &mentions = m_mentions;
        m_sentences = split(m_text, sentenceEnd);
        findRefusals();
        QList<Group> groups;
        bool any = false;
        for (qsizetype s = 0; s < m_sentences.size(); ++s) {
            const Span sentence = m_sentences[s];
            for (Span clause :
                 split(m_text.mid(sentence.start, sentence.end - sentence.start), turn)) {
                clause.start += sentence.start;
                clause.end += sentence.start;
                group(mentions, clause, s, groups, any);
            }
        }
        ReplyProposal out;
        QList<QDateTime> starts;
        QList<QDate> lastDates;
        bool named = false;
        std::stable_sort(groups.begin(), groups.end(), [](const Group &a, const Group &b) {
            return (a.rank ? a.rank : 1000) < (b.rank ? b.rank : 1000);
        });
        out.evidence = m_refusedPhrases;
        for (Group &g : groups) {
            if (g.dates.isEmpty()) {
                if (g.times.isEmpty() && g.parts.isEmpty())
                    continue;
                // Times with no day: the days just named, else every offered day.
                g.dates = lastDates.isEmpty() ? m_frame.offeredDays : lastDates;
                g.spread = lastDates.isEmpty();
            } else {
                lastDates = g.dates;
            }
            named = true;
            out.evidence.append(g.phrase);
            // A group spread over every day is unmatched only when no day has it.
            QStringList unmatched;
            const QList<QDateTime> found = slotsOf(g, unmatched);
            if (!g.spread || found.isEmpty()) {
                for (const QString &u : unmatched) {
                    if (!out.unmatched.contains(u))
                        out.unmatched.append(u);
                }
            }
            for (const QDateTime &start : found) {
                if (!starts.contains(start))
                    starts.append(start);
            }
        }
        if (!named && any) {
            for (const Slot &s : m_free)
                starts.append(s.start);
        }
        out.preferredStarts = starts;
        out.intent = intent(named || any, out.evidence);
        return out;
    }

private:
    QTimeZone campaignZone() const
    {
        return m_context.campaignZone.isValid() ? m_context.campaignZone : QTimeZone::utc();
    }

    // The groups of one clause: a new one starts when a day follows a day that already has
    // its times.
    void group(const QList<Mention> &mentions, const Span &clause, qsizetype sentence,
               QList<Group> &groups, bool &any)
    {
        Group current;
        current.span = {-1, clause.end}; // starts at its first mention
        current.sentence = sentence;
        auto close = [&](qsizetype end) {
            current.span.end = end;
            if (!current.dates.isEmpty() || !current.times.isEmpty() || !current.parts.isEmpty()) {
                current.phrase = m_text.mid(current.span.start, end - current.span.start).trimmed();
                groups.append(current);
            } else if (current.rank && !groups.isEmpty() && groups.last().sentence == sentence) {
                groups.last().rank = current.rank;
            }
        };
        static const RE listed =
            pattern(R"(^\s*(?:か|や|と|、|,|・|/|or|and|または|もしくは|および)\s*$)");
        const Mention *previous = nullptr;
        for (const Mention &m : mentions) {
            if (m.pos < clause.start || m.pos >= clause.end)
                continue;
            // "28日か29日": a day listed after a day shares its times.
            const bool listedDay =
                previous && (previous->kind == Kind::Date || previous->kind == Kind::Weekday) &&
                listed.match(m_text.mid(previous->end, m.pos - previous->end)).hasMatch();
            previous = &m;
            // A refused day ends the group before it and joins none; refused times are dropped.
            if (refused(m.pos) && m.kind != Kind::Zone && m.kind != Kind::Rank) {
                if (m.kind == Kind::Date || m.kind == Kind::Weekday) {
                    close(m.pos);
                    current = Group{};
                    current.span = {-1, clause.end};
                    current.sentence = sentence;
                }
                continue;
            }
            if (current.span.start < 0 && m.kind != Kind::Any && m.kind != Kind::Zone)
                current.span.start = m.pos;
            switch (m.kind) {
            case Kind::Date:
            case Kind::Weekday:
                if (!listedDay && !current.dates.isEmpty() &&
                    (!current.times.isEmpty() || !current.parts.isEmpty())) {
                    close(m.pos);
                    current = Group{};
                    current.span = {m.pos, clause.end};
                    current.sentence = sentence;
                }
                current.dates.append(m.dates);
                break;
            case Kind::Time:
                current.times.append(m);
                break;
            case Kind::Part:
                current.parts.append(m);
                break;
            case Kind::Zone:
                current.zones.append(m);
                break;
            case Kind::Rank:
                current.rank = m.rank;
                break;
            case Kind::Any:
                if (!weakDecline()
                         .match(m_text.mid(clause.start, clause.end - clause.start))
                         .hasMatch())
                    any = true;
                break;
            }
        }
        close(clause.end);
    }

    // The zone a group's times are in: one it names, else one named in its sentence, else
    // anywhere in the reply, else the sender's, else the campaign's.
    QTimeZone zoneOf(const Group &g) const
    {
        auto resolve = [this](const Mention &z) {
            if (!z.senderLocal)
                return z.zone;
            return m_context.senderZone ? *m_context.senderZone : campaignZone();
        };
        if (!g.zones.isEmpty())
            return resolve(g.zones.first());
        const QList<Mention> &all = m_mentions;
        const Span sentence = m_sentences.value(g.sentence);
        for (const Mention &m : all) {
            if (m.kind == Kind::Zone && m.pos >= sentence.start && m.pos < sentence.end)
                return resolve(m);
        }
        for (const Mention &m : all) {
            if (m.kind == Kind::Zone)
                return resolve(m);
        }
        return m_context.senderZone ? *m_context.senderZone : campaignZone();
    }

    QList<QDateTime> slotsOf(const Group &g, QStringList &unmatched) const
    {
        const QTimeZone zone = zoneOf(g);
        QList<QDateTime> out;
        auto atMinute = [&](const QDate &day, int minute) {
            return QDateTime(day, QTime(0, 0), zone).addSecs(qint64(minute) * 60).toUTC();
        };
        for (const QDate &day : g.dates) {
            const QDateTime dayStart = atMinute(day, 0);
            const QDateTime dayEnd = atMinute(day, 24 * 60);
            auto within = [&](const QDateTime &from, const QDateTime &to, bool wholeSlot) {
                QList<QDateTime> found;
                for (const Slot &s : m_free) {
                    if (s.start >= from && (wholeSlot ? s.end <= to : s.start < to))
                        found.append(s.start);
                }
                return found;
            };
            if (!g.times.isEmpty()) {
                for (const Mention &t : g.times) {
                    QList<QDateTime> found;
                    const QDateTime start = atMinute(day, t.startMinute);
                    switch (t.mode) {
                    case Mention::TimeMode::Exact:
                        found = within(start, start.addSecs(1), false);
                        break;
                    case Mention::TimeMode::Range:
                        found = within(start, atMinute(day, t.endMinute), true);
                        break;
                    case Mention::TimeMode::OpenEnd:
                        found = within(start, dayEnd, false);
                        break;
                    case Mention::TimeMode::Until:
                        found = within(dayStart, atMinute(day, t.endMinute), true);
                        break;
                    }
                    if (found.isEmpty() && !unmatched.contains(g.phrase))
                        unmatched.append(g.phrase);
                    out.append(found);
                }
                continue;
            }
            QList<QDateTime> found;
            if (!g.parts.isEmpty()) {
                for (const Mention &p : g.parts)
                    found.append(
                        within(atMinute(day, p.startMinute), atMinute(day, p.endMinute), false));
            } else {
                found = within(dayStart, dayEnd, false);
            }
            std::sort(found.begin(), found.end());
            if (found.isEmpty() && !unmatched.contains(g.phrase))
                unmatched.append(g.phrase);
            out.append(found);
        }
        return out;
    }

    // The pieces of each sentence (between 、 , and turns) that refuse the days or times in
    // them: "27日は難しいのですが" refuses 27日; a refusal with no time of its own refuses the
    // piece before it ("27日から31日は学会のため、残念ながら難しい状況です").
    void findRefusals()
    {
        static const RE piece = pattern(
            R"([、,;]|(?:が|けれど|けど)(?=[、,])|ものの|\bbut\b|\bhowever\b|\bhow about\b|\bwhat about\b|\binstead\b)");
        for (const Span &sentence : m_sentences) {
            const QString text = m_text.mid(sentence.start, sentence.end - sentence.start);
            const QList<Span> pieces = split(text, piece);
            qsizetype lastWithTimes = -1;
            for (qsizetype i = 0; i < pieces.size(); ++i) {
                const Span p{sentence.start + pieces[i].start, sentence.start + pieces[i].end};
                const QString pieceText = m_text.mid(p.start, p.end - p.start);
                const bool refuses = weakDecline().match(pieceText).hasMatch() ||
                                     strongDecline().match(pieceText).hasMatch();
                const bool hasTimes = namesTimes(p);
                if (refuses && hasTimes) {
                    m_refused.append(p);
                    m_refusedPhrases.append(pieceText.trimmed());
                } else if (refuses && lastWithTimes >= 0) {
                    const Span before{sentence.start + pieces[lastWithTimes].start,
                                      sentence.start + pieces[lastWithTimes].end};
                    m_refused.append(before);
                    m_refusedPhrases.append(
                        m_text.mid(before.start, p.end - before.start).trimmed());
                }
                if (hasTimes)
                    lastWithTimes = i;
            }
        }
    }

    bool refused(qsizetype pos) const
    {
        return std::any_of(m_refused.begin(), m_refused.end(),
                           [&](const Span &s) { return pos >= s.start && pos < s.end; });
    }

    bool namesTimes(const Span &s) const
    {
        return std::any_of(m_mentions.begin(), m_mentions.end(), [&](const Mention &m) {
            return m.pos >= s.start && m.pos < s.end &&
                   (m.kind == Kind::Date || m.kind == Kind::Weekday || m.kind == Kind::Time ||
                    m.kind == Kind::Part);
        });
    }

    ReplyProposal::Intent intent(bool named, QStringList &evidence) const
    {
        bool strong = false, weak = false, accepts = false, asks = false;
        for (const Span &s : m_sentences) {
            const QString sentence = m_text.mid(s.start, s.end - s.start);
            auto note = [&evidence](const QString &sentence) {
                const QString t = sentence.trimmed();
                const bool shown =
                    std::any_of(evidence.begin(), evidence.end(),
                                [&](const QString &e) { return t.contains(e) || e.contains(t); });
                if (!shown)
                    evidence.append(t);
            };
            if (inQuestion(sentence)) {
                asks = true;
                note(sentence);
                continue;
            }
            const auto strongMatch = strongDecline().match(sentence);
            const auto weakMatch = weakDecline().match(sentence);
            const bool acceptsHere = acceptance().match(sentence).hasMatch();
            strong = strong || strongMatch.hasMatch();
            weak = weak || weakMatch.hasMatch();
            accepts = accepts || acceptsHere;
            if (!strongMatch.hasMatch() && !weakMatch.hasMatch() && !acceptsHere)
                continue;
            note(sentence);
        }
        evidence.removeDuplicates();
        if (strong && !named)
            return ReplyProposal::Intent::Declines;
        if (named || accepts)
            return ReplyProposal::Intent::Accepts;
        if (strong || weak)
            return ReplyProposal::Intent::Declines;
        if (asks)
            return ReplyProposal::Intent::Asks;
        return ReplyProposal::Intent::Unclear;
    }

    QString m_text;
    const ReplyContext &m_context;
    QList<Slot> m_free;
    replies::DateFrame m_frame;
    QList<Span> m_sentences;
    QList<Mention> m_mentions;
    QList<Span> m_refused;
    QStringList m_refusedPhrases;
};
} // namespace

namespace {
// A line as compared with the letter's: normalised, without spaces and list marks.
QString lineKey(const QString &line)
{
    static const QRegularExpression marks(QStringLiteral(R"([\s>・*\-]+)"));
    return normalizedReplyText(line).remove(marks);
}

// The reply's lines that are not the letter's own (8 characters or more alike).
QString withoutLetterLines(const QString &text, const QString &letter)
{
    if (letter.isEmpty())
        return text;
    QSet<QString> letterLines;
    for (const QString &line : letter.split(u'\n')) {
        const QString key = lineKey(line);
        if (key.size() >= 8)
            letterLines.insert(key);
    }
    QStringList kept;
    for (const QString &line : text.split(u'\n')) {
        if (!letterLines.contains(lineKey(line)))
            kept.append(line);
    }
    return kept.join(u'\n');
}
} // namespace

ReplyProposal readReply(const QString &text, const ReplyContext &context)
{
    const QString own = withoutLetterLines(withoutQuotedText(text), context.letterText);
    return Reader(normalizedReplyText(own), context).read();
}

} // namespace shuzai

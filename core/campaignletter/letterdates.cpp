// The dates of a request letter: the publication date, the interview window, the candidate
// times, and the years a letter leaves out. And the interview's length and modes.
#include "letterreader.h"

namespace shuzai::letterimport {

using namespace letterscan;

QDate Reader::resolve(const FoundDate &d, int line, bool publication, int knownYear)
{
    if (d.year != 0)
        return QDate(d.year, d.month, d.day);
    const QDate published = out.draft.publicationDate;
    if (!publication && published.isValid()) {
        // Interviews in December for a January issue are the year before.
        QDate x(published.year(), d.month, d.day);
        return x.isValid() && x > published.addDays(62) ? x.addYears(-1) : x;
    }
    if (!publication && knownYear != 0)
        return QDate(knownYear, d.month, d.day);
    // No year anywhere: the next such day from today.
    QDate x(today.year(), d.month, d.day);
    if (x.isValid() && x < today)
        x = QDate(today.year() + 1, d.month, d.day);
    if (inferredYearLine < 0 && x.isValid()) {
        inferredYearLine = line;
        inferredYear = x.year();
    }
    return x;
}

void Reader::readDates()
{
    // The publication date: a date on a line that says the article comes out.
    static const QRegularExpression published =
        ci(R"(公開|掲載|発行|刊行|発売|配信|publish|publication|release|go(?:es)? live|appear)");
    std::optional<std::pair<int, FoundDate>> pub;
    for (int i = 0; i < p.lines.size() && !pub; ++i) {
        if (used.contains(i) || i == p.subjectLine || !published.match(p.lines[i]).hasMatch())
            continue;
        if (const QList<FoundDate> dates = findDates(folded[i]); !dates.isEmpty())
            pub = std::pair{i, dates.first()};
    }
    // The interview window, as the letter words it.
    std::optional<std::pair<int, FoundRange>> window;
    if (auto v = findLabelled(QStringLiteral("実施時期|実施期間|実施日程|取材期間|取材時期|"
                                             "インタビュー期間|期間|日程|interview period|"
                                             "interview window|interview dates|period|dates"))) {
        if (auto range = findDateRange(folded[v->first]))
            window = std::pair{v->first, *range};
    }
    // The candidate times: lines with a day and one or more time ranges after it.
    struct SlotLine {
        int line;
        FoundDate day;
        QList<FoundTimeRange> times;
        QString note;
    };
    QList<SlotLine> slotLines;
    for (int i = 0; i < p.lines.size(); ++i) {
        if (used.contains(i) || (pub && pub->first == i) || (window && window->first == i))
            continue;
        const QList<FoundDate> dates = findDates(folded[i]);
        if (dates.isEmpty())
            continue;
        const qsizetype after = dates.first().start + dates.first().length;
        QList<FoundTimeRange> times;
        for (const FoundTimeRange &t : findTimeRanges(folded[i])) {
            if (t.position >= after)
                times.append(t);
        }
        if (times.isEmpty())
            continue;
        static const QRegularExpression note = ci(R"([（(]([^）)]+)[）)])");
        const auto m = note.match(p.lines[i], times.last().position + times.last().length);
        slotLines.append(
            {i, dates.first(), times, m.hasMatch() ? m.captured(1).trimmed() : QString()});
        p.slotLines.append(i);
        used.insert(i);
    }

    int knownYear = pub ? pub->second.year : 0;
    if (knownYear == 0 && window)
        knownYear = window->second.start.year;
    for (const SlotLine &s : std::as_const(slotLines))
        knownYear = knownYear != 0 ? knownYear : s.day.year;
    if (pub) {
        out.draft.publicationDate = resolve(pub->second, pub->first, true, knownYear);
        p.publicationDate = {pub->first,
                             p.lines[pub->first].mid(pub->second.start, pub->second.length)};
    } else {
        addGap(QStringLiteral("publicationDate"), -1,
               QT_TRANSLATE_NOOP("LetterImport", "The letter does not say when the article is "
                                                 "published."),
               {}, true);
    }
    for (const SlotLine &s : std::as_const(slotLines)) {
        const QDate day = resolve(s.day, s.line, false, knownYear);
        for (const FoundTimeRange &t : s.times) {
            bool overlaps = false;
            for (const AvailabilityWindow &w : std::as_const(out.draft.windows))
                overlaps = overlaps || (w.day == day && t.start < w.end && w.start < t.end);
            if (day.isValid() && !overlaps)
                out.draft.windows.append(AvailabilityWindow{0, day, t.start, t.end, s.note});
        }
    }
    if (window) {
        out.draft.windowStart = resolve(window->second.start, window->first, false, knownYear);
        out.draft.windowEnd = resolve(window->second.end, window->first, false, knownYear);
        p.window = {window->first,
                    p.lines[window->first].mid(window->second.start.start, window->second.length)};
    } else if (!out.draft.windows.isEmpty()) {
        out.draft.windowStart = out.draft.windows.first().day;
        out.draft.windowEnd = out.draft.windows.first().day;
        for (const AvailabilityWindow &w : std::as_const(out.draft.windows)) {
            out.draft.windowStart = std::min(out.draft.windowStart, w.day);
            out.draft.windowEnd = std::max(out.draft.windowEnd, w.day);
        }
    }
    if (!out.draft.windowStart.isValid() || !out.draft.windowEnd.isValid()) {
        addGap(QStringLiteral("window"), -1,
               QT_TRANSLATE_NOOP("LetterImport", "The letter does not say when the interviews "
                                                 "take place."),
               {}, true);
    } else if (out.draft.publicationDate.isValid() &&
               out.draft.windowEnd >= out.draft.publicationDate) {
        addGap(QStringLiteral("window"), p.window.line,
               QT_TRANSLATE_NOOP("LetterImport", "The interviews must end before the "
                                                 "publication date."),
               {}, true);
    }
    if (out.draft.windows.isEmpty()) {
        addGap(QStringLiteral("windows"), -1,
               QT_TRANSLATE_NOOP("LetterImport", "The letter offers no candidate times "
                                                 "(【候補日時】)."));
    }
    if (inferredYearLine >= 0) {
        addGap(QStringLiteral("year"), inferredYearLine,
               QT_TRANSLATE_NOOP("LetterImport", "The letter gives no year; %1 is assumed."),
               QString::number(inferredYear));
    }
}

void Reader::readInterview()
{
    // Length
    if (auto v = findLabelled(QStringLiteral("所要時間|取材時間|インタビュー時間|時間|length|"
                                             "duration|time required"))) {
        if (auto m = findMinutes(fold(v->second))) {
            const QString &line = p.lines[v->first];
            const qsizetype at = line.indexOf(v->second);
            p.minutes = {v->first, v->second.mid(m->position, m->length)};
            p.minutesInMinutes = m->inMinutes;
            out.draft.interviewMinutes = m->minutes;
            Q_UNUSED(at);
        }
    }
    if (p.minutes.line < 0) {
        addGap(QStringLiteral("interviewMinutes"), -1,
               QT_TRANSLATE_NOOP("LetterImport", "The letter does not say how long an interview "
                                                 "takes; 60 minutes are assumed."));
    }
    // Modes, in the order the letter offers them.
    static const QRegularExpression online =
        ci(R"(オンライン|zoom|teams|web会議|ウェブ会議|リモート|online|video|remote|google meet)");
    static const QRegularExpression inPerson =
        ci(R"(対面|訪問|来社|ご来社|in[- ]person|face[- ]to[- ]face|at your office|on site)");
    if (auto v = findLabelled(QStringLiteral("実施方法|取材方法|実施形式|取材形式|形式|方法|"
                                             "format|mode|how"))) {
        const qsizetype o = online.match(v->second).capturedStart(0);
        const qsizetype f = inPerson.match(v->second).capturedStart(0);
        QList<std::pair<qsizetype, InterviewMode>> found;
        if (o >= 0)
            found.append({o, InterviewMode::Online});
        if (f >= 0)
            found.append({f, InterviewMode::InPerson});
        std::sort(found.begin(), found.end(),
                  [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &[at, mode] : found)
            out.draft.modes.append(mode);
        if (!found.isEmpty())
            p.modes = {v->first, v->second};
    }
    if (out.draft.modes.isEmpty()) {
        out.draft.modes = {InterviewMode::Online};
        addGap(QStringLiteral("modes"), -1,
               QT_TRANSLATE_NOOP("LetterImport", "The letter does not say whether interviews are "
                                                 "online or in person; online is assumed."));
    }
}

} // namespace shuzai::letterimport

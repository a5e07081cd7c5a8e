// Which segments of a transcript answer a question or hold a quote candidate.
#include "answerservice.h"
#include "rosterservice.h"
#include "storage/answerrepository.h"
#include "storage/database.h"
#include "workspace.h"

#include <algorithm>

namespace shuzai {

Result<TranscriptMarks> AnswerService::marks(Id transcriptId)
{
    AnswerRepository repo(m_workspace.database());
    auto links = repo.linksForTranscript(transcriptId);
    if (!links)
        return links.error();
    auto quotes = repo.quotesForTranscript(transcriptId);
    if (!quotes)
        return quotes.error();

    TranscriptMarks marks;
    if (!links->isEmpty()) {
        // A link names the question, not its place: the number is the list's as it stands, so
        // a question added or removed since renumbers the marks as it renumbers the letter.
        auto list = m_workspace.roster().questions(links->constFirst().excerpt.intervieweeId);
        if (!list)
            return list.error();
        for (const AnswerLink &link : *links) {
            const auto asked = std::find_if(list->begin(), list->end(), [&](const auto &q) {
                return link.customisationId != 0 ? q.origin == EffectiveQuestion::Origin::Added &&
                                                       q.customisationId == link.customisationId
                                                 : q.origin != EffectiveQuestion::Origin::Added &&
                                                       q.questionId == link.questionId;
            });
            if (asked == list->end())
                continue; // a question gone from the list entirely: nothing to number it by
            QList<int> &numbers = marks[link.excerpt.segmentId].answers;
            numbers.insert(std::lower_bound(numbers.begin(), numbers.end(), asked->number),
                           asked->number);
        }
    }
    for (const QuoteCandidate &quote : *quotes)
        marks[quote.excerpt.segmentId].quotes.append(quote);
    return marks;
}

} // namespace shuzai

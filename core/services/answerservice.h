#pragma once

#include "domain/questionlist.h"
#include "transcripts/excerpts.h"
#include "util/result.h"

#include <QHash>
#include <QObject>

namespace shuzai {

class Workspace;

// The question matrix of a campaign: questions as rows, interviewees as columns, each cell the
// passages linked as answers.
struct AnswerMatrix {
    struct Column {
        Id intervieweeId = 0;
        QString name;
        Id categoryId = 0;
    };
    struct Row {
        Id categoryId = 0;
        QString categoryName;
        int templatePosition = 0; // 1..6 for the template; 0 for a question added for one person
        Id questionId = 0;
        Id customisationId = 0; // added question
        QString text;           // the template wording, or the added question
        // A question removed from the template, kept for people whose answers it has.
        bool removed = false;
    };
    enum class CellState { NotApplicable, NotAsked, Unanswered, Answered };
    struct Cell {
        CellState state = CellState::NotApplicable;
        QString questionText; // as this interviewee is asked it (reworded, maybe)
        QList<Excerpt> excerpts;
    };

    QList<Column> columns;
    QList<Row> rows;
    QList<QList<Cell>> cells; // [row][column]
};

QString toCode(AnswerMatrix::CellState state);

// What one segment of a transcript is marked with.
struct SegmentMarks {
    // The questions it answers, as the interviewee's list numbers them now (ascending).
    QList<int> answers;
    QList<QuoteCandidate> quotes;
};
// Marks by segment id; segments without a mark are absent.
using TranscriptMarks = QHash<Id, SegmentMarks>;

class AnswerService : public QObject {
    Q_OBJECT
public:
    explicit AnswerService(Workspace &workspace)
        : m_workspace(workspace)
    {
    }

    // Which question a link points at: a template question or one added for the person. Kept
    // by undo, so a list renumbered in between does not redirect the undo to another question.
    struct LinkTarget {
        Id segmentId = 0;
        Id questionId = 0;
        Id customisationId = 0;
    };
    // The segment's interviewee's question `listedNumber`, as their list stands now.
    Result<LinkTarget> target(Id segmentId, int listedNumber);

    // Links a segment as an answer to question `listedNumber` of its interviewee's list.
    Result<Id> link(Id segmentId, int listedNumber);
    VoidResult unlink(Id segmentId, int listedNumber);
    Result<Id> link(const LinkTarget &target);
    VoidResult unlink(const LinkTarget &target);
    Result<AnswerMatrix> matrix(Id campaignId, Id categoryId = 0);

    // Marks segment text [start, end) (whole segment when end <= 0) as a quote candidate.
    Result<QuoteCandidate> addQuote(Id segmentId, int start, int end, const QString &note);
    VoidResult removeQuote(Id quoteId);
    Result<QList<QuoteCandidate>> quotes(Id campaignId, Id intervieweeId = 0);

    // The answer links and quote candidates of one transcript, for marking its segments.
    Result<TranscriptMarks> marks(Id transcriptId);

signals:
    void answersChanged(shuzai::Id intervieweeId);
    void quotesChanged(shuzai::Id intervieweeId);

private:
    Result<std::pair<Excerpt, EffectiveQuestion>> resolve(Id segmentId, int listedNumber);
    VoidResult requireWriter() const;
    Workspace &m_workspace;
};

} // namespace shuzai

#pragma once

#include "campaign.h"

namespace shuzai {

// One change an interviewee's question list makes to the category template. The template itself
// never changes: an interviewee's list is the template with these applied.
struct QuestionCustomisation {
    enum class Kind { Reword, Drop, Add };
    Id id = 0;
    Kind kind = Kind::Add;
    Id questionId = 0;     // the template question (Reword, Drop)
    QString text;          // new wording (Reword) or the added question (Add)
    int afterPosition = 0; // Add: placed after this template position (0 = first)
};

QString toCode(QuestionCustomisation::Kind kind);
std::optional<QuestionCustomisation::Kind> customisationKindFromCode(const QString &code);

struct EffectiveQuestion {
    enum class Origin { Template, Reworded, Added };
    int number = 0; // 1-based as the letter numbers them
    QString text;
    Origin origin = Origin::Template;
    Id questionId = 0;        // template question, 0 for added ones
    int templatePosition = 0; // 0 for added ones
    Id customisationId = 0;   // 0 for untouched template questions
    QString templateText;     // original wording when reworded
    // A question since removed from the template, kept because this person's answers are
    // linked to it.
    bool removed = false;
};

QString toCode(EffectiveQuestion::Origin origin);

// The interviewee's list: template order, dropped ones removed, reworded ones replaced, added
// ones inserted after their template position (in the order they were added). `keptRemoved`:
// questions removed from the template that this person keeps (their answers are linked to
// them), each placed right after the template question at its removedAfter, marked `removed`.
QList<EffectiveQuestion> effectiveQuestions(const QList<Question> &templateQuestions,
                                            const QList<QuestionCustomisation> &customisations,
                                            const QList<Question> &keptRemoved = {});

// Where an anchor (an addition's "after template position N", 0 = first) goes when the
// template's order changes from `before` to `after` (question ids, in order): it stays after
// the same template question; if that one is gone, after the nearest one before it that
// remains. Added, moved and removed template questions never detach a person's additions.
int remapAnchor(const QList<Id> &before, const QList<Id> &after, int anchor);

} // namespace shuzai

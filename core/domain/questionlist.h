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
};

QString toCode(EffectiveQuestion::Origin origin);

// The interviewee's list: template order, dropped ones removed, reworded ones replaced, added
// ones inserted after their template position (in the order they were added).
QList<EffectiveQuestion> effectiveQuestions(const QList<Question> &templateQuestions,
                                            const QList<QuestionCustomisation> &customisations);

} // namespace shuzai

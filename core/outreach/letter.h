#pragma once

#include "domain/interviewee.h"
#include "domain/questionlist.h"
#include "util/result.h"

namespace shuzai {

// What a request letter is rendered from: the campaign, the recipient, their own questions
// (template plus customisations) and the candidate times still free.
struct LetterContext {
    Campaign campaign;
    Interviewee recipient;
    QList<EffectiveQuestion> questions;
    QString freeSlots; // the 【候補日時】 lines
    QString language = QStringLiteral("ja");
};

// A problem in a template or a rendered letter, with its 1-based line.
struct LetterProblem {
    int line = 0;
    const char *reason = ""; // QT_TRANSLATE_NOOP("Letter", ...)
    QString text;            // the placeholder or the unfilled part

    QString message() const; // translated
};

struct RenderedLetter {
    QString subject;
    QString body;
    // Parts still to fill in, such as "[編集長名]": a letter with any cannot be sent.
    QList<LetterProblem> unfilled;
};

// Placeholders are written {{name}}; `letterPlaceholders()` lists the names.
QStringList letterPlaceholders();

// Unknown or malformed placeholders of a template, with their lines.
QList<LetterProblem> checkTemplate(const QString &templateText);

// The first line "Subject: ..." is the subject; the rest after a blank line is the body. A line
// made only of placeholders that all came out empty is left out (no empty department line).
Result<RenderedLetter> renderLetter(const QString &templateText, const LetterContext &context);

// The built-in request letter (the campaign's request letter, with placeholders): "ja" or "en".
QString defaultLetterTemplate(const QString &language);

} // namespace shuzai

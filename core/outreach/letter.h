#pragma once

#include "domain/interviewee.h"
#include "domain/questionlist.h"
#include "letterslots.h"
#include "util/result.h"

namespace shuzai {

// What a request letter is rendered from: the campaign, the recipient, their own questions
// (template plus customisations) and the candidate times still free.
struct LetterContext {
    Campaign campaign;
    Interviewee recipient;
    QList<EffectiveQuestion> questions;
    // The campaign's candidate times (free and held, not booked); only those after `now` are
    // offered. Without any, `freeSlots` is taken as the 【候補日時】 lines as they are.
    QList<LetterSlot> candidateTimes;
    QDateTime now;
    QString freeSlots;
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
    QString markdown; // the template with its placeholders filled in
    QString body;     // what the text/plain part says: the Markdown as the campaign's style reads
    QString html;     // the text/html part: the same content as an HTML document
    // Parts still to fill in, such as "[編集長名]", "○○", "03-XXXX-XXXX", an empty contact
    // field or no candidate time left: a letter with any cannot be sent. Lines are those of
    // `body` (and of `markdown`: the same); 0 is the subject.
    QList<LetterProblem> unfilled;
};

// Parts of `text` still to fill in, found by pattern: [編集長名] (not a Markdown link, nor
// brackets an English text uses such as [1], [sic] or [the model]), ○○/〇〇/●●, runs of X as in
// 03-XXXX-XXXX, and 「貴社/貴研究室」 with both choices left in. `firstLine`: the number of the
// text's first line (0 for a subject).
QList<LetterProblem> findUnfilled(const QString &text, int firstLine = 1);

// Placeholders are written {{name}}; `letterPlaceholders()` lists the names.
QStringList letterPlaceholders();

// Unknown or malformed placeholders of a template, with their lines.
QList<LetterProblem> checkTemplate(const QString &templateText);

// The first line "Subject: ..." is the subject; the rest after a blank line is the body. A line
// made only of placeholders that all came out empty is left out (no empty department line).
// A template that still says 「貴社/貴研究室」 (or 貴社／貴研究室, ...) gets the category's
// choice there, as {{recipient.organisation_honorific}} would; "{{recipient.name}} 様" the
// category's person honorific (先生, ...).
Result<RenderedLetter> renderLetter(const QString &templateText, const LetterContext &context);

// The built-in request letter (the campaign's request letter, with placeholders): "ja" or "en".
QString defaultLetterTemplate(const QString &language);

} // namespace shuzai

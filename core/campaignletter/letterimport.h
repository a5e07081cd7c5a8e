#pragma once

#include "domain/campaign.h"
#include "util/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace shuzai {

// Something the request letter did not say (or said as a part still to fill in), with the line
// of the letter it is about (0: nowhere in particular). `field` names what it concerns:
// title, publication, publicationDate, window, windows, interviewMinutes, modes, attributions,
// categories, category:<code>, editorName, editorEmail, editorPhone, website, year, unfilled.
struct LetterGap {
    QString field;
    int line = 0;
    const char *reason = ""; // QT_TRANSLATE_NOOP("LetterImport", ...), may hold %1 (the text)
    QString text;            // the letter's words or the unfilled part
    // A campaign cannot be saved while a required gap remains (title, publication date, the
    // interview window, at least one category).
    bool required = false;

    QString message() const; // translated
};

// What a request letter proposes: the campaign (not saved; ids are 0), the letter as the
// campaign's template (placeholders where names, dates, questions and times go) in `language`,
// and what could not be read.
struct LetterImport {
    Campaign draft;
    QString templateText;
    QString language; // "ja" or "en"
    QString encoding; // the letter file's (UTF-8, Shift_JIS, ...); "docx" for a Word file
    QString fileName;
    QList<LetterGap> gaps;

    bool hasRequiredGaps() const;
    QList<LetterGap> requiredGaps() const;
};

// Reads a request letter (Markdown, plain text in any encoding decodeText() knows, or .docx) the
// way an editor wrote it. Dates without a year take the publication date's year (or the year
// before, for interviews in December before a January publication); a publication date without
// a year is the next one on or after `referenceDate` (today, by the injected clock). Refused
// only when the bytes are not a letter at all (binary, a broken Word file, no text).
Result<LetterImport> readRequestLetter(const QByteArray &bytes, const QString &fileName,
                                       const QDate &referenceDate);

// What the editor changed in the proposal before saving: a set field replaces the proposed one
// and settles its gaps.
struct LetterEdits {
    std::optional<QString> title;
    std::optional<QString> publication;
    std::optional<QDate> publicationDate;
    std::optional<QDate> windowStart;
    std::optional<QDate> windowEnd;
    std::optional<int> interviewMinutes;
    std::optional<QString> editorName;
    std::optional<QString> editorEmail;
    std::optional<QString> editorPhone;
    std::optional<QString> website;
    std::optional<QString> templateText;
};

// The proposal with the edits applied; the gaps they settle are gone, and a required field
// emptied by an edit is a gap again.
LetterImport applyLetterEdits(LetterImport proposal, const LetterEdits &edits);

} // namespace shuzai

#pragma once

// Where in the letter each part was read (0-based line indexes; -1: not found), so the letter
// can become the campaign's template with placeholders in those places (lettertemplate.cpp).
// Internal to core/campaignletter.

#include "domain/campaign.h"

#include <QStringList>

namespace shuzai::letterparts {

struct Span {
    int line = -1;
    QString text; // the words as the letter has them on that line
};

struct Parts {
    QStringList lines; // the letter's text, line by line
    bool japanese = true;
    int subjectLine = -1;
    QString subject; // without "件名:" / "Subject:" and Markdown marks
    Span title;
    Span publication;
    Span publicationDate;
    Span window;
    Span minutes; // the number and its unit
    bool minutesInMinutes = true;
    Span modes; // the value of the "実施方法:" line
    Span editorName;
    Span editorEmail;
    Span editorPhone;
    Span website;
    int addresseeFirst = -1; // the addressee block ("株式会社○○" / "○○様", "Dear [Name],")
    int addresseeLast = -1;
    int questionsFirst = -1; // the first category heading to the last question
    int questionsLast = -1;
    QList<int> slotLines;      // the candidate times
    int attributionFirst = -1; // the list under "出演形式:"
    int attributionLast = -1;
};

// The letter as a template: `parts` with placeholders, the subject line first.
QString buildTemplate(const Parts &parts, const Campaign &draft);

} // namespace shuzai::letterparts

#pragma once

#include "review.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace shuzai {

// The text an interviewee gave back for one item of a review packet.
struct ReturnedItem {
    int item = 0; // the item's number in the packet
    QString text; // as they wrote it, wrapped lines joined, 「」 around it dropped
    bool operator==(const ReturnedItem &) const = default;
};

struct ReturnedTextReading {
    QList<ReturnedItem> items; // in item order; an item not found is not here
    // Text that reads like an answer about a passage but names no item of the packet, or
    // resembles more than one (or none closely enough): shown to the reviewer, never guessed.
    QStringList unmatched;
};

// How the returned text is laid out: mail text wraps one paragraph over several lines, a
// .docx has one paragraph per line.
enum class ReturnedLayout { Mail, Paragraphs };

// Reads an answer to a review packet (a mail's text, a .txt or .docx) against the items as
// sent. With the packet's numbering in it ("2. 引用", "【2】", "(2)", "②"), each numbered block
// is that item: its "修正後：" line when there is one, else the writer's own lines after a
// quoted (">") passage, else its first paragraph; the question and context lines are left out.
// Without numbering, each paragraph goes to the item it clearly resembles (character bigrams),
// and to none when the resemblance is weak or shared.
ReturnedTextReading readReturnedText(const QList<ReviewItem> &sent, const QString &text,
                                     ReturnedLayout layout = ReturnedLayout::Mail);

// Whether two texts differ only in ways nobody asks to correct: full- and half-width forms,
// spaces and line breaks, the 「」 around a passage.
bool sameReviewText(const QString &a, const QString &b);

// The comparison form behind sameReviewText (NFKC, no whitespace, outer brackets dropped).
QString reviewComparisonForm(const QString &text);

} // namespace shuzai

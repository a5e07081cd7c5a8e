#pragma once

#include "domain/campaign.h"
#include "domain/interviewee.h"
#include "review.h"

namespace shuzai {

// What the interviewee receives to check: the passages as they will be printed, in context,
// the attribution as it will be printed and the date to answer by. Built as HTML (rendered to
// PDF by the print library); an anonymous person's name and organisation appear nowhere in it.
struct ReviewPacket {
    QString title;
    QString html;
    QString fileName; // suggested, e.g. "掲載内容のご確認_A社 担当者.pdf"
};

struct ReviewPacketInput {
    Campaign campaign;
    Interviewee person;
    QString printedName; // the publication name: the alias when anonymous
    QList<ReviewItem> items;
    QDate dueDate;
    int round = 0;                           // 0: not sent yet (a preview)
    QString language = QStringLiteral("ja"); // of the interviewee's letter: "ja" or "en"
};

ReviewPacket buildReviewPacket(const ReviewPacketInput &input);

// The attribution line as it will be printed: "エッジAI株式会社 CTO 佐藤 花子 氏", or the alias.
QString printedAttribution(const IntervieweeData &person, const QString &printedName,
                           const QString &language = QStringLiteral("ja"));

// The text of the e-mail that carries the packet: %1 medium, %2 editor, %3 address.
QString packetMailBody(const QString &language);

} // namespace shuzai

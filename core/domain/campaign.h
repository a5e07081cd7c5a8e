#pragma once

#include "enums.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

namespace shuzai {

using Id = qint64;

struct Question {
    Id id = 0;
    int position = 0; // 1-based within the category's template
    QString text;
    // A question removed from the template stays for the people whose answers are linked to
    // it (Category::removedQuestions), after the template question at removedAfter (0: first).
    QDateTime removedAt;
    int removedAfter = 0;
};

struct Category {
    Id id = 0;
    QString code; // stable key, e.g. "researcher"
    QString name; // as the campaign words it, e.g. "SLM開発者・研究者"
    int position = 0;
    QList<Question> questions; // the template, ordered
    // Removed from the template but kept for people whose answers are linked to them (a
    // removed question nobody answered is not listed).
    QList<Question> removedQuestions;
    // How a letter to this category speaks of the recipient's organisation (貴社, 貴研究室,
    // 貴学, ...) and of the person (様, 先生): data in the campaign's language, not UI text.
    QString organisationHonorific = QString::fromUtf8("貴社");
    QString personHonorific = QString::fromUtf8("様");
};

// Whether candidate times held tentatively for someone else are offered in letters.
enum class TentativeSlots { Mark, Omit };
QString toCode(TentativeSlots value);
std::optional<TentativeSlots> tentativeSlotsFromCode(const QString &code);

// A block of time on one day when interviews can be offered (the letter's 候補日時).
struct AvailabilityWindow {
    Id id = 0;
    QDate day;
    QTime start;
    QTime end;
    QString note; // e.g. "必要に応じて"
};

struct Campaign {
    Id id = 0;
    QString title;
    QString publication; // the medium, e.g. "AI Tech Media"
    QDate publicationDate;
    QDate windowStart;
    QDate windowEnd;
    int interviewMinutes = 60;
    int bufferMinutes = 0; // between two slots of a window
    int followUpDays = 7;  // a letter without a reply is followed up this many days later
    // Interviewees return their check this many working days (no weekends, no Japanese
    // holidays) before the publication date.
    int reviewMarginDays = 5;
    QList<InterviewMode> modes;
    QString timeZone = QStringLiteral("Asia/Tokyo");
    QString editorName;
    QString editorEmail;
    QString editorPhone;
    QString website;
    QList<Attribution> attributionOptions;
    QList<Category> categories;
    QList<AvailabilityWindow> windows;
    // How the text/plain letter shows a Markdown heading ("【】" wraps it: 【お願い】; any
    // other mark is put before it: ■ お願い) and a list item.
    QString letterHeadingMark = QString::fromUtf8("【】");
    QString letterListMark = QString::fromUtf8("・");
    TentativeSlots tentativeSlots = TentativeSlots::Mark;
    QDateTime archivedAt; // invalid while the campaign is open
    int version = 0;

    bool archived() const { return archivedAt.isValid(); }

    const Category *category(Id categoryId) const;
};

// The fields of a campaign the settings dialog edits; categories and windows are edited apart.
struct CampaignSettings {
    QString title;
    QString publication;
    QDate publicationDate;
    QDate windowStart;
    QDate windowEnd;
    int interviewMinutes = 60;
    int bufferMinutes = 0;
    int followUpDays = 7;
    int reviewMarginDays = 5;
    QList<InterviewMode> modes;
    QString timeZone;
    QString editorName;
    QString editorEmail;
    QString editorPhone;
    QString website;
    QString letterHeadingMark = QString::fromUtf8("【】");
    QString letterListMark = QString::fromUtf8("・");
    TentativeSlots tentativeSlots = TentativeSlots::Mark;

    bool operator==(const CampaignSettings &) const = default;
};

CampaignSettings settingsOf(const Campaign &campaign);

} // namespace shuzai

#pragma once

#include "domain/campaign.h"

#include <QDateTime>

namespace shuzai {

enum class SpeakerRole { Interviewee, Interviewer, Other };
QString toCode(SpeakerRole role);
std::optional<SpeakerRole> speakerRoleFromCode(const QString &code);

// One cue or paragraph of a transcript. Times are milliseconds from the start, -1 if unknown.
struct Segment {
    Id id = 0;
    int position = 0; // 1-based order within the transcript
    QString speaker;
    qint64 startMs = -1;
    qint64 endMs = -1;
    QString text;
    QString originalSpeaker; // as imported; never changes
    QString originalText;    // as imported; never changes
    int revision = 0;        // 0 as imported; +1 with every saved edit
};

// Who a speaker label in the file is.
struct SpeakerMapping {
    QString label;
    SpeakerRole role = SpeakerRole::Other;
    Id userId = 0; // for interviewers: the Shuzai user
};

struct Transcript {
    Id id = 0;
    Id interviewId = 0;
    QString sourceName;     // the file's name, for provenance
    QString sourceFormat;   // vtt, srt, sbv, txt, docx
    QString sourceEncoding; // as detected or chosen
    QString sourceSha256;
    QDateTime importedAt;
    int version = 0;
    QList<Segment> segments;
    QList<SpeakerMapping> speakers;

    // The distinct speaker labels in order of first appearance.
    QStringList speakerLabels() const;
};

} // namespace shuzai

#pragma once

#include "domain/campaign.h"
#include "util/result.h"

#include <QString>
#include <QStringList>

namespace shuzai {
class Workspace;
}

namespace shuzai::bench {

// How big an archive the bench builds. Every figure it measures is taken on one of these.
struct ArchiveSize {
    QString name;
    int campaigns = 0;    // besides the big one
    int interviewees = 0; // spread over those campaigns
    int transcripts = 0;  // one interview each, of the interviewees in turn
    int charsPerTranscript = 0;
    int rosterPeople = 0; // in the big campaign (the one the window opens on)
    int bookings = 0;     // dated interviews in the big campaign, some overlapping
    int bigVttMb = 20;    // the big import's file (smaller at the smoke size)
};

// smoke (CI), S, M or L; nullopt for another name.
std::optional<ArchiveSize> archiveSize(const QString &name);

// Sentences of the Japanese corpus (every .txt in `directory`), cut after 。！？.
QStringList loadSentences(const QString &directory);

// Deterministic text for a seed: names, readings, organisations and transcript cues.
class TextSource {
public:
    TextSource(QStringList sentences, quint32 seed);
    // About `characters` characters of sentences as a Zoom WebVTT file of two speakers, cues of
    // a sentence each, a few seconds apart from 00:00:00.
    QByteArray zoomVtt(qint64 characters);
    struct Person {
        QString family, given, familyReading, givenReading, organisation;
    };
    Person person();
    QString sentence();
    quint32 bounded(quint32 n);

private:
    QStringList m_sentences;
    quint64 m_state;
};

struct GeneratedArchive {
    Id bigCampaign = 0;
    qint64 characters = 0;
    int campaigns = 0, interviewees = 0, transcripts = 0, interviews = 0;
    double seconds = 0;
};

// Fills an empty workspace through its services (as the app and the CLI would), reproducibly
// for a seed. `progress` is told now and then what is being made.
Result<GeneratedArchive> generateArchive(Workspace &ws, const ArchiveSize &size, TextSource &text,
                                         const std::function<void(const QString &)> &progress);

} // namespace shuzai::bench

#pragma once

#include <QHash>
#include <QString>
#include <QStringView>

namespace shuzai::transcriptparsing {

// A speaker's name at the start of a line: "佐藤 花子: …", "話者1：…", "【記者】…", ">> ALICE: …".
// Only the shape is judged here: a short name without sentence punctuation, no clock time
// ("午後は2:15に"), no URL. Whether a label is a speaker or just a sentence with a colon is
// decided over the whole file by SpeakerVotes.
struct LineLabel {
    QString label; // empty: the line does not start with a speaker label
    QString rest;  // the line after the label, trimmed (empty for "田中：" alone on a line)
};
LineLabel findLineLabel(QStringView line);

// How often each label starts a segment, counted over the whole file before anything is
// stored: a label seen once in a thousand cues is a sentence ("Remember: …"), not a speaker.
class SpeakerVotes {
public:
    void count(const QString &label) { ++m_counts[label]; }
    void countSegment() { ++m_segments; }
    bool accepts(const QString &label) const;

private:
    QHash<QString, int> m_counts;
    qint64 m_segments = 0;
};

} // namespace shuzai::transcriptparsing

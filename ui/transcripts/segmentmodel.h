#pragma once

#include "domain/questionlist.h"
#include "services/answerservice.h"
#include "transcripts/transcript.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>

class QUndoStack;

namespace shuzai {
class Workspace;
}

namespace shuzai::ui {

// The segments of one transcript: time, speaker, marks, text. Speaker and text are editable; an
// edit becomes an undoable command. Rows matching the find text are highlighted; the marks
// column says which questions a segment answers (as the interviewee's list numbers them) and
// whether it holds a quote candidate, and quoted text is tinted.
class SegmentModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Speaker, Marks, Text, ColumnCount };
    enum Roles {
        SegmentIdRole = Qt::UserRole + 1,
        MatchRole,
        CorrectedRole,
        AnswersRole, // QList<int>: the question numbers the segment answers
        QuotesRole,  // int: how many quote candidates it holds
    };

    SegmentModel(Workspace &workspace, QUndoStack &undoStack, QObject *parent = nullptr);

    void setTranscript(Id transcriptId); // 0 empties the model
    Id transcriptId() const { return m_transcript.id; }
    const Transcript &transcript() const { return m_transcript; }
    int rowOfSegment(Id segmentId) const;
    const Segment &segment(int row) const { return m_transcript.segments.at(row); }
    SegmentMarks marks(int row) const;
    // The interviewee's questions as their list numbers them (for linking).
    const QList<EffectiveQuestion> &questions() const { return m_questions; }
    // Reads links, quotes and the question list again (changed here or by someone else).
    void reloadMarks();

    void setFindText(const QString &text);
    QList<int> matchingRows() const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString formatTime(qint64 ms);
    // What the marks column shows for each marked segment (the candidates for its width).
    QStringList marksLabels() const;

signals:
    void editFailed(const QString &message);

private:
    void onSegmentChanged(Id transcriptId, Id segmentId);
    void reload();
    QColor speakerColour(const QString &speaker) const;
    void assignSpeakerColours();
    void loadMarks();
    QString marksText(const SegmentMarks &marks) const;
    QString marksToolTip(const SegmentMarks &marks) const;

    Workspace &m_workspace;
    QUndoStack &m_undoStack;
    Transcript m_transcript;
    QString m_find;
    QHash<QString, QColor> m_speakerColours;
    TranscriptMarks m_marks;
    QList<EffectiveQuestion> m_questions;
};

} // namespace shuzai::ui

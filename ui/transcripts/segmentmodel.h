#pragma once

#include "transcripts/transcript.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>

class QUndoStack;

namespace shuzai {
class Workspace;
}

namespace shuzai::ui {

// The segments of one transcript: time, speaker, text. Speaker and text are editable; an edit
// becomes an undoable command. Rows matching the find text are marked.
class SegmentModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Speaker, Text, ColumnCount };
    enum Roles { SegmentIdRole = Qt::UserRole + 1, MatchRole, CorrectedRole };

    SegmentModel(Workspace &workspace, QUndoStack &undoStack, QObject *parent = nullptr);

    void setTranscript(Id transcriptId); // 0 empties the model
    Id transcriptId() const { return m_transcript.id; }
    const Transcript &transcript() const { return m_transcript; }
    int rowOfSegment(Id segmentId) const;
    const Segment &segment(int row) const { return m_transcript.segments.at(row); }

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

signals:
    void editFailed(const QString &message);

private:
    void onSegmentChanged(Id transcriptId, Id segmentId);
    void reload();
    QColor speakerColour(const QString &speaker) const;
    void assignSpeakerColours();

    Workspace &m_workspace;
    QUndoStack &m_undoStack;
    Transcript m_transcript;
    QString m_find;
    QHash<QString, QColor> m_speakerColours;
};

} // namespace shuzai::ui

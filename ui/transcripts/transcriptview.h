#pragma once

#include "domain/campaign.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;
class QUndoStack;

namespace shuzai {
class Workspace;
}

namespace shuzai::ui {

class SegmentModel;

// One transcript: segments with speaker colours and times, find-in-transcript, in-place
// corrections (undoable), and a context menu to link a passage to a question or mark it as a
// quote candidate.
class TranscriptView : public QWidget {
    Q_OBJECT
public:
    TranscriptView(Workspace &workspace, QUndoStack &undoStack, QWidget *parent = nullptr);

    void showTranscript(Id transcriptId);
    // Reads the shown transcript again (someone else corrected it on the team server).
    void refresh();
    void showSegment(Id segmentId);
    SegmentModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    void findNext(bool backwards = false);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void contextMenu(const QPoint &pos);

    Workspace &m_workspace;
    QUndoStack &m_undoStack;
    SegmentModel *m_model;
    QLabel *m_heading;
    QLineEdit *m_find;
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_matches;
    QTableView *m_table;
};

} // namespace shuzai::ui

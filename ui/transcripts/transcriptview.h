#pragma once

#include "domain/campaign.h"

#include <QAbstractItemView>
#include <QWidget>

class QAction;
class QLabel;
class QMenu;
class QLineEdit;
class QTableView;
class QToolBar;
class QToolButton;
class QUndoStack;

namespace shuzai {
class Workspace;
}

namespace shuzai::ui {

class LazyRowFitter;
class SegmentModel;

// One transcript: segments with speaker colours and times, find-in-transcript, in-place
// corrections (undoable). The chosen segment is linked to a question or marked as a quote
// candidate from the view's toolbar, the keyboard (Ctrl+L, Ctrl+K) or the context menu, all
// undoable; the marks column shows what each segment already is.
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
    LazyRowFitter *rowFitter() const { return m_rowFitter; }
    void findNext(bool backwards = false);
    QAction *linkAction() const { return m_linkAction; }
    QAction *quoteAction() const { return m_quoteAction; }
    // The chosen segment's link menu: its interviewee's questions, checked where linked.
    // Choosing one links or unlinks. Empty without a chosen segment.
    void fillLinkMenu(QMenu *menu);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void scrollToRow(int row, QAbstractItemView::ScrollHint hint);
    // Sizes the time and marks columns to their widest text.
    void fitNarrowColumns();
    void contextMenu(const QPoint &pos);
    int currentRow() const;
    void updateMarkActions();
    void popUpLinkMenu();
    void toggleLink(int row, int number, bool linked);
    void toggleQuote();

    Workspace &m_workspace;
    QUndoStack &m_undoStack;
    SegmentModel *m_model;
    QLabel *m_heading;
    QLineEdit *m_find;
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_matches;
    QTableView *m_table;
    LazyRowFitter *m_rowFitter = nullptr;
    QToolBar *m_marksBar;
    QAction *m_linkAction;
    QAction *m_quoteAction;
};

} // namespace shuzai::ui

#pragma once

#include "shell/screen.h"

#include <QModelIndex>

class QAction;
class QPushButton;
class QStandardItem;
class QStandardItemModel;
class QTreeView;

namespace shuzai {
struct Interview;
}

namespace shuzai::ui {

class LiveRefresh;
class TranscriptView;

// The writer's desk: the campaign's interviewees with their interviews and transcripts on the
// left, the chosen transcript on the right. Files dropped on an interview are imported.
class TranscriptsScreen : public Screen {
    Q_OBJECT
public:
    enum Roles { KindRole = Qt::UserRole + 1, IdRole };
    enum Kind { IntervieweeItem = 1, InterviewItem, TranscriptItem };

    explicit TranscriptsScreen(ScreenContext context, QWidget *parent = nullptr);

    // The navigation's name for it, known before the screen is made.
    static QString screenTitle();
    QString title() const override { return screenTitle(); }
    void setCampaign(Id campaignId) override;
    // Del deletes the selected interview (while it holds no transcript).
    bool supports(ScreenAction action) const override;
    void trigger(ScreenAction action) override;
    QString actionText(ScreenAction action) const override;

    // Imports a file for an interview (preview, confirmation, background storing). Returns
    // the new transcript's id, or 0 when cancelled or refused.
    Id importFile(Id interviewId, const QString &path);
    void showTranscript(Id transcriptId, Id segmentId = 0);
    TranscriptView *view() const { return m_view; }
    QTreeView *tree() const { return m_tree; }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void reload();
    void selectionChanged();
    void updateActions();
    QModelIndex find(Kind kind, Id id) const;
    void selectItem(Kind kind, Id id);
    static QString interviewLabel(const Interview &interview);
    Id selected(Kind kind) const;
    Id interviewAt(const QPoint &viewportPos) const;
    void importClicked();
    void newInterviewClicked();
    // Deletes the selected interview (Del, the context menu) while it holds no transcript.
    void removeInterview();
    void speakersClicked();

    ScreenContext m_context;
    Id m_campaignId = 0;
    bool m_importing = false;
    QStandardItemModel *m_items;
    QTreeView *m_tree;
    QPushButton *m_newInterview;
    QPushButton *m_import;
    QPushButton *m_speakers;
    TranscriptView *m_view;
    QAction *m_removeInterview = nullptr;
    LiveRefresh *m_live = nullptr;
};

} // namespace shuzai::ui

#pragma once

#include "services/searchservice.h"
#include "shell/screen.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace shuzai::ui {

class SearchResultModel;

// Japanese full-text search over every transcript and note: one character or more, any width
// or kana; filters by campaign, category, interviewee and speaker; a hit opens its transcript.
class SearchScreen : public Screen {
    Q_OBJECT
public:
    explicit SearchScreen(ScreenContext context, QWidget *parent = nullptr);

    // The navigation's name for it, known before the screen is made.
    static QString screenTitle();
    QString title() const override { return screenTitle(); }
    void setCampaign(Id campaignId) override;
    // Find (Ctrl+F) puts the cursor in the query.
    bool supports(ScreenAction action) const override { return action == ScreenAction::Find; }
    void trigger(ScreenAction action) override;
    void search(const QString &text);
    SearchResultModel *results() const { return m_results; }

signals:
    void openSegment(shuzai::Id transcriptId, shuzai::Id segmentId);
    void openInterviewee(shuzai::Id intervieweeId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    // The query from its first hit (`pages` pages of hits), or its next page.
    void run(bool nextPage = false, int pages = 1);
    // After a change elsewhere: the filters and the same query again, where the user was.
    void refresh();
    void activated(const QModelIndex &index);

    ScreenContext m_context;
    Id m_campaignId = 0;
    int m_offset = 0;
    QLineEdit *m_query;
    QComboBox *m_scope;
    QComboBox *m_category;
    QComboBox *m_interviewee;
    QLineEdit *m_speaker;
    QLabel *m_summary;
    QPushButton *m_more;
    QListView *m_list;
    SearchResultModel *m_results;
    QList<SearchHit> m_hits;
};

} // namespace shuzai::ui

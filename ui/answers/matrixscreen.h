#pragma once

#include "shell/screen.h"

class QComboBox;
class QLabel;
class QTableView;

namespace shuzai::ui {

class AnswerMatrixModel;

// All answers to one question side by side: the campaign's question matrix by category.
class MatrixScreen : public Screen {
    Q_OBJECT
public:
    explicit MatrixScreen(ScreenContext context, QWidget *parent = nullptr);

    // The navigation's name for it, known before the screen is made.
    static QString screenTitle();
    QString title() const override { return screenTitle(); }
    void setCampaign(Id campaignId) override;
    AnswerMatrixModel *model() const { return m_model; }

signals:
    void openSegment(shuzai::Id transcriptId, shuzai::Id segmentId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void reload();

    ScreenContext m_context;
    Id m_campaignId = 0;
    bool m_userChoseCategory = false;
    QComboBox *m_category;
    QLabel *m_summary;
    QTableView *m_table;
    AnswerMatrixModel *m_model;
};

} // namespace shuzai::ui

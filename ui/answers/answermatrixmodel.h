#pragma once

#include "services/answerservice.h"

#include <QAbstractTableModel>

namespace shuzai {
class Workspace;
}

namespace shuzai::ui {

// The question matrix as a table: questions down, interviewees across, linked passages in the
// cells; unanswered cells are marked, questions not asked of someone are greyed.
class AnswerMatrixModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Roles { StateRole = Qt::UserRole + 1, FirstSegmentRole, FirstTranscriptRole };
    // Column 0 holds the question; interviewee k is column k + 1.
    static constexpr int QuestionColumn = 0;

    explicit AnswerMatrixModel(Workspace &workspace, QObject *parent = nullptr);

    void load(Id campaignId, Id categoryId);
    const AnswerMatrix &matrix() const { return m_matrix; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString questionLabel(int row) const;
    Workspace &m_workspace;
    Id m_campaignId = 0;
    Id m_categoryId = 0;
    AnswerMatrix m_matrix;
};

} // namespace shuzai::ui

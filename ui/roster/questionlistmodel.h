#pragma once

#include "domain/questionlist.h"

#include <QAbstractListModel>

namespace shuzai {
class Workspace;
}

namespace shuzai::ui {

// One interviewee's questions: the category template with their customisations applied.
class QuestionListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles { OriginRole = Qt::UserRole + 1, TemplatePositionRole, TextRole };

    explicit QuestionListModel(Workspace &workspace, QObject *parent = nullptr);

    void setInterviewee(Id intervieweeId);
    Id intervieweeId() const { return m_intervieweeId; }
    const EffectiveQuestion &question(int row) const { return m_questions.at(row); }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void reload();

    Workspace &m_workspace;
    Id m_intervieweeId = 0;
    QList<EffectiveQuestion> m_questions;
};

} // namespace shuzai::ui

#include "questionlistmodel.h"

#include "services/rosterservice.h"
#include "services/workspace.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace shuzai::ui {

QuestionListModel::QuestionListModel(Workspace &workspace, QObject *parent)
    : QAbstractListModel(parent)
    , m_workspace(workspace)
{
    connect(&workspace.roster(), &RosterService::questionsChanged, this, [this](Id id) {
        if (id == m_intervieweeId)
            reload();
    });
    connect(&workspace.roster(), &RosterService::intervieweeChanged, this, [this](Id, Id id) {
        if (id == m_intervieweeId)
            reload(); // the category may have changed
    });
    connect(&workspace.roster(), &RosterService::intervieweeRemoved, this, [this](Id, Id id) {
        if (id == m_intervieweeId)
            setInterviewee(0);
    });
}

void QuestionListModel::setInterviewee(Id intervieweeId)
{
    m_intervieweeId = intervieweeId;
    reload();
}

void QuestionListModel::reload()
{
    beginResetModel();
    m_questions.clear();
    if (m_intervieweeId != 0) {
        if (auto list = m_workspace.roster().questions(m_intervieweeId))
            m_questions = *list;
    }
    endResetModel();
}

void QuestionListModel::retranslate()
{
    if (!m_questions.isEmpty())
        emit dataChanged(index(0), index(int(m_questions.size()) - 1));
}

int QuestionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_questions.size());
}

QVariant QuestionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EffectiveQuestion &q = m_questions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1. %2").arg(q.number).arg(q.text);
    case TextRole:
        return q.text;
    case OriginRole:
        return toCode(q.origin);
    case TemplatePositionRole:
        return q.templatePosition;
    case Qt::ToolTipRole:
        switch (q.origin) {
        case EffectiveQuestion::Origin::Added:
            return tr("Added for this interviewee");
        case EffectiveQuestion::Origin::Reworded:
            return tr("Reworded for this interviewee. Template: %1").arg(q.templateText);
        case EffectiveQuestion::Origin::Template:
            return tr("As in the category's template");
        }
        return {};
    case Qt::FontRole:
        if (q.origin != EffectiveQuestion::Origin::Template) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (q.origin != EffectiveQuestion::Origin::Template)
            return QGuiApplication::palette().color(QPalette::Link);
        return {};
    default:
        return {};
    }
}

} // namespace shuzai::ui

#include "answermatrixmodel.h"

#include "services/answerservice.h"
#include "services/rosterservice.h"
#include "services/transcriptservice.h"
#include "services/workspace.h"

#include <QBrush>
#include <QFont>

namespace shuzai::ui {

AnswerMatrixModel::AnswerMatrixModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    // The screen reloads it as things change (MatrixScreen: one reload a burst).
}

void AnswerMatrixModel::load(Id campaignId, Id categoryId)
{
    beginResetModel();
    m_campaignId = campaignId;
    m_categoryId = categoryId;
    m_matrix = AnswerMatrix{};
    if (campaignId != 0) {
        if (auto m = m_workspace.answers().matrix(campaignId, categoryId))
            m_matrix = *m;
    }
    endResetModel();
}

int AnswerMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.rows.size());
}

int AnswerMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.columns.size()) + 1;
}

QString AnswerMatrixModel::questionLabel(int row) const
{
    const auto &r = m_matrix.rows.at(row);
    if (r.removed)
        return tr("(removed from the template) %1").arg(r.text);
    const QString number = r.templatePosition ? QString::number(r.templatePosition) : tr("+");
    return QStringLiteral("%1. %2").arg(number, r.text);
}

QVariant AnswerMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.column() == QuestionColumn) {
        if (role == Qt::DisplayRole)
            return questionLabel(index.row());
        if (role == Qt::ToolTipRole)
            return m_matrix.rows.at(index.row()).categoryName;
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    const AnswerMatrix::Cell &cell = m_matrix.cells.at(index.row()).at(index.column() - 1);
    using State = AnswerMatrix::CellState;
    switch (role) {
    case Qt::DisplayRole:
        switch (cell.state) {
        case State::Answered: {
            QStringList passages;
            for (const Excerpt &e : cell.excerpts)
                passages.append(e.text);
            return passages.join(QStringLiteral("\n―\n"));
        }
        case State::Unanswered:
            return tr("(no answer yet)");
        case State::NotAsked:
            return tr("(not asked)");
        case State::NotApplicable:
            return QString();
        }
        return {};
    case Qt::BackgroundRole:
        if (cell.state == State::Unanswered)
            return QBrush(QColor(0xFF, 0xEB, 0xEE));
        if (cell.state == State::NotAsked || cell.state == State::NotApplicable)
            return QBrush(QColor(0xF2, 0xF2, 0xF2));
        return {};
    case Qt::ForegroundRole:
        if (cell.state != State::Answered)
            return QBrush(QColor(0x75, 0x75, 0x75));
        return {};
    case Qt::ToolTipRole:
        return cell.questionText;
    case StateRole:
        return toCode(cell.state);
    case FirstSegmentRole:
        return cell.excerpts.isEmpty() ? QVariant() : QVariant(cell.excerpts.first().segmentId);
    case FirstTranscriptRole:
        return cell.excerpts.isEmpty() ? QVariant() : QVariant(cell.excerpts.first().transcriptId);
    default:
        return {};
    }
}

QVariant AnswerMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::DisplayRole && orientation == Qt::Horizontal) {
        if (section == QuestionColumn)
            return tr("Question");
        if (section - 1 < m_matrix.columns.size())
            return m_matrix.columns.at(section - 1).name;
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace shuzai::ui

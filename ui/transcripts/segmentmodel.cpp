#include "segmentmodel.h"

#include "commands/transcriptcommands.h"
#include "services/interviewservice.h"
#include "services/rosterservice.h"
#include "services/searchservice.h"
#include "services/transcriptservice.h"
#include "services/workspace.h"

#include <QBrush>
#include <QFont>
#include <QUndoStack>

namespace shuzai::ui {

namespace {
// Soft, distinguishable backgrounds for up to eight speakers; the interviewee gets the first.
const QColor kSpeakerColours[] = {QColor(0xE3, 0xF2, 0xFD), QColor(0xFF, 0xF3, 0xE0),
                                  QColor(0xE8, 0xF5, 0xE9), QColor(0xF3, 0xE5, 0xF5),
                                  QColor(0xFF, 0xEB, 0xEE), QColor(0xE0, 0xF7, 0xFA),
                                  QColor(0xF9, 0xFB, 0xE7), QColor(0xEF, 0xEB, 0xE9)};
// Passages kept as quote candidates, and the questions a passage answers.
const QColor kQuotedText(0xFC, 0xE4, 0xEC);
const QColor kAnswerMark(0xE8, 0xF5, 0xE9);
} // namespace

SegmentModel::SegmentModel(Workspace &workspace, QUndoStack &undoStack, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
    , m_undoStack(undoStack)
{
    TranscriptService *service = &workspace.transcripts();
    connect(service, &TranscriptService::segmentChanged, this, &SegmentModel::onSegmentChanged);
    connect(service, &TranscriptService::speakersChanged, this, [this](Id id) {
        if (id == m_transcript.id)
            reload();
    });
}

QString SegmentModel::formatTime(qint64 ms)
{
    if (ms < 0)
        return QString();
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600, 2, 10, QLatin1Char('0'))
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

void SegmentModel::setTranscript(Id transcriptId)
{
    beginResetModel();
    m_transcript = Transcript{};
    if (transcriptId != 0) {
        if (auto loaded = m_workspace.transcripts().load(transcriptId))
            m_transcript = *loaded;
    }
    assignSpeakerColours();
    loadMarks();
    endResetModel();
}

void SegmentModel::loadMarks()
{
    m_marks.clear();
    m_questions.clear();
    if (m_transcript.id == 0)
        return;
    if (auto marks = m_workspace.answers().marks(m_transcript.id))
        m_marks = *marks;
    if (auto interview = m_workspace.interviews().load(m_transcript.interviewId)) {
        if (auto questions = m_workspace.roster().questions(interview->intervieweeId))
            m_questions = *questions;
    }
}

void SegmentModel::reloadMarks()
{
    loadMarks();
    if (!m_transcript.segments.isEmpty())
        emit dataChanged(index(0, Marks), index(rowCount() - 1, Text));
}

SegmentMarks SegmentModel::marks(int row) const
{
    return m_marks.value(m_transcript.segments.at(row).id);
}

QString SegmentModel::marksText(const SegmentMarks &marks) const
{
    QStringList parts;
    for (int number : marks.answers)
        parts.append(tr("Q%1").arg(number));
    if (!marks.quotes.isEmpty())
        parts.append(tr("Quote"));
    return parts.join(u' ');
}

QStringList SegmentModel::marksLabels() const
{
    QStringList out;
    for (const SegmentMarks &marks : m_marks)
        out.append(marksText(marks));
    return out;
}

QString SegmentModel::marksToolTip(const SegmentMarks &marks) const
{
    QStringList lines;
    for (int number : marks.answers) {
        const QString question = number >= 1 && number <= m_questions.size()
                                     ? m_questions.at(number - 1).text
                                     : QString();
        lines.append(tr("Answers question %1: %2").arg(number).arg(question));
    }
    for (const QuoteCandidate &quote : marks.quotes) {
        lines.append(quote.note.isEmpty()
                         ? tr("Quote candidate: “%1”").arg(quote.text)
                         : tr("Quote candidate: “%1” (%2)").arg(quote.text, quote.note));
    }
    return lines.join(u'\n');
}

void SegmentModel::reload()
{
    setTranscript(m_transcript.id);
}

int SegmentModel::rowOfSegment(Id segmentId) const
{
    for (int row = 0; row < m_transcript.segments.size(); ++row) {
        if (m_transcript.segments.at(row).id == segmentId)
            return row;
    }
    return -1;
}

void SegmentModel::onSegmentChanged(Id transcriptId, Id segmentId)
{
    const int row = rowOfSegment(segmentId);
    if (transcriptId != m_transcript.id || row < 0)
        return;
    auto fresh = m_workspace.transcripts().segment(segmentId);
    if (!fresh)
        return;
    const bool newSpeaker = !m_speakerColours.contains(fresh->speaker);
    m_transcript.segments[row] = *fresh;
    if (newSpeaker)
        assignSpeakerColours();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void SegmentModel::setFindText(const QString &text)
{
    m_find = text;
    if (!m_transcript.segments.isEmpty())
        emit dataChanged(index(0, Text), index(rowCount() - 1, Text),
                         {Qt::BackgroundRole, MatchRole});
}

QList<int> SegmentModel::matchingRows() const
{
    QList<int> rows;
    if (m_find.trimmed().isEmpty())
        return rows;
    for (int row = 0; row < m_transcript.segments.size(); ++row) {
        if (!SearchService::occurrences(m_transcript.segments.at(row).text, m_find).isEmpty())
            rows.append(row);
    }
    return rows;
}

void SegmentModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int SegmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_transcript.segments.size());
}

int SegmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void SegmentModel::assignSpeakerColours()
{
    m_speakerColours.clear();
    QStringList order;
    for (const SpeakerMapping &m : m_transcript.speakers) {
        if (m.role == SpeakerRole::Interviewee)
            order.append(m.label);
    }
    for (const QString &label : m_transcript.speakerLabels()) {
        if (!order.contains(label))
            order.append(label);
    }
    for (qsizetype i = 0; i < order.size(); ++i)
        m_speakerColours.insert(order.at(i), kSpeakerColours[i % std::size(kSpeakerColours)]);
}

QColor SegmentModel::speakerColour(const QString &speaker) const
{
    return m_speakerColours.value(speaker);
}

QVariant SegmentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Segment &s = m_transcript.segments.at(index.row());
    const bool matches = index.column() == Text && !m_find.trimmed().isEmpty() &&
                         !SearchService::occurrences(s.text, m_find).isEmpty();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (Column(index.column())) {
        case Time:
            return formatTime(s.startMs);
        case Speaker:
            return s.speaker;
        case Marks:
            return role == Qt::DisplayRole ? marksText(m_marks.value(s.id)) : QVariant();
        case Text:
            return s.text;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::BackgroundRole:
        if (matches)
            return QBrush(QColor(0xFF, 0xF5, 0x9D));
        if (index.column() == Text && !m_marks.value(s.id).quotes.isEmpty())
            return QBrush(kQuotedText);
        if (index.column() == Marks && !m_marks.value(s.id).answers.isEmpty())
            return QBrush(kAnswerMark);
        if (index.column() == Speaker) {
            const QColor c = speakerColour(s.speaker);
            return c.isValid() ? QVariant(QBrush(c)) : QVariant();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Marks) {
            const QString tip = marksToolTip(m_marks.value(s.id));
            return tip.isEmpty() ? QVariant() : QVariant(tip);
        }
        if (s.revision > 0 && index.column() == Text)
            return tr("Corrected. As imported: %1").arg(s.originalText);
        return {};
    case Qt::FontRole:
        if (s.revision > 0 && index.column() == Text) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case SegmentIdRole:
        return s.id;
    case MatchRole:
        return matches;
    case CorrectedRole:
        return s.revision > 0;
    case AnswersRole:
        return QVariant::fromValue(m_marks.value(s.id).answers);
    case QuotesRole:
        return int(m_marks.value(s.id).quotes.size());
    default:
        return {};
    }
}

bool SegmentModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        (index.column() != Speaker && index.column() != Text))
        return false;
    const Segment &s = m_transcript.segments.at(index.row());
    const QString speaker = index.column() == Speaker ? value.toString().trimmed() : s.speaker;
    const QString text = index.column() == Text ? value.toString() : s.text;
    if (speaker == s.speaker && text == s.text)
        return false;
    auto command =
        std::make_unique<EditSegmentCommand>(m_workspace.transcripts(), s, speaker, text);
    if (auto r = command->execute(); !r) {
        emit editFailed(r.error().message());
        return false;
    }
    m_undoStack.push(command.release());
    return true;
}

Qt::ItemFlags SegmentModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == Speaker || index.column() == Text))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant SegmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case Speaker:
        return tr("Speaker");
    case Marks:
        return tr("Marks");
    case Text:
        return tr("Text");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace shuzai::ui

#include "intervieweedetails.h"

#include "questionlistmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace shuzai::ui {

IntervieweeDetails::IntervieweeDetails(QuestionListModel *questions, QWidget *parent)
    : QWidget(parent)
    , m_questions(questions)
{
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("detailsHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_body = new QLabel(this);
    m_body->setWordWrap(true);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_body->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_questionsHeading = new QLabel(this);
    QFont bold = m_questionsHeading->font();
    bold.setBold(true);
    m_questionsHeading->setFont(bold);

    m_questionView = new QListView(this);
    m_questionView->setObjectName(QStringLiteral("questionList"));
    m_questionView->setModel(questions);
    m_questionView->setWordWrap(true);
    m_questionView->setUniformItemSizes(false);
    m_questionView->setAlternatingRowColors(true);
    m_questionView->setSpacing(2);
    connect(m_questionView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &IntervieweeDetails::updateButtons);
    connect(questions, &QAbstractItemModel::modelReset, this, &IntervieweeDetails::updateButtons);

    m_add = new QPushButton(this);
    m_reword = new QPushButton(this);
    m_drop = new QPushButton(this);
    m_reset = new QPushButton(this);
    connect(m_add, &QPushButton::clicked, this, &IntervieweeDetails::addQuestionRequested);
    connect(m_reword, &QPushButton::clicked, this,
            [this] { emit rewordQuestionRequested(currentQuestionRow()); });
    connect(m_drop, &QPushButton::clicked, this,
            [this] { emit dropQuestionRequested(currentQuestionRow()); });
    connect(m_reset, &QPushButton::clicked, this, &IntervieweeDetails::resetQuestionsRequested);
    connect(m_questionView, &QListView::doubleClicked, this,
            [this](const QModelIndex &index) { emit rewordQuestionRequested(index.row()); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_reword);
    buttons->addWidget(m_drop);
    buttons->addStretch();
    buttons->addWidget(m_reset);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_body);
    layout->addSpacing(8);
    layout->addWidget(m_questionsHeading);
    layout->addWidget(m_questionView, 1);
    layout->addLayout(buttons);
    retranslate();
    show(Campaign{}, nullptr);
}

int IntervieweeDetails::currentQuestionRow() const
{
    const QModelIndex current = m_questionView->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void IntervieweeDetails::show(const Campaign &campaign, const Interviewee *interviewee)
{
    m_campaign = campaign;
    m_interviewee = interviewee ? std::optional<Interviewee>(*interviewee) : std::nullopt;
    m_questions->setInterviewee(interviewee ? interviewee->id : 0);
    retranslate();
}

void IntervieweeDetails::retranslate()
{
    m_add->setText(tr("Add question…"));
    m_reword->setText(tr("Reword…"));
    m_drop->setText(tr("Leave out"));
    m_reset->setText(tr("Restore template"));
    m_questionsHeading->setText(tr("Questions"));
    if (!m_interviewee) {
        m_heading->setText(tr("No interviewee selected"));
        m_body->setText(tr("Select a person in the roster to see their details and questions."));
    } else {
        const IntervieweeData &d = m_interviewee->data;
        m_heading->setText(d.fullName());
        QStringList lines;
        if (!d.fullReading().isEmpty())
            lines.append(d.fullReading());
        QStringList affiliation{d.organisation, d.department, d.jobTitle};
        affiliation.removeAll(QString());
        if (!affiliation.isEmpty())
            lines.append(affiliation.join(QStringLiteral("　")));
        if (const Category *c = m_campaign.category(d.categoryId))
            lines.append(tr("Category: %1").arg(c->name));
        lines.append(tr("Status: %1").arg(displayName(d.status)));
        lines.append(tr("Attribution: %1").arg(displayName(d.attribution)));
        if (!d.email.isEmpty())
            lines.append(d.email);
        if (!d.phone.isEmpty())
            lines.append(d.phone);
        if (!d.notes.isEmpty())
            lines.append(d.notes);
        m_body->setText(lines.join(u'\n'));
    }
    m_questions->retranslate();
    updateButtons();
}

void IntervieweeDetails::updateButtons()
{
    const bool person = m_interviewee.has_value();
    const int row = currentQuestionRow();
    const bool templated = row >= 0 && m_questions->question(row).templatePosition > 0;
    m_add->setEnabled(person);
    m_reword->setEnabled(templated);
    m_drop->setEnabled(row >= 0);
    m_reset->setEnabled(person);
}

void IntervieweeDetails::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace shuzai::ui

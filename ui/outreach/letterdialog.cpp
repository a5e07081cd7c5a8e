#include "letterdialog.h"

#include "commands/outreachcommands.h"
#include "common/dialogsize.h"
#include "common/discardguard.h"
#include "common/savednotice.h"
#include "common/savepath.h"
#include "outreach/letter.h"
#include "services/outreachservice.h"
#include "services/rosterservice.h"
#include "services/workspace.h"
#include "util/files.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace shuzai::ui {

LetterDialog::LetterDialog(Workspace &workspace, Id intervieweeId, QUndoStack *undoStack,
                           QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_intervieweeId(intervieweeId)
    , m_undoStack(undoStack)
{
    DiscardGuard::install(this); // Esc or Cancel on a changed form asks first
    if (auto person = workspace.roster().load(intervieweeId))
        m_campaignId = person->campaignId;
    setWindowTitle(tr("Request letter"));
    m_language = new QComboBox(this);
    m_language->addItem(tr("Japanese template"), QStringLiteral("ja"));
    m_language->addItem(tr("English template"), QStringLiteral("en"));
    m_template = new QPlainTextEdit(this);
    m_template->setObjectName(QStringLiteral("letterTemplate"));
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("letterPreview"));
    m_preview->setReadOnly(true);
    m_htmlPreview = new QTextBrowser(this);
    m_htmlPreview->setObjectName(QStringLiteral("letterHtmlPreview"));
    m_htmlPreview->setOpenLinks(false);
    m_previewTabs = new QTabWidget(this);
    m_previewTabs->addTab(m_preview, tr("Text"));
    m_previewTabs->addTab(m_htmlPreview, tr("HTML"));
    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020;"));
    // Rendering waits for a pause in typing, so a long letter never lags the keyboard.
    m_pause = new QTimer(this);
    m_pause->setSingleShot(true);
    m_pause->setInterval(250);

    m_templateState = new QLabel(this);
    m_saveTemplate = new QPushButton(tr("Keep as the campaign's &template"), this);
    m_saveTemplate->setObjectName(QStringLiteral("saveTemplate"));
    m_builtIn = new QPushButton(tr("&Built-in template"), this);
    auto *templateRow = new QHBoxLayout;
    templateRow->addWidget(m_language);
    templateRow->addWidget(m_templateState, 1);
    auto *templateButtons = new QHBoxLayout;
    templateButtons->addStretch();
    templateButtons->addWidget(m_builtIn);
    templateButtons->addWidget(m_saveTemplate);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(templateRow);
    leftLayout->addWidget(m_template, 1);
    leftLayout->addLayout(templateButtons);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_previewTabs);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *save =
        buttons->addButton(tr("Save as &e-mail file…"), QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    resizeWithinScreen(this, {1100, 700});

    connect(m_template, &QPlainTextEdit::textChanged, m_pause, qOverload<>(&QTimer::start));
    connect(m_template, &QPlainTextEdit::textChanged, this, &LetterDialog::updateTemplateState);
    connect(m_saveTemplate, &QPushButton::clicked, this, &LetterDialog::saveTemplate);
    connect(m_builtIn, &QPushButton::clicked, this, &LetterDialog::useBuiltInTemplate);
    connect(m_pause, &QTimer::timeout, this, &LetterDialog::refreshNow);
    connect(m_language, &QComboBox::currentIndexChanged, this, &LetterDialog::chooseLanguage);
    connect(save, &QPushButton::clicked, this, &LetterDialog::saveAs);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    chooseLanguage();
}

QString LetterDialog::templateText() const
{
    return m_template->toPlainText();
}

void LetterDialog::setTemplateText(const QString &text)
{
    m_template->setPlainText(text);
}

QString LetterDialog::preview() const
{
    return m_preview->toPlainText();
}

QString LetterDialog::htmlPreview() const
{
    return m_htmlPreview->toPlainText();
}

QString LetterDialog::htmlSource() const
{
    return m_htmlSource;
}

void LetterDialog::showHtmlTab(bool html)
{
    m_previewTabs->setCurrentWidget(html ? static_cast<QWidget *>(m_htmlPreview) : m_preview);
}

QString LetterDialog::problems() const
{
    return m_problems->text();
}

QString LetterDialog::language() const
{
    return m_language->currentData().toString();
}

void LetterDialog::chooseLanguage()
{
    auto stored = m_workspace.outreach().letterTemplate(m_campaignId, language());
    m_savedTemplate = stored ? stored->text : defaultLetterTemplate(language());
    setTemplateText(m_savedTemplate);
    refreshNow();
    if (!stored) {
        m_problems->setText(stored.error().message());
        m_problems->setVisible(true);
    }
}

bool LetterDialog::isTemplateSaved() const
{
    return templateText() == m_savedTemplate;
}

void LetterDialog::updateTemplateState()
{
    const bool builtIn = templateText() == defaultLetterTemplate(language());
    if (!isTemplateSaved())
        m_templateState->setText(tr("Edited, not kept for the campaign"));
    else if (builtIn)
        m_templateState->setText(tr("The built-in template"));
    else
        m_templateState->setText(tr("The campaign's own template"));
    m_saveTemplate->setEnabled(!isTemplateSaved());
    m_builtIn->setEnabled(!builtIn);
}

void LetterDialog::useBuiltInTemplate()
{
    setTemplateText(defaultLetterTemplate(language()));
    refreshNow();
}

bool LetterDialog::saveTemplate()
{
    auto command = std::make_unique<SaveLetterTemplateCommand>(
        m_workspace.outreach(), m_campaignId, language(), m_savedTemplate, templateText());
    if (auto r = command->execute(); !r) {
        m_problems->setText(r.error().message());
        m_problems->setVisible(true);
        return false;
    }
    if (m_undoStack)
        m_undoStack->push(command.release());
    m_savedTemplate = templateText();
    updateTemplateState();
    return true;
}

void LetterDialog::refreshNow()
{
    m_pause->stop();
    QStringList problems;
    for (const LetterProblem &p : checkTemplate(templateText()))
        problems.append(p.message());
    auto letter = m_workspace.outreach().render(
        m_intervieweeId, m_language->currentData().toString(), templateText());
    if (!letter) {
        problems.append(letter.error().message());
    } else {
        m_preview->setPlainText(tr("Subject: %1").arg(letter->subject) + QStringLiteral("\n\n") +
                                letter->body);
        m_htmlSource = letter->html;
        m_htmlPreview->setHtml(letter->html);
        for (const LetterProblem &p : letter->unfilled)
            problems.append(p.message());
    }
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
}

bool LetterDialog::exportTo(const QString &path)
{
    refreshNow();
    auto message =
        m_workspace.outreach().message(m_intervieweeId, MailMessage::Charset::Utf8,
                                       m_language->currentData().toString(), templateText());
    VoidResult done;
    if (!message)
        done = message.error();
    else if (auto exported = m_workspace.outreach().exportLetter(m_intervieweeId, *message, path);
             !exported)
        done = exported.error();
    if (!done) {
        m_problems->setText(done.error().message());
        m_problems->setVisible(true);
    }
    return bool(done);
}

void LetterDialog::saveAs()
{
    const QString path = askSavePath(this, tr("Save the letter as"), QStringLiteral("letter.eml"),
                                     tr("E-mail files (*.eml)"));
    if (!path.isEmpty() && exportTo(path))
        announceSaved(this, path);
}

} // namespace shuzai::ui

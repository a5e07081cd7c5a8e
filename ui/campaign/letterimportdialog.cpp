#include "letterimportdialog.h"

#include "commands/lifecyclecommands.h"
#include "common/datefield.h"
#include "common/dialogsize.h"
#include "common/discardguard.h"
#include "services/campaignservice.h"
#include "services/letterimportservice.h"
#include "services/workspace.h"
#include "util/datetext.h"
#include "util/translations.h"

#include <QAction>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QUndoStack>
#include <QVBoxLayout>

namespace shuzai::ui {

namespace {
// A field the letter left out (or left to fill in) stands out until the editor fills it.
const QString kGapStyle = QStringLiteral("QLineEdit { background: #fff3cd; }");
const QString kRequiredStyle = QStringLiteral("QLineEdit { background: #f8d7da; }");

QLineEdit *lineEdit(const char *name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    return edit;
}

// A date field that may be empty (the letter did not say): its lowest date stands for "not
// given" and reads as such. The lowest is the start of this year, so the calendar popup opens
// near the dates a letter names.
QDateEdit *optionalDateEdit(const char *name, const QDate &today, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    setUpDateField(edit);
    edit->setMinimumDate(QDate(today.year(), 1, 1));
    edit->setDate(edit->minimumDate());
    return edit;
}

QDate dateOf(const QDateEdit *edit)
{
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}

void showDate(QDateEdit *edit, const QDate &date)
{
    if (date.isValid() && date < edit->minimumDate())
        edit->setMinimumDate(date.addDays(-1));
    edit->setDate(date.isValid() ? date : edit->minimumDate());
}

// The action that retranslates itself when the window it is in changes language.
class LanguageFollowingAction : public QAction {
public:
    explicit LanguageFollowingAction(QObject *parent)
        : QAction(parent)
    {
        setObjectName(QStringLiteral("importLetterAction"));
        retranslate();
        if (parent)
            parent->installEventFilter(this);
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        return QAction::eventFilter(watched, event);
    }

private:
    void retranslate() { setText(LetterImportDialog::tr("New campaign from &letter…")); }
};
} // namespace

LetterImportDialog::LetterImportDialog(Workspace &workspace, QWidget *parent, QUndoStack *undoStack)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("letterImportDialog"));
    setAcceptDrops(true);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_file = lineEdit("letterFile", this);
    m_file->setReadOnly(true);
    m_choose = new QPushButton(this);
    connect(m_choose, &QPushButton::clicked, this, &LetterImportDialog::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);

    m_title = lineEdit("title", this);
    m_publication = lineEdit("publication", this);
    const QDate today = m_workspace.clock().now().toTimeZone(datetext::displayZone()).date();
    m_publicationDate = optionalDateEdit("publicationDate", today, this);
    m_windowStart = optionalDateEdit("windowStart", today, this);
    m_windowEnd = optionalDateEdit("windowEnd", today, this);
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("minutes"));
    m_minutes->setRange(10, 480);
    m_editorName = lineEdit("editorName", this);
    m_editorEmail = lineEdit("editorEmail", this);
    m_editorPhone = lineEdit("editorPhone", this);
    m_website = lineEdit("website", this);
    m_form = new QFormLayout;
    for (QWidget *w :
         {static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_publication),
          static_cast<QWidget *>(m_publicationDate), static_cast<QWidget *>(m_windowStart),
          static_cast<QWidget *>(m_windowEnd), static_cast<QWidget *>(m_minutes),
          static_cast<QWidget *>(m_editorName), static_cast<QWidget *>(m_editorEmail),
          static_cast<QWidget *>(m_editorPhone), static_cast<QWidget *>(m_website)})
        m_form->addRow(new QLabel(this), w);
    for (QLineEdit *edit :
         {m_title, m_publication, m_editorName, m_editorEmail, m_editorPhone, m_website})
        connect(edit, &QLineEdit::textChanged, this, [this] {
            if (!m_filling)
                refresh();
        });
    for (QDateEdit *edit : {m_publicationDate, m_windowStart, m_windowEnd})
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_filling)
                refresh();
        });
    connect(m_minutes, &QSpinBox::valueChanged, this, &LetterImportDialog::refresh);

    m_summary = new QPlainTextEdit(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setReadOnly(true);
    m_template = new QPlainTextEdit(this);
    m_template->setObjectName(QStringLiteral("templateText"));
    m_gaps = new QListWidget(this);
    m_gaps->setObjectName(QStringLiteral("gaps"));
    // The full width under the form and the letter, each gap on as many lines as it needs.
    m_gaps->setWordWrap(true);
    m_gaps->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_gaps->setMaximumHeight(fontMetrics().height() * 9);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(m_form);
    leftLayout->addStretch(1);
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_summary);
    right->addWidget(m_template);
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    // The form's fields hold whole dates and addresses; the letter takes the rest.
    left->setMinimumWidth(fontMetrics().averageCharWidth() * 44);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(fileRow);
    layout->addWidget(split, 1);
    layout->addWidget(m_gaps);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resizeWithinScreen(this, {1100, 720});
    retranslate();
    fill();
    DiscardGuard::install(this); // a letter read and checked is not thrown away by Esc
}

void LetterImportDialog::retranslate()
{
    setWindowTitle(tr("New campaign from a request letter"));
    m_intro->setText(tr("Choose or drop the request letter you wrote (Markdown, text or Word). "
                        "Check what was read, fill in what is highlighted, then save: the "
                        "campaign is created with the letter as its template."));
    m_choose->setText(tr("Choose…"));
    for (QDateEdit *edit : {m_publicationDate, m_windowStart, m_windowEnd})
        edit->setSpecialValueText(tr("Not given"));
    const QStringList labels{tr("Title"),
                             tr("Publication"),
                             tr("Publication date"),
                             tr("Interviews from"),
                             tr("Interviews until"),
                             tr("Minutes"),
                             tr("Editor"),
                             tr("E-mail"),
                             tr("Phone"),
                             tr("Web")};
    for (int row = 0; row < m_form->rowCount() && row < labels.size(); ++row) {
        if (auto *label =
                qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)
                                           ? m_form->itemAt(row, QFormLayout::LabelRole)->widget()
                                           : nullptr))
            label->setText(labels[row]);
    }
    m_template->setPlaceholderText(tr("The letter as the campaign's template"));
    refresh();
}

void LetterImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

QAction *LetterImportDialog::createAction(QObject *parent, std::function<void()> triggered)
{
    auto *action = new LanguageFollowingAction(parent);
    connect(action, &QAction::triggered, action, [triggered] { triggered(); });
    return action;
}

Id LetterImportDialog::ask(Workspace &workspace, QWidget *parent, QUndoStack *undoStack)
{
    LetterImportDialog dialog(workspace, parent, undoStack);
    return dialog.exec() == QDialog::Accepted ? dialog.createdCampaign() : 0;
}

void LetterImportDialog::chooseFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Request letter"), QString(),
                                     tr("Letters (*.md *.markdown *.txt *.docx);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void LetterImportDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void LetterImportDialog::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile()) {
        loadFile(urls.first().toLocalFile());
        event->acceptProposedAction();
    }
}

bool LetterImportDialog::loadFile(const QString &path)
{
    auto read = LetterImportService(m_workspace).previewFile(path);
    m_file->setText(path);
    if (!read) {
        m_proposal.reset();
        m_error->setText(read.error().message());
        fill();
        return false;
    }
    m_error->clear();
    m_proposal = *read;
    fill();
    return true;
}

// The form shows the proposal as read.
void LetterImportDialog::fill()
{
    const bool loaded = m_proposal.has_value();
    for (QWidget *w : m_form->parentWidget()->findChildren<QWidget *>()) {
        if (m_form->indexOf(w) >= 0)
            w->setEnabled(loaded);
    }
    m_template->setEnabled(loaded);
    const Campaign c = loaded ? m_proposal->draft : Campaign();
    m_filling = true;
    const QSignalBlocker blockMinutes(m_minutes);
    m_title->setText(c.title);
    m_publication->setText(c.publication);
    showDate(m_publicationDate, c.publicationDate);
    showDate(m_windowStart, c.windowStart);
    showDate(m_windowEnd, c.windowEnd);
    m_minutes->setValue(c.interviewMinutes);
    m_editorName->setText(c.editorName);
    m_editorEmail->setText(c.editorEmail);
    m_editorPhone->setText(c.editorPhone);
    m_website->setText(c.website);
    m_template->setPlainText(loaded ? m_proposal->templateText : QString());
    QStringList summary;
    for (const Category &cat : c.categories) {
        summary.append(QStringLiteral("■ ") +
                       //: A category read from the letter: its name, code and honorific.
                       tr("%1 (%2, %3)").arg(cat.name, cat.code, cat.organisationHonorific));
        for (const Question &q : cat.questions)
            summary.append(QStringLiteral("  %1. %2").arg(q.position).arg(q.text));
    }
    if (!c.windows.isEmpty())
        summary.append(QString());
    for (const AvailabilityWindow &w : c.windows) {
        summary.append(QStringLiteral("%1 %2–%3 %4")
                           .arg(datetext::shortDate(w.day),
                                w.start.toString(QStringLiteral("HH:mm")),
                                w.end.toString(QStringLiteral("HH:mm")), w.note)
                           .trimmed());
    }
    QStringList modes;
    for (InterviewMode m : c.modes)
        modes.append(displayName(m));
    QStringList attributions;
    for (Attribution a : c.attributionOptions)
        attributions.append(displayName(a));
    if (loaded) {
        summary.append(QString());
        summary.append(tr("Modes: %1").arg(i18n::joinList(modes)));
        summary.append(tr("Attribution: %1").arg(i18n::joinList(attributions)));
    }
    m_summary->setPlainText(summary.join(u'\n'));
    m_filling = false;
    refresh();
}

LetterEdits LetterImportDialog::edits() const
{
    LetterEdits e;
    if (!m_proposal)
        return e;
    const Campaign &c = m_proposal->draft;
    auto text = [](QLineEdit *edit, const QString &was, std::optional<QString> &target) {
        if (edit->text() != was)
            target = edit->text().trimmed();
    };
    auto date = [](QDateEdit *edit, const QDate &was, std::optional<QDate> &target) {
        if (dateOf(edit) != was)
            target = dateOf(edit);
    };
    text(m_title, c.title, e.title);
    text(m_publication, c.publication, e.publication);
    date(m_publicationDate, c.publicationDate, e.publicationDate);
    date(m_windowStart, c.windowStart, e.windowStart);
    date(m_windowEnd, c.windowEnd, e.windowEnd);
    if (m_minutes->value() != c.interviewMinutes)
        e.interviewMinutes = m_minutes->value();
    text(m_editorName, c.editorName, e.editorName);
    text(m_editorEmail, c.editorEmail, e.editorEmail);
    text(m_editorPhone, c.editorPhone, e.editorPhone);
    text(m_website, c.website, e.website);
    if (m_template->toPlainText() != m_proposal->templateText)
        e.templateText = m_template->toPlainText();
    return e;
}

LetterImport LetterImportDialog::proposal() const
{
    return m_proposal ? applyLetterEdits(*m_proposal, edits()) : LetterImport();
}

// The gaps that remain after the editor's changes, listed and marked on their fields.
void LetterImportDialog::refresh()
{
    const LetterImport now = proposal();
    const QHash<QString, QWidget *> fields{
        {QStringLiteral("title"), m_title},
        {QStringLiteral("publication"), m_publication},
        {QStringLiteral("publicationDate"), m_publicationDate},
        {QStringLiteral("window"), m_windowStart},
        {QStringLiteral("year"), m_windowStart},
        {QStringLiteral("interviewMinutes"), m_minutes},
        {QStringLiteral("editorName"), m_editorName},
        {QStringLiteral("editorEmail"), m_editorEmail},
        {QStringLiteral("editorPhone"), m_editorPhone},
        {QStringLiteral("website"), m_website},
    };
    for (QWidget *w : fields)
        w->setStyleSheet(QString());
    m_gaps->clear();
    for (const LetterGap &g : now.gaps) {
        auto *item = new QListWidgetItem(g.message(), m_gaps);
        item->setData(Qt::UserRole, g.field);
        if (g.required) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
            item->setForeground(QColor(0xb0, 0x00, 0x20));
        }
        if (QWidget *w = fields.value(g.field)) {
            if (w->styleSheet() != kRequiredStyle)
                w->setStyleSheet(g.required ? kRequiredStyle : kGapStyle);
        }
    }
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(canSave());
}

QStringList LetterImportDialog::gapMessages() const
{
    QStringList out;
    for (const LetterGap &g : proposal().gaps)
        out.append(g.message());
    return out;
}

bool LetterImportDialog::canSave() const
{
    return m_proposal && !proposal().hasRequiredGaps();
}

bool LetterImportDialog::save()
{
    if (!m_proposal)
        return false;
    const LetterImport proposal = *m_proposal;
    const LetterEdits changes = edits();
    Workspace &workspace = m_workspace;
    auto make = [&workspace, proposal, changes] {
        return LetterImportService(workspace).create(proposal, changes);
    };
    if (!m_undoStack) {
        auto created = make();
        if (!created) {
            m_error->setText(created.error().message());
            return false;
        }
        m_created = created->id;
        return true;
    }
    auto created = std::make_shared<Id>(0);
    auto command =
        madeCampaignCommand(tr("New campaign from letter"), m_workspace.campaigns(), make, created);
    if (auto r = command->execute(); !r) {
        m_error->setText(r.error().message());
        return false;
    }
    m_undoStack->push(command.release());
    m_created = *created;
    return true;
}

} // namespace shuzai::ui

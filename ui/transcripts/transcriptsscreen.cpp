#include "transcriptsscreen.h"

#include "commands/schedulecommands.h"
#include "common/backgroundtask.h"
#include "common/emptystate.h"
#include "common/keptplace.h"
#include "common/liverefresh.h"
#include "common/messagebox.h"
#include "domain/rosterfilter.h"
#include "importpreviewdialog.h"
#include "services/campaignservice.h"
#include "services/interviewservice.h"
#include "services/rosterservice.h"
#include "services/schedulingservice.h"
#include "services/transcriptservice.h"
#include "services/workspace.h"
#include "speakerdialog.h"
#include "transcriptview.h"
#include "util/datetext.h"
#include "util/files.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace shuzai::ui {

TranscriptsScreen::TranscriptsScreen(ScreenContext context, QWidget *parent)
    : Screen(parent)
    , m_context(context)
    , m_items(new QStandardItemModel(this))
    , m_tree(new QTreeView(this))
    , m_newInterview(new QPushButton(this))
    , m_import(new QPushButton(this))
    , m_speakers(new QPushButton(this))
    , m_view(new TranscriptView(context.workspace, context.undoStack, this))
{
    setObjectName(QStringLiteral("transcriptsScreen"));
    m_tree->setObjectName(QStringLiteral("interviewTree"));
    m_tree->setModel(m_items);
    m_tree->setHeaderHidden(true);
    // Every row is one line of text: without this the tree measured each of a big campaign's
    // thousands of rows to lay them out.
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_tree->setAcceptDrops(true);
    m_tree->viewport()->setAcceptDrops(true);
    m_tree->viewport()->installEventFilter(this);
    m_import->setObjectName(QStringLiteral("importTranscript"));
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TranscriptsScreen::selectionChanged);
    connect(m_import, &QPushButton::clicked, this, &TranscriptsScreen::importClicked);
    connect(m_newInterview, &QPushButton::clicked, this, &TranscriptsScreen::newInterviewClicked);
    connect(m_speakers, &QPushButton::clicked, this, &TranscriptsScreen::speakersClicked);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_tree, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newInterview);
    buttons->addWidget(m_import);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_speakers);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 800});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    // People, their interviews (booked, moved, cancelled, added or deleted anywhere) and their
    // transcripts: the tree follows each at once, where it was.
    Workspace &ws = context.workspace;
    m_live = new LiveRefresh(ws, Topic::People | Topic::Schedule | Topic::Transcripts, this,
                             [this] { reload(); });
    // Another client on the team server corrected the transcript on show.
    connect(&ws, &Workspace::changedElsewhere, this, [this](const QString &table) {
        if (table == QLatin1String("transcript_segments") || table.isEmpty())
            m_view->refresh();
    });

    m_removeInterview = new QAction(this);
    m_removeInterview->setObjectName(QStringLiteral("removeInterview"));
    // Del reaches it through the shell's Delete action (supports/trigger), not a shortcut of its
    // own: two Del shortcuts would be ambiguous and neither would fire.
    m_tree->addAction(m_removeInterview);
    connect(m_removeInterview, &QAction::triggered, this, &TranscriptsScreen::removeInterview);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QTreeView::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_tree->indexAt(pos).isValid())
            return;
        updateActions();
        QMenu menu(this);
        menu.addAction(m_removeInterview);
        menu.exec(m_tree->viewport()->mapToGlobal(pos));
    });
    retranslate();
    EmptyState::attach(
        m_tree,
        {[] {
             return tr("No interviewees yet. Add them in the roster: each person's interviews "
                       "and their transcripts appear here.");
         },
         [] {
             return tr("Open the roster");
         }},
        [this] { emit screenRequested(QStringLiteral("roster")); });
}

QString TranscriptsScreen::screenTitle()
{
    return tr("Transcripts");
}

void TranscriptsScreen::setCampaign(Id campaignId)
{
    m_campaignId = campaignId;
    reload();
}

void TranscriptsScreen::retranslate()
{
    m_newInterview->setText(tr("New interview"));
    m_import->setText(tr("Import transcript…"));
    m_speakers->setText(tr("Speakers…"));
    m_tree->setToolTip(
        tr("Drop a transcript file (VTT, SRT, TXT, DOCX) on an interview to import it."));
    m_removeInterview->setText(tr("Delete interview"));
    m_removeInterview->setToolTip(tr("Delete the selected interview (only while it holds no "
                                     "transcript); Undo brings it back"));
    reload();
    emit titleChanged();
}

void TranscriptsScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Screen::changeEvent(event);
}

void TranscriptsScreen::reload()
{
    const Id transcript = selected(TranscriptItem);
    const Id interview = selected(InterviewItem);
    const Id chosenPerson = selected(IntervieweeItem);
    // What the user looks at stays where it shows: the current item, else the top one.
    const int scrolled = m_tree->verticalScrollBar()->value();
    QModelIndex anchor = m_tree->currentIndex();
    if (!anchor.isValid() || !m_tree->viewport()->rect().intersects(m_tree->visualRect(anchor)))
        anchor = m_tree->indexAt(QPoint(1, 1));
    const int anchorKind = anchor.data(KindRole).toInt();
    const Id anchorId = anchor.data(IdRole).toLongLong();
    const int anchorTop = m_tree->visualRect(anchor).top();
    m_items->clear();
    Workspace &ws = m_context.workspace;
    auto campaign = ws.campaigns().load(m_campaignId);
    auto people = ws.roster().list(m_campaignId);
    // The campaign's interviews and transcripts in two queries, not two a person.
    auto interviews = ws.scheduling().interviews(m_campaignId);
    auto transcripts = ws.transcripts().forCampaign(m_campaignId);
    if (!campaign || !people || !interviews || !transcripts)
        return;
    QHash<Id, QList<const Interview *>> interviewsOf;
    for (const Interview &i : std::as_const(*interviews))
        interviewsOf[i.intervieweeId].append(&i);
    QHash<Id, QList<const Transcript *>> transcriptsOf;
    for (const Transcript &t : std::as_const(*transcripts))
        transcriptsOf[t.interviewId].append(&t);
    QStandardItem *toSelect = nullptr;
    QStandardItem *personToSelect = nullptr;
    QStandardItem *firstTranscript = nullptr;
    // Names folded once for the order, not at every comparison.
    QList<std::pair<FoldedNames, const Interviewee *>> ordered;
    ordered.reserve(people->size());
    for (const Interviewee &p : std::as_const(*people))
        ordered.append({FoldedNames::of(p.data), &p});
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const auto &a, const auto &b) { return lessByReading(a.first, b.first); });
    QList<QStandardItem *> rows;
    rows.reserve(ordered.size());
    for (const auto &entry : std::as_const(ordered)) {
        const Interviewee &p = *entry.second;
        auto *person = new QStandardItem(p.data.fullName());
        person->setData(IntervieweeItem, KindRole);
        person->setData(p.id, IdRole);
        if (p.id == chosenPerson)
            personToSelect = person;
        for (const Interview *i : interviewsOf.value(p.id)) {
            auto *item = new QStandardItem(interviewLabel(*i));
            item->setData(InterviewItem, KindRole);
            item->setData(i->id, IdRole);
            if (i->id == interview)
                toSelect = item;
            for (const Transcript *t : transcriptsOf.value(i->id)) {
                auto *file = new QStandardItem(t->sourceName);
                file->setData(TranscriptItem, KindRole);
                file->setData(t->id, IdRole);
                item->appendRow(file);
                if (t->id == transcript)
                    toSelect = file;
                if (!firstTranscript)
                    firstTranscript = file;
            }
            person->appendRow(item);
        }
        rows.append(person);
    }
    // One row at a time: appendRows() of a list leaves the items' children without their model
    // (Qt 6.4), so a transcript's item had no index and could not be chosen.
    for (QStandardItem *row : std::as_const(rows))
        m_items->appendRow(row);
    m_tree->expandAll();
    if (!toSelect && transcript == 0 && interview == 0 && chosenPerson == 0)
        toSelect = firstTranscript;
    // What was chosen is gone (a deleted interview): its person stays chosen.
    if (!toSelect)
        toSelect = personToSelect;
    if (toSelect)
        m_tree->setCurrentIndex(toSelect->index());
    // The rows are laid out lazily: lay them out now, or the old position is cut short.
    m_tree->doItemsLayout();
    m_tree->verticalScrollBar()->setValue(scrolled);
    if (const QModelIndex again = find(Kind(anchorKind), anchorId); again.isValid())
        scrollItemTo(m_tree, again, anchorTop);
    selectionChanged();
}

QString TranscriptsScreen::interviewLabel(const Interview &i)
{
    QString label = i.startsAt.isValid() ? datetext::shortDateTime(i.startsAt)
                                         : tr("Interview %1 (not scheduled)").arg(i.id);
    label += QStringLiteral("  ") + displayName(i.mode);
    if (i.state == InterviewState::Cancelled)
        label = tr("%1 (cancelled)").arg(label);
    else if (i.state == InterviewState::Tentative)
        label = tr("%1 (hold)").arg(label);
    return label;
}

Id TranscriptsScreen::selected(Kind kind) const
{
    for (QModelIndex index = m_tree->currentIndex(); index.isValid(); index = index.parent()) {
        if (index.data(KindRole).toInt() == kind)
            return index.data(IdRole).toLongLong();
    }
    return 0;
}

void TranscriptsScreen::updateActions()
{
    // An interview with a transcript keeps it: only an empty one may go.
    const QModelIndex current = m_tree->currentIndex();
    m_removeInterview->setEnabled(current.data(KindRole).toInt() == InterviewItem &&
                                  !m_items->hasChildren(current));
}

void TranscriptsScreen::selectionChanged()
{
    m_newInterview->setEnabled(selected(IntervieweeItem) != 0);
    m_import->setEnabled(selected(InterviewItem) != 0);
    updateActions();
    emit actionsChanged();
    const Id transcript = selected(TranscriptItem);
    m_speakers->setEnabled(transcript != 0);
    if (transcript)
        m_view->showTranscript(transcript);
}

void TranscriptsScreen::showTranscript(Id transcriptId, Id segmentId)
{
    selectItem(TranscriptItem, transcriptId);
    m_view->showTranscript(transcriptId);
    if (segmentId)
        m_view->showSegment(segmentId);
}

void TranscriptsScreen::newInterviewClicked()
{
    const Id person = selected(IntervieweeItem);
    auto campaign = m_context.workspace.campaigns().load(m_campaignId);
    if (!person || !campaign)
        return;
    Interview i;
    i.intervieweeId = person;
    i.minutes = campaign->interviewMinutes;
    i.mode = campaign->modes.value(0, InterviewMode::Online);
    Workspace &ws = m_context.workspace;
    auto command = std::make_unique<AddInterviewCommand>(ws.interviews(), ws.scheduling(), i);
    if (auto r = command->execute(); !r) {
        MessageBox::critical(this, tr("New interview"), r.error().message());
        return;
    }
    const Id added = command->interviewId();
    m_context.undoStack.push(command.release());
    reload();
    selectItem(InterviewItem, added);
}

bool TranscriptsScreen::supports(ScreenAction action) const
{
    return action == ScreenAction::Delete &&
           m_tree->currentIndex().data(KindRole).toInt() == InterviewItem;
}

void TranscriptsScreen::trigger(ScreenAction action)
{
    if (action == ScreenAction::Delete)
        removeInterview();
}

QString TranscriptsScreen::actionText(ScreenAction action) const
{
    return action == ScreenAction::Delete ? tr("Delete interview") : QString();
}

void TranscriptsScreen::removeInterview()
{
    const QModelIndex current = m_tree->currentIndex();
    if (current.data(KindRole).toInt() != InterviewItem)
        return;
    auto command =
        removeInterviewCommand(m_context.workspace.scheduling(), current.data(IdRole).toLongLong());
    if (auto r = command->execute(); !r) {
        MessageBox::critical(this, tr("Delete interview"), r.error().message());
        return;
    }
    m_context.undoStack.push(command.release());
    reload();
}

QModelIndex TranscriptsScreen::find(Kind kind, Id id) const
{
    if (id == 0)
        return {};
    const QModelIndexList found =
        m_items->match(m_items->index(0, 0), IdRole, id, -1, Qt::MatchRecursive);
    for (const QModelIndex &index : found) {
        if (index.data(KindRole).toInt() == kind)
            return index;
    }
    return {};
}

void TranscriptsScreen::selectItem(Kind kind, Id id)
{
    if (const QModelIndex index = find(kind, id); index.isValid())
        m_tree->setCurrentIndex(index);
}

void TranscriptsScreen::importClicked()
{
    const Id interview = selected(InterviewItem);
    if (!interview)
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import transcript"), QString(),
        tr("Transcripts (*.vtt *.srt *.sbv *.txt *.docx);;All files (*)"));
    if (!path.isEmpty())
        importFile(interview, path);
}

Id TranscriptsScreen::importFile(Id interviewId, const QString &path)
{
    if (m_importing)
        return 0; // one import at a time (a drop while the progress dialog runs)
    m_importing = true;
    const auto done = qScopeGuard([this] { m_importing = false; });
    auto bytes = files::readAll(path);
    if (!bytes) {
        MessageBox::critical(this, tr("Import transcript"), bytes.error().message());
        return 0;
    }
    TranscriptFileOptions options;
    for (;;) {
        // Parsing tens of megabytes takes a while: off the GUI thread.
        auto parsed = runInBackground<Result<ParsedTranscript>>(
            this, tr("Reading %1…").arg(path),
            [&](TaskControl &control) -> Result<ParsedTranscript> {
                auto result = m_context.workspace.transcripts().preview(*bytes, path, options);
                if (control.cancelled)
                    return Error(ErrorCode::Cancelled, "cancelled");
                return result;
            });
        if (!parsed || (!*parsed && parsed->error().code() == ErrorCode::Cancelled))
            return 0;
        if (!*parsed) {
            // The message names the file (and the line) itself.
            MessageBox::critical(this, tr("Import transcript"), parsed->error().message());
            return 0;
        }
        ImportPreviewDialog preview(path, parsed->value(), this);
        QString newEncoding;
        connect(&preview, &ImportPreviewDialog::encodingChanged, &preview,
                [&](const QString &encoding) {
                    newEncoding = encoding;
                    preview.done(2);
                });
        const int answer = preview.exec();
        if (answer == 2) {
            options.encoding = newEncoding;
            continue;
        }
        if (answer != QDialog::Accepted)
            return 0;
        break;
    }

    // Storing runs on its own connection in the worker (SQLite's WAL, or the server, lets the
    // window keep reading meanwhile).
    const Workspace::ConnectionOpener open = m_context.workspace.anotherConnectionOpener();
    auto stored = runInBackground<Result<Id>>(
        this, tr("Importing %1…").arg(path), [&](TaskControl &control) -> Result<Id> {
            auto worker = open();
            if (!worker)
                return worker.error();
            TranscriptImport request{interviewId, *bytes, path, options, true};
            request.progress = [&control](qint64 done, qint64 total) {
                control.done = done;
                control.total = total;
                return !control.cancelled;
            };
            auto imported = (*worker)->transcripts().import(request);
            if (!imported)
                return imported.error();
            return imported->id;
        });
    if (!stored)
        return 0;
    if (!*stored) {
        if (stored->error().code() != ErrorCode::Cancelled)
            MessageBox::critical(this, tr("Import transcript"), stored->error().message());
        return 0;
    }
    // The worker had its own workspace: tell this one's listeners (search, matrix, ...).
    m_context.workspace.transcripts().announceImport(interviewId, stored->value());
    reload();
    showTranscript(stored->value());
    return stored->value();
}

void TranscriptsScreen::speakersClicked()
{
    const Id transcript = selected(TranscriptItem);
    auto loaded = m_context.workspace.transcripts().load(transcript);
    if (!loaded)
        return;
    auto users = m_context.workspace.users();
    SpeakerDialog dialog(*loaded, users ? *users : QList<User>{}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto r = m_context.workspace.transcripts().mapSpeakers(transcript, dialog.mappings()); !r)
        MessageBox::critical(this, tr("Speakers"), r.error().message());
}

Id TranscriptsScreen::interviewAt(const QPoint &viewportPos) const
{
    for (QModelIndex index = m_tree->indexAt(viewportPos); index.isValid();
         index = index.parent()) {
        if (index.data(KindRole).toInt() == InterviewItem)
            return index.data(IdRole).toLongLong();
    }
    return 0;
}

bool TranscriptsScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree->viewport()) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto *drag = static_cast<QDropEvent *>(event);
            const bool ok =
                drag->mimeData()->hasUrls() && interviewAt(drag->position().toPoint()) != 0;
            ok ? drag->acceptProposedAction() : drag->ignore();
            return true;
        }
        if (event->type() == QEvent::Drop) {
            auto *drop = static_cast<QDropEvent *>(event);
            const Id interview = interviewAt(drop->position().toPoint());
            const QList<QUrl> urls = drop->mimeData()->urls();
            drop->acceptProposedAction();
            for (const QUrl &url : urls) {
                if (interview && url.isLocalFile())
                    importFile(interview, url.toLocalFile());
            }
            return true;
        }
    }
    return Screen::eventFilter(watched, event);
}

} // namespace shuzai::ui

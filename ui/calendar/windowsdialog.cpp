#include "windowsdialog.h"

#include "calendarstyle.h"
#include "commands/campaigncommands.h"
#include "common/datefield.h"
#include "common/dialogsize.h"
#include "common/messagebox.h"
#include "services/campaignservice.h"
#include "services/workspace.h"
#include "util/datetext.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimeEdit>
#include <QTimeZone>
#include <QUndoStack>
#include <QVBoxLayout>

namespace shuzai::ui {

WindowsDialog::WindowsDialog(Workspace &workspace, QUndoStack &undoStack, Id campaignId,
                             QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_undoStack(undoStack)
    , m_campaignId(campaignId)
    , m_list(new QListWidget(this))
    , m_day(new QDateEdit(this))
    , m_start(new QTimeEdit(QTime(10, 0), this))
    , m_end(new QTimeEdit(QTime(12, 0), this))
    , m_note(new QLineEdit(this))
{
    setObjectName(QStringLiteral("windowsDialog"));
    setWindowTitle(tr("Candidate times"));
    setUpDateField(m_day);
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    m_end->setDisplayFormat(QStringLiteral("HH:mm"));
    m_note->setPlaceholderText(tr("Note, e.g. 必要に応じて"));
    auto *addButton = new QPushButton(tr("&Add"), this);
    auto *removeButton = new QPushButton(tr("&Remove selected"), this);
    connect(addButton, &QPushButton::clicked, this, &WindowsDialog::add);
    connect(removeButton, &QPushButton::clicked, this, &WindowsDialog::remove);

    auto *entry = new QHBoxLayout;
    entry->addWidget(m_day);
    entry->addWidget(m_start);
    entry->addWidget(new QLabel(QStringLiteral("–"), this));
    entry->addWidget(m_end);
    entry->addWidget(m_note, 1);
    entry->addWidget(addButton);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    // Candidate times are the campaign's wall-clock times: its zone named when the user's own
    // zone is another.
    if (auto c = m_workspace.campaigns().load(m_campaignId)) {
        const QTimeZone zone(c->timeZone.toUtf8());
        if (zone.isValid() && zone != datetext::displayZone()) {
            auto *zoneLabel = new QLabel(
                tr("Times in %1")
                    .arg(datetext::zoneName(zone, QDateTime(c->windowStart, QTime(12, 0), zone))),
                this);
            zoneLabel->setObjectName(QStringLiteral("campaignZone"));
            layout->addWidget(zoneLabel);
        }
    }
    layout->addWidget(m_list, 1);
    layout->addWidget(removeButton, 0, Qt::AlignLeft);
    layout->addLayout(entry);
    layout->addWidget(buttons);
    resizeWithinScreen(this, {640, 420});
    reload();
    if (auto c = m_workspace.campaigns().load(m_campaignId))
        m_day->setDate(c->windowStart);
}

void WindowsDialog::reload()
{
    m_list->clear();
    m_windows.clear();
    auto campaign = m_workspace.campaigns().load(m_campaignId);
    if (!campaign)
        return;
    m_windows = campaign->windows;
    for (const AvailabilityWindow &w : m_windows) {
        const QTimeZone zone(campaign->timeZone.toUtf8());
        QString line = datetext::shortRange(QDateTime(w.day, w.start, zone),
                                            QDateTime(w.day, w.end, zone), zone);
        if (!w.note.isEmpty())
            line = tr("%1 (%2)").arg(line, w.note);
        m_list->addItem(line);
    }
}

void WindowsDialog::add()
{
    AvailabilityWindow w{0, m_day->date(), m_start->time(), m_end->time(),
                         m_note->text().trimmed()};
    auto command = std::make_unique<AddWindowCommand>(m_workspace.campaigns(), m_campaignId, w);
    if (auto r = command->execute(); !r) {
        MessageBox::critical(this, tr("Candidate times"), r.error().message());
        return;
    }
    m_undoStack.push(command.release());
    reload();
}

void WindowsDialog::remove()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_windows.size())
        return;
    auto command = std::make_unique<RemoveWindowCommand>(m_workspace.campaigns(), m_campaignId,
                                                         m_windows.at(row));
    if (auto r = command->execute(); !r) {
        MessageBox::critical(this, tr("Candidate times"), r.error().message());
        return;
    }
    m_undoStack.push(command.release());
    reload();
}

} // namespace shuzai::ui

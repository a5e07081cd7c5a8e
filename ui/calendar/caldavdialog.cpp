#include "caldavdialog.h"

#include "common/dialogsize.h"
#include "common/messagebox.h"
#include "services/caldavservice.h"
#include "services/rosterservice.h"
#include "services/schedulingservice.h"
#include "services/workspace.h"
#include "util/datetext.h"
#include "util/translations.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shuzai::ui {

namespace {
constexpr int kInterviewRole = Qt::UserRole + 1;
constexpr int kUrlRole = Qt::UserRole + 2;

// A sync talks to the server on this thread (the client waits in a nested event loop): the
// dialog keeps painting, and a wait cursor says why it does not answer clicks.
struct WaitCursor {
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
};
} // namespace

CaldavDialog::CaldavDialog(Workspace &workspace, Id campaignId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_campaignId(campaignId)
    , m_url(new QLineEdit(this))
    , m_login(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_saveAccount(new QPushButton(tr("&Save account"), this))
    , m_calendars(new QTableWidget(0, 2, this))
    , m_writer(new QLineEdit(this))
    , m_calendarUrl(new QLineEdit(this))
    , m_addCalendar(new QPushButton(tr("&Add"), this))
    , m_removeCalendar(new QPushButton(tr("&Remove"), this))
    , m_status(new QLabel(this))
    , m_conflicts(new QListWidget(this))
    , m_keepServer(new QPushButton(tr("&Keep the server's copy"), this))
    , m_overwrite(new QPushButton(tr("&Put the booking over it"), this))
    , m_sync(new QPushButton(tr("S&ync now"), this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("caldavDialog"));
    setWindowTitle(tr("Team calendars (CalDAV)"));
    m_url->setObjectName(QStringLiteral("caldavUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://calendar.example.co.jp/editor/bookings/"));
    m_login->setObjectName(QStringLiteral("caldavLogin"));
    m_password->setObjectName(QStringLiteral("caldavPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("From the keychain when empty"));
    m_caFile->setObjectName(QStringLiteral("caldavCaFile"));
    m_caFile->setPlaceholderText(tr("Only for a server with its own certificate authority"));
    m_saveAccount->setObjectName(QStringLiteral("saveCaldavAccount"));
    m_calendars->setObjectName(QStringLiteral("writerCalendars"));
    m_calendars->setHorizontalHeaderLabels({tr("Writer"), tr("Calendar")});
    m_calendars->horizontalHeader()->setStretchLastSection(true);
    m_calendars->verticalHeader()->hide();
    m_calendars->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_calendars->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_writer->setObjectName(QStringLiteral("calendarWriter"));
    m_writer->setPlaceholderText(tr("Writer's login"));
    m_calendarUrl->setObjectName(QStringLiteral("calendarUrl"));
    m_calendarUrl->setPlaceholderText(tr("Their calendar's address on the same server"));
    m_addCalendar->setObjectName(QStringLiteral("addCalendar"));
    m_removeCalendar->setObjectName(QStringLiteral("removeCalendar"));
    m_status->setObjectName(QStringLiteral("caldavStatus"));
    m_status->setWordWrap(true);
    m_conflicts->setObjectName(QStringLiteral("caldavConflicts"));
    m_keepServer->setObjectName(QStringLiteral("keepServerCopy"));
    m_overwrite->setObjectName(QStringLiteral("overwriteServerCopy"));
    m_sync->setObjectName(QStringLiteral("caldavSync"));
    m_result->setObjectName(QStringLiteral("caldavResult"));
    m_result->setWordWrap(true);

    auto *accountBox = new QGroupBox(tr("Booking calendar"), this);
    auto *form = new QFormLayout(accountBox);
    form->addRow(tr("&Address:"), m_url);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("C&A file:"), m_caFile);
    form->addRow(QString(), m_saveAccount);

    auto *calendarsBox = new QGroupBox(tr("Writers' calendars (busy times)"), this);
    auto *calendarsLayout = new QVBoxLayout(calendarsBox);
    calendarsLayout->addWidget(m_calendars);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_writer, 1);
    addRow->addWidget(m_calendarUrl, 3);
    addRow->addWidget(m_addCalendar);
    addRow->addWidget(m_removeCalendar);
    calendarsLayout->addLayout(addRow);

    auto *statusBox = new QGroupBox(tr("Published bookings"), this);
    auto *statusLayout = new QVBoxLayout(statusBox);
    statusLayout->addWidget(m_status);
    statusLayout->addWidget(m_conflicts);
    auto *resolveRow = new QHBoxLayout;
    resolveRow->addStretch(1);
    resolveRow->addWidget(m_keepServer);
    resolveRow->addWidget(m_overwrite);
    statusLayout->addLayout(resolveRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_sync, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(accountBox);
    layout->addWidget(calendarsBox);
    layout->addWidget(statusBox, 1);
    layout->addWidget(m_result);
    layout->addWidget(buttons);

    connect(m_saveAccount, &QPushButton::clicked, this, [this] { saveAccount(); });
    connect(m_addCalendar, &QPushButton::clicked, this, [this] { addCalendar(); });
    connect(m_removeCalendar, &QPushButton::clicked, this, [this] {
        const int row = m_calendars->currentRow();
        if (row < 0)
            return;
        const QString url = m_calendars->item(row, 0)->data(kUrlRole).toString();
        if (auto r = m_workspace.caldav().removeCalendar(url); !r)
            showProblem(r.error().message());
        refresh();
    });
    connect(m_sync, &QPushButton::clicked, this, [this] { sync(); });
    connect(m_keepServer, &QPushButton::clicked, this, [this] { resolveSelected(false); });
    connect(m_overwrite, &QPushButton::clicked, this, [this] { resolveSelected(true); });
    connect(m_conflicts, &QListWidget::currentRowChanged, this, [this](int row) {
        m_keepServer->setEnabled(row >= 0);
        m_overwrite->setEnabled(row >= 0);
    });

    if (auto account = m_workspace.caldav().account(); account && *account) {
        m_url->setText((*account)->url);
        m_login->setText((*account)->login);
        m_caFile->setText((*account)->caFile);
    }
    refresh();
    resizeWithinScreen(this, {720, 640});
}

void CaldavDialog::showProblem(const QString &text)
{
    m_result->setText(text);
    MessageBox::critical(this, windowTitle(), text);
}

bool CaldavDialog::saveAccount()
{
    CaldavService &caldav = m_workspace.caldav();
    if (auto r = caldav.setAccount(m_url->text().trimmed(), m_login->text().trimmed(),
                                   m_caFile->text().trimmed());
        !r) {
        showProblem(r.error().message());
        return false;
    }
    if (!m_password->text().isEmpty()) {
        // Without a keychain the password is kept for this session only, as for sending mail.
        if (auto kept = caldav.savePassword(m_password->text()); !kept) {
            caldav.usePassword(m_password->text());
            m_result->setText(tr("The account is saved; the password is kept only until Shuzai "
                                 "closes: %1")
                                  .arg(kept.error().message()));
            refresh();
            return true;
        }
        m_password->clear();
    }
    m_result->setText(tr("The account is saved."));
    refresh();
    return true;
}

bool CaldavDialog::addCalendar()
{
    auto added = m_workspace.caldav().addCalendar(m_writer->text().trimmed(),
                                                  m_calendarUrl->text().trimmed());
    if (!added) {
        showProblem(added.error().message());
        return false;
    }
    m_writer->clear();
    m_calendarUrl->clear();
    refresh();
    return true;
}

bool CaldavDialog::sync()
{
    if (!m_password->text().isEmpty())
        m_workspace.caldav().usePassword(m_password->text());
    m_result->setText(tr("Syncing…"));
    Result<CaldavSyncReport> report = [&] {
        WaitCursor wait;
        return m_workspace.caldav().sync(m_campaignId);
    }();
    refresh();
    if (!report) {
        showProblem(report.error().message());
        return false;
    }
    m_result->setText(reportText(*report));
    return true;
}

bool CaldavDialog::resolveSelected(bool overwrite)
{
    QListWidgetItem *item = m_conflicts->currentItem();
    if (!item)
        return false;
    const Id interviewId = item->data(kInterviewRole).toLongLong();
    if (auto r = m_workspace.caldav().resolve(interviewId, overwrite); !r) {
        showProblem(r.error().message());
        return false;
    }
    m_result->setText(overwrite ? tr("The booking will be put over the server's copy at the "
                                     "next sync.")
                                : tr("The server's copy is kept."));
    refresh();
    return true;
}

QString CaldavDialog::reportText(const CaldavSyncReport &r) const
{
    QStringList parts;
    parts << tr("%n booking(s) published", nullptr, r.created)
          << tr("%n updated", nullptr, r.updated) << tr("%n cancelled", nullptr, r.cancelled);
    if (r.removed > 0)
        parts << tr("%n removed", nullptr, r.removed);
    parts << tr("%n busy time(s) read from %1", nullptr, r.busyEventsChanged)
                 .arg(tr("%n calendar(s)", nullptr, r.calendarsRead));
    QString text = tr("Synced: %1.").arg(i18n::joinList(parts));
    if (!r.newConflicts.isEmpty()) {
        text += QLatin1Char(' ') + tr("%n event(s) were changed on the server by someone else "
                                      "and were left as they are: choose below which copy stays.",
                                      nullptr, int(r.newConflicts.size()));
    }
    if (r.unreadableEvents > 0) {
        text += QLatin1Char(' ') + tr("%n event(s) of the writers' calendars could not be read "
                                      "and were left out.",
                                      nullptr, r.unreadableEvents);
    }
    return text;
}

void CaldavDialog::refresh()
{
    CaldavService &caldav = m_workspace.caldav();
    m_calendars->setRowCount(0);
    if (auto calendars = caldav.calendars()) {
        for (const CaldavCalendar &c : std::as_const(*calendars)) {
            const int row = m_calendars->rowCount();
            m_calendars->insertRow(row);
            auto *writer = new QTableWidgetItem(c.writerLogin);
            writer->setData(kUrlRole, c.url);
            m_calendars->setItem(row, 0, writer);
            m_calendars->setItem(row, 1, new QTableWidgetItem(c.url));
        }
    }
    m_conflicts->clear();
    auto status = caldav.status(m_campaignId);
    if (!status) {
        m_status->setText(status.error().message());
    } else if (!status->account) {
        m_status->setText(tr("No booking calendar yet: enter its address and your login above."));
    } else {
        const QString last =
            status->account->lastSyncAt.isValid()
                ? tr("last synced %1").arg(datetext::shortDateTime(status->account->lastSyncAt))
                : tr("never synced");
        m_status->setText(tr("%1 on the server, %2 waiting for the next sync, %3; %4.")
                              .arg(tr("%n booking(s)", nullptr, status->published),
                                   tr("%n change(s)", nullptr, status->pending),
                                   tr("%n conflict(s)", nullptr, int(status->conflicts.size())),
                                   last));
        // Conflicts by the person and time of their interview, not by UID.
        QHash<Id, Interview> interviews;
        if (auto all = m_workspace.scheduling().interviews(m_campaignId)) {
            for (const Interview &i : std::as_const(*all))
                interviews.insert(i.id, i);
        }
        for (const CaldavConflict &c : std::as_const(status->conflicts)) {
            const Interview interview = interviews.value(c.interviewId);
            auto person = m_workspace.roster().load(interview.intervieweeId);
            const QString who = person ? person->data.fullName() : tr("an interview");
            auto *item =
                new QListWidgetItem(tr("%1, %2: changed on the server (seen %3)")
                                        .arg(who, datetext::shortDateTime(interview.startsAt),
                                             datetext::shortDateTime(c.since)));
            item->setData(kInterviewRole, c.interviewId);
            m_conflicts->addItem(item);
        }
    }
    m_keepServer->setEnabled(m_conflicts->currentRow() >= 0);
    m_overwrite->setEnabled(m_conflicts->currentRow() >= 0);
    m_sync->setEnabled(status && status->account.has_value());
}

} // namespace shuzai::ui

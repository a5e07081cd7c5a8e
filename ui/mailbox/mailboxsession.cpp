#include "mailboxsession.h"

#include "outreach/passwordstore.h"
#include "services/mailboxservice.h"
#include "services/workspace.h"
#include "util/appsettings.h"
#include "util/clock.h"
#include "util/datetext.h"
#include "util/logging.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QScopeGuard>
#include <QThread>
#include <QTimer>

namespace shuzai::ui {

namespace {
const QString kIntervalKey = QStringLiteral("mailbox/autoFetchMinutes");

// On the worker thread: its own connection to the same database, as the same person.
MailboxFetchOutcome runFetch(const Workspace::ConnectionOpener &open, const Clock &clock,
                             const ImapSettings &settings)
{
    MailboxFetchOutcome out;
    auto worker = open();
    if (!worker) {
        out.error = worker.error();
        out.endedAt = clock.now();
        return out;
    }
    MailboxFetchReport progress;
    auto report = (*worker)->mailbox().fetch(settings, &progress);
    out.stored = int(progress.stored.size());
    for (const MailboxFetchedItem &item : std::as_const(progress.stored))
        out.matched += item.intervieweeId != 0;
    out.duplicates = progress.duplicates;
    if (!report) {
        out.error = report.error();
        out.loginFailed = isImapLoginFailure(report.error());
    }
    out.endedAt = clock.now();
    return out;
}
} // namespace

MailboxSession::MailboxSession(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_timer(new QTimer(this))
{
    m_timer->setObjectName(QStringLiteral("mailboxTimer"));
    connect(m_timer, &QTimer::timeout, this, &MailboxSession::fetchInBackground);
    applyInterval();
}

MailboxSession::~MailboxSession()
{
    // The worker uses the workspace: it may not outlive it (a fetch ends within its timeout).
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

ImapSettings MailboxSession::account() const
{
    return ImapSettings::load(appSettings());
}

VoidResult MailboxSession::saveAccount(const ImapSettings &settings)
{
    QSettings stored = appSettings();
    settings.save(stored);
    stored.sync();
    if (stored.status() != QSettings::NoError) {
        return Error(ErrorCode::Io, QT_TRANSLATE_NOOP("Error", "Could not write %1."),
                     {QDir::toNativeSeparators(stored.fileName())});
    }
    emit changed();
    return {};
}

Result<QString> MailboxSession::password(const ImapSettings &settings) const
{
    if (!m_sessionPassword.isEmpty() && m_sessionPasswordKey == MailboxService::imapKey(settings))
        return m_sessionPassword;
    return MailboxService::password(settings);
}

VoidResult MailboxSession::keepPassword(const ImapSettings &settings, const QString &password)
{
    const QString key = MailboxService::imapKey(settings);
    auto written = passwordstore::write(key, password);
    if (written) {
        m_sessionPassword.clear();
        m_sessionPasswordKey.clear();
        return {};
    }
    m_sessionPassword = password;
    m_sessionPasswordKey = key;
    return written;
}

int MailboxSession::intervalMinutes() const
{
    const int minutes = appSettings().value(kIntervalKey, 0).toInt();
    return intervalChoices().contains(minutes) ? minutes : 0;
}

void MailboxSession::setIntervalMinutes(int minutes)
{
    if (!intervalChoices().contains(minutes))
        minutes = 0;
    QSettings settings = appSettings();
    settings.setValue(kIntervalKey, minutes);
    settings.sync();
    applyInterval();
    emit changed();
}

void MailboxSession::applyInterval()
{
    const int minutes = intervalMinutes();
    if (minutes <= 0) {
        m_timer->stop();
        return;
    }
    m_timer->start(minutes * 60 * 1000);
}

bool MailboxSession::start(const ImapSettings &settings)
{
    if (m_worker)
        return false;
    auto result = std::make_shared<MailboxFetchOutcome>();
    m_worker =
        QThread::create([open = m_workspace.anotherConnectionOpener(), &clock = m_workspace.clock(),
                         settings, result] { *result = runFetch(open, clock, settings); });
    connect(m_worker, &QThread::finished, this, [this, result] {
        m_worker->deleteLater();
        m_worker = nullptr;
        m_last = *result;
        // The worker had a workspace of its own: tell this one's listeners (a person's
        // history, the outreach panel).
        if (result->stored > 0)
            emit m_workspace.mailbox().mailboxChanged();
        if (result->error)
            log::warn("mailbox fetch failed: {}", result->error->untranslatedMessage());
        emit fetchFinished();
        emit changed();
    });
    m_worker->start();
    emit fetchStarted();
    emit changed();
    return true;
}

MailboxFetchOutcome MailboxSession::fetchNow(const ImapSettings &settings)
{
    QApplication::setOverrideCursor(Qt::BusyCursor);
    const auto restore = qScopeGuard([] { QApplication::restoreOverrideCursor(); });
    for (;;) {
        if (m_worker) {
            QEventLoop loop;
            connect(this, &MailboxSession::fetchFinished, &loop, &QEventLoop::quit);
            loop.exec();
            continue;
        }
        if (!start(settings))
            continue;
        QEventLoop loop;
        connect(this, &MailboxSession::fetchFinished, &loop, &QEventLoop::quit);
        loop.exec();
        return m_last.value_or(MailboxFetchOutcome{});
    }
}

void MailboxSession::fetchInBackground()
{
    if (m_worker)
        return;
    ImapSettings settings = account();
    if (settings.host.isEmpty())
        return;
    auto known = password(settings);
    if (!known) {
        // Said in the status bar; the dialog asks for it.
        MailboxFetchOutcome out;
        out.error = known.error();
        out.loginFailed = true;
        out.passwordMissing = true;
        out.endedAt = m_workspace.clock().now();
        m_last = out;
        emit changed();
        return;
    }
    settings.password = *known;
    start(settings);
}

QDateTime MailboxSession::lastFetchTime() const
{
    const ImapSettings saved = account();
    if (saved.host.isEmpty())
        return {};
    auto state = m_workspace.mailbox().state(saved);
    if (!state || !state->has_value())
        return {};
    return (*state)->fetchedAt;
}

QString MailboxSession::describe(const MailboxFetchOutcome &o)
{
    QString text;
    if (o.stored == 0) {
        text = tr("No new messages.");
    } else {
        //: %1 is "2 matched to interviewees"
        text = tr("%n new message(s) fetched (%1).", nullptr, o.stored)
                   .arg(tr("%n matched to interviewees", nullptr, o.matched));
    }
    if (o.duplicates > 0)
        text += u' ' + tr("%n already imported, skipped.", nullptr, o.duplicates);
    return text;
}

QString MailboxSession::summary() const
{
    if (!isSetUp())
        return tr("Mail: not set up");
    if (m_worker)
        return tr("Mail: fetching…");
    if (m_last && m_last->passwordMissing)
        return tr("Mail: password needed");
    if (m_last && m_last->error)
        return tr("Mail: fetch failed");
    const QDateTime last = lastFetchTime();
    if (!last.isValid())
        return tr("Mail: not fetched yet");
    const QString when = datetext::shortDateTime(last);
    if (m_last)
        return tr("Mail: %n new from interviewees · %1", nullptr, m_last->matched).arg(when);
    return tr("Mail: fetched %1").arg(when);
}

QString MailboxSession::details() const
{
    if (!isSetUp())
        return tr("No mailbox account yet: click to set one up.");
    QString text = account().url();
    if (m_last)
        text += u'\n' + (m_last->error ? m_last->error->message() : describe(*m_last));
    if (const int minutes = intervalMinutes(); minutes > 0)
        text += u'\n' + tr("Fetched every %n minute(s) while Shuzai is open.", nullptr, minutes);
    return text;
}

} // namespace shuzai::ui

#include "mailboxdialog.h"

#include "common/messagebox.h"
#include "mailboxsession.h"
#include "services/mailboxservice.h"
#include "util/datetext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace shuzai::ui {

namespace {
// An error's sentence, and the server's or TLS library's own words ("Details: …") for the
// line below it.
std::pair<QString, QString> splitError(const Error &error)
{
    const QString full = error.message();
    const qsizetype cut = error.libraryText().isEmpty() ? -1 : full.lastIndexOf(u'\n');
    if (cut < 0)
        return {full, {}};
    return {full.left(cut), full.mid(cut + 1)};
}
} // namespace

MailboxDialog::MailboxDialog(MailboxSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_server(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_login(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_interval(new QComboBox(this))
    , m_last(new QLabel(this))
    , m_result(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_fetch(new QPushButton(tr("&Fetch now"), this))
{
    setObjectName(QStringLiteral("mailboxDialog"));
    setWindowTitle(tr("Mailbox (IMAP)"));
    m_server->setObjectName(QStringLiteral("mailboxServer"));
    m_server->setPlaceholderText(QStringLiteral("imap.example.co.jp"));
    m_port->setObjectName(QStringLiteral("mailboxPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(993);
    m_login->setObjectName(QStringLiteral("mailboxLogin"));
    m_password->setObjectName(QStringLiteral("mailboxPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("From the keychain when empty"));
    m_caFile->setObjectName(QStringLiteral("mailboxCaFile"));
    m_caFile->setPlaceholderText(tr("Only for a server with its own certificate authority"));
    auto *browse = new QToolButton(this);
    browse->setText(QStringLiteral("…"));
    browse->setToolTip(tr("Choose the certificate authority's file (PEM)"));
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Certificate authority"), m_caFile->text(),
                                         tr("Certificates (*.pem *.crt);;All files (*)"));
        if (!path.isEmpty())
            m_caFile->setText(path);
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    auto *inbox = new QLabel(tr("Shuzai reads the inbox over a secure connection and never "
                                "deletes, moves or marks anything on the server."),
                             this);
    inbox->setWordWrap(true);

    m_interval->setObjectName(QStringLiteral("mailboxInterval"));
    for (int minutes : MailboxSession::intervalChoices()) {
        m_interval->addItem(minutes == 0 ? tr("Only when I click Fetch now")
                                         : tr("Every %n minute(s)", nullptr, minutes),
                            minutes);
    }
    m_interval->setCurrentIndex(qMax(0, m_interval->findData(m_session.intervalMinutes())));
    connect(m_interval, &QComboBox::currentIndexChanged, this,
            [this] { m_session.setIntervalMinutes(m_interval->currentData().toInt()); });

    m_last->setObjectName(QStringLiteral("mailboxLastFetch"));
    m_last->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("mailboxResult"));
    m_result->setWordWrap(true);
    m_detail->setObjectName(QStringLiteral("mailboxDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    m_detail->hide();
    m_fetch->setObjectName(QStringLiteral("mailboxFetch"));
    m_fetch->setDefault(true);

    auto *accountBox = new QGroupBox(tr("Account"), this);
    auto *form = new QFormLayout(accountBox);
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("C&A file:"), caRow);
    form->addRow(inbox);

    auto *fetchBox = new QGroupBox(tr("Fetching"), this);
    auto *fetchForm = new QFormLayout(fetchBox);
    fetchForm->addRow(tr("&Automatically:"), m_interval);
    fetchForm->addRow(tr("Last fetch:"), m_last);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_fetch, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &MailboxDialog::reject);
    connect(m_fetch, &QPushButton::clicked, this, [this] { fetchNow(); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(accountBox);
    layout->addWidget(fetchBox);
    layout->addWidget(m_result);
    layout->addWidget(m_detail);
    layout->addStretch(1);
    layout->addWidget(buttons);
    // The result and the error's details come and go: the dialog grows rather than squeezing
    // the wrapped texts above them.
    layout->setSizeConstraint(QLayout::SetMinimumSize);

    const ImapSettings saved = m_session.account();
    if (!saved.host.isEmpty()) {
        m_server->setText(saved.host);
        m_port->setValue(saved.port);
        m_login->setText(saved.user);
        m_caFile->setText(saved.caFile);
    }
    // A fetch by the timer shows here too.
    connect(&m_session, &MailboxSession::changed, this, &MailboxDialog::refresh);
    refresh();
    resize(560, sizeHint().height());
}

void MailboxDialog::reject()
{
    if (m_fetching)
        return; // the fetch waits in this dialog's call; it ends within the server's timeout
    QDialog::reject();
}

void MailboxDialog::refresh()
{
    const QDateTime last = m_session.lastFetchTime();
    if (!m_session.isSetUp())
        m_last->setText(tr("No account saved yet."));
    else if (m_session.isFetching())
        m_last->setText(tr("Fetching…"));
    else if (!last.isValid())
        m_last->setText(tr("Never"));
    else
        m_last->setText(datetext::longDateTime(last));
}

void MailboxDialog::showProblem(const QString &sentence, const QString &detail)
{
    m_result->setText(sentence);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    fitHeight();
    MessageBox::critical(this, windowTitle(),
                         detail.isEmpty() ? sentence : sentence + u'\n' + detail);
}

void MailboxDialog::showProblem(const Error &error)
{
    const auto [sentence, detail] = splitError(error);
    showProblem(sentence, detail);
}

void MailboxDialog::showOutcome(const MailboxFetchOutcome &outcome)
{
    m_result->setText(MailboxSession::describe(outcome));
    m_detail->hide();
    fitHeight();
}

void MailboxDialog::fitHeight()
{
    const int needed = qMax(sizeHint().height(), heightForWidth(width()));
    if (needed > height())
        resize(width(), needed);
}

bool MailboxDialog::fetchNow()
{
    if (m_fetching)
        return false;
    ImapSettings settings;
    settings.host = m_server->text().trimmed();
    settings.port = quint16(m_port->value());
    settings.user = m_login->text().trimmed();
    settings.caFile = m_caFile->text().trimmed();
    if (settings.host.isEmpty() || settings.user.isEmpty()) {
        showProblem(tr("Enter the mail server and your login."));
        return false;
    }
    const QString typed = m_password->text();
    if (!typed.isEmpty()) {
        settings.password = typed;
    } else if (auto known = m_session.password(settings); known) {
        settings.password = *known;
    } else {
        showProblem(tr("Enter the password: none is kept for this account yet."),
                    splitError(known.error()).second);
        return false;
    }

    m_fetching = true;
    m_fetch->setEnabled(false);
    m_result->setText(tr("Fetching from %1…").arg(settings.host));
    m_detail->hide();
    const MailboxFetchOutcome outcome = m_session.fetchNow(settings);
    m_fetching = false;
    m_fetch->setEnabled(true);
    if (outcome.loginFailed) {
        // The server did not let us in: neither the account nor the password is kept.
        showProblem(*outcome.error);
        refresh();
        return false;
    }
    // The server accepted the account: keep it, and the password that opened it.
    QString note;
    if (auto saved = m_session.saveAccount(settings); !saved)
        note = saved.error().message();
    if (!typed.isEmpty()) {
        if (auto kept = m_session.keepPassword(settings, typed); !kept)
            note = tr("The password is kept only until Shuzai closes: no keychain answered.");
        m_password->clear();
    }
    refresh();
    if (outcome.error) {
        // Part of the way: what came before is kept.
        const auto [sentence, detail] = splitError(*outcome.error);
        showProblem(MailboxSession::describe(outcome) + u' ' + sentence, detail);
        return false;
    }
    showOutcome(outcome);
    if (!note.isEmpty()) {
        m_result->setText(m_result->text() + u' ' + note);
        fitHeight();
    }
    return true;
}

} // namespace shuzai::ui

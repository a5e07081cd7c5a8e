#include "senddialog.h"

#include "common/dialogsize.h"
#include "outreach/passwordstore.h"
#include "sendresultsmodel.h"
#include "services/outreachservice.h"
#include "services/workspace.h"
#include "util/appsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QThread>
#include <QVBoxLayout>

namespace shuzai::ui {

SendLettersDialog::SendLettersDialog(Workspace &workspace, const QList<Id> &intervieweeIds,
                                     QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_ids(intervieweeIds)
{
    setWindowTitle(tr("Send request letters"));
    m_server = new QLineEdit(this);
    m_server->setObjectName(QStringLiteral("smtpServer"));
    m_server->setPlaceholderText(QStringLiteral("smtp://editor@mail.example.co.jp:587"));
    m_security = new QComboBox(this);
    m_security->addItem(tr("STARTTLS"), QStringLiteral("starttls"));
    m_security->addItem(tr("TLS from the start (port 465)"), QStringLiteral("implicit"));
    m_security->addItem(tr("None (local test servers only)"), QStringLiteral("none"));
    m_caFile = new QLineEdit(this);
    m_caFile->setPlaceholderText(tr("Only for a server with a private certificate authority"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("smtpPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("From the keychain when empty"));
    m_remember = new QCheckBox(tr("Remember in the system keychain"), this);
    m_remember->setChecked(true);
    m_keychainNote = new QLabel(this);
    m_keychainNote->setWordWrap(true);
    m_keychainNote->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_keychainNote->hide();

    auto *account = new QGroupBox(tr("Mail server"), this);
    auto *form = new QFormLayout(account);
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("S&ecurity:"), m_security);
    form->addRow(tr("Extra &CA certificate:"), caRow);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);

    m_language = new QComboBox(this);
    m_language->addItem(tr("Japanese template"), QStringLiteral("ja"));
    m_language->addItem(tr("English template"), QStringLiteral("en"));
    m_charset = new QComboBox(this);
    m_charset->addItem(tr("UTF-8"), int(MailMessage::Charset::Utf8));
    m_charset->addItem(tr("ISO-2022-JP (older Japanese mail systems)"),
                       int(MailMessage::Charset::Iso2022Jp));
    auto *letterRow = new QHBoxLayout;
    letterRow->addWidget(new QLabel(tr("Letter:"), this));
    letterRow->addWidget(m_language);
    letterRow->addWidget(new QLabel(tr("Encoding:"), this));
    letterRow->addWidget(m_charset);
    letterRow->addStretch();

    m_results = new SendResultsModel(this);
    auto *table = m_table = new QTableView(this);
    table->setObjectName(QStringLiteral("sendResults"));
    table->verticalHeader()->hide();
    table->setModel(m_results);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    m_previewText = new QPlainTextEdit(this);
    m_previewText->setObjectName(QStringLiteral("sendPreviewText"));
    m_previewText->setReadOnly(true);
    m_previewHtml = new QTextBrowser(this);
    m_previewHtml->setObjectName(QStringLiteral("sendPreviewHtml"));
    m_previewHtml->setOpenLinks(false);
    m_previewTabs = new QTabWidget(this);
    m_previewTabs->addTab(m_previewText, tr("Text"));
    m_previewTabs->addTab(m_previewHtml, tr("HTML"));
    m_previewProblems = new QLabel(this);
    m_previewProblems->setWordWrap(true);
    m_previewProblems->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto *preview = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(preview);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_previewTabs, 1);
    previewLayout->addWidget(m_previewProblems);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(table);
    split->addWidget(preview);
    m_progress = new QProgressBar(this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_send = buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_cancel->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(account);
    layout->addWidget(m_keychainNote);
    layout->addLayout(letterRow);
    layout->addWidget(split, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resizeWithinScreen(this, {820, 760});

    connect(browse, &QPushButton::clicked, this, &SendLettersDialog::chooseCaFile);
    connect(m_send, &QPushButton::clicked, this, &SendLettersDialog::send);
    connect(m_cancel, &QPushButton::clicked, this, &SendLettersDialog::cancel);
    connect(m_close, &QPushButton::clicked, this, &SendLettersDialog::reject);
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { previewRow(m_previewRow); });

    setAccount(SmtpSettings::load(appSettings()));
    QList<SendResultsModel::Row> rows;
    for (Id id : m_ids)
        rows.append({id, {}, {}, SendResultsModel::State::Waiting, {}});
    // Names and addresses as the letters will carry them; the messages are made on Send.
    if (auto letters = m_workspace.outreach().prepare(m_ids, MailMessage::Charset::Utf8)) {
        for (int i = 0; i < letters->size(); ++i) {
            rows[i].name = letters->at(i).name;
            rows[i].address = letters->at(i).address;
            // A letter that cannot leave says why before Send is pressed.
            if (letters->at(i).problem)
                rows[i].detail = letters->at(i).problem->message();
        }
    } else {
        showProblem(letters.error().message());
        m_send->setEnabled(false);
    }
    m_results->setRows(rows);
    table->resizeColumnsToContents();
    m_progress->setRange(0, int(m_ids.size()));
    m_progress->setValue(0);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    previewRow(current.row());
            });
    previewRow(0);
}

void SendLettersDialog::previewRow(int row)
{
    m_previewRow = row;
    m_previewText->clear();
    m_previewHtml->clear();
    m_previewProblems->clear();
    if (row < 0 || row >= m_results->rowCount())
        return;
    auto letter = m_workspace.outreach().render(m_results->row(row).intervieweeId,
                                                m_language->currentData().toString());
    if (!letter) {
        m_previewProblems->setText(letter.error().message());
        return;
    }
    m_previewText->setPlainText(tr("Subject: %1").arg(letter->subject) + QStringLiteral("\n\n") +
                                letter->body);
    m_previewHtml->setHtml(letter->html);
    QStringList problems;
    for (const LetterProblem &p : std::as_const(letter->unfilled))
        problems.append(p.message());
    m_previewProblems->setText(problems.join(u'\n'));
}

QString SendLettersDialog::previewText() const
{
    return m_previewText->toPlainText();
}

QString SendLettersDialog::previewHtml() const
{
    return m_previewHtml->toPlainText();
}

QString SendLettersDialog::previewProblems() const
{
    return m_previewProblems->text();
}

SendLettersDialog::~SendLettersDialog()
{
    // The letter on its way finishes (or times out) before the dialog's state goes away.
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

QString SendLettersDialog::statusText() const
{
    return m_status->text();
}

void SendLettersDialog::setAccount(const SmtpSettings &account)
{
    m_server->setText(account.host.isEmpty() ? QString() : account.url());
    m_security->setCurrentIndex(std::max(0, m_security->findData(toCode(account.security))));
    m_caFile->setText(account.caFile);
}

void SendLettersDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

void SendLettersDialog::showProblem(const QString &text)
{
    m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_status->setText(text);
}

void SendLettersDialog::keychainUnavailable(const QString &why)
{
    m_remember->setChecked(false);
    m_remember->setEnabled(false);
    m_keychainNote->setText(why);
    m_keychainNote->show();
}

void SendLettersDialog::chooseCaFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Certificate authority"), m_caFile->text(),
                                     tr("PEM certificates (*.pem *.crt);;All files (*)"));
    if (!path.isEmpty())
        m_caFile->setText(QDir::toNativeSeparators(path));
}

std::optional<SmtpSettings> SendLettersDialog::accountFromForm()
{
    auto account =
        SmtpSettings::fromUrl(m_server->text().trimmed(), m_security->currentData().toString());
    if (!account) {
        showProblem(m_server->text().trimmed().isEmpty()
                        ? tr("Enter the mail server as smtp://user@host:port.")
                        : account.error().message());
        m_server->setFocus();
        return std::nullopt;
    }
    account->caFile = QDir::fromNativeSeparators(m_caFile->text().trimmed());
    if (account->user.isEmpty())
        return *account; // a server without AUTH
    const QString key = passwordstore::smtpKey(*account);
    if (m_password->text().isEmpty()) {
        auto stored = passwordstore::read(key);
        if (!stored) {
            if (stored.error().code() == ErrorCode::KeychainUnavailable)
                keychainUnavailable(stored.error().message());
            showProblem(tr("Enter the password for %1.").arg(key));
            m_password->setFocus();
            return std::nullopt;
        }
        account->password = *stored;
        return *account;
    }
    account->password = m_password->text();
    if (m_remember->isEnabled() && m_remember->isChecked()) {
        // Not being able to remember it is no reason not to send.
        if (auto kept = passwordstore::write(key, account->password); !kept)
            keychainUnavailable(kept.error().message());
    }
    return *account;
}

void SendLettersDialog::send()
{
    if (m_sending)
        return;
    auto account = accountFromForm();
    if (!account)
        return;
    QSettings settings = appSettings();
    account->save(settings);
    // A second run goes to those the first did not reach: no one gets the letter twice.
    QList<Id> pending;
    m_rowOfLetter.clear();
    for (int row = 0; row < m_results->rowCount(); ++row) {
        if (m_results->row(row).state != SendResultsModel::State::Sent) {
            pending.append(m_results->row(row).intervieweeId);
            m_rowOfLetter.append(row);
        }
    }
    auto letters = m_workspace.outreach().prepare(
        pending, MailMessage::Charset(m_charset->currentData().toInt()),
        m_language->currentData().toString());
    if (!letters) {
        showProblem(letters.error().message());
        return;
    }
    m_account = *account;
    m_letters = *letters;
    m_next = 0;
    m_cancelRequested = false;
    m_accountProblem.clear();
    m_sending = true;
    for (int row : std::as_const(m_rowOfLetter))
        m_results->setState(row, SendResultsModel::State::Waiting);
    m_progress->setRange(0, int(m_letters.size()));
    m_progress->setValue(0);
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Sending…"));
    m_send->setEnabled(false);
    m_cancel->setEnabled(true);
    m_close->setEnabled(false);
    sendNext();
}

void SendLettersDialog::cancel()
{
    if (!m_sending || m_cancelRequested)
        return;
    m_cancelRequested = true;
    m_cancel->setEnabled(false);
    m_status->setText(tr("Stopping after the letter being sent…"));
}

void SendLettersDialog::reject()
{
    if (m_sending) {
        cancel();
        m_closeWhenDone = true;
        return;
    }
    QDialog::reject();
}

void SendLettersDialog::sendNext()
{
    if (m_cancelRequested) {
        const QString why =
            m_accountProblem.isEmpty()
                ? QString()
                : tr("the mail server or the account failed; fix it and send to the rest");
        for (int i = m_next; i < m_letters.size(); ++i)
            m_results->setState(m_rowOfLetter.at(i), SendResultsModel::State::NotSent, why);
        finish();
        return;
    }
    if (m_next >= m_letters.size()) {
        finish();
        return;
    }
    const int index = m_next++;
    m_results->setState(m_rowOfLetter.at(index), SendResultsModel::State::Sending);
    m_workerResult.reset();
    // One thread a letter: the GUI thread logs each result before the next letter starts, so
    // Cancel takes effect exactly between two letters.
    m_worker = QThread::create([this, account = m_account, letter = m_letters.at(index)] {
        m_workerResult = sendLetter(account, letter);
    });
    connect(m_worker, &QThread::finished, this, [this, index] {
        m_worker->wait();
        delete m_worker;
        m_worker = nullptr;
        letterDone(index, *m_workerResult);
    });
    m_worker->start();
}

void SendLettersDialog::letterDone(int index, const VoidResult &result)
{
    const OutgoingLetter &letter = m_letters.at(index);
    QString detail = result ? QString() : result.error().message();
    if (!letter.problem) {
        auto logged = m_workspace.outreach().record(letter.intervieweeId,
                                                    result ? OutreachRecord::Kind::Sent
                                                           : OutreachRecord::Kind::Failed,
                                                    letter.message, detail);
        if (!logged) {
            detail = (detail.isEmpty() ? QString() : detail + u' ') +
                     tr("Not logged: %1").arg(logged.error().message());
        }
    }
    m_results->setState(m_rowOfLetter.at(index),
                        result ? SendResultsModel::State::Sent : SendResultsModel::State::Failed,
                        detail);
    m_progress->setValue(index + 1);
    if (!result && isAccountFailure(result.error())) {
        m_accountProblem = result.error().message();
        m_cancelRequested = true;
    }
    sendNext();
}

void SendLettersDialog::finish()
{
    m_sending = false;
    m_cancel->setEnabled(false);
    m_close->setEnabled(true);
    const bool someLeft = m_results->count(SendResultsModel::State::Sent) < m_results->rowCount();
    m_send->setEnabled(someLeft);
    m_send->setText(tr("&Send to the rest"));
    const int failed = m_results->count(SendResultsModel::State::Failed);
    const QString summary = tr("%1 sent, %2 failed, %3 not sent.")
                                .arg(m_results->count(SendResultsModel::State::Sent))
                                .arg(failed)
                                .arg(m_results->count(SendResultsModel::State::NotSent));
    if (!m_accountProblem.isEmpty())
        showProblem(summary + u' ' + m_accountProblem);
    else if (failed > 0)
        showProblem(summary);
    else
        m_status->setText(summary);
    emit sendingFinished();
    if (m_closeWhenDone)
        QDialog::reject();
}

} // namespace shuzai::ui

#include "serverdialog.h"

#include "common/discardguard.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace shuzai::ui {

ServerDialog::ServerDialog(QWidget *parent)
    : QDialog(parent)
{
    DiscardGuard::install(this); // Esc or Cancel on a changed form asks first
    setWindowTitle(tr("Connect to the team server"));
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("serverHost"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("serverDatabase"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("serverUser"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("From the keychain when empty"));
    m_remember = new QCheckBox(tr("Remember in the system keychain"), this);
    m_remember->setChecked(true);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&Login:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(460); // room for a URL in the connection error
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PostgresTarget ServerDialog::target() const
{
    PostgresTarget t;
    t.host = m_host->text().trimmed();
    t.port = m_port->value();
    t.database = m_database->text().trimmed();
    t.user = m_user->text().trimmed();
    t.password = m_password->text();
    return t;
}

void ServerDialog::setTarget(const PostgresTarget &t)
{
    m_host->setText(t.host);
    m_port->setValue(t.port);
    m_database->setText(t.database);
    m_user->setText(t.user);
}

bool ServerDialog::rememberPassword() const
{
    return m_remember->isChecked();
}

void ServerDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

} // namespace shuzai::ui

#pragma once

#include "domain/postgrestarget.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace shuzai::ui {

// Where the team's server is and who connects: host, port, database, login and password. The
// password can be kept in the system keychain; Shuzai never writes it anywhere else.
class ServerDialog : public QDialog {
    Q_OBJECT
public:
    explicit ServerDialog(QWidget *parent = nullptr);

    PostgresTarget target() const;
    void setTarget(const PostgresTarget &target);
    bool rememberPassword() const;
    void showProblem(const QString &text);

private:
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_problem;
};

} // namespace shuzai::ui

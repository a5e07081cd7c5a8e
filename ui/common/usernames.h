#pragma once

#include <QHash>
#include <QString>

namespace shuzai {
class Workspace;
}

namespace shuzai::ui {

// People's names for the logins records keep ("editor" -> 山田 花子): what every screen shows
// of who did something. Read once when made; a login that is no user (anymore) stays as it is.
class UserNames {
public:
    explicit UserNames(Workspace &workspace);
    QString of(const QString &login) const;

private:
    QHash<QString, QString> m_names;
};

} // namespace shuzai::ui

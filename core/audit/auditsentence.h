#pragma once

#include "audit/auditentry.h"
#include "domain/user.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace shuzai {

// The names an audit entry is told with: the log itself keeps logins, ids and codes (so exports
// stay machine-readable); people read names.
struct AuditNames {
    QHash<QString, User> users;    // by login
    QHash<Id, QString> people;     // interviewee id -> name as printed (an alias if anonymous)
    QHash<Id, QString> campaigns;  // campaign id -> title
    QHash<Id, QString> categories; // category id -> name
};

// One entry as a sentence in the installed language, with names, dates in the display zone and
// the words of the screens instead of codes: "Hanako Yamada (Editor) changed Hina Sato's status
// from Request sent to Accepted". The only place the entries' before/after texts (codes, ISO
// times) are read for people.
QString auditSentence(const AuditEntry &entry, const AuditNames &names);

// The texts an entry carries beyond its sentence (a transcript passage, a question's wording,
// the reason a letter failed), before and after, for a tooltip or a details pane; empty if none.
QString auditDetails(const AuditEntry &entry);

// Whether auditSentence() knows the action (it falls back to a generic sentence otherwise).
bool hasAuditSentence(const QString &action);

// The acting user for people: their display name, or the login when they are not a user
// (anymore).
QString actorName(const QString &login, const AuditNames &names);

} // namespace shuzai

#pragma once

#include "audit/auditentry.h"
#include "audit/auditsentence.h"
#include "util/result.h"

#include <QObject>

namespace shuzai {

class Workspace;

// The audit log: appended to by every service as part of the change it records, read and
// exported by anyone. There is no call to change or remove an entry, and the schema refuses it.
class AuditService : public QObject {
    Q_OBJECT
public:
    enum class Format { Csv, Json };

    explicit AuditService(Workspace &workspace)
        : m_workspace(workspace)
    {
    }

    // One entry as the acting user, now. Call it inside the change's own transaction, so the
    // change and its record stand or fall together.
    VoidResult append(const QString &action, Id campaignId, Id intervieweeId,
                      const QString &subject, const QString &before = {},
                      const QString &after = {});

    Result<QList<AuditEntry>> list(const AuditFilter &filter);
    // Written atomically; people appear as they will be printed (an anonymous person by alias).
    // CSV is UTF-8 with a byte order mark, so spreadsheet programs read the Japanese right.
    VoidResult exportTo(const QString &path, const AuditFilter &filter, Format format);
    // The same as bytes (what exportTo writes).
    Result<QByteArray> exported(const AuditFilter &filter, Format format);
    // Who and what the entries name, for telling them as sentences (auditSentence()). With a
    // campaign, only its people are read (a campaign's entries name no one else): a log
    // filtered to one campaign need not read the whole archive's roster.
    AuditNames names(Id campaignId = 0);

signals:
    void appended(const shuzai::AuditEntry &entry);

private:
    Workspace &m_workspace;
};

} // namespace shuzai

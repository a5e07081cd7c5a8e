#pragma once

#include "audit/auditentry.h"
#include "storage/coreonly.h"
#include "util/result.h"

namespace shuzai {

class Database;

// SQL for the audit log. Append and read only: the schema's triggers refuse any UPDATE or
// DELETE, so not even a bug here could rewrite history.
class AuditRepository {
public:
    explicit AuditRepository(Database &db)
        : m_db(db)
    {
    }

    Result<Id> append(const AuditEntry &entry);
    // Oldest first.
    Result<QList<AuditEntry>> list(const AuditFilter &filter);

private:
    Database &m_db;
};

} // namespace shuzai

#pragma once

#include "scheduling/busyperiod.h"
#include "storage/coreonly.h"
#include "util/result.h"

namespace shuzai {

class Database;

class BusyRepository {
public:
    explicit BusyRepository(Database &db)
        : m_db(db)
    {
    }

    // Replaces what an earlier import of the same source brought (a calendar re-imported is
    // updated, not doubled).
    VoidResult replaceSource(const QString &source, const QList<BusyPeriod> &periods);
    Result<QList<BusyPeriod>> between(const QDateTime &from, const QDateTime &to);

private:
    Database &m_db;
};

} // namespace shuzai

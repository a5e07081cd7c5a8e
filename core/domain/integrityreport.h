#pragma once

#include <QStringList>
#include <QtGlobal>

namespace shuzai {

// What a check of a database found: nothing (sound) or one line per problem.
struct IntegrityReport {
    QStringList problems;
    qint64 pages = 0;
    qint64 segments = 0;
    bool ok() const { return problems.isEmpty(); }
};

} // namespace shuzai

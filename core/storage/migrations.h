#pragma once

#include "storage/coreonly.h"
#include <QList>
#include <QStringList>

namespace shuzai {

// One step of the schema. Statements use the Dialect's tokens (%PK%, %BLOB%) so the same list
// builds the schema on every engine. Steps are never edited once released: add a new one.
struct Migration {
    int version;
    const char *description;
    QStringList statements;
    // Run after `statements` on SQLite only (FTS5 index, triggers); other engines get their
    // equivalent from their own list when they arrive.
    QStringList sqliteStatements = {};
    // Run after `statements` on PostgreSQL only: its own triggers, extensions and indexes.
    QStringList postgresStatements = {};
};

const QList<Migration> &migrations();
int latestSchemaVersion();

} // namespace shuzai

#pragma once

#include "fakeclock.h"
#include "qtprinters.h"
#include "services/workspace.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace shuzai::test {

// A real SQLite file in a fresh temporary directory, opened as a workspace with a fake clock.
class TestWorkspace {
public:
    explicit TestWorkspace(const WorkspaceOptions &options = {})
    {
        auto opened = Workspace::openSqlite(path(), clock, options);
        if (!opened)
            ADD_FAILURE() << opened.error().untranslatedMessage().toStdString();
        else
            workspace = std::move(*opened);
    }
    QString path() const { return dir.filePath(QStringLiteral("shuzai.db")); }
    Workspace &operator*() { return *workspace; }
    Workspace *operator->() { return workspace.get(); }

    QTemporaryDir dir;
    FakeClock clock;
    std::unique_ptr<Workspace> workspace;
};

} // namespace shuzai::test

#pragma once

// What the shell's GUI tests share: clean settings and a main window on a fresh database.
#include "shell/mainwindow.h"
#include "testworkspace.h"
#include "util/appsettings.h"

#include <QStackedWidget>
#include <memory>

namespace shuzai::test {

// Settings written by a test (closing a window saves its layout) do not leak into the next.
struct CleanSettings {
    CleanSettings() { appSettings().clear(); }
    ~CleanSettings() { appSettings().clear(); }
};

// A main window on a fresh database; the test database (its clock) lives as long as the window.
struct TestWindow {
    TestWindow()
        : window(std::make_unique<ui::MainWindow>(std::move(database.workspace)))
    {
    }
    ui::MainWindow *operator->() const { return window.get(); }
    ui::MainWindow &operator*() const { return *window; }
    ui::MainWindow *get() const { return window.get(); }
    TestWorkspace database;
    std::unique_ptr<ui::MainWindow> window;
};

inline QStackedWidget *stackOf(ui::MainWindow &window)
{
    return window.findChild<QStackedWidget *>();
}

} // namespace shuzai::test

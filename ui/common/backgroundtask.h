#pragma once

#include <QString>
#include <atomic>
#include <functional>
#include <optional>

class QWidget;

namespace shuzai::ui {

// What a background job reports and how it learns it should stop.
struct TaskControl {
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0}; // 0: unknown (busy indicator)
    std::atomic_bool cancelled{false};
};

// Runs `work` on a worker thread while a window-modal progress dialog (with Cancel) keeps the
// window alive, and returns its result. Cancel only asks: `work` decides (and says so in its
// result); a job that finished anyway returns what it did. `work` must not touch widgets or the
// GUI thread's database connection.
template <typename T>
std::optional<T> runInBackground(QWidget *parent, const QString &label,
                                 const std::function<T(TaskControl &)> &work);

// The untyped core of runInBackground.
bool runTaskInBackground(QWidget *parent, const QString &label, TaskControl &control,
                         const std::function<void()> &work);

template <typename T>
std::optional<T> runInBackground(QWidget *parent, const QString &label,
                                 const std::function<T(TaskControl &)> &work)
{
    TaskControl control;
    std::optional<T> result;
    runTaskInBackground(parent, label, control, [&] { result.emplace(work(control)); });
    return result;
}

} // namespace shuzai::ui

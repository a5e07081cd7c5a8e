#include "backgroundtask.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

namespace shuzai::ui {

bool runTaskInBackground(QWidget *parent, const QString &label, TaskControl &control,
                         const std::function<void()> &work)
{
    std::unique_ptr<QThread> thread(QThread::create(work));
    QProgressDialog progress(label, QProgressDialog::tr("Cancel"), 0, 0, parent);
    progress.setWindowModality(Qt::WindowModal);
    // At once: the dialog is what keeps the window from taking input while the job runs.
    progress.setMinimumDuration(0);
    QObject::connect(&progress, &QProgressDialog::canceled, &progress,
                     [&control] { control.cancelled = true; });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &progress, [&] {
        if (progress.wasCanceled())
            control.cancelled = true;
        const qint64 total = control.total;
        if (total > 0) {
            progress.setMaximum(1000);
            progress.setValue(int(1000 * control.done / total));
        }
    });
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    poll.start(100);
    loop.exec();
    thread->wait();
    return true;
}

} // namespace shuzai::ui

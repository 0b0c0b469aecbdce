#include "demodatabase.h"
#include "demo/demofile.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLabel>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <memory>

namespace {

// Shared by the worker and the dialog: how far it is, whether to stop, how it ended.
struct Run {
    std::atomic<int> done{0};
    std::atomic<int> total{0};
    std::atomic<bool> cancel{false};
    QString error; // written by the worker, read after it finished
};

} // namespace

DemoOptions DemoDatabase::defaultOptions()
{
    DemoOptions options;
    options.size = DemoSize::L;
    return options;
}

Status DemoDatabase::create(QWidget* parent, const QString& path, const DemoOptions& options)
{
    if (QFileInfo::exists(path))
        return Status::failure(tr("%1 already exists.").arg(QDir::toNativeSeparators(path)));
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Status::failure(tr("Cannot create the folder %1.")
                                   .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    auto run = std::make_shared<Run>();
    std::unique_ptr<QThread> worker(QThread::create([run, path, options] {
        const auto result = DemoFile::create(path, options, [&run](int done, int total) {
            run->done = done;
            run->total = total;
            return !run->cancel;
        });
        if (!result)
            run->error = result.error();
    }));

    QProgressDialog dialog(parent);
    auto* label = new QLabel(tr("Creating the demo database: a region of six hubs, twenty municipalities and "
                                "about 700 organisations with five academic years of records…"),
                             &dialog);
    label->setWordWrap(true);
    dialog.setLabel(label);
    dialog.setCancelButtonText(tr("Cancel"));
    dialog.setRange(0, 0); // busy until the generator tells its total
    dialog.setMinimumWidth(480);
    dialog.setWindowTitle(tr("Demo database"));
    dialog.setObjectName(QStringLiteral("demoProgress"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setMinimumDuration(0);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [run] { run->cancel = true; });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&dialog, run] {
        if (run->total > 0) {
            dialog.setMaximum(run->total);
            dialog.setValue(qMin(run->done.load(), run->total.load()));
        }
    });
    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    poll.start(100);
    dialog.show();
    loop.exec(); // the dialog's Cancel stays live; the window behind it is blocked (window modal)
    worker->wait();
    poll.stop();
    const bool cancelled = run->cancel;
    dialog.disconnect(); // closing it would say «canceled»
    dialog.close();

    if (cancelled || !run->error.isEmpty())
        return Status::failure(cancelled ? QString() : run->error);
    return Status::success();
}

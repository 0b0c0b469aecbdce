#pragma once
// The demo database made on request from the window (the welcome page, Help ▸ Demo database):
// the generator runs in a worker thread over a connection of its own, with a progress dialog
// that can cancel it. DemoFile writes it whole or not at all, so a cancelled, failed or killed
// run never leaves a half-made FILE.
#include "demo/demooptions.h"
#include "status.h"

#include <QCoreApplication>

class QWidget;

class DemoDatabase {
    Q_DECLARE_TR_FUNCTIONS(DemoDatabase)
public:
    // Makes the demo database at path (which must not exist yet, its folder is created).
    // Cancelled: a failure with an empty message; otherwise the failure says why.
    static Status create(QWidget* parent, const QString& path, const DemoOptions& options);
    // What the window makes: the region shaped like Tomsk's (L), as `scripts/run` does.
    static DemoOptions defaultOptions();
};

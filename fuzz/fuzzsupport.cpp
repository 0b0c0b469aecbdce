#include "fuzzsupport.h"

#include "files/privatefiles.h"

#include <QCoreApplication>

void startFuzzApplication(int* argc, char*** argv)
{
    if (QCoreApplication::instance())
        return;
    keepNewFilesPrivate(); // as every program of the project: the temporary database is 0600
    // Kept for the life of the process, as main()'s application is.
    static QCoreApplication* app = new QCoreApplication(*argc, *argv);
    Q_UNUSED(app);
}

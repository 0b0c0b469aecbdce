#pragma once
// What File ▸ Import CSV and Export CSV do: pick the file, check it first (a dry run), show what
// would change and every problem with its line and column, then import all or only the valid
// rows; export the selected subtree for Excel.
#include "csvcommands.h"

#include <QCoreApplication>

class CsvTransfer {
    Q_DECLARE_TR_FUNCTIONS(CsvTransfer)
public:
    static CsvCommands commands();
    static void importFile(const CsvRequest& request);
    static void exportFile(const CsvRequest& request);
};

#pragma once
// A new database file of demo data, written whole or not at all: generated into a part file
// beside it (a connection of the calling thread), turned into a single file (the WAL folded
// in), then put in place — never over an existing file. A failed, cancelled or killed run
// leaves no file at the name (a killed one's part is removed by the next run).
#include "demo/demogenerator.h"

class DemoFile {
    Q_DECLARE_TR_FUNCTIONS(DemoFile)
public:
    // progress as for DemoGenerator::run; a cancelled run fails with an empty message.
    static Result<DemoSummary> create(const QString& path, const DemoOptions& options,
                                      const std::function<bool(int, int)>& progress = {});
};

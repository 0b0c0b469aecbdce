#pragma once
// The kinds of CSV file the program reads and writes (docs/csv-formats.md), by the name the
// command line and the window use for them: units, persons, participations, courses, ...
#include "io/csvimport.h"
#include "status.h"

class Database;
class QIODevice;

struct CsvKind {
    const char* name; // as typed: "participations"
    Result<ImportReport> (*importFrom)(Database& db, QIODevice& device, const ImportOptions& options);
    Status (*exportTo)(Database& db, QIODevice& device, qint64 rootId);
};

const QVector<CsvKind>& csvKinds();
const CsvKind* findCsvKind(const QString& name); // nullptr when unknown
QString csvKindNames(); // "units|persons|participations|..."

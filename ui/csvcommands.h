#pragma once
// The seam between the window and CSV import/export: the window owns the menu actions (and
// the drop of a .csv file), the CSV component supplies what they do. An action whose handler
// is not set stays disabled, as do all of them while no database is open.
#include <QString>
#include <functional>

class Database;
class QWidget;

enum class CsvKind { Units, Persons };

struct CsvRequest {
    CsvKind kind = CsvKind::Units;
    Database* database = nullptr; // the open database; never null when a handler is called
    QWidget* parent = nullptr;    // for the handler's dialogs
    QString path;                 // import: the dropped file; empty: the handler asks for one
    qint64 unitId = 0;            // the unit selected in the tree (0: none), e.g. to export a subtree
};

using CsvHandler = std::function<void(const CsvRequest&)>;

struct CsvCommands {
    CsvHandler importFile; // File ▸ Import CSV ▸ Units…/Persons…, and a .csv file dropped on the window
    CsvHandler exportFile; // File ▸ Export CSV ▸ Units…/Persons…
};

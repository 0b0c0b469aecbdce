#pragma once
// What the register of one record kind shows, as data: the tables it reads (FROM with JOINs),
// the record's unit (for the subtree) and dates (for the period), its status, and its columns —
// each with its Russian header, the SQL values it shows, the SQL key it sorts by and whether the
// text filter searches it. RegisterQuery turns a spec and a filter into SQL; the window's
// generic register shows any spec.
#include "domain/recordkind.h"

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>
#include <functional>

// How a column's SQL values become the text shown.
enum class ColumnFormat {
    Text,
    Date,         // ISO date → dd.MM.yyyy
    Integer,      // right-aligned, grouped digits
    Number,       // right-aligned, up to 4 significant digits
    PersonName,   // values: last, first, middle name → "Иванова М. П."
    Code,         // a fixed code → its translated name (RegisterColumn::codeName)
    Flag,         // non-zero → "да"
    AcademicYear, // 2024 → "2024/25"
    Month,        // 1..12 → "сентябрь"
};

struct RegisterColumn {
    QString id;         // stable Latin name, for settings: "person"
    QString header;     // translated
    QStringList values; // the SQL expressions read for a cell (one, or three for a name)
    QString sortKey;    // the SQL expression of the order; empty: not sortable
    ColumnFormat format = ColumnFormat::Text;
    QString search;     // the SQL expression the text filter searches; empty: not searched
    bool searchIsKey = false; // `search` is a normalised key (lower case, ё = е): person.name_key
    bool visible = true;      // shown by default (the user's column chooser overrides)
    QString emptyText;        // shown for an empty value: "анонимно"
    std::function<QString(const QString&)> codeName; // for ColumnFormat::Code

    bool sortable() const { return !sortKey.isEmpty(); }
    bool rightAligned() const { return format == ColumnFormat::Integer || format == ColumnFormat::Number; }
    // The text shown for the cell's values (as read, in the order of `values`).
    QString display(const QVariantList& cellValues) const;

    // Modifiers for building the specs compactly.
    RegisterColumn hidden() const;
    RegisterColumn searched() const; // the text filter searches the shown value
    RegisterColumn whenEmpty(const QString& text) const;
};

// How a record falls into a period.
struct PeriodRule {
    enum class Type {
        None,          // records without a date: every period shows them
        Dates,         // `start` (and `end`, if given) are SQL date expressions
        AcademicYears, // `start` is an academic year (its starting year)
        CalendarYears, // `start` is a calendar year
    };
    Type type = Type::None;
    QString start;
    // For Dates: empty — the record is on the date `start`; else the record runs from `start`
    // to `end` (NULL: still running) and is shown in every period it overlaps.
    QString end;
};

struct RegisterStatus {
    QString column;    // SQL expression of the status code; empty: the kind has no status filter
    QString anyText;   // the combo's first item: "все статусы"
    QStringList codes; // in lifecycle order
    std::function<QString(const QString&)> name;
};

struct RegisterSpec {
    RecordKind kind = RecordKind::Person;
    QString idColumn;   // "r.id"
    QString from;       // "route r JOIN person p ON p.id = r.person_id ..."
    QString unitColumn; // "r.org_unit_id": the subtree selects on it
    PeriodRule period;
    RegisterStatus status;
    QVector<RegisterColumn> columns;
    int sortColumn = 0; // the default order
    bool descending = false;

    int columnIndex(const QString& id) const; // -1 when unknown
    bool hasStatus() const { return !status.column.isEmpty(); }
};

class RegisterSpecs {
    Q_DECLARE_TR_FUNCTIONS(RegisterSpecs)
public:
    // The register of every kind but Person (the staff register has its own query); built on
    // first use, after the translator is installed.
    static const RegisterSpec& of(RecordKind kind);
    static bool has(RecordKind kind) { return kind != RecordKind::Person; }
};

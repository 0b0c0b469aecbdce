// Schema 2: indexes for the staff register (StaffQuery) and the staff counts of the tree.
// The subtree's employments are read from one covering index, unit by unit, with the dates,
// person and position needed to filter them: no table row is touched before sorting.
// It replaces employment_unit (org_unit_id, end_date), whose lookups it serves as well.
// Its twin by person lets a region-wide register walk persons and their employments in
// step (both mostly in insertion order) instead of looking persons up at random; it replaces
// employment_person (person_id).
// The narrow person index holds the filter and sort keys of a person (all but subjects), so
// sorting 100,000 employments does not read 100,000 whole person rows.
// Measured with tests/bench/bench-staffquery (BENCHMARKS.md).
#include "storage/migration.h"

Migration migration002StaffRegisterIndexes()
{
    Migration m;
    m.version = 2;
    m.description = QStringLiteral("staff register indexes");
    m.statements = QStringList{
        QStringLiteral("CREATE INDEX employment_unit_staff ON employment "
                       "(org_unit_id, start_date, end_date, person_id, position_code, rate)"),
        QStringLiteral("DROP INDEX employment_unit"),
        QStringLiteral("CREATE INDEX employment_person_staff ON employment "
                       "(person_id, start_date, end_date, org_unit_id, position_code, rate)"),
        QStringLiteral("DROP INDEX employment_person"),
        QStringLiteral("CREATE INDEX person_register ON person "
                       "(id, name_key, category, birth_date, experience_start, category_expires)"),
    };
    return m;
}

#pragma once
// The staff of a subtree on a date as SQL, for every list and figure that counts persons:
// each person counted once, at their main employment (the highest rate, then the earliest
// start — DOMAIN.md §4), so that children's counts add up to their parent's.
#include <QString>

// Common table expressions ending in "staff(person_id, org_unit_id, employment_id)": each person
// with the organisation and the employment of their main employment; they bind :root and :on.
// Use as: "WITH " + mainStaffCte() + " SELECT ... FROM staff s ...".
inline QString mainStaffCte()
{
    return QStringLiteral(
        "staff_candidate AS (SELECT DISTINCT e.person_id FROM employment e "
        "  JOIN org_unit_closure c ON c.descendant_id = e.org_unit_id "
        "  WHERE c.ancestor_id = :root AND e.start_date <= :on AND (e.end_date IS NULL OR e.end_date >= :on)), "
        "staff_ranked AS (SELECT e.person_id, e.org_unit_id, e.id AS employment_id, "
        "  ROW_NUMBER() OVER (PARTITION BY e.person_id ORDER BY e.rate DESC, e.start_date, e.id) AS n "
        "  FROM employment e WHERE e.person_id IN (SELECT person_id FROM staff_candidate) "
        "  AND e.start_date <= :on AND (e.end_date IS NULL OR e.end_date >= :on)), "
        "staff AS (SELECT r.person_id, r.org_unit_id, r.employment_id FROM staff_ranked r "
        "  JOIN org_unit_closure c ON c.descendant_id = r.org_unit_id "
        "  WHERE r.n = 1 AND c.ancestor_id = :root)");
}

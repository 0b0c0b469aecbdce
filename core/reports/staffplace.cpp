#include "reports/staffplace.h"

#include <QLocale>

const StaffPlace& StaffPlaces::of(qint64 personId)
{
    auto found = m_places.find(personId);
    if (found != m_places.end())
        return *found;
    StaffPlace place;
    if (const auto person = m_persons.find(personId))
        place.fullName = person->fullName();
    const qint64 unitId = m_checks.mainOrganisation(personId, m_on);
    place.organisation = unitName(unitId);
    for (const Employment& e : m_persons.employments(personId))
        if (e.unitId == unitId && e.activeOn(m_on) && place.position.isEmpty())
            place.position = m_persons.references().positionName(e.positionCode);
    return *m_places.insert(personId, place);
}

QString StaffPlaces::unitName(qint64 unitId)
{
    if (unitId == 0)
        return {};
    auto found = m_units.find(unitId);
    if (found == m_units.end()) {
        const Result<QString> name = m_checks.unitName(unitId);
        found = m_units.insert(unitId, name.ok() ? *name : QString());
    }
    return *found;
}

QString percentText(int part, int whole)
{
    if (whole <= 0)
        return QStringLiteral("—");
    QLocale russian(QLocale::Russian, QLocale::Russia);
    return russian.toString(100.0 * part / whole, 'f', 1) + QStringLiteral("\u00A0%");
}

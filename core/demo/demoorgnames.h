#pragma once
// Names of demo organisations as Russian documents write them: «МАОУ СОШ № 12 г. Томска»,
// «МБДОУ «Детский сад № 5» г. Томска», «МБОУ «Новиковская СОШ»», «МБУ ДО «Дом детского
// творчества» Кожевниковского района». One namer per municipality keeps its numbering.
#include "demo/demoplaces.h"
#include "demo/demorandom.h"

#include <QHash>
#include <QStringList>

enum class SchoolType { Secondary, Basic, Primary, Gymnasium, Lyceum };

class DemoOrgNamer {
public:
    DemoOrgNamer(const DemoRegionSpec& region, const DemoMunicipalitySpec& municipality, DemoRandom& random);

    // village == nullptr: the city, or the district's centre.
    QString school(SchoolType type, const DemoVillage* village, bool numbered, bool smallRural);
    QString preschool(const DemoVillage* village);
    QString additional();
    QString college();
    QString nonstateSchool();
    QString nonstatePreschool();
    QString nonstateAdditional();

    static QString innovationTopic(DemoRandom& random);

private:
    QString place(const DemoVillage* village) const; // "г. Томска", "с. Новиково"
    QString nextProperName();
    int nextNumber(int& counter);

    const DemoRegionSpec& m_region;
    const DemoMunicipalitySpec& m_municipality;
    DemoRandom& m_random;
    bool m_autonomous; // МАОУ/МАДОУ/МАУ ДО rather than МБОУ/МБДОУ/МБУ ДО
    int m_schoolNumber = 0;
    int m_preschoolNumber = 0;
    int m_centreSchoolNumber = 0;
    QStringList m_properNames;  // «Солнышко», «Колосок»: shuffled, used in turn
    int m_nextProper = 0;
    QStringList m_additionalKinds;
    QHash<QString, int> m_additionalUsed;
    QStringList m_collegeProfiles;
    int m_nextCollege = 0;
};

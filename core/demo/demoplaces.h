#pragma once
// The territories the demo data describes: a region, its hubs and municipalities with the form
// of their methodical service, and villages for rural organisation names. S, M and L follow the
// seed documents (Rostov region's Kuibyshev district, Ivanovo city, the Tomsk region with its six
// hubs); XL is a large synthetic region.
#include "demo/demooptions.h"
#include "demo/demorandom.h"
#include "status.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

// Where a municipality's organisations stand: a city, or a district whose centre is a town or a village.
enum class Settlement { City, Town, Village };

struct DemoVillage {
    QString name;      // "Новиково"
    QString adjective; // "Новиковская" (as in «Новиковская СОШ»)
};

struct DemoMunicipalitySpec {
    QString name;            // "Кожевниковский район", "г. Томск"
    QString genitive;        // ends organisation names: "Кожевниковского района", "г. Томска"
    QString adjective;       // masculine, for colleges: "Кожевниковский", "Томский"
    Settlement centre = Settlement::Village; // City: the whole municipality is a city
    QString centreName;      // "Кожевниково", "Асино", "Томск"
    QString centreLabel;     // "с. Кожевниково", "г. Асино", "г. Томска"
    QString centreAdjective; // feminine: "Кожевниковская"
    QString serviceForm;     // centre, cabinet, department, specialist, service
    QString serviceName;     // the organisation unit that holds the municipality's methodists
    int organisations = 0;   // planned, the methodical service included
};

struct DemoHubSpec {
    QString name; // "Асино"
    QVector<DemoMunicipalitySpec> municipalities;
};

struct DemoRegionSpec {
    QString name;          // "Томская область"
    QString code;          // "70": prefix of every unit code
    QString collegePrefix; // "ОГБПОУ": the legal form of the region's colleges
    int staff = 0;         // planned current staff of the whole region
    QVector<DemoHubSpec> hubs;
};

class DemoPlaces {
    Q_DECLARE_TR_FUNCTIONS(DemoPlaces)
public:
    static Result<QVector<DemoVillage>> loadVillages(); // from :/demo/villages.txt
    static DemoRegionSpec region(DemoSize size, quint64 seed, const QVector<DemoVillage>& villages);

private:
    static DemoRegionSpec rostov();
    static DemoRegionSpec ivanovo();
    static DemoRegionSpec tomsk();
    static DemoRegionSpec synthetic(quint64 seed, const QVector<DemoVillage>& villages);
};

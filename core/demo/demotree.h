#pragma once
// The demo unit tree: region -> hubs -> municipalities -> organisations, planned in memory
// (names, codes, kinds, flags, planned staff per organisation) and then inserted.
#include "demo/demooptions.h"
#include "demo/demoplaces.h"
#include "domain/orgunit.h"
#include "status.h"

#include <QVector>

struct DemoContext;

// What an organisation's staff do: a non-state organisation is a school, preschool or УДО.
enum class DemoProfile { School, Preschool, Additional, College, MethodicalService };

struct DemoOrganisation {
    OrgUnit unit;          // id set once inserted
    int municipality = 0;  // index into DemoTree::municipalities
    DemoProfile profile = DemoProfile::School;
    int staff = 0;         // planned current staff (main employments)
};

struct DemoMunicipality {
    OrgUnit unit;
    QString genitive;          // "Кожевниковского района": tells apart organisations of the same name
    int hub = 0;               // index into DemoTree::hubs
    int firstOrganisation = 0; // its organisations are contiguous in DemoTree::organisations,
    int organisationCount = 0; // the methodical service first
};

struct DemoTree {
    OrgUnit region;
    QVector<OrgUnit> hubs;
    QVector<DemoMunicipality> municipalities;
    QVector<DemoOrganisation> organisations;

    int unitCount() const { return 1 + int(hubs.size() + municipalities.size() + organisations.size()); }
    int plannedStaff() const;
};

// Plans the tree of a size (no database work): same options, same tree.
DemoTree planDemoTree(const DemoOptions& options, const QVector<DemoVillage>& villages);

// The generation step: inserts the planned tree through OrgUnitRepository and records the ids.
Status insertDemoTree(DemoContext& context);

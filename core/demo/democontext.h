#pragma once
// What the generation steps share: the database and its repositories, the options, the planned
// tree, the generated staff (compact, for steps that add records about people) and the progress.
#include "demo/demonames.h"
#include "demo/demooptions.h"
#include "demo/demoplaces.h"
#include "demo/demoprogress.h"
#include "demo/demorandom.h"
#include "demo/demotree.h"
#include "storage/orgunitrepository.h"
#include "storage/personrepository.h"

#include <QDate>
#include <QVector>
#include <string_view>

class Database;

// One generated person, as later steps need them (diagnostics, routes, mentoring, ...).
struct DemoStaffMember {
    qint64 personId = 0;
    int organisation = -1;   // index into DemoTree::organisations of the main or last employment
    bool active = true;      // employed on the reference date (false: left in the last three years)
    bool female = true;
    QDate birthDate;
    QDate experienceStart;
    QString position;        // position code of the main or last employment
};

struct DemoContext {
    DemoContext(Database& database, const DemoOptions& generation, DemoProgress& reporter)
        : db(database), options(generation), progress(reporter), units(database), persons(database) {}

    Database& db;
    const DemoOptions options;
    DemoProgress& progress;
    OrgUnitRepository units;
    PersonRepository persons;
    DemoNames names;
    DemoTree tree;
    QVector<DemoStaffMember> staff;
    int employments = 0;

    // An independent random stream for one step (and one item of it): same seed, same numbers.
    DemoRandom random(std::string_view stream, quint64 index = 0) const
    {
        return DemoRandom::stream(options.seed, stream, index);
    }
};

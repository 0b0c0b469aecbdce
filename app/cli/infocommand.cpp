// metodist-cli info --db FILE [--json]: schema version, the tree down to municipalities, counts.
#include "cli.h"
#include "storage/clock.h"
#include "storage/orgunitrepository.h"
#include "storage/personrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

struct TreeFacts {
    QHash<qint64, QVector<OrgUnit>> children;
    QHash<qint64, int> organisations; // organisations in each subtree
    QHash<qint64, int> staff;         // persons employed today in each subtree
};

QJsonObject unitJson(const OrgUnit& unit, const TreeFacts& facts)
{
    QJsonObject o{{QStringLiteral("code"), unit.code},
                  {QStringLiteral("name"), unit.name},
                  {QStringLiteral("level"), UnitLevels::code(unit.level)},
                  {QStringLiteral("organisations"), facts.organisations.value(unit.id)},
                  {QStringLiteral("staff"), facts.staff.value(unit.id)}};
    if (!unit.kind.isEmpty())
        o.insert(QStringLiteral("kind"), unit.kind);
    if (unit.level < UnitLevel::Municipality) {
        QJsonArray children;
        for (const OrgUnit& child : facts.children.value(unit.id))
            children.append(unitJson(child, facts));
        o.insert(QStringLiteral("children"), children);
    }
    return o;
}

void printTree(const OrgUnit& unit, const TreeFacts& facts, int depth)
{
    Cli::out() << QString(depth * 2, u' ') << unit.name << QStringLiteral(" [%1]").arg(unit.code) << u' '
               << Cli::tr("— %1: organisations %2, staff %3")
                      .arg(UnitLevels::name(unit.level))
                      .arg(facts.organisations.value(unit.id))
                      .arg(facts.staff.value(unit.id))
               << Qt::endl;
    if (unit.level < UnitLevel::Municipality)
        for (const OrgUnit& child : facts.children.value(unit.id))
            printTree(child, facts, depth + 1);
}

} // namespace

int runInfo(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), Cli::tr("The database file."), Cli::tr("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print JSON."));
    parser.addOptions({db, json});
    if (!Cli::parse(parser, arguments, 0, QStringLiteral("info --db FILE [--json]")))
        return parser.isSet(QStringLiteral("help")) ? Done : UsageError;
    auto database = Cli::openExisting(parser.value(db), Database::OpenMode::ReadOnly);
    if (!database)
        return FileError;

    OrgUnitRepository units(*database);
    PersonRepository persons(*database);
    const QDate today = database->clock().today();
    TreeFacts facts;
    facts.staff = units.staffCounts(today);
    const QVector<OrgUnit> all = units.all();
    QHash<qint64, qint64> parentOf;
    for (const OrgUnit& u : all) {
        facts.children[u.parentId].append(u);
        parentOf.insert(u.id, u.parentId);
    }
    for (const OrgUnit& u : all)
        if (u.level == UnitLevel::Organisation)
            for (qint64 id = u.id; id != 0; id = parentOf.value(id))
                ++facts.organisations[id];
    const QHash<int, int> byLevel = units.countsByLevel();
    const auto region = units.region();
    const int personCount = persons.count();
    const int employmentCount = persons.employmentCount();
    const int activeCount = persons.activeEmploymentCount(today);

    if (parser.isSet(json)) {
        QJsonObject levels;
        for (int i = 0; i <= 3; ++i)
            levels.insert(UnitLevels::code(UnitLevel(i)), byLevel.value(i));
        QJsonObject o{
            {QStringLiteral("file"), database->path()},
            {QStringLiteral("schemaVersion"), database->schemaVersion()},
            {QStringLiteral("date"), today.toString(Qt::ISODate)},
            {QStringLiteral("unitsByLevel"), levels},
            {QStringLiteral("records"), QJsonObject{{QStringLiteral("units"), int(all.size())},
                                                    {QStringLiteral("persons"), personCount},
                                                    {QStringLiteral("employments"), employmentCount},
                                                    {QStringLiteral("activeEmployments"), activeCount}}},
            {QStringLiteral("tree"), region ? QJsonValue(unitJson(*region, facts)) : QJsonValue()},
        };
        Cli::out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return Done;
    }

    Cli::out() << Cli::tr("File: %1").arg(database->path()) << Qt::endl
               << Cli::tr("Schema version: %1").arg(database->schemaVersion()) << Qt::endl;
    QStringList levels;
    for (int i = 0; i <= 3; ++i)
        levels << Cli::tr("%1 — %2").arg(UnitLevels::name(UnitLevel(i))).arg(byLevel.value(i));
    Cli::out() << Cli::tr("Units by level: %1").arg(levels.join(QStringLiteral(", "))) << Qt::endl;
    Cli::out() << Cli::tr("Persons: %1; employments: %2, of them current on %3: %4")
                      .arg(personCount)
                      .arg(employmentCount)
                      .arg(today.toString(QStringLiteral("dd.MM.yyyy")))
                      .arg(activeCount)
               << Qt::endl;
    if (region) {
        Cli::out() << Qt::endl;
        printTree(*region, facts, 0);
    }
    return Done;
}

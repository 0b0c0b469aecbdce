#include "demo/demogenerator.h"
#include "demo/democontext.h"
#include "demo/demostaff.h"
#include "demo/demosupportcycle.h"
#include "demo/demotree.h"
#include "storage/clock.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "storage/uuidsource.h"

#include <QElapsedTimer>
#include <QSqlQuery>

namespace {

// The generation steps, in order. A step adds one kind of record; later ones may use what
// earlier ones left in the context (the tree, the staff, the course catalogue, the events, the
// routes the diagnostics call for). Each step draws from its own random streams, so changing one
// leaves the numbers of the others alone. Work is counted in items for progress.
struct DemoStep {
    const char* name;
    int (*work)(const DemoContext&);
    Status (*run)(DemoContext&);
};

const DemoStep steps[] = {
    {"tree", [](const DemoContext& c) { return c.tree.unitCount(); }, &insertDemoTree},
    {"staff", [](const DemoContext& c) { return c.tree.plannedStaff(); }, &generateDemoStaff},
    {"courses", [](const DemoContext&) { return 1; }, &generateDemoCourseCatalogue},
    {"events", &demoSmallStepWork, &generateDemoEvents},
    {"diagnostics", &demoPersonStepWork, &generateDemoDiagnostics},
    {"routes", &demoSmallStepWork, &generateDemoRoutes},
    {"mentoring", &demoPersonStepWork, &generateDemoMentoring},
    {"completions", &demoPersonStepWork, &generateDemoCourseCompletions},
    {"attestations", &demoPersonStepWork, &generateDemoAttestations},
    {"competitions", &demoSmallStepWork, &generateDemoCompetitions},
    {"associations", &demoSmallStepWork, &generateDemoAssociations},
    {"consultations", &demoSmallStepWork, &generateDemoConsultations},
    {"sites", &demoSmallStepWork, &generateDemoInnovationSites},
    {"materials", &demoPersonStepWork, &generateDemoMaterials},
    {"surveys", &demoSmallStepWork, &generateDemoSurveys},
    {"results", &demoPersonStepWork, &generateDemoStudentResults},
    {"plan", &demoSmallStepWork, &generateDemoPlan},
    {"risks", &demoSmallStepWork, &generateDemoRisks},
    {"checklist", &demoSmallStepWork, &generateDemoChecklist},
};

// While the demo data is written, record times and uuids come from the seed; afterwards the
// database gets its previous clock and random uuids back.
class DeterministicSources {
public:
    DeterministicSources(Database& db, const DemoOptions& options)
        : m_db(db)
        , m_previousClock(&db.clock())
        , m_clock(QDateTime(options.referenceDate, QTime(12, 0), Qt::UTC))
        , m_uuids(options.seed)
    {
        m_db.setClock(&m_clock);
        m_db.setUuidSource(&m_uuids);
    }
    ~DeterministicSources()
    {
        m_db.setClock(m_previousClock);
        m_db.setUuidSource(nullptr);
    }

private:
    Database& m_db;
    const Clock* m_previousClock;
    FixedClock m_clock;
    SeededUuidSource m_uuids;
};

// While the demo data is written, SQLite keeps its temporary files in memory: the repositories
// open a savepoint for most records, and the journal of each would otherwise be written to a
// temporary file (a third of the system time on M). The previous setting comes back afterwards.
class MemoryTempStore {
public:
    explicit MemoryTempStore(Database& db) : m_db(db)
    {
        QSqlQuery q(m_db.connection());
        if (q.exec(QStringLiteral("PRAGMA temp_store")) && q.next())
            m_previous = q.value(0).toInt();
        q.finish();
        q.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    }
    ~MemoryTempStore()
    {
        QSqlQuery(m_db.connection()).exec(QStringLiteral("PRAGMA temp_store = %1").arg(m_previous));
    }

private:
    Database& m_db;
    int m_previous = 0;
};

} // namespace

std::optional<DemoSize> parseDemoSize(const QString& text)
{
    const QString key = text.trimmed().toUpper();
    if (key == u"S") return DemoSize::S;
    if (key == u"M") return DemoSize::M;
    if (key == u"L") return DemoSize::L;
    if (key == u"XL") return DemoSize::XL;
    return std::nullopt;
}

QString demoSizeName(DemoSize size)
{
    switch (size) {
    case DemoSize::S: return QStringLiteral("S");
    case DemoSize::M: return QStringLiteral("M");
    case DemoSize::L: return QStringLiteral("L");
    case DemoSize::XL: return QStringLiteral("XL");
    }
    return {};
}

DemoGenerator::DemoGenerator(Database& db, DemoOptions options)
    : m_db(db), m_options(std::move(options))
{
}

Result<DemoSummary> DemoGenerator::run(const std::function<bool(int, int)>& progressCallback)
{
    if (!m_options.referenceDate.isValid())
        return Result<DemoSummary>::failure(tr("The reference date of the demo data is not valid."));

    DemoProgress progress(progressCallback);
    DemoContext context(m_db, m_options, progress);
    const int units = context.units.count();
    const int persons = context.persons.count();
    if (units > 0 || persons > 0)
        return Result<DemoSummary>::failure(
            tr("Demo data can only be generated into an empty database; this one already holds %1 units and %2 persons.")
                .arg(units).arg(persons));

    auto names = DemoNames::load();
    if (!names)
        return Result<DemoSummary>(names.status());
    context.names = std::move(names.value());
    const auto villages = DemoPlaces::loadVillages();
    if (!villages)
        return Result<DemoSummary>(villages.status());
    context.tree = planDemoTree(m_options, villages.value());

    int total = 0;
    for (const DemoStep& step : steps)
        total += step.work(context);
    progress.setTotal(total);

    DeterministicSources sources(m_db, m_options);
    MemoryTempStore tempStore(m_db);
    WriteTransaction tx(m_db);
    if (!tx.isActive())
        return Result<DemoSummary>(tx.status());
    DemoSummary summary;
    for (const DemoStep& step : steps) {
        QElapsedTimer timer;
        timer.start();
        const Status s = step.run(context);
        summary.stepMilliseconds.append({QString::fromLatin1(step.name), timer.elapsed()});
        if (progress.cancelled())
            return Result<DemoSummary>::failure(tr("Generation of demo data was cancelled; nothing was saved."));
        if (!s)
            return Result<DemoSummary>::failure(tr("Generating demo data failed (step %1): %2")
                                                    .arg(QString::fromLatin1(step.name), s.error()));
    }
    if (Status s = tx.commit(); !s)
        return Result<DemoSummary>(s);

    summary.units = context.tree.unitCount();
    summary.persons = int(context.staff.size());
    summary.employments = context.employments;
    summary.records = context.records;
    return summary;
}

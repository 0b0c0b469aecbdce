#include "demo/demogenerator.h"
#include "demo/democontext.h"
#include "demo/demostaff.h"
#include "demo/demotree.h"
#include "storage/clock.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "storage/uuidsource.h"

namespace {

// The generation steps, in order. A step adds one kind of record; later ones may use what
// earlier ones left in the context (the tree, the staff). Work is counted in items for progress.
struct DemoStep {
    const char* name;
    int (*work)(const DemoContext&);
    Status (*run)(DemoContext&);
};

const DemoStep steps[] = {
    {"tree", [](const DemoContext& c) { return c.tree.unitCount(); }, &insertDemoTree},
    {"staff", [](const DemoContext& c) { return c.tree.plannedStaff(); }, &generateDemoStaff},
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
        return names.status();
    context.names = std::move(names.value());
    const auto villages = DemoPlaces::loadVillages();
    if (!villages)
        return villages.status();
    context.tree = planDemoTree(m_options, villages.value());

    int total = 0;
    for (const DemoStep& step : steps)
        total += step.work(context);
    progress.setTotal(total);

    DeterministicSources sources(m_db, m_options);
    WriteTransaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    for (const DemoStep& step : steps) {
        const Status s = step.run(context);
        if (progress.cancelled())
            return Result<DemoSummary>::failure(tr("Generation of demo data was cancelled; nothing was saved."));
        if (!s)
            return Result<DemoSummary>::failure(tr("Generating demo data failed (step %1): %2")
                                                    .arg(QString::fromLatin1(step.name), s.error()));
    }
    if (Status s = tx.commit(); !s)
        return s;

    DemoSummary summary;
    summary.units = context.tree.unitCount();
    summary.persons = int(context.staff.size());
    summary.employments = context.employments;
    return summary;
}

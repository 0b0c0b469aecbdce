// Roll-up equality on the generated M data: for every indicator, a unit's numerator and
// denominator are the sums over its children (and its own records), at every level.
#include "demofixture.h"
#include "indicators/indicatorcatalogue.h"
#include "indicators/indicatorengine.h"
#include "storage/orgunitrepository.h"

namespace {

// Checks the unit's sums and returns its drill-down.
DrillDown checkRollUp(Database& db, qint64 unitId, const IndicatorPeriod& period)
{
    const auto d = IndicatorEngine(db).compute(unitId, period);
    INFO(d.error().toStdString());
    REQUIRE(d.ok());
    REQUIRE_FALSE(d->children.isEmpty());
    for (int k = 0; k < d->unit.figures.size(); ++k) {
        const IndicatorFigure& whole = d->unit.figures.at(k);
        double numerator = d->own.figures.at(k).numerator, denominator = d->own.figures.at(k).denominator;
        for (const UnitFigures& c : d->children) {
            numerator += c.figures.at(k).numerator;
            denominator += c.figures.at(k).denominator;
        }
        INFO(whole.code.toStdString() << " of unit " << unitId);
        CHECK(whole.numerator == Approx(numerator));
        CHECK(whole.denominator == Approx(denominator));
    }
    return *d;
}

// A child computed on its own has the figures it has in its parent's drill-down.
void checkSame(const UnitFigures& inParent, const DrillDown& own)
{
    REQUIRE(inParent.figures.size() == own.unit.figures.size());
    for (int k = 0; k < own.unit.figures.size(); ++k) {
        INFO(own.unit.figures.at(k).code.toStdString() << " of " << own.unit.unitCode.toStdString());
        CHECK(inParent.figures.at(k).numerator == Approx(own.unit.figures.at(k).numerator));
        CHECK(inParent.figures.at(k).denominator == Approx(own.unit.figures.at(k).denominator));
    }
}

} // namespace

TEST_CASE("roll-up: a parent's numerator and denominator are its children's sums, for every indicator (M)", "[indicators][demo]")
{
    Generated& g = demoM();
    OrgUnitRepository units(*g.db);
    const IndicatorPeriod y2024{IndicatorPeriod::Kind::Academic, 2024};
    const qint64 region = units.region()->id;
    const DrillDown top = checkRollUp(*g.db, region, y2024);
    // Down the tree: each hub, each municipality (its children are organisations).
    for (const UnitFigures& hub : top.children) {
        const DrillDown h = checkRollUp(*g.db, hub.unitId, y2024);
        checkSame(hub, h);
        for (const UnitFigures& municipality : h.children) {
            checkSame(municipality, checkRollUp(*g.db, municipality.unitId, y2024));
            checkRollUp(*g.db, municipality.unitId, {IndicatorPeriod::Kind::Calendar, 2025});
        }
    }
    // The figures the demo gives data for are not empty.
    const auto d = IndicatorEngine(*g.db).compute(region, y2024);
    for (const char* code : {"K01", "K03", "K04", "K05", "K06", "K08", "K09", "K12", "K13", "K17"}) {
        INFO(code);
        const IndicatorFigure* f = d->unit.find(QString::fromLatin1(code));
        REQUIRE(f);
        CHECK(f->numerator > 0);
        CHECK(f->denominator > f->numerator);
    }
}

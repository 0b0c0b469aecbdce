#include "demo/demotree.h"
#include "demo/democontext.h"
#include "demo/demoorgnames.h"

#include <QSet>
#include <algorithm>

namespace {

int roundToInt(double x)
{
    return int(x + 0.5);
}

struct KindCounts {
    int schools = 0, preschools = 0, additional = 0, colleges = 0, nonstate = 0;
};

// Shares n organisations out by kind (largest remainder): a city has more kindergartens,
// УДО, colleges and non-state organisations than a rural district.
KindCounts shareOut(int n, bool city)
{
    const double shares[5] = {city ? 0.43 : 0.50, city ? 0.42 : 0.40, city ? 0.09 : 0.07, city ? 0.03 : 0.02,
                              city ? 0.03 : 0.01};
    int counts[5];
    double remainders[5];
    int given = 0;
    for (int i = 0; i < 5; ++i) {
        const double exact = n * shares[i];
        counts[i] = int(exact);
        remainders[i] = exact - counts[i];
        given += counts[i];
    }
    while (given < n) {
        const int best = int(std::max_element(remainders, remainders + 5) - remainders);
        ++counts[best];
        remainders[best] = -1;
        ++given;
    }
    return {counts[0], counts[1], counts[2], counts[3], counts[4]};
}

// Methodists (and a head) of a municipal methodical service, by its form and the staff it serves.
int serviceStaff(const QString& form, int municipalityStaff)
{
    const auto clamp = [](int v, int lo, int hi) { return std::clamp(v, lo, hi); };
    if (form == u"centre") {
        // Seed 002: in Tomsk one methodist serves more than 650 teachers.
        const int methodists = clamp(roundToInt(municipalityStaff / 700.0), 2, 25);
        return methodists + 1 + (methodists >= 6 ? 1 : 0); // a director, and a deputy in a large centre
    }
    if (form == u"specialist")
        return municipalityStaff < 1500 ? 1 : 2;
    if (form == u"service")
        return clamp(roundToInt(municipalityStaff / 500.0), 2, 4);
    if (form == u"department")
        return clamp(roundToInt(municipalityStaff / 500.0), 2, 6);
    return clamp(roundToInt(municipalityStaff / 500.0), 2, 5); // cabinet
}

// Plans the organisations of one municipality (raw staff sizes, scaled later).
class MunicipalityPlanner {
public:
    MunicipalityPlanner(const DemoRegionSpec& region, const DemoMunicipalitySpec& spec, int index,
                        const QVector<DemoVillage>& villages, DemoRandom& random, QVector<DemoOrganisation>& out)
        : m_spec(spec), m_index(index), m_random(random), m_namer(region, spec, random), m_out(out)
    {
        for (const DemoVillage& v : villages)
            if (v.name != spec.centreName)
                m_villages.append(v);
        m_random.shuffle(m_villages);
    }

    void plan(const KindCounts& kinds)
    {
        const bool city = m_spec.centre == Settlement::City;
        // A small town that is a municipality of its own (г. Кедровый) has town-sized schools.
        m_sizes = city && m_spec.organisations < 10 ? Settlement::Town : m_spec.centre;
        add(DemoProfile::MethodicalService, QStringLiteral("methodical_centre"), m_spec.serviceName, nullptr, 0);

        const int centreSchools = city ? kinds.schools : std::clamp(roundToInt(kinds.schools * 0.2), std::min(1, kinds.schools), 4);
        for (int i = 0; i < centreSchools; ++i) {
            SchoolType type = SchoolType::Secondary;
            if (m_spec.centre != Settlement::Village) {
                const int t = m_random.weighted({88, 7, 5});
                type = t == 1 ? SchoolType::Gymnasium : t == 2 ? SchoolType::Lyceum : SchoolType::Secondary;
            }
            const int size = m_sizes == Settlement::City ? m_random.between(type == SchoolType::Secondary ? 35 : 45, 95)
                             : m_sizes == Settlement::Town ? m_random.between(30, 75)
                                                                  : m_random.between(25, 55);
            add(DemoProfile::School, QStringLiteral("school"), m_namer.school(type, nullptr, centreSchools > 1, false), nullptr, size);
        }
        QVector<int> schoolVillages;
        for (int i = centreSchools; i < kinds.schools; ++i) {
            const DemoVillage* village = nextVillage();
            schoolVillages.append(m_villageIndex - 1);
            const bool small = m_random.chance(0.35);
            const SchoolType type = !small ? SchoolType::Secondary : m_random.chance(0.8) ? SchoolType::Basic : SchoolType::Primary;
            DemoOrganisation& o = add(DemoProfile::School, QStringLiteral("school"), m_namer.school(type, village, false, small),
                                      village, small ? m_random.between(5, 13) : m_random.between(14, 35));
            o.unit.smallSchool = small;
        }

        const int centrePreschools = city ? kinds.preschools
                                          : std::clamp(roundToInt(kinds.preschools * 0.3), std::min(1, kinds.preschools), 6);
        for (int i = 0; i < centrePreschools; ++i) {
            const int size = m_sizes == Settlement::City ? m_random.between(16, 40)
                             : m_sizes == Settlement::Town ? m_random.between(14, 32)
                                                                  : m_random.between(10, 24);
            add(DemoProfile::Preschool, QStringLiteral("preschool"), m_namer.preschool(nullptr), nullptr, size);
        }
        int reused = 0;
        for (int i = centrePreschools; i < kinds.preschools; ++i) {
            // Most villages with a school have a kindergarten too.
            const DemoVillage* village = reused < schoolVillages.size() && m_random.chance(0.6)
                                             ? &m_villages.at(schoolVillages.at(reused++) % m_villages.size())
                                             : nextVillage();
            add(DemoProfile::Preschool, QStringLiteral("preschool"), m_namer.preschool(village), village, m_random.between(4, 12));
        }

        for (int i = 0; i < kinds.additional; ++i)
            add(DemoProfile::Additional, QStringLiteral("additional"), m_namer.additional(), nullptr,
                m_sizes == Settlement::City ? m_random.between(12, 55) : m_random.between(6, 25));
        for (int i = 0; i < kinds.colleges; ++i)
            add(DemoProfile::College, QStringLiteral("college"), m_namer.college(), nullptr, m_random.between(30, 90));
        for (int i = 0; i < kinds.nonstate; ++i) {
            const int p = m_random.weighted({35, 45, 20});
            const DemoProfile profile = p == 0 ? DemoProfile::School : p == 1 ? DemoProfile::Preschool : DemoProfile::Additional;
            const QString name = p == 0 ? m_namer.nonstateSchool() : p == 1 ? m_namer.nonstatePreschool() : m_namer.nonstateAdditional();
            add(profile, QStringLiteral("nonstate"), name, nullptr, m_random.between(5, 22));
        }
    }

private:
    const DemoVillage* nextVillage()
    {
        return &m_villages.at(m_villageIndex++ % m_villages.size());
    }

    DemoOrganisation& add(DemoProfile profile, const QString& kind, const QString& name, const DemoVillage* village, int staff)
    {
        DemoOrganisation o;
        o.municipality = m_index;
        o.profile = profile;
        o.staff = staff;
        o.unit.level = UnitLevel::Organisation;
        o.unit.kind = kind;
        o.unit.name = name;
        o.unit.rural = village != nullptr || m_spec.centre == Settlement::Village;
        m_out.append(o);
        return m_out.last();
    }

    const DemoMunicipalitySpec& m_spec;
    int m_index;
    DemoRandom& m_random;
    DemoOrgNamer m_namer;
    QVector<DemoOrganisation>& m_out;
    QList<DemoVillage> m_villages;
    int m_villageIndex = 0;
    Settlement m_sizes = Settlement::Village; // which size ranges apply
};

// Marks exactly round(share × candidates) organisations, preferring those of higher weight
// (each gets the key u / weight, the smallest keys win).
template <class Weight, class Mark>
void markShare(QVector<DemoOrganisation>& organisations, const QVector<int>& candidates, double share,
               DemoRandom& random, Weight weight, Mark mark)
{
    QVector<QPair<double, int>> keys;
    for (int i : candidates)
        keys.append({random.unit() / weight(organisations.at(i)), i});
    std::stable_sort(keys.begin(), keys.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    const int count = roundToInt(share * double(candidates.size()));
    for (int k = 0; k < count; ++k)
        mark(organisations[keys.at(k).second]);
}

// Flags over the whole region: ШНОР about 8 % and ШНСУ about 10 % of schools (more often rural,
// and the two often together), «Точка роста» in about 20 % of rural schools, a few innovation sites.
void markFlags(DemoTree& tree, DemoRandom& random)
{
    QVector<int> schools, ruralSchools, organisations;
    for (int i = 0; i < tree.organisations.size(); ++i) {
        const OrgUnit& unit = tree.organisations.at(i).unit;
        if (unit.kind == u"school")
            schools.append(i);
        if (unit.kind == u"school" && unit.rural)
            ruralSchools.append(i);
        if (unit.kind != u"methodical_centre")
            organisations.append(i);
    }
    markShare(tree.organisations, schools, 0.08, random,
              [](const DemoOrganisation& o) { return o.unit.rural ? 1.4 : 1.0; },
              [](DemoOrganisation& o) { o.unit.lowResults = true; });
    markShare(tree.organisations, schools, 0.10, random,
              [](const DemoOrganisation& o) { return (o.unit.rural ? 1.5 : 1.0) * (o.unit.lowResults ? 2.0 : 1.0); },
              [](DemoOrganisation& o) { o.unit.unfavourable = true; });
    markShare(tree.organisations, ruralSchools, 0.20, random,
              [](const DemoOrganisation& o) { return o.unit.smallSchool ? 0.4 : 1.0; },
              [](DemoOrganisation& o) { o.unit.growthPoint = true; });
    markShare(tree.organisations, organisations, 0.035, random,
              [](const DemoOrganisation& o) { return o.profile == DemoProfile::School ? 1.5 : 1.0; },
              [&random](DemoOrganisation& o) {
                  static const char* const levels[] = {"municipal", "regional", "federal"};
                  o.unit.innovationLevel = QString::fromLatin1(levels[random.weighted({5, 4, 1})]);
                  o.unit.innovationTopic = DemoOrgNamer::innovationTopic(random);
              });
}

// Names are unique in the region: a repeated village name gets its district added.
void makeNamesUnique(DemoTree& tree)
{
    QSet<QString> used;
    for (DemoOrganisation& o : tree.organisations) {
        QString name = o.unit.name;
        if (used.contains(name))
            name += u' ' + tree.municipalities.at(o.municipality).genitive;
        for (int n = 2; used.contains(name); ++n)
            name = o.unit.name + QStringLiteral(" (%1)").arg(n);
        used.insert(name);
        o.unit.name = name;
    }
}

} // namespace

int DemoTree::plannedStaff() const
{
    int staff = 0;
    for (const DemoOrganisation& o : organisations)
        staff += o.staff;
    return staff;
}

DemoTree planDemoTree(const DemoOptions& options, const QVector<DemoVillage>& villages)
{
    const DemoRegionSpec spec = DemoPlaces::region(options.size, options.seed, villages);
    DemoTree tree;
    tree.region.level = UnitLevel::Region;
    tree.region.code = spec.code;
    tree.region.name = spec.name;

    QVector<const DemoMunicipalitySpec*> specs;
    for (int h = 0; h < spec.hubs.size(); ++h) {
        OrgUnit hub;
        hub.level = UnitLevel::Hub;
        hub.code = QStringLiteral("%1-H%2").arg(spec.code).arg(h + 1);
        hub.name = spec.hubs.at(h).name;
        tree.hubs.append(hub);

        // Every hub has a college (seed 002): the hub's first municipality gets one if none has.
        QVector<KindCounts> counts;
        int colleges = 0;
        for (const DemoMunicipalitySpec& m : spec.hubs.at(h).municipalities) {
            counts.append(shareOut(m.organisations - 1, m.centre == Settlement::City));
            colleges += counts.last().colleges;
        }
        if (colleges == 0 && counts.first().schools >= 3) {
            counts.first().colleges = 1;
            --counts.first().schools;
        }

        for (int i = 0; i < spec.hubs.at(h).municipalities.size(); ++i) {
            const DemoMunicipalitySpec& m = spec.hubs.at(h).municipalities.at(i);
            const int index = int(tree.municipalities.size());
            DemoMunicipality municipality;
            municipality.hub = h;
            municipality.unit.level = UnitLevel::Municipality;
            municipality.unit.code = QStringLiteral("%1-%2").arg(spec.code).arg(index + 1, 2, 10, QLatin1Char('0'));
            municipality.unit.name = m.name;
            municipality.unit.kind = m.serviceForm;
            municipality.genitive = m.genitive;
            municipality.firstOrganisation = int(tree.organisations.size());
            DemoRandom random = DemoRandom::stream(options.seed, "tree", quint64(index));
            MunicipalityPlanner(spec, m, index, villages, random, tree.organisations).plan(counts.at(i));
            municipality.organisationCount = int(tree.organisations.size()) - municipality.firstOrganisation;
            for (int k = 0; k < municipality.organisationCount; ++k)
                tree.organisations[municipality.firstOrganisation + k].unit.code =
                    QStringLiteral("%1-%2").arg(municipality.unit.code).arg(k + 1, 4, 10, QLatin1Char('0'));
            tree.municipalities.append(municipality);
            specs.append(&m);
        }
    }

    // Scale the raw sizes so that the region has the planned staff, methodists included.
    double raw = 0;
    for (const DemoOrganisation& o : tree.organisations)
        raw += o.staff;
    int methodists = 0;
    for (int i = 0; i < tree.municipalities.size(); ++i) {
        const DemoMunicipality& m = tree.municipalities.at(i);
        double municipalityRaw = 0;
        for (int k = 0; k < m.organisationCount; ++k)
            municipalityRaw += tree.organisations.at(m.firstOrganisation + k).staff;
        DemoOrganisation& service = tree.organisations[m.firstOrganisation];
        service.staff = serviceStaff(specs.at(i)->serviceForm, roundToInt(municipalityRaw * spec.staff / raw));
        methodists += service.staff;
    }
    const double factor = (spec.staff - methodists) / raw;
    for (DemoOrganisation& o : tree.organisations)
        if (o.profile != DemoProfile::MethodicalService)
            o.staff = std::max(o.unit.smallSchool ? 4 : 3, roundToInt(o.staff * factor));

    DemoRandom flags = DemoRandom::stream(options.seed, "flags");
    markFlags(tree, flags);
    makeNamesUnique(tree);
    return tree;
}

Status insertDemoTree(DemoContext& context)
{
    DemoTree& tree = context.tree;
    OrgUnitRepository& units = context.units;
    const auto insert = [&](OrgUnit& unit, qint64 parent) -> Status {
        unit.parentId = parent;
        if (auto r = units.insert(unit); !r)
            return r.status();
        return context.progress.advance() ? Status::success() : Status::failure(QString());
    };
    if (Status s = insert(tree.region, 0); !s)
        return s;
    for (OrgUnit& hub : tree.hubs)
        if (Status s = insert(hub, tree.region.id); !s)
            return s;
    for (DemoMunicipality& m : tree.municipalities)
        if (Status s = insert(m.unit, tree.hubs.at(m.hub).id); !s)
            return s;
    for (DemoOrganisation& o : tree.organisations)
        if (Status s = insert(o.unit, tree.municipalities.at(o.municipality).unit.id); !s)
            return s;
    return Status::success();
}

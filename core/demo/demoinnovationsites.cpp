// The innovation sites step: every organisation the tree marks as an innovation site is one now,
// on its topic and level, since a day in the five years or before; a few other organisations
// were municipal (now and then regional) sites for two or three years that have ended. A tree
// without any (one school) makes its first school a municipal site.
#include "demo/democalendar.h"
#include "demo/democontext.h"
#include "demo/demoorgnames.h"
#include "demo/demosupportcycle.h"
#include "storage/innovationsiterepository.h"

Status generateDemoInnovationSites(DemoContext& context)
{
    const DemoCalendar calendar(context.options.referenceDate);
    InnovationSiteRepository sites(context.db);
    const auto& organisations = context.tree.organisations;
    DemoTicker ticker(context.progress, demoSmallStepWork(context), int(organisations.size()));
    for (int o = 0; o < organisations.size(); ++o) {
        const OrgUnit& unit = organisations.at(o).unit;
        DemoRandom random = context.random("innovation-sites", quint64(o));
        QVector<InnovationSite> planned;
        if (!unit.innovationLevel.isEmpty())
            planned.append({.orgUnitId = unit.id, .level = unit.innovationLevel, .topic = unit.innovationTopic,
                            .start = calendar.start(random.between(-2, DemoCalendar::years - 1)).addDays(random.between(0, 90))});
        if (organisations.at(o).profile != DemoProfile::MethodicalService && random.chance(0.05)) {
            const int from = random.between(0, DemoCalendar::years - 2);
            const int to = std::min(from + random.between(1, 2), DemoCalendar::years - 1);
            planned.append({.orgUnitId = unit.id, .level = random.chance(0.8) ? QStringLiteral("municipal") : QStringLiteral("regional"),
                            .topic = DemoOrgNamer::innovationTopic(random), .start = calendar.start(from), .end = calendar.end(to)});
        }
        for (InnovationSite& site : planned) {
            // Two sites of one level may not overlap: the ended one gives way to the current one.
            if (site.end.isValid() && planned.first().level == site.level && !planned.first().end.isValid()
                && planned.first().start <= site.end)
                continue;
            if (auto r = sites.insert(site); !r)
                return r.status();
            ++context.records;
        }
        if (!ticker.tick())
            return Status::failure(QString());
    }
    if (sites.list(context.tree.region.id).isEmpty())
        for (const DemoOrganisation& organisation : organisations)
            if (organisation.profile == DemoProfile::School) {
                DemoRandom random = context.random("innovation-sites-first");
                InnovationSite site{.orgUnitId = organisation.unit.id, .level = QStringLiteral("municipal"),
                                    .topic = DemoOrgNamer::innovationTopic(random), .start = calendar.start(2)};
                if (auto r = sites.insert(site); !r)
                    return r.status();
                ++context.records;
                break;
            }
    return ticker.finish() ? Status::success() : Status::failure(QString());
}

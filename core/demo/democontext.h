#pragma once
// What the generation steps share: the database and its repositories, the options, the planned
// tree, the generated staff (compact, for steps that add records about people), what the
// support-cycle steps leave for each other and the progress.
#include "demo/democycle.h"
#include "demo/demonames.h"
#include "demo/demooptions.h"
#include "demo/demoplaces.h"
#include "demo/demoprogress.h"
#include "demo/demorandom.h"
#include "demo/demostaffmember.h"
#include "demo/demotree.h"
#include "storage/orgunitrepository.h"
#include "storage/personrepository.h"

#include <QDate>
#include <QVector>
#include <string_view>

class Database;

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
    DemoCycle cycle;
    int records = 0; // rows written to the support cycle's tables

    // Indices into staff of everyone who ever worked at the organisation (built on first use,
    // once the staff step is done).
    const QVector<int>& staffOf(int organisation)
    {
        if (m_staffByOrganisation.isEmpty()) {
            m_staffByOrganisation.resize(tree.organisations.size());
            for (int i = 0; i < staff.size(); ++i)
                for (const DemoJob& job : staff.at(i).jobs)
                    if (m_staffByOrganisation.at(job.organisation).isEmpty()
                        || m_staffByOrganisation.at(job.organisation).last() != i)
                        m_staffByOrganisation[job.organisation].append(i);
        }
        return m_staffByOrganisation.at(organisation);
    }

    // An independent random stream for one step (and one item of it): same seed, same numbers.
    DemoRandom random(std::string_view stream, quint64 index = 0) const
    {
        return DemoRandom::stream(options.seed, stream, index);
    }

private:
    QVector<QVector<int>> m_staffByOrganisation;
};

// Reports a step's share of the work (`work` items, as the step table counts it) while the
// step goes through its own `count` items one by one.
class DemoTicker {
public:
    DemoTicker(DemoProgress& progress, int work, int count) : m_progress(progress), m_work(work), m_count(count) {}
    // False once the caller has asked to cancel.
    bool tick()
    {
        ++m_done;
        const int target = m_count > 0 ? int(qint64(m_work) * m_done / m_count) : m_work;
        const int n = target - m_reported;
        m_reported = target;
        return n > 0 ? m_progress.advance(n) : !m_progress.cancelled();
    }
    // Reports what is left (when the step had fewer items than it expected).
    bool finish()
    {
        const int n = m_work - m_reported;
        m_reported = m_work;
        return n > 0 ? m_progress.advance(n) : !m_progress.cancelled();
    }

private:
    DemoProgress& m_progress;
    int m_work, m_count, m_done = 0, m_reported = 0;
};

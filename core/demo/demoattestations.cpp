// The attestations step: the attestation that granted each person's category (on the day the
// person table says, when the person worked here then; a category granted before the person came
// was recorded elsewhere), and some refusals: a higher category sought and not granted.
#include "demo/democalendar.h"
#include "demo/democontext.h"
#include "demo/demosupportcycle.h"
#include "storage/attestationrepository.h"

namespace {

constexpr double refusedWithCategory = 0.08; // of those with «first» or «conformity»: sought more, refused
constexpr double refusedWithout = 0.05;      // of experienced staff without a category: sought «first», refused

class Attestations {
public:
    explicit Attestations(DemoContext& context)
        : m_context(context), m_attestations(context.db), m_calendar(context.options.referenceDate)
    {
    }

    Status attest(int index)
    {
        DemoRandom random = m_context.random("attestations", quint64(index));
        const DemoStaffMember& m = m_context.staff.at(index);
        const QDate yesterday = m_calendar.today().addDays(-1);
        const bool hasCategory = m.category != u"none" && m.categoryGranted.isValid();
        if (hasCategory && m.worksOn(m.categoryGranted))
            if (Status s = add(m, m.categoryGranted, m.category, m.categoryExpires); !s)
                return s;

        // A refusal: after two years in the current category (or, without one, after the novice years).
        QString sought;
        QDate from;
        if (hasCategory && (m.category == u"first" || m.category == u"conformity") && random.chance(refusedWithCategory)) {
            sought = m.category == u"first" ? QStringLiteral("highest") : QStringLiteral("first");
            from = m.categoryGranted.addYears(2);
        } else if (!hasCategory && random.chance(refusedWithout)) {
            sought = QStringLiteral("first");
            from = m.experienceStart.addYears(3);
        }
        if (sought.isEmpty())
            return Status::success();
        from = std::max(from, m_calendar.first());
        const QDate date = DemoCalendar::workday(DemoCalendar::between(random, from, yesterday));
        if (date < from || date > yesterday || !m.worksOn(date) || (hasCategory && date <= m.categoryGranted))
            return Status::success();
        return add(m, date, sought, QDate(), false);
    }

private:
    Status add(const DemoStaffMember& m, const QDate& date, const QString& category, const QDate& validUntil, bool granted = true)
    {
        Attestation a;
        a.personId = m.personId;
        a.date = date;
        a.category = category;
        a.outcome = granted ? AttestationOutcome::granted() : AttestationOutcome::refused();
        a.validUntil = validUntil;
        if (auto r = m_attestations.insert(a); !r)
            return r.status();
        ++m_context.records;
        return Status::success();
    }

    DemoContext& m_context;
    AttestationRepository m_attestations;
    const DemoCalendar m_calendar;
};

} // namespace

Status generateDemoAttestations(DemoContext& context)
{
    Attestations attestations(context);
    DemoTicker ticker(context.progress, demoPersonStepWork(context), int(context.staff.size()));
    for (int i = 0; i < context.staff.size(); ++i) {
        if (Status s = attestations.attest(i); !s)
            return s;
        if (!ticker.tick())
            return Status::failure(QString());
    }
    return ticker.finish() ? Status::success() : Status::failure(QString());
}

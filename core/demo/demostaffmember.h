#pragma once
// One generated person as the steps after the staff step see them: the facts they draw on
// (position, category, roles) and the employments, so that every record can be dated on a
// day the person works (the repositories refuse a record of a person who works nowhere then).
#include <QDate>
#include <QString>
#include <QVector>

struct DemoJob {
    int organisation = -1; // index into DemoTree::organisations
    QString position;      // position code
    double rate = 1.0;
    QDate start;
    QDate end;             // invalid while employed

    bool covers(const QDate& date) const { return date >= start && (!end.isValid() || date <= end); }
};

struct DemoStaffMember {
    qint64 personId = 0;
    int organisation = -1;   // index into DemoTree::organisations of the main or last employment
    bool active = true;      // employed on the reference date (false: left in the last three years)
    bool female = true;
    QDate birthDate;
    QDate experienceStart;
    QString position;        // position code of the main or last employment
    QString subject;         // the first subject taught ("" for those who teach none)
    QString category;        // qualification category code as generated ("none" when none)
    QDate categoryGranted;
    QDate categoryExpires;
    bool mentorRole = false;
    bool methodistRole = false;
    QVector<DemoJob> jobs;   // in the order they were inserted (employment ids ascend)

    // The employment that counts on the date (DOMAIN.md §4: the highest rate, then the earliest
    // start, as RecordChecks::mainOrganisation), or nullptr when the person works nowhere.
    const DemoJob* mainJobOn(const QDate& date) const
    {
        const DemoJob* best = nullptr;
        for (const DemoJob& job : jobs)
            if (job.covers(date) && (!best || job.rate > best->rate || (job.rate == best->rate && job.start < best->start)))
                best = &job;
        return best;
    }
    bool worksOn(const QDate& date) const { return mainJobOn(date) != nullptr; }
    int organisationOn(const QDate& date) const
    {
        const DemoJob* job = mainJobOn(date);
        return job ? job->organisation : -1;
    }
    bool worksAt(int organisation, const QDate& date) const
    {
        for (const DemoJob& job : jobs)
            if (job.organisation == organisation && job.covers(date))
                return true;
        return false;
    }
    // Works on every day of [from, to].
    bool worksThrough(const QDate& from, const QDate& to) const
    {
        QDate day = from;
        while (day <= to) {
            const DemoJob* next = nullptr; // the job covering the day that lasts longest
            for (const DemoJob& job : jobs)
                if (job.covers(day) && (!next || !job.end.isValid() || (next->end.isValid() && job.end > next->end)))
                    next = &job;
            if (!next)
                return false;
            if (!next->end.isValid())
                return true;
            day = next->end.addDays(1);
        }
        return true;
    }
    // The last day the person works (invalid while still employed).
    QDate lastDay() const
    {
        QDate last;
        for (const DemoJob& job : jobs) {
            if (!job.end.isValid())
                return QDate();
            last = std::max(last, job.end);
        }
        return last;
    }
    bool isManagement() const { return position == u"head" || position == u"deputy_head"; }
};

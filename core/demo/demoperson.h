#pragma once
// One demo person: sex, name, birth date, pedagogical experience, qualification category,
// subjects, roles and SNILS, drawn with the proportions Russian staff statistics show
// (about 82 % women, mean age about 45, 18 % under 35, 7 % novices).
#include "demo/demonames.h"
#include "demo/demotree.h"
#include "domain/person.h"

#include <QDate>
#include <QSet>

// What the caller fixes about a person; the factory draws the rest.
struct DemoPersonTraits {
    enum class AgeBand { Any, Young, Retiring };
    DemoProfile profile = DemoProfile::School; // of the organisation
    QString position;                          // position code
    AgeBand ageBand = AgeBand::Any;
};

class DemoPersonFactory {
public:
    DemoPersonFactory(const DemoNames& names, const QDate& referenceDate);

    Person make(DemoRandom& random, const DemoPersonTraits& traits, Sex* sex = nullptr);

    static bool isManagement(const QString& position);

private:
    double femaleShare(const DemoPersonTraits& traits) const;
    int drawAge(DemoRandom& random, const DemoPersonTraits& traits) const;
    QDate drawExperienceStart(DemoRandom& random, const QDate& birth, int age, const QString& position) const;
    void drawCategory(DemoRandom& random, Person& person) const;
    QStringList drawSubjects(DemoRandom& random, Sex sex) const;
    QString nextSnils(DemoRandom& random);

    const DemoNames& m_names;
    QDate m_today;
    QSet<quint32> m_snils; // nine-digit numbers already given
};

#pragma once
// Russian names for demo persons, read from the resource files :/demo/surnames.txt,
// male_names.txt and female_names.txt (formats described at the top of each file).
#include "demo/demorandom.h"
#include "status.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

enum class Sex { Female, Male };

struct DemoName {
    QString lastName;
    QString firstName;
    QString middleName; // patronymic
};

class DemoNames {
    Q_DECLARE_TR_FUNCTIONS(DemoNames)
public:
    // Reads the three lists from the resources; fails with a message if one is missing or malformed.
    static Result<DemoNames> load();
    // The same from texts (for tests of the format).
    static Result<DemoNames> parse(const QString& surnames, const QString& maleNames, const QString& femaleNames);

    // A full name for a person of this sex born in this year: first names follow the
    // fashion of the birth cohort, patronymics that of the father's cohort.
    DemoName pick(DemoRandom& random, Sex sex, int birthYear) const;

    int surnameCount() const { return int(m_surnames.size()); }
    int maleNameCount() const { return int(m_male.size()); }
    int femaleNameCount() const { return int(m_female.size()); }

private:
    static constexpr int Cohorts = 3; // born before 1975, 1975-1989, 1990 and later
    static int cohort(int birthYear);

    struct Surname { QString male, female; };
    struct MaleName { QString name, malePatronymic, femalePatronymic; };
    QVector<Surname> m_surnames;
    QVector<MaleName> m_male;
    QVector<QString> m_female;
    DemoWeights m_surnameWeights;
    DemoWeights m_maleWeights[Cohorts];
    DemoWeights m_femaleWeights[Cohorts];
};

#include "demo/demonames.h"

#include <QFile>

namespace {

// Non-empty lines that are not comments, split at ';' and trimmed.
QVector<QStringList> records(const QString& text)
{
    QVector<QStringList> rows;
    const auto lines = QStringView(text).split(u'\n');
    for (QStringView line : lines) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        QStringList fields;
        for (QStringView field : line.split(u';'))
            fields.append(field.trimmed().toString());
        rows.append(fields);
    }
    return rows;
}

std::optional<QString> readResource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return QString::fromUtf8(file.readAll());
}

// Three cohort weights from fields [first, first + 3); false when one is not a number >= 0.
bool readWeights(const QStringList& fields, int first, double* weights)
{
    for (int i = 0; i < 3; ++i) {
        bool ok = fields.size() > first + i;
        weights[i] = ok ? fields.at(first + i).toDouble(&ok) : 0;
        if (!ok || weights[i] < 0)
            return false;
    }
    return true;
}

} // namespace

int DemoNames::cohort(int birthYear)
{
    return birthYear < 1975 ? 0 : birthYear < 1990 ? 1 : 2;
}

Result<DemoNames> DemoNames::load()
{
    const QString files[] = {QStringLiteral(":/demo/surnames.txt"), QStringLiteral(":/demo/male_names.txt"),
                             QStringLiteral(":/demo/female_names.txt")};
    QString texts[3];
    for (int i = 0; i < 3; ++i) {
        const auto text = readResource(files[i]);
        if (!text)
            return Result<DemoNames>::failure(tr("The name list %1 is missing from the program.").arg(files[i]));
        texts[i] = *text;
    }
    return parse(texts[0], texts[1], texts[2]);
}

Result<DemoNames> DemoNames::parse(const QString& surnames, const QString& maleNames, const QString& femaleNames)
{
    DemoNames names;
    const auto malformed = [](const QString& list, const QStringList& fields) {
        return Result<DemoNames>::failure(tr("Malformed line in the %1 list: %2").arg(list, fields.join(u';')));
    };

    // Surnames are listed most frequent first: weights fall off with the rank.
    QVector<double> surnameWeights;
    for (const QStringList& f : records(surnames)) {
        if (f.isEmpty() || f.size() > 2 || f.at(0).isEmpty())
            return malformed(QStringLiteral("surnames"), f);
        names.m_surnames.append({f.at(0), f.size() == 2 && !f.at(1).isEmpty() ? f.at(1) : f.at(0)});
        surnameWeights.append(100.0 / double(surnameWeights.size() + 25));
    }
    names.m_surnameWeights = DemoWeights(surnameWeights);

    QVector<double> maleWeights[Cohorts];
    for (const QStringList& f : records(maleNames)) {
        double w[Cohorts];
        if (f.size() != 6 || f.at(0).isEmpty() || f.at(1).isEmpty() || f.at(2).isEmpty() || !readWeights(f, 3, w))
            return malformed(QStringLiteral("male names"), f);
        names.m_male.append({f.at(0), f.at(1), f.at(2)});
        for (int c = 0; c < Cohorts; ++c)
            maleWeights[c].append(w[c]);
    }

    QVector<double> femaleWeights[Cohorts];
    for (const QStringList& f : records(femaleNames)) {
        double w[Cohorts];
        if (f.size() != 4 || f.at(0).isEmpty() || !readWeights(f, 1, w))
            return malformed(QStringLiteral("female names"), f);
        names.m_female.append(f.at(0));
        for (int c = 0; c < Cohorts; ++c)
            femaleWeights[c].append(w[c]);
    }

    for (int c = 0; c < Cohorts; ++c) {
        names.m_maleWeights[c] = DemoWeights(maleWeights[c]);
        names.m_femaleWeights[c] = DemoWeights(femaleWeights[c]);
        if (names.m_maleWeights[c].isEmpty() || names.m_femaleWeights[c].isEmpty())
            return Result<DemoNames>::failure(tr("The name lists for demo data are empty."));
    }
    if (names.m_surnameWeights.isEmpty())
        return Result<DemoNames>::failure(tr("The name lists for demo data are empty."));
    return names;
}

DemoName DemoNames::pick(DemoRandom& random, Sex sex, int birthYear) const
{
    const int own = cohort(birthYear);
    const int father = cohort(birthYear - 28);
    const Surname& surname = m_surnames.at(m_surnameWeights.draw(random));
    const MaleName& fatherName = m_male.at(m_maleWeights[father].draw(random));
    if (sex == Sex::Male) {
        const MaleName& first = m_male.at(m_maleWeights[own].draw(random));
        return {surname.male, first.name, fatherName.malePatronymic};
    }
    return {surname.female, m_female.at(m_femaleWeights[own].draw(random)), fatherName.femalePatronymic};
}

#include "io/personcolumns.h"
#include "io/fieldparsing.h"
#include "io/personidentities.h"

const PersonKeys& PersonColumns::person()
{
    static const PersonKeys keys{"full", "last", "first", "middle", "birth", "snils"};
    return keys;
}

const PersonKeys& PersonColumns::mentor()
{
    static const PersonKeys keys{"mentor", nullptr, nullptr, nullptr, "mentorbirth", "mentorsnils"};
    return keys;
}

const PersonKeys& PersonColumns::methodist()
{
    static const PersonKeys keys{"methodist", nullptr, nullptr, nullptr, "methodistbirth", "methodistsnils"};
    return keys;
}

const PersonKeys& PersonColumns::head()
{
    static const PersonKeys keys{"head", nullptr, nullptr, nullptr, "headbirth", "headsnils"};
    return keys;
}

const PersonKeys& PersonColumns::responsible()
{
    static const PersonKeys keys{"responsible", nullptr, nullptr, nullptr, "responsiblebirth", "responsiblesnils"};
    return keys;
}

const PersonKeys& PersonColumns::owner()
{
    static const PersonKeys keys{"owner", nullptr, nullptr, nullptr, "ownerbirth", "ownersnils"};
    return keys;
}

QVector<CsvField> PersonColumns::roleFields(const PersonKeys& keys, const QStringList& full, const QStringList& birth,
                                            const QStringList& snils)
{
    return {{keys.full, full}, {keys.birth, birth}, {keys.snils, snils}};
}

QVector<CsvField> PersonColumns::personFields()
{
    return {
        {"last", {QStringLiteral("Фамилия"), QStringLiteral("last name"), QStringLiteral("surname")}},
        {"first", {QStringLiteral("Имя"), QStringLiteral("first name")}},
        {"middle", {QStringLiteral("Отчество"), QStringLiteral("middle name"), QStringLiteral("patronymic")}},
        {"full", {QStringLiteral("ФИО"), QStringLiteral("full name"), QStringLiteral("фамилия имя отчество")}, false, false},
        {"birth", {QStringLiteral("Дата рождения"), QStringLiteral("birth date"), QStringLiteral("date of birth")}},
        {"snils", {QStringLiteral("СНИЛС"), QStringLiteral("snils")}},
    };
}

QVector<CsvField> PersonColumns::mentorFields()
{
    return {
        {"mentor", {QStringLiteral("Наставник"), QStringLiteral("mentor"), QStringLiteral("наставник (ФИО)"),
                    QStringLiteral("ФИО наставника"), QStringLiteral("mentor full name")}},
        {"mentorbirth", {QStringLiteral("Дата рождения наставника"), QStringLiteral("mentor birth date")}},
        {"mentorsnils", {QStringLiteral("СНИЛС наставника"), QStringLiteral("mentor snils")}},
    };
}

bool PersonColumns::hasAny(const CsvColumns& columns, const PersonKeys& keys)
{
    for (const char* key : {keys.full, keys.last, keys.first, keys.middle, keys.birth, keys.snils})
        if (key && columns.has(key))
            return true;
    return false;
}

QString PersonColumns::headerProblem(const CsvColumns& columns, const PersonKeys& keys, const QVector<CsvField>& fields)
{
    const bool split = keys.last && (columns.has(keys.last) || columns.has(keys.first));
    const bool named = columns.has(keys.full) || split;
    if (split && !(columns.has(keys.last) && columns.has(keys.first)))
        return tr("the columns «Фамилия» and «Имя» go together");
    if (columns.has(keys.snils) || (named && columns.has(keys.birth)))
        return {};
    if (keys.last)
        return tr("the file needs the column «СНИЛС», or «ФИО» (or «Фамилия» and «Имя») with «Дата рождения», to find the persons");
    if (qstrcmp(keys.full, mentor().full) == 0)
        return tr("the file needs the column «СНИЛС наставника», or «Наставник» with «Дата рождения наставника», to find the mentors");
    const auto header = [&](const char* key) {
        for (const CsvField& f : fields)
            if (qstrcmp(f.key, key) == 0)
                return f.headers.first();
        return QString::fromLatin1(key);
    };
    return tr("the file needs the column «%1», or «%2» with «%3», to find the persons")
        .arg(header(keys.snils), header(keys.full), header(keys.birth));
}

PersonColumns::PersonColumns(CsvImport& file, const PersonIdentities& identities, const PersonKeys& keys)
    : m_file(file), m_identities(identities), m_keys(keys)
{
}

const char* PersonColumns::nameKey() const
{
    const CsvColumns& columns = m_file.columns();
    if (m_keys.last && columns.has(m_keys.last))
        return m_keys.last;
    if (columns.has(m_keys.full))
        return m_keys.full;
    return m_keys.snils;
}

qint64 PersonColumns::find(const CsvRecord& record)
{
    const CsvColumns& columns = m_file.columns();
    const int line = record.line;
    const int before = m_file.report().issues.size();
    Person in;
    if (m_keys.last && (columns.has(m_keys.last) || columns.has(m_keys.first))) {
        in.lastName = columns.value(record, m_keys.last).simplified();
        in.firstName = columns.value(record, m_keys.first).simplified();
        in.middleName = columns.value(record, m_keys.middle).simplified();
        if (in.lastName.isEmpty() != in.firstName.isEmpty())
            m_file.issue(line, in.lastName.isEmpty() ? m_keys.last : m_keys.first, ImportText::required());
    } else {
        const QStringList parts = columns.value(record, m_keys.full).split(u' ', Qt::SkipEmptyParts);
        if (parts.size() == 1)
            m_file.issue(line, m_keys.full, tr("write the last name, the first name and the middle name, if any"));
        in.lastName = parts.value(0);
        in.firstName = parts.value(1);
        in.middleName = parts.mid(2).join(u' ');
    }
    if (const QString text = columns.value(record, m_keys.birth); !text.isEmpty()) {
        if (const auto d = parseDate(text))
            in.birthDate = *d;
        else
            m_file.issue(line, m_keys.birth, ImportText::badDate(text));
    }
    if (const QString text = columns.value(record, m_keys.snils); !text.isEmpty()) {
        QString why;
        if (const auto s = Snils::normalise(text, &why))
            in.snils = *s;
        else
            m_file.issue(line, m_keys.snils, why);
    }
    if (m_file.report().issues.size() != before)
        return 0;
    const bool named = !in.lastName.isEmpty();
    if (in.snils.isEmpty() && !(named && in.birthDate.isValid())) {
        const char* key = !named ? nameKey() : columns.has(m_keys.birth) ? m_keys.birth : m_keys.snils;
        m_file.issue(line, key, tr("the person needs a SNILS, or the full name with the birth date"));
        return 0;
    }

    const PersonIdentities::Match match = m_identities.find(in);
    if (match.ambiguous) {
        m_file.issue(line, nameKey(), tr("several persons are called %1 and were born on %2; add the SNILS")
                                          .arg(in.fullName(), formatDateRu(in.birthDate)));
        return 0;
    }
    if (!match.id) {
        m_file.issue(line, in.snils.isEmpty() ? nameKey() : m_keys.snils,
                     in.snils.isEmpty()
                         ? tr("there is no person %1 born on %2 in the database (persons are imported or added first)")
                               .arg(in.fullName(), formatDateRu(in.birthDate))
                         : tr("there is no person with SNILS %1 in the database (persons are imported or added first)")
                               .arg(in.snils));
        return 0;
    }
    if (!in.snils.isEmpty() && (named || in.birthDate.isValid())) {
        // Matched by SNILS: the rest of the row must describe the same person (a mistyped SNILS).
        const QString storedName = m_identities.fullName(match.id);
        const QDate storedBirth = m_identities.birthDate(match.id);
        if (named && m_identities.nameKey(match.id) != in.nameKey()) {
            m_file.issue(line, m_keys.snils, tr("SNILS %1 belongs to %2, not to %3").arg(in.snils, storedName, in.fullName()));
            return 0;
        }
        if (in.birthDate.isValid() && storedBirth.isValid() && storedBirth != in.birthDate) {
            m_file.issue(line, m_keys.snils, tr("SNILS %1 belongs to %2, born on %3, not on %4")
                                                 .arg(in.snils, storedName, formatDateRu(storedBirth), formatDateRu(in.birthDate)));
            return 0;
        }
    }
    return match.id;
}

void PersonColumns::write(CsvRow& row, const Person& p, const PersonKeys& keys)
{
    if (keys.last) {
        row.set(keys.last, p.lastName).set(keys.first, p.firstName).set(keys.middle, p.middleName);
    } else {
        row.set(keys.full, p.fullName());
    }
    row.set(keys.birth, formatDateRu(p.birthDate)).set(keys.snils, p.snils);
}

#include "io/personidentities.h"
#include "storage/database.h"

#include <QSqlQuery>

PersonIdentities::PersonIdentities(Database& db)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT id, snils, name_key, birth_date, last_name, first_name, middle_name FROM person"));
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        add(id, q.value(1).toString(), q.value(2).toString(), q.value(3).toString());
        Person named{.lastName = q.value(4).toString(), .firstName = q.value(5).toString(), .middleName = q.value(6).toString()};
        m_known.insert(id, {named.fullName(), q.value(2).toString(), QDate::fromString(q.value(3).toString(), Qt::ISODate)});
    }
}

void PersonIdentities::add(const Person& p)
{
    add(p.id, p.snils, p.nameKey(), p.birthDate.toString(Qt::ISODate));
    m_known.insert(p.id, {p.fullName(), p.nameKey(), p.birthDate});
}

PersonIdentities::Match PersonIdentities::find(const Person& p) const
{
    if (!p.snils.isEmpty())
        if (const qint64 id = m_bySnils.value(p.snils))
            return {id, false};
    if (!p.birthDate.isValid())
        return {};
    QSet<qint64> candidates;
    for (qint64 id : m_byName.value(p.nameKey() + u'|' + p.birthDate.toString(Qt::ISODate)))
        if (p.snils.isEmpty() || m_snilsOf.value(id).isEmpty())
            candidates.insert(id);
    if (candidates.size() > 1)
        return {0, true};
    return {candidates.isEmpty() ? 0 : *candidates.begin(), false};
}

void PersonIdentities::add(qint64 id, const QString& snils, const QString& nameKey, const QString& birth)
{
    if (!snils.isEmpty()) {
        m_bySnils.insert(snils, id);
        m_snilsOf.insert(id, snils);
    }
    if (!birth.isEmpty())
        m_byName[nameKey + u'|' + birth].insert(id);
}

#include "storage/referencerepository.h"
#include "io/fieldparsing.h"

const ReferenceRepository::List& ReferenceRepository::list(List& cache, const QString& table)
{
    if (!cache.items.isEmpty())
        return cache;
    QSqlQuery& q = prepared(QStringLiteral("SELECT code, name FROM %1 ORDER BY sort_order, name").arg(table));
    if (q.exec())
        while (q.next())
            cache.items.append({q.value(0).toString(), q.value(1).toString()});
    q.finish();
    for (int i = 0; i < cache.items.size(); ++i) {
        cache.byKey.insert(cache.items.at(i).code, i);
        cache.byKey.insert(normaliseKey(cache.items.at(i).name), i);
    }
    return cache;
}

QVector<ReferenceItem> ReferenceRepository::positions()
{
    return list(m_positions, QStringLiteral("position")).items;
}

QVector<ReferenceItem> ReferenceRepository::categories()
{
    return list(m_categories, QStringLiteral("qualification_category")).items;
}

std::optional<ReferenceItem> ReferenceRepository::find(const List& list, const QString& text) const
{
    auto it = list.byKey.find(text); // codes, as stored, need no normalising
    if (it == list.byKey.end())
        it = list.byKey.find(normaliseKey(text));
    if (it == list.byKey.end())
        return std::nullopt;
    return list.items.at(*it);
}

std::optional<ReferenceItem> ReferenceRepository::findPosition(const QString& codeOrName)
{
    return find(list(m_positions, QStringLiteral("position")), codeOrName);
}

std::optional<ReferenceItem> ReferenceRepository::findCategory(const QString& codeOrName)
{
    const List& categories = list(m_categories, QStringLiteral("qualification_category"));
    if (auto item = find(categories, codeOrName))
        return item;
    // Common ways of writing categories in school spreadsheets.
    const QString key = normaliseKey(codeOrName);
    if (key.isEmpty() || key == u"нет" || key == u"б/к" || key == u"бк")
        return find(categories, QStringLiteral("none"));
    if (key == u"сзд" || key.startsWith(u"соответств"))
        return find(categories, QStringLiteral("conformity"));
    if (key.startsWith(u"перв"))
        return find(categories, QStringLiteral("first"));
    if (key.startsWith(u"высш"))
        return find(categories, QStringLiteral("highest"));
    return std::nullopt;
}

QString ReferenceRepository::positionName(const QString& code)
{
    const auto item = find(list(m_positions, QStringLiteral("position")), code);
    return item ? item->name : code;
}

QString ReferenceRepository::categoryName(const QString& code)
{
    const auto item = find(list(m_categories, QStringLiteral("qualification_category")), code);
    return item ? item->name : code;
}

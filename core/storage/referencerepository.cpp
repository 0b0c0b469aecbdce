#include "storage/referencerepository.h"
#include "io/fieldparsing.h"

QVector<ReferenceItem> ReferenceRepository::list(const QString& table)
{
    QSqlQuery& q = prepared(QStringLiteral("SELECT code, name FROM %1 ORDER BY sort_order, name").arg(table));
    QVector<ReferenceItem> items;
    if (q.exec())
        while (q.next())
            items.append({q.value(0).toString(), q.value(1).toString()});
    q.finish();
    return items;
}

QVector<ReferenceItem> ReferenceRepository::positions()
{
    if (m_positions.isEmpty())
        m_positions = list(QStringLiteral("position"));
    return m_positions;
}

QVector<ReferenceItem> ReferenceRepository::categories()
{
    if (m_categories.isEmpty())
        m_categories = list(QStringLiteral("qualification_category"));
    return m_categories;
}

std::optional<ReferenceItem> ReferenceRepository::find(const QVector<ReferenceItem>& items, const QString& text) const
{
    const QString key = normaliseKey(text);
    for (const ReferenceItem& item : items)
        if (key == item.code || key == normaliseKey(item.name))
            return item;
    return std::nullopt;
}

std::optional<ReferenceItem> ReferenceRepository::findPosition(const QString& codeOrName)
{
    return find(positions(), codeOrName);
}

std::optional<ReferenceItem> ReferenceRepository::findCategory(const QString& codeOrName)
{
    if (auto item = find(categories(), codeOrName))
        return item;
    // Common ways of writing categories in school spreadsheets.
    const QString key = normaliseKey(codeOrName);
    if (key.isEmpty() || key == u"нет" || key == u"б/к" || key == u"бк")
        return find(categories(), QStringLiteral("none"));
    if (key == u"сзд" || key.startsWith(u"соответств"))
        return find(categories(), QStringLiteral("conformity"));
    if (key.startsWith(u"перв"))
        return find(categories(), QStringLiteral("first"));
    if (key.startsWith(u"высш"))
        return find(categories(), QStringLiteral("highest"));
    return std::nullopt;
}

QString ReferenceRepository::positionName(const QString& code)
{
    const auto item = find(positions(), code);
    return item ? item->name : code;
}

QString ReferenceRepository::categoryName(const QString& code)
{
    const auto item = find(categories(), code);
    return item ? item->name : code;
}

#include "reports/authortexts.h"
#include "storage/authortextrepository.h"

QVector<AuthorText> AuthorTexts::blocks(const ReportDocument& document)
{
    QVector<AuthorText> result;
    for (const ReportSection& s : document.sections)
        for (const ReportBlock& b : s.blocks)
            if (const auto* a = std::get_if<AuthorText>(&b))
                result.append(*a);
    return result;
}

bool AuthorTexts::put(ReportDocument& document, const QString& key, const QString& text)
{
    bool found = false;
    for (ReportSection& s : document.sections)
        for (ReportBlock& b : s.blocks)
            if (auto* a = std::get_if<AuthorText>(&b); a && a->key == key) {
                a->text = text;
                found = true;
            }
    return found;
}

void AuthorTexts::fill(Database& db, ReportDocument& document, qint64 unitId, int year)
{
    if (unitId == 0 || blocks(document).isEmpty())
        return;
    const QHash<QString, QString> saved = AuthorTextRepository(db).texts(unitId, year);
    for (auto it = saved.begin(); it != saved.end(); ++it)
        put(document, it.key(), it.value());
}

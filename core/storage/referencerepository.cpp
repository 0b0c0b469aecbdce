#include "storage/referencerepository.h"
#include "io/fieldparsing.h"
#include "storage/database.h"
#include "storage/transaction.h"

namespace {

// Where each list lives: positions and categories have tables of their own (other tables refer
// to them); the lists of the support cycle share reference_item.
QString listKey(ReferenceList list)
{
    static const char* const keys[] = {"position", "category", "competence_area", "diagnostic_source",
                                       "event_kind", "event_level", "participation_role", "competition_result",
                                       "mentoring_form", "mentoring_type", "course_form", "route_direction",
                                       "association_level", "consultation_form", "material_type", "approval_level",
                                       "support_form"};
    return QString::fromLatin1(keys[int(list)]);
}

QString selectSql(ReferenceList list)
{
    switch (list) {
    case ReferenceList::Position:
        return QStringLiteral("SELECT code, name, 1 FROM position ORDER BY sort_order, name");
    case ReferenceList::Category:
        return QStringLiteral("SELECT code, name, 1 FROM qualification_category ORDER BY sort_order, name");
    default:
        return QStringLiteral("SELECT code, name, built_in FROM reference_item WHERE list = ? ORDER BY sort_order, name");
    }
}

} // namespace

QString ReferenceRepository::listName(ReferenceList list)
{
    switch (list) {
    case ReferenceList::Position: return tr("positions");
    case ReferenceList::Category: return tr("qualification categories");
    case ReferenceList::CompetenceArea: return tr("competence areas");
    case ReferenceList::DiagnosticSource: return tr("diagnostic sources");
    case ReferenceList::EventKind: return tr("event kinds");
    case ReferenceList::EventLevel: return tr("levels");
    case ReferenceList::ParticipationRole: return tr("participation roles");
    case ReferenceList::CompetitionResult: return tr("competition results");
    case ReferenceList::MentoringForm: return tr("mentoring forms");
    case ReferenceList::MentoringType: return tr("mentoring types");
    case ReferenceList::CourseForm: return tr("course forms");
    case ReferenceList::RouteDirection: return tr("route directions");
    case ReferenceList::AssociationLevel: return tr("association levels");
    case ReferenceList::ConsultationForm: return tr("consultation forms");
    case ReferenceList::MaterialType: return tr("material types");
    case ReferenceList::ApprovalLevel: return tr("approval levels");
    case ReferenceList::SupportForm: return tr("forms of support");
    }
    return {};
}

const ReferenceRepository::Cache& ReferenceRepository::cache(ReferenceList list)
{
    Cache& c = m_cache[int(list)];
    if (c.generation == database().referenceGeneration())
        return c;
    c = Cache{database().referenceGeneration(), {}, {}};
    QSqlQuery& q = prepared(selectSql(list));
    if (list != ReferenceList::Position && list != ReferenceList::Category)
        q.bindValue(0, listKey(list));
    if (q.exec())
        while (q.next())
            c.items.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toBool()});
    q.finish();
    for (int i = 0; i < c.items.size(); ++i) {
        c.byKey.insert(c.items.at(i).code, i);
        c.byKey.insert(normaliseKey(c.items.at(i).name), i);
    }
    return c;
}

QVector<ReferenceItem> ReferenceRepository::items(ReferenceList list)
{
    return cache(list).items;
}

std::optional<ReferenceItem> ReferenceRepository::cached(ReferenceList list, const QString& text)
{
    const Cache& c = cache(list);
    auto it = c.byKey.find(text); // codes, as stored, need no normalising
    if (it == c.byKey.end())
        it = c.byKey.find(normaliseKey(text));
    if (it == c.byKey.end())
        return std::nullopt;
    return c.items.at(*it);
}

std::optional<ReferenceItem> ReferenceRepository::find(ReferenceList list, const QString& text)
{
    return cached(list, text); // re-read after any change of the lists (Database::referenceGeneration)
}

QString ReferenceRepository::name(ReferenceList list, const QString& code)
{
    const auto item = find(list, code);
    return item ? item->name : code;
}

std::optional<ReferenceItem> ReferenceRepository::findCategory(const QString& codeOrName)
{
    if (auto item = cached(ReferenceList::Category, codeOrName))
        return item;
    const QString key = normaliseKey(codeOrName);
    if (key.isEmpty() || key == u"нет" || key == u"б/к" || key == u"бк")
        return find(ReferenceList::Category, QStringLiteral("none"));
    if (key == u"сзд" || key.startsWith(u"соответств"))
        return find(ReferenceList::Category, QStringLiteral("conformity"));
    if (key.startsWith(u"перв"))
        return find(ReferenceList::Category, QStringLiteral("first"));
    if (key.startsWith(u"высш"))
        return find(ReferenceList::Category, QStringLiteral("highest"));
    return find(ReferenceList::Category, codeOrName); // perhaps added since: read again
}

Result<ReferenceItem> ReferenceRepository::add(ReferenceList list, const QString& nameText, const QString& codeText)
{
    const QString itemName = nameText.simplified();
    const QString code = codeText.trimmed().isEmpty() ? normaliseKey(itemName) : codeText.trimmed();
    if (itemName.isEmpty())
        return Result<ReferenceItem>::failure(tr("The name of a list item must not be empty."));
    if (const auto existing = find(list, itemName))
        return Result<ReferenceItem>::failure(tr("«%1» is already in the list of %2.").arg(existing->name, listName(list)));
    if (find(list, code))
        return Result<ReferenceItem>::failure(tr("The code «%1» is already used in the list of %2.").arg(code, listName(list)));

    Database& db = database();
    WriteTransaction tx(db, WriteTransaction::Nesting::Join); // one statement
    if (!tx.isActive())
        return Result<ReferenceItem>(tx.status());
    const int order = cache(list).items.size() + 1;
    QSqlQuery& q = prepared(list == ReferenceList::Position
                                ? QStringLiteral("INSERT INTO position (code, name, sort_order) VALUES (?, ?, ?)")
                            : list == ReferenceList::Category
                                ? QStringLiteral("INSERT INTO qualification_category (code, name, sort_order) VALUES (?, ?, ?)")
                                : QStringLiteral("INSERT INTO reference_item (code, name, sort_order, list) VALUES (?, ?, ?, ?)"));
    q.addBindValue(code);
    q.addBindValue(itemName);
    q.addBindValue(order);
    if (list != ReferenceList::Position && list != ReferenceList::Category)
        q.addBindValue(listKey(list));
    if (!q.exec())
        return Result<ReferenceItem>::failure(sqlError(tr("adding «%1» to the list of %2").arg(itemName, listName(list)), q));
    q.finish();
    db.markChanged(Change::References);
    if (Status s = tx.commit(); !s)
        return Result<ReferenceItem>(s);
    return ReferenceItem{code, itemName, false};
}

#include "storage/checklistrepository.h"

#include <algorithm>
#include "domain/academicyear.h"
#include "domain/orgunit.h"
#include "storage/clock.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

namespace {
const QString answerColumns = QStringLiteral(
    "SELECT a.id, a.uuid, a.org_unit_id, a.academic_year, a.item_code, a.answer, a.evidence, a.created_at, a.updated_at "
    "FROM checklist_answer a ");

ChecklistAnswer readAnswer(const QSqlQuery& q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toInt(),
            q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), timeFromSql(q.value(7)),
            timeFromSql(q.value(8))};
}
} // namespace

QVector<ChecklistItem> ChecklistRepository::items()
{
    QSqlQuery& q = prepared(QStringLiteral(
        "SELECT code, name, item_group, sort_order, built_in FROM checklist_item ORDER BY sort_order, code"));
    QVector<ChecklistItem> result;
    if (q.exec())
        while (q.next())
            result.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                           q.value(4).toBool()});
    q.finish();
    return result;
}

std::optional<ChecklistItem> ChecklistRepository::findItem(const QString& code)
{
    const QString wanted = code.trimmed().toUpper();
    for (const ChecklistItem& item : items())
        if (item.code.toUpper() == wanted)
            return item;
    return std::nullopt;
}

std::optional<ChecklistAnswer> ChecklistRepository::findAnswer(qint64 unitId, int year, const QString& itemCode)
{
    QSqlQuery& q = prepared(answerColumns + QStringLiteral("WHERE a.org_unit_id = ? AND a.academic_year = ? AND a.item_code = ?"));
    q.addBindValue(unitId);
    q.addBindValue(year);
    q.addBindValue(itemCode);
    std::optional<ChecklistAnswer> a;
    if (q.exec() && q.next())
        a = readAnswer(q);
    q.finish();
    return a;
}

Result<qint64> ChecklistRepository::setAnswer(qint64 unitId, int year, const QString& itemText, const QString& answerText,
                                              const QString& evidenceText)
{
    QVector<ChecklistAnswer> one{{.itemCode = itemText, .answer = answerText, .evidence = evidenceText}};
    if (Status s = setAnswers(unitId, year, one); !s)
        return Result<qint64>(s);
    return one.first().id;
}

Status ChecklistRepository::setAnswers(qint64 unitId, int year, QVector<ChecklistAnswer>& answers)
{
    const auto unit = m_checks.unitName(unitId);
    if (!unit)
        return unit.status();
    QSqlQuery& level = prepared(QStringLiteral("SELECT level FROM org_unit WHERE id = ?"));
    level.addBindValue(unitId);
    const int unitLevel = level.exec() && level.next() ? level.value(0).toInt() : -1;
    level.finish();
    if (unitLevel != int(UnitLevel::Municipality) && unitLevel != int(UnitLevel::Organisation))
        return Status::failure(tr("The checklist is answered by a municipality or an organisation, not by «%1».").arg(*unit));
    const int current = AcademicYear::of(database().clock().today());
    if (year < AcademicYear::earliest || year > current)
        return Status::failure(tr("The academic year %1 is not between %2 and %3.")
                                   .arg(AcademicYear::text(year), AcademicYear::text(AcademicYear::earliest),
                                        AcademicYear::text(current)));
    const QVector<ChecklistItem> known = items();
    for (ChecklistAnswer& a : answers) {
        const QString wanted = a.itemCode.trimmed().toUpper();
        const auto item = std::find_if(known.cbegin(), known.cend(), [&](const ChecklistItem& i) { return i.code.toUpper() == wanted; });
        if (item == known.cend())
            return Status::failure(tr("Unknown checklist item «%1».").arg(a.itemCode));
        const auto answer = ChecklistCodes::parseAnswer(a.answer);
        if (!answer)
            return Status::failure(tr("Unknown checklist answer «%1»: yes, partly or no.").arg(a.answer));
        a.itemCode = item->code;
        a.answer = *answer;
        a.evidence = a.evidence.trimmed();
        a.orgUnitId = unitId;
        a.year = year;
    }

    Database& db = database();
    WriteTransaction tx(db, answers.size() == 1 ? WriteTransaction::Nesting::Join : WriteTransaction::Nesting::Savepoint);
    if (!tx.isActive())
        return tx.status();
    const QString now = db.timestamp();
    for (ChecklistAnswer& a : answers) {
        const auto existing = findAnswer(unitId, year, a.itemCode);
        QSqlQuery& q = prepared(existing ? QStringLiteral("UPDATE checklist_answer SET answer = ?, evidence = ?, updated_at = ? "
                                                          "WHERE id = ?")
                                         : QStringLiteral("INSERT INTO checklist_answer (answer, evidence, updated_at, uuid, "
                                                          "org_unit_id, academic_year, item_code, created_at) "
                                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(a.answer);
        q.addBindValue(sqlNotNull(a.evidence));
        q.addBindValue(now);
        if (existing) {
            q.addBindValue(existing->id);
        } else {
            a.uuid = db.newUuid();
            q.addBindValue(a.uuid);
            q.addBindValue(unitId);
            q.addBindValue(year);
            q.addBindValue(a.itemCode);
            q.addBindValue(now);
        }
        if (!q.exec())
            return Status::failure(sqlError(tr("saving the answer of «%1» to %2").arg(*unit, a.itemCode), q));
        a.id = existing ? existing->id : q.lastInsertId().toLongLong();
        q.finish();
        if (existing)
            a.uuid = existing->uuid;
    }
    db.markChanged(Change::Checklist);
    return tx.commit();
}

Status ChecklistRepository::removeAnswer(qint64 unitId, int year, const QString& itemText)
{
    const auto item = findItem(itemText);
    const auto existing = item ? findAnswer(unitId, year, item->code) : std::nullopt;
    if (!existing)
        return Status::failure(tr("There is no answer to «%1» for %2 to delete.").arg(itemText, AcademicYear::text(year)));
    QSqlQuery& q = prepared(QStringLiteral("DELETE FROM checklist_answer WHERE id = ?"));
    q.addBindValue(existing->id);
    return execWrite(q, tr("deleting a checklist answer"), Change::Checklist);
}

QVector<ChecklistAnswer> ChecklistRepository::answers(qint64 unitId, int year)
{
    QSqlQuery& q = prepared(answerColumns + QStringLiteral(
        "JOIN checklist_item i ON i.code = a.item_code WHERE a.org_unit_id = ? AND a.academic_year = ? "
        "ORDER BY i.sort_order, i.code"));
    q.addBindValue(unitId);
    q.addBindValue(year);
    QVector<ChecklistAnswer> result;
    if (q.exec())
        while (q.next())
            result.append(readAnswer(q));
    q.finish();
    return result;
}

YesShare ChecklistRepository::yesShare(qint64 rootUnitId, int year, const QString& itemText)
{
    const auto item = findItem(itemText);
    QSqlQuery& q = prepared(QStringLiteral(
        "SELECT COUNT(*), COALESCE(SUM(CASE WHEN a.answer = 'yes' THEN 1 ELSE 0 END), 0) FROM checklist_answer a "
        "JOIN org_unit_closure c ON c.descendant_id = a.org_unit_id "
        "WHERE c.ancestor_id = ? AND a.academic_year = ? AND a.item_code = ?"));
    q.addBindValue(rootUnitId);
    q.addBindValue(year);
    q.addBindValue(item ? item->code : itemText);
    YesShare share;
    if (q.exec() && q.next())
        share = {q.value(0).toInt(), q.value(1).toInt()};
    q.finish();
    return share;
}

Status ChecklistRepository::validateAnswer(qint64 unitId, int year, const QString& itemText, const QString& answerText)
{
    const auto unit = m_checks.unitName(unitId);
    if (!unit)
        return unit.status();
    QSqlQuery& level = prepared(QStringLiteral("SELECT level FROM org_unit WHERE id = ?"));
    level.addBindValue(unitId);
    const int unitLevel = level.exec() && level.next() ? level.value(0).toInt() : -1;
    level.finish();
    if (unitLevel != int(UnitLevel::Municipality) && unitLevel != int(UnitLevel::Organisation))
        return Status::failure(tr("The checklist is answered by a municipality or an organisation, not by «%1».").arg(*unit));
    const int current = AcademicYear::of(database().clock().today());
    if (year < AcademicYear::earliest || year > current)
        return Status::failure(tr("The academic year %1 is not between %2 and %3.")
                                   .arg(AcademicYear::text(year), AcademicYear::text(AcademicYear::earliest),
                                        AcademicYear::text(current)));
    if (!findItem(itemText))
        return Status::failure(tr("Unknown checklist item «%1».").arg(itemText));
    if (!ChecklistCodes::parseAnswer(answerText))
        return Status::failure(tr("Unknown checklist answer «%1»: yes, partly or no.").arg(answerText));
    return Status::success();
}

std::optional<ChecklistAnswer> ChecklistRepository::findAnswer(qint64 id)
{
    QSqlQuery& q = prepared(answerColumns + QStringLiteral("WHERE a.id = ?"));
    q.addBindValue(id);
    std::optional<ChecklistAnswer> a;
    if (q.exec() && q.next())
        a = readAnswer(q);
    q.finish();
    return a;
}

#include "indicators/indicatorcatalogue.h"
#include "storage/referencerepository.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

namespace {
const QString columns = QStringLiteral(
    "SELECT code, name, description, numerator, denominator, direction, unit, form, record_kind, competence_area, "
    "checklist_item, base_date, sort_order, built_in FROM indicator ");
} // namespace

QVector<Indicator> IndicatorCatalogue::all()
{
    QSqlQuery& q = prepared(columns + QStringLiteral("ORDER BY sort_order, code"));
    QVector<Indicator> result;
    if (q.exec())
        while (q.next()) {
            Indicator i;
            i.code = q.value(0).toString();
            i.name = q.value(1).toString();
            i.description = q.value(2).toString();
            i.numerator = q.value(3).toString();
            i.denominator = q.value(4).toString();
            i.direction = IndicatorCodes::parseDirection(q.value(5).toString()).value_or(IndicatorDirection::Higher);
            i.unit = IndicatorCodes::parseUnit(q.value(6).toString()).value_or(IndicatorUnit::Percent);
            i.form = IndicatorCodes::parseForm(q.value(7).toString()).value_or(IndicatorForm::BuiltIn);
            i.recordKind = q.value(8).toString();
            i.competenceArea = q.value(9).toString();
            i.checklistItem = q.value(10).toString();
            i.baseDate = dateFromSql(q.value(11));
            i.sortOrder = q.value(12).toInt();
            i.builtIn = q.value(13).toBool();
            result.append(i);
        }
    q.finish();
    return result;
}

std::optional<Indicator> IndicatorCatalogue::find(const QString& code)
{
    const QString wanted = code.trimmed().toUpper();
    for (const Indicator& i : all())
        if (i.code == wanted)
            return i;
    return std::nullopt;
}

Result<QVector<Indicator>> IndicatorCatalogue::select(const QStringList& codes)
{
    const QVector<Indicator> catalogue = all();
    if (codes.isEmpty())
        return catalogue;
    QStringList wanted;
    for (const QString& c : codes) {
        const QString code = c.trimmed().toUpper();
        if (code.isEmpty())
            continue;
        if (std::none_of(catalogue.begin(), catalogue.end(), [&](const Indicator& i) { return i.code == code; }))
            return Result<QVector<Indicator>>::failure(tr("Unknown indicator «%1».").arg(c.trimmed()));
        wanted.append(code);
    }
    QVector<Indicator> result;
    for (const Indicator& i : catalogue)
        if (wanted.contains(i.code))
            result.append(i);
    return result;
}

Result<QString> IndicatorCatalogue::add(const Indicator& given)
{
    Indicator i = given;
    i.name = i.name.simplified();
    if (i.name.isEmpty())
        return Result<QString>::failure(tr("The name of the indicator is required."));
    for (const Indicator& other : all())
        if (other.name.compare(i.name, Qt::CaseInsensitive) == 0)
            return Result<QString>::failure(tr("An indicator named «%1» already exists (%2).").arg(i.name, other.code));
    if (i.form == IndicatorForm::BuiltIn)
        return Result<QString>::failure(tr("A user's indicator is a share of staff, a count per 100 staff or a checklist item."));
    ReferenceRepository references(database());
    if (i.form == IndicatorForm::Share || i.form == IndicatorForm::Per100) {
        if (!IndicatorRecordKinds::all().contains(i.recordKind))
            return Result<QString>::failure(tr("Unknown kind of record «%1».").arg(i.recordKind));
        if (!i.competenceArea.isEmpty()) {
            if (!IndicatorRecordKinds::hasArea(i.recordKind))
                return Result<QString>::failure(tr("Records of the kind «%1» have no competence area.").arg(IndicatorRecordKinds::name(i.recordKind)));
            const auto area = references.find(ReferenceList::CompetenceArea, i.competenceArea);
            if (!area)
                return Result<QString>::failure(tr("Unknown competence area «%1».").arg(i.competenceArea));
            i.competenceArea = area->code;
        }
        i.unit = i.form == IndicatorForm::Share ? IndicatorUnit::Percent : IndicatorUnit::Per100;
        i.checklistItem.clear();
    } else {
        i.recordKind.clear();
        i.competenceArea.clear();
        i.unit = IndicatorUnit::Percent;
    }

    Database& db = database();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return Result<QString>(tx.status());
    QSqlQuery& next = prepared(QStringLiteral("SELECT COALESCE(MAX(CAST(SUBSTR(code, 2) AS INTEGER)), 0) + 1, COALESCE(MAX(sort_order), 0) + 1 "
                                              "FROM indicator WHERE code LIKE 'U%' AND built_in = 0"));
    int number = 1, order = 1000;
    if (next.exec() && next.next()) {
        number = next.value(0).toInt();
        order = 1000 + number;
    }
    next.finish();
    i.code = QStringLiteral("U%1").arg(number, 2, 10, QLatin1Char('0'));
    if (i.form == IndicatorForm::Checklist) {
        i.checklistItem = i.code;
        QSqlQuery& item = prepared(QStringLiteral("INSERT INTO checklist_item (code, name, item_group, sort_order, built_in) VALUES (?, ?, 'additional', ?, 0)"));
        item.addBindValue(i.code);
        item.addBindValue(i.name);
        item.addBindValue(order);
        if (Status s = execWrite(item, tr("adding the checklist item «%1»").arg(i.name), Change::Checklist); !s)
            return Result<QString>(s);
    }
    QSqlQuery& q = prepared(QStringLiteral(
        "INSERT INTO indicator (code, name, description, numerator, denominator, direction, unit, form, record_kind, competence_area, "
        "checklist_item, base_date, sort_order, built_in) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)"));
    q.addBindValue(i.code);
    q.addBindValue(i.name);
    q.addBindValue(sqlNotNull(i.description.trimmed()));
    q.addBindValue(sqlNotNull(i.numerator.trimmed()));
    q.addBindValue(sqlNotNull(i.denominator.trimmed()));
    q.addBindValue(IndicatorCodes::direction(i.direction));
    q.addBindValue(IndicatorCodes::unit(i.unit));
    q.addBindValue(IndicatorCodes::form(i.form));
    q.addBindValue(sqlText(i.recordKind));
    q.addBindValue(sqlText(i.competenceArea));
    q.addBindValue(sqlText(i.checklistItem));
    q.addBindValue(sqlDate(i.baseDate));
    q.addBindValue(order);
    if (Status s = execWrite(q, tr("adding the indicator «%1»").arg(i.name), Change::Indicators); !s)
        return Result<QString>(s);
    if (Status s = tx.commit(); !s)
        return Result<QString>(s);
    return i.code;
}

Status IndicatorCatalogue::remove(const QString& code)
{
    const auto i = find(code);
    if (!i)
        return Status::failure(tr("Unknown indicator «%1».").arg(code));
    if (i->builtIn)
        return Status::failure(tr("The indicator %1 is built in and cannot be removed.").arg(i->code));
    QSqlQuery& used = prepared(QStringLiteral("SELECT (SELECT COUNT(*) FROM indicator_target WHERE indicator_code = ?) "
                                              "+ (SELECT COUNT(*) FROM indicator_reported WHERE indicator_code = ?)"));
    used.addBindValue(i->code);
    used.addBindValue(i->code);
    const int uses = used.exec() && used.next() ? used.value(0).toInt() : 0;
    used.finish();
    if (uses > 0)
        return Status::failure(tr("The indicator %1 has targets or reported figures; remove them first.").arg(i->code));
    Database& db = database();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return tx.status();
    QSqlQuery& q = prepared(QStringLiteral("DELETE FROM indicator WHERE code = ?"));
    q.addBindValue(i->code);
    if (Status s = execWrite(q, tr("removing the indicator %1").arg(i->code), Change::Indicators); !s)
        return s;
    if (i->form == IndicatorForm::Checklist) {
        QSqlQuery& answers = prepared(QStringLiteral("DELETE FROM checklist_answer WHERE item_code = ?"));
        answers.addBindValue(i->checklistItem);
        if (Status s = execWrite(answers, tr("removing the indicator %1").arg(i->code), Change::Checklist); !s)
            return s;
        QSqlQuery& item = prepared(QStringLiteral("DELETE FROM checklist_item WHERE code = ? AND built_in = 0"));
        item.addBindValue(i->checklistItem);
        if (Status s = execWrite(item, tr("removing the indicator %1").arg(i->code), Change::Checklist); !s)
            return s;
    }
    return tx.commit();
}

// MaterialRepository: the rules of a methodical material, and writing it with its authors.
#include "storage/materialrepository.h"
#include "domain/period.h"
#include "storage/clock.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"
#include "storage/recordwrite.h"

#include <QRegularExpression>

bool MaterialRepository::looksLikeLink(const QString& location)
{
    // A scheme of two letters or more ("C:\..." is a Windows drive), "://" anywhere, or "www.".
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]+:"));
    return location.contains(QStringLiteral("://")) || location.startsWith(QStringLiteral("www."), Qt::CaseInsensitive)
        || scheme.match(location).hasMatch();
}

Status MaterialRepository::validate(MethodicalMaterial& m)
{
    m.title = m.title.simplified();
    if (m.title.isEmpty())
        return Status::failure(tr("The title of the material must not be empty."));
    if (m.authorIds.isEmpty())
        return Status::failure(tr("Name at least one author of the material «%1».").arg(m.title));
    for (int i = 0; i < m.authorIds.size(); ++i) {
        const auto name = m_checks.personName(m.authorIds.at(i));
        if (!name)
            return name.status();
        if (m.authorIds.indexOf(m.authorIds.at(i)) < i)
            return Status::failure(tr("%1 is listed twice among the authors.").arg(*name));
    }
    const auto type = m_references.find(ReferenceList::MaterialType, m.type);
    if (!type)
        return Status::failure(tr("Unknown type of material «%1».").arg(m.type));
    m.type = type->code;
    if (!m.competenceArea.trimmed().isEmpty()) {
        const auto area = m_references.find(ReferenceList::CompetenceArea, m.competenceArea);
        if (!area)
            return Status::failure(tr("Unknown competence area «%1».").arg(m.competenceArea));
        m.competenceArea = area->code;
    } else {
        m.competenceArea.clear();
    }
    m.location = m.location.trimmed();
    if (looksLikeLink(m.location)) {
        static const QRegularExpression web(QStringLiteral("^https?://[^\\s/]+"), QRegularExpression::CaseInsensitiveOption);
        if (!web.match(m.location).hasMatch())
            return Status::failure(tr("The link «%1» must start with http:// or https:// and name a site.").arg(m.location));
    }
    if (!m.approvalLevel.trimmed().isEmpty()) {
        const auto level = m_references.find(ReferenceList::ApprovalLevel, m.approvalLevel);
        if (!level)
            return Status::failure(tr("Unknown approval level «%1».").arg(m.approvalLevel));
        m.approvalLevel = level->code;
    } else {
        m.approvalLevel.clear();
        if (m.approvedOn.isValid())
            return Status::failure(tr("The approval date %1 needs an approval level.").arg(shownDate(m.approvedOn)));
    }
    const QDate today = database().clock().today();
    if (m.approvedOn.isValid() && m.approvedOn > today)
        return Status::failure(tr("The approval date %1 is in the future.").arg(shownDate(m.approvedOn)));
    return checkUnit(m, m.approvedOn.isValid() ? m.approvedOn : m.createdAt.isValid() ? m.createdAt.date() : today);
}

Status MaterialRepository::checkUnit(MethodicalMaterial& m, const QDate& date)
{
    if (m.orgUnitId == 0) {
        m.orgUnitId = m_checks.mainOrganisation(m.authorIds.first(), date);
        if (m.orgUnitId == 0)
            return Status::failure(tr("%1, the first author, worked nowhere on %2: choose the organisation the material "
                                      "belongs to.")
                                       .arg(*m_checks.personName(m.authorIds.first()), shownDate(date)));
        return Status::success();
    }
    const auto unit = m_checks.unitName(m.orgUnitId);
    if (!unit)
        return unit.status();
    for (const qint64 author : m.authorIds)
        if (m_checks.worksAt(author, m.orgUnitId, date))
            return Status::success();
    return Status::failure(tr("None of the authors of «%1» works at «%2» on %3.").arg(m.title, *unit, shownDate(date)));
}

Status MaterialRepository::write(MethodicalMaterial& m, bool isNew)
{
    Database& db = database();
    const QString now = db.timestamp();
    if (isNew && m.uuid.isEmpty())
        m.uuid = db.newUuid();
    QSqlQuery& q = prepared(isNew ? QStringLiteral(
        "INSERT INTO methodical_material (org_unit_id, title, type, competence_area, location, approval_level, approved_on, "
        "uuid, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                  : QStringLiteral(
        "UPDATE methodical_material SET org_unit_id = ?, title = ?, type = ?, competence_area = ?, location = ?, "
        "approval_level = ?, approved_on = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(m.orgUnitId);
    q.addBindValue(m.title);
    q.addBindValue(m.type);
    q.addBindValue(sqlText(m.competenceArea));
    q.addBindValue(sqlNotNull(m.location));
    q.addBindValue(sqlText(m.approvalLevel));
    q.addBindValue(sqlDate(m.approvedOn));
    if (isNew) {
        q.addBindValue(m.uuid);
        q.addBindValue(now);
    }
    q.addBindValue(now);
    if (!isNew)
        q.addBindValue(m.id);
    if (!execRecordWrite(q, m, isNew, now))
        return Status::failure(sqlError(tr("saving the material «%1»").arg(m.title), q));
    return Status::success();
}

Status MaterialRepository::writeAuthors(const MethodicalMaterial& m)
{
    QSqlQuery& q = prepared(QStringLiteral("INSERT INTO material_author (material_id, person_id, sort_order) VALUES (?, ?, ?)"));
    for (int i = 0; i < m.authorIds.size(); ++i) {
        q.bindValue(0, m.id);
        q.bindValue(1, m.authorIds.at(i));
        q.bindValue(2, i + 1);
        if (!q.exec())
            return Status::failure(sqlError(tr("adding an author to the material «%1»").arg(m.title), q));
    }
    q.finish();
    return Status::success();
}

Status MaterialRepository::deleteAuthors(qint64 materialId)
{
    QSqlQuery& q = prepared(QStringLiteral("DELETE FROM material_author WHERE material_id = ?"));
    q.bindValue(0, materialId);
    if (!q.exec())
        return Status::failure(sqlError(tr("removing the authors of a material"), q));
    q.finish();
    return Status::success();
}

Result<qint64> MaterialRepository::insert(MethodicalMaterial& material)
{
    MethodicalMaterial m = material;
    m.id = 0;
    m.createdAt = {};
    if (Status s = validate(m); !s)
        return Result<qint64>(s);
    Database& db = database();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return Result<qint64>(tx.status());
    if (Status s = write(m, true); !s)
        return Result<qint64>(s);
    if (Status s = writeAuthors(m); !s)
        return Result<qint64>(s);
    db.markChanged(Change::Materials);
    if (Status s = tx.commit(); !s)
        return Result<qint64>(s);
    material = m;
    return m.id;
}

Status MaterialRepository::update(const MethodicalMaterial& input)
{
    const auto old = find(input.id);
    if (!old)
        return Status::failure(tr("The material (id %1) does not exist.").arg(input.id));
    MethodicalMaterial m = input;
    m.createdAt = old->createdAt; // the day it was recorded stays its date until it is approved
    if (Status s = validate(m); !s)
        return s;
    Database& db = database();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return tx.status();
    if (Status s = write(m, false); !s)
        return s;
    if (Status s = deleteAuthors(m.id); !s)
        return s;
    if (Status s = writeAuthors(m); !s)
        return s;
    db.markChanged(Change::Materials);
    return tx.commit();
}

Status MaterialRepository::remove(qint64 id)
{
    const auto m = find(id);
    if (!m)
        return Status::failure(tr("The material (id %1) does not exist.").arg(id));
    Database& db = database();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return tx.status();
    if (Status s = deleteAuthors(id); !s)
        return s;
    QSqlQuery& q = prepared(QStringLiteral("DELETE FROM methodical_material WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(sqlError(tr("deleting the material «%1»").arg(m->title), q));
    q.finish();
    db.markChanged(Change::Materials);
    return tx.commit();
}

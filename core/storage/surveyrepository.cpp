#include "storage/surveyrepository.h"
#include "io/fieldparsing.h"
#include "storage/clock.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

#include <QMap>
#include <QSet>
#include <algorithm>

namespace {
QString shown(const QDate& date)
{
    return date.toString(QStringLiteral("dd.MM.yyyy"));
}

QVariant lowBound(const QDate& from)
{
    return from.isValid() ? sqlDate(from) : QVariant(QStringLiteral("0001-01-01"));
}

QVariant highBound(const QDate& to)
{
    return to.isValid() ? sqlDate(to) : QVariant(QStringLiteral("9999-12-31"));
}

const QString subtreeAndPeriod = QStringLiteral(
    "JOIN org_unit_closure c ON c.descendant_id = s.org_unit_id "
    "WHERE c.ancestor_id = ? AND s.survey_date >= ? AND s.survey_date <= ? ");
} // namespace

Status SurveyRepository::validate(Survey& s)
{
    if (!s.date.isValid())
        return Status::failure(tr("The date of the survey response is required."));
    if (s.date > database().clock().today())
        return Status::failure(tr("The survey response date %1 is in the future.").arg(shown(s.date)));
    if (s.satisfaction != 0 && (s.satisfaction < 1 || s.satisfaction > 5))
        return Status::failure(tr("The satisfaction score must be from 1 to 5, not %1.").arg(s.satisfaction));
    QSet<QString> topics;
    for (SurveyNeed& n : s.needs) {
        n.topic = n.topic.simplified();
        if (n.topic.isEmpty())
            return Status::failure(tr("The topic of a need must not be empty."));
        if (topics.contains(normaliseKey(n.topic)))
            return Status::failure(tr("The topic «%1» is named twice in one response.").arg(n.topic));
        topics.insert(normaliseKey(n.topic));
        if (n.preferredForm.trimmed().isEmpty()) {
            n.preferredForm.clear();
            continue;
        }
        const auto form = m_references.find(ReferenceList::SupportForm, n.preferredForm);
        if (!form)
            return Status::failure(tr("Unknown form of support «%1».").arg(n.preferredForm));
        n.preferredForm = form->code;
    }
    if (s.satisfaction == 0 && s.needs.isEmpty())
        return Status::failure(tr("A survey response needs a satisfaction score or at least one need."));
    if (s.anonymous()) {
        if (s.orgUnitId == 0)
            return Status::failure(tr("An anonymous survey response needs the organisation it comes from."));
        if (const auto unit = m_checks.unitName(s.orgUnitId); !unit)
            return unit.status();
        return Status::success();
    }
    const auto person = m_checks.personName(s.personId);
    if (!person)
        return person.status();
    if (s.orgUnitId == 0) {
        s.orgUnitId = m_checks.mainOrganisation(s.personId, s.date);
        if (s.orgUnitId == 0)
            return Status::failure(tr("%1 worked nowhere on %2, the date of the survey response.").arg(*person, shown(s.date)));
    } else if (Status w = m_checks.worksAt(s.personId, s.orgUnitId, s.date); !w) {
        return w;
    }
    QSqlQuery& q = prepared(QStringLiteral("SELECT 1 FROM survey WHERE person_id = ? AND survey_date = ? AND id <> ?"));
    q.addBindValue(s.personId);
    q.addBindValue(sqlDate(s.date));
    q.addBindValue(s.id);
    const bool repeated = q.exec() && q.next();
    q.finish();
    if (repeated)
        return Status::failure(tr("%1 already has a survey response dated %2.").arg(*person, shown(s.date)));
    return Status::success();
}

Status SurveyRepository::writeNeeds(const Survey& s)
{
    QSqlQuery& del = prepared(QStringLiteral("DELETE FROM survey_need WHERE survey_id = ?"));
    del.addBindValue(s.id);
    if (!del.exec())
        return Status::failure(sqlError(tr("saving the needs of a survey response"), del));
    del.finish();
    QSqlQuery& q = prepared(QStringLiteral(
        "INSERT INTO survey_need (survey_id, topic, topic_key, preferred_form) VALUES (?, ?, ?, ?)"));
    for (const SurveyNeed& n : s.needs) {
        q.addBindValue(s.id);
        q.addBindValue(n.topic);
        q.addBindValue(normaliseKey(n.topic));
        q.addBindValue(sqlText(n.preferredForm));
        if (!q.exec())
            return Status::failure(sqlError(tr("saving the need «%1»").arg(n.topic), q));
        q.finish();
    }
    return Status::success();
}

Result<qint64> SurveyRepository::insert(Survey& s)
{
    if (Status v = validate(s); !v)
        return Result<qint64>(v);
    Database& db = database();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return Result<qint64>(tx.status());
    if (s.uuid.isEmpty())
        s.uuid = db.newUuid();
    const QString now = db.timestamp();
    QSqlQuery& q = prepared(QStringLiteral(
        "INSERT INTO survey (uuid, org_unit_id, person_id, survey_date, satisfaction, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(s.uuid);
    q.addBindValue(s.orgUnitId);
    q.addBindValue(s.personId ? QVariant(s.personId) : QVariant(QMetaType::fromType<qlonglong>()));
    q.addBindValue(sqlDate(s.date));
    q.addBindValue(s.satisfaction ? QVariant(s.satisfaction) : QVariant(QMetaType::fromType<int>()));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return Result<qint64>::failure(sqlError(tr("adding a survey response"), q));
    s.id = q.lastInsertId().toLongLong();
    q.finish();
    if (Status w = writeNeeds(s); !w)
        return Result<qint64>(w);
    s.createdAt = s.updatedAt = QDateTime::fromString(now, Qt::ISODate);
    db.markChanged(Change::Surveys);
    if (Status c = tx.commit(); !c)
        return Result<qint64>(c);
    return s.id;
}

Status SurveyRepository::update(const Survey& input)
{
    Survey s = input;
    if (!find(s.id))
        return Status::failure(tr("The survey response (id %1) does not exist.").arg(s.id));
    if (Status v = validate(s); !v)
        return v;
    Database& db = database();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return tx.status();
    QSqlQuery& q = prepared(QStringLiteral(
        "UPDATE survey SET org_unit_id = ?, person_id = ?, survey_date = ?, satisfaction = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(s.orgUnitId);
    q.addBindValue(s.personId ? QVariant(s.personId) : QVariant(QMetaType::fromType<qlonglong>()));
    q.addBindValue(sqlDate(s.date));
    q.addBindValue(s.satisfaction ? QVariant(s.satisfaction) : QVariant(QMetaType::fromType<int>()));
    q.addBindValue(db.timestamp());
    q.addBindValue(s.id);
    if (!q.exec())
        return Status::failure(sqlError(tr("saving a survey response"), q));
    q.finish();
    if (Status w = writeNeeds(s); !w)
        return w;
    db.markChanged(Change::Surveys);
    return tx.commit();
}

Status SurveyRepository::remove(qint64 surveyId)
{
    if (!find(surveyId))
        return Status::failure(tr("The survey response (id %1) does not exist.").arg(surveyId));
    Database& db = database();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return tx.status();
    for (const QString& sql : {QStringLiteral("DELETE FROM survey_need WHERE survey_id = ?"),
                               QStringLiteral("DELETE FROM survey WHERE id = ?")}) {
        QSqlQuery& q = prepared(sql);
        q.addBindValue(surveyId);
        if (!q.exec())
            return Status::failure(sqlError(tr("deleting a survey response"), q));
        q.finish();
    }
    db.markChanged(Change::Surveys);
    return tx.commit();
}

QVector<Survey> SurveyRepository::surveys(const QString& from, const QVariantList& values)
{
    QSqlQuery& q = prepared(QStringLiteral(
        "SELECT s.id, s.uuid, s.org_unit_id, s.person_id, s.survey_date, s.satisfaction, s.created_at, s.updated_at "
        "FROM survey s ") + from + QStringLiteral("ORDER BY s.survey_date, s.id"));
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    QVector<Survey> result;
    QHash<qint64, int> index;
    if (q.exec())
        while (q.next()) {
            Survey s;
            s.id = q.value(0).toLongLong();
            s.uuid = q.value(1).toString();
            s.orgUnitId = q.value(2).toLongLong();
            s.personId = q.value(3).toLongLong();
            s.date = dateFromSql(q.value(4));
            s.satisfaction = q.value(5).toInt();
            s.createdAt = timeFromSql(q.value(6));
            s.updatedAt = timeFromSql(q.value(7));
            index.insert(s.id, result.size());
            result.append(s);
        }
    q.finish();
    QSqlQuery& n = prepared(QStringLiteral("SELECT n.survey_id, n.id, n.topic, n.preferred_form "
                                           "FROM survey_need n JOIN survey s ON s.id = n.survey_id ")
                            + from + QStringLiteral("ORDER BY n.survey_id, n.id"));
    for (int i = 0; i < values.size(); ++i)
        n.bindValue(i, values.at(i));
    if (n.exec())
        while (n.next())
            if (const auto it = index.constFind(n.value(0).toLongLong()); it != index.constEnd())
                result[*it].needs.append({n.value(1).toLongLong(), n.value(2).toString(), n.value(3).toString()});
    n.finish();
    return result;
}

std::optional<Survey> SurveyRepository::find(qint64 id)
{
    const auto found = surveys(QStringLiteral("WHERE s.id = ? "), {id});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QVector<Survey> SurveyRepository::list(qint64 rootUnitId, const QDate& from, const QDate& to)
{
    return surveys(subtreeAndPeriod, {rootUnitId, lowBound(from), highBound(to)});
}

QVector<Survey> SurveyRepository::surveysOf(qint64 personId)
{
    return surveys(QStringLiteral("WHERE s.person_id = ? "), {personId});
}

SatisfactionCounts SurveyRepository::satisfactionCounts(qint64 rootUnitId, const QDate& from, const QDate& to)
{
    QSqlQuery& q = prepared(QStringLiteral(
        "SELECT COUNT(s.satisfaction), COALESCE(SUM(CASE WHEN s.satisfaction >= 4 THEN 1 ELSE 0 END), 0) "
        "FROM survey s ") + subtreeAndPeriod);
    q.bindValue(0, rootUnitId);
    q.bindValue(1, lowBound(from));
    q.bindValue(2, highBound(to));
    SatisfactionCounts counts;
    if (q.exec() && q.next())
        counts = {q.value(0).toInt(), q.value(1).toInt()};
    q.finish();
    return counts;
}

QVector<NeedCount> SurveyRepository::needsSummary(qint64 rootUnitId, const QDate& from, const QDate& to)
{
    QSqlQuery& q = prepared(QStringLiteral(
        "SELECT n.topic_key, MIN(n.topic), COALESCE(n.preferred_form, ''), COUNT(*) "
        "FROM survey_need n JOIN survey s ON s.id = n.survey_id ") + subtreeAndPeriod +
        QStringLiteral("GROUP BY n.topic_key, COALESCE(n.preferred_form, '')"));
    q.bindValue(0, rootUnitId);
    q.bindValue(1, lowBound(from));
    q.bindValue(2, highBound(to));
    QMap<QString, NeedCount> byKey;
    if (q.exec())
        while (q.next()) {
            NeedCount& c = byKey[q.value(0).toString()];
            if (c.topic.isEmpty() || q.value(1).toString() < c.topic)
                c.topic = q.value(1).toString();
            c.count += q.value(3).toInt();
            c.forms[q.value(2).toString()] += q.value(3).toInt();
        }
    q.finish();
    QVector<NeedCount> result(byKey.begin(), byKey.end()); // by topic key
    std::stable_sort(result.begin(), result.end(), [](const NeedCount& a, const NeedCount& b) { return a.count > b.count; });
    return result;
}

QVector<HistoryEntry> SurveyRepository::historyOf(qint64 personId)
{
    QVector<HistoryEntry> result;
    for (const Survey& s : surveysOf(personId)) {
        QStringList parts;
        if (s.satisfaction)
            parts.append(tr("satisfaction %1 of 5").arg(s.satisfaction));
        QStringList needs;
        for (const SurveyNeed& n : s.needs)
            needs.append(n.preferredForm.isEmpty()
                             ? n.topic
                             : QStringLiteral("%1 (%2)").arg(n.topic, m_references.name(ReferenceList::SupportForm, n.preferredForm)));
        if (!needs.isEmpty())
            parts.append(tr("needs: %1").arg(needs.join(QStringLiteral("; "))));
        result.append({s.date, tr("Survey"), parts.join(QStringLiteral(", ")), s.uuid});
    }
    return result;
}

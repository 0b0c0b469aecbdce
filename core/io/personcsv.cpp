#include "io/personcsv.h"
#include "io/csvwriter.h"
#include "io/fieldparsing.h"
#include "io/personidentities.h"
#include "storage/database.h"
#include "storage/orgunitrepository.h"
#include "storage/personrepository.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

#include <QIODevice>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString yesNo(bool value)
{
    return value ? QStringLiteral("да") : QString();
}


} // namespace

const QVector<CsvField>& PersonCsv::fields()
{
    static const QVector<CsvField> list = {
        {"last", {QStringLiteral("Фамилия"), QStringLiteral("last name"), QStringLiteral("surname")}},
        {"first", {QStringLiteral("Имя"), QStringLiteral("first name")}},
        {"middle", {QStringLiteral("Отчество"), QStringLiteral("middle name"), QStringLiteral("patronymic")}},
        {"full", {QStringLiteral("ФИО"), QStringLiteral("full name"), QStringLiteral("фамилия имя отчество")}},
        {"birth", {QStringLiteral("Дата рождения"), QStringLiteral("birth date"), QStringLiteral("date of birth")}},
        {"snils", {QStringLiteral("СНИЛС"), QStringLiteral("snils")}},
        {"experience", {QStringLiteral("Начало педагогического стажа"), QStringLiteral("experience start"),
                        QStringLiteral("дата начала педагогического стажа"), QStringLiteral("начало стажа")}},
        {"subjects", {QStringLiteral("Предметы"), QStringLiteral("subjects"), QStringLiteral("предмет"),
                      QStringLiteral("преподаваемые предметы")}},
        {"category", {QStringLiteral("Категория"), QStringLiteral("category"), QStringLiteral("квалификационная категория")}},
        {"granted", {QStringLiteral("Дата присвоения категории"), QStringLiteral("category granted")}},
        {"expires", {QStringLiteral("Категория действительна до"), QStringLiteral("category expires"),
                     QStringLiteral("срок действия категории")}},
        {"mentor", {QStringLiteral("Наставник"), QStringLiteral("mentor")}},
        {"tutor", {QStringLiteral("Тьютор"), QStringLiteral("tutor")}},
        {"methodist", {QStringLiteral("Методист"), QStringLiteral("methodist")}},
        {"expert", {QStringLiteral("Эксперт"), QStringLiteral("expert")}},
        {"org", {QStringLiteral("Код организации"), QStringLiteral("organisation code"), QStringLiteral("organization code")}},
        {"orgname", {QStringLiteral("Организация"), QStringLiteral("organisation"), QStringLiteral("organization"),
                     QStringLiteral("место работы")}},
        {"position", {QStringLiteral("Должность"), QStringLiteral("position")}},
        {"rate", {QStringLiteral("Ставка"), QStringLiteral("rate")}},
        {"start", {QStringLiteral("Дата приёма"), QStringLiteral("employment start"), QStringLiteral("дата приема"),
                   QStringLiteral("дата начала работы")}},
        {"end", {QStringLiteral("Дата увольнения"), QStringLiteral("employment end"), QStringLiteral("дата окончания работы")}},
    };
    return list;
}

Result<ImportReport> PersonCsv::importFrom(Database& db, QIODevice& device, const ImportOptions& options)
{
    CsvImport file;
    if (!file.read(device, fields()))
        return Result<ImportReport>::failure(file.error());
    const CsvTable& table = file.table();
    const CsvColumns& columns = file.columns();
    ImportReport& report = file.report();
    const bool splitNames = columns.has("last") || columns.has("first");
    if (!splitNames && !columns.has("full"))
        report.issues.append({table.headerLine, QString(), tr("the file needs the column «ФИО» or the columns «Фамилия» and «Имя»")});
    else if (splitNames && !(columns.has("last") && columns.has("first")))
        report.issues.append({table.headerLine, QString(), tr("the columns «Фамилия» and «Имя» go together")});
    if (!columns.has("birth") && !columns.has("snils"))
        report.issues.append({table.headerLine, QString(), tr("the file needs the column «Дата рождения» or «СНИЛС» to tell persons apart")});
    const bool withEmployment = columns.has("org") || columns.has("orgname");
    if (withEmployment && !(columns.has("position") && columns.has("start")))
        report.issues.append({table.headerLine, QString(), tr("with an organisation the columns «Должность» and «Дата приёма» are required")});
    if (report.hasIssues()) {
        report.rejected = report.rows;
        return report;
    }

    PersonRepository persons(db);
    OrgUnitRepository units(db);
    ReferenceRepository& references = persons.references();
    // Organisations by code and by name (a name that is not unique cannot be used).
    QHash<QString, qint64> orgByCode;
    QHash<QString, qint64> orgByName;
    QSet<QString> ambiguousNames;
    for (const OrgUnit& u : units.all()) {
        if (u.level != UnitLevel::Organisation)
            continue;
        orgByCode.insert(u.code, u.id);
        for (const QString& name : {normaliseKey(u.name), normaliseKey(u.shortName)}) {
            if (name.isEmpty())
                continue;
            if (orgByName.contains(name) && orgByName.value(name) != u.id)
                ambiguousNames.insert(name);
            orgByName.insert(name, u.id);
        }
    }

    auto date = [&](const CsvRecord& r, const char* key, QDate* target) {
        const QString text = columns.value(r, key);
        if (text.isEmpty())
            return;
        if (const auto d = parseDate(text))
            *target = *d;
        else
            file.issue(r.line, key, ImportText::badDate(text));
    };

    WriteTransaction tx(db);
    if (!tx.isActive())
        return file.databaseFailure(tx.error());
    PersonIdentities identities(db);
    QHash<qint64, int> firstLineOfPerson; // persons met earlier in this file
    QHash<QString, int> lineOfRow;        // person and employment of each written row
    for (const CsvRecord& record : table.rows) {
        const int line = record.line;
        const int issuesBefore = report.issues.size();
        file.checkCells(record);
        // Identity first: names, birth date, SNILS.
        Person in;
        if (splitNames) {
            in.lastName = columns.value(record, "last").simplified();
            in.firstName = columns.value(record, "first").simplified();
            in.middleName = columns.value(record, "middle").simplified();
            if (in.lastName.isEmpty())
                file.issue(line, "last", ImportText::required());
            if (in.firstName.isEmpty())
                file.issue(line, "first", ImportText::required());
        } else {
            // Split as the repository stores names: any white space (a no-break space, a tab) is one space.
            const QStringList parts = columns.value(record, "full").simplified().split(u' ', Qt::SkipEmptyParts);
            if (parts.size() < 2)
                file.issue(line, "full", tr("write the last name, the first name and the middle name, if any"));
            in.lastName = parts.value(0);
            in.firstName = parts.value(1);
            in.middleName = parts.mid(2).join(u' ');
        }
        date(record, "birth", &in.birthDate);
        const QString snilsText = columns.value(record, "snils");
        if (!snilsText.isEmpty()) {
            QString why;
            if (const auto s = Snils::normalise(snilsText, &why))
                in.snils = *s;
            else
                file.issue(line, "snils", why);
        }
        if (!in.birthDate.isValid() && in.snils.isEmpty() && report.issues.size() == issuesBefore)
            file.issue(line, columns.has("birth") ? "birth" : "snils", tr("a birth date or SNILS is needed to identify the person"));
        if (report.issues.size() != issuesBefore)
            continue;

        // Find the stored person: by SNILS, else by name and birth date.
        const PersonIdentities::Match match = identities.find(in);
        if (match.ambiguous) {
            file.issue(line, nullptr, tr("several persons are called %1 and were born on %2; add the column «СНИЛС»")
                                          .arg(in.fullName(), formatDateRu(in.birthDate)));
            continue;
        }
        std::optional<Person> stored;
        if (match.id)
            stored = persons.find(match.id);
        if (stored && !in.snils.isEmpty() && in.birthDate.isValid() && stored->birthDate.isValid()
            && stored->birthDate != in.birthDate) {
            file.issue(line, "snils", tr("SNILS %1 belongs to %2, born on %3, not on %4")
                                          .arg(in.snils, stored->fullName(), formatDateRu(stored->birthDate), formatDateRu(in.birthDate)));
            continue;
        }
        // Start from what is stored and overwrite what the file says: an empty cell keeps the
        // stored value (to clear a role write «нет»).
        Person p = stored ? *stored : Person{};
        p.lastName = in.lastName;
        p.firstName = in.firstName;
        p.middleName = in.middleName;
        if (in.birthDate.isValid())
            p.birthDate = in.birthDate;
        if (!in.snils.isEmpty())
            p.snils = in.snils;
        date(record, "experience", &p.experienceStart);
        if (QString subjects = columns.value(record, "subjects"); !subjects.isEmpty()) {
            p.subjects.clear();
            for (const QString& s : subjects.replace(u';', u',').split(u',', Qt::SkipEmptyParts))
                if (const QString subject = s.simplified(); !subject.isEmpty()) // as the repository keeps them
                    p.subjects << subject;
        }
        if (const QString text = columns.value(record, "category"); !text.isEmpty()) {
            if (const auto c = references.findCategory(text))
                p.category = c->code;
            else
                file.issue(line, "category", tr("«%1» is not a qualification category").arg(text));
        }
        date(record, "granted", &p.categoryGranted);
        date(record, "expires", &p.categoryExpires);
        const std::pair<const char*, bool*> roles[] = {{"mentor", &p.mentor}, {"tutor", &p.tutor},
                                                        {"methodist", &p.methodist}, {"expert", &p.expert}};
        for (const auto& [key, target] : roles) {
            const QString text = columns.value(record, key);
            if (text.isEmpty())
                continue;
            if (const auto v = parseYesNo(text))
                *target = *v;
            else
                file.issue(line, key, ImportText::badYesNo(text));
        }

        // The employment of this row, if the file has organisations.
        Employment e;
        bool hasEmployment = false;
        bool rateGiven = false; // an empty cell keeps a stored employment's value
        bool endGiven = false;
        if (withEmployment) {
            const QString code = columns.value(record, "org");
            const QString name = columns.value(record, "orgname");
            if (!code.isEmpty()) {
                e.unitId = orgByCode.value(code);
                if (!e.unitId)
                    file.issue(line, "org", tr("there is no organisation with the code %1").arg(code));
            } else if (!name.isEmpty() && !columns.has("org")) {
                const QString key = normaliseKey(name);
                e.unitId = ambiguousNames.contains(key) ? 0 : orgByName.value(key);
                if (!e.unitId)
                    file.issue(line, "orgname", ambiguousNames.contains(key)
                                               ? tr("several organisations are called «%1»; use the column «Код организации»").arg(name)
                                               : tr("there is no organisation called «%1»").arg(name));
            }
            hasEmployment = e.unitId != 0;
            if (hasEmployment) {
                const QString position = columns.value(record, "position");
                if (const auto pos = references.findPosition(position))
                    e.positionCode = pos->code;
                else
                    file.issue(line, "position", position.isEmpty() ? ImportText::required()
                                                               : tr("«%1» is not a known position").arg(position));
                const QString rate = columns.value(record, "rate");
                rateGiven = !rate.isEmpty();
                if (rateGiven) {
                    const auto r = parseDecimal(rate);
                    if (!r)
                        file.issue(line, "rate", ImportText::badNumber(rate));
                    else if (!(*r > 0 && *r <= 2))
                        file.issue(line, "rate", tr("the rate must be greater than 0 and at most 2"));
                    else
                        e.rate = *r;
                }
                if (columns.value(record, "start").isEmpty())
                    file.issue(line, "start", ImportText::required());
                date(record, "start", &e.start);
                date(record, "end", &e.end);
                endGiven = e.end.isValid();
            }
        }
        if (report.issues.size() != issuesBefore)
            continue;

        // Write the row under its own savepoint.
        // A savepoint per row only when valid rows are kept; otherwise any error rolls back all.
        WriteTransaction rowTx(db, options.skipInvalid ? WriteTransaction::Nesting::Savepoint : WriteTransaction::Nesting::Join);
        if (!rowTx.isActive())
            return file.databaseFailure(rowTx.error()); // the file's write is lost whole: stop here
        bool changed = false;
        bool inserted = false;
        const bool metBefore = stored && firstLineOfPerson.contains(stored->id);
        // What a row records: the person, and the employment if any (p.id is set once stored).
        auto rowKey = [&] {
            return hasEmployment ? QStringLiteral("%1|%2|%3|%4").arg(p.id).arg(e.unitId).arg(e.positionCode, e.start.toString(Qt::ISODate))
                                 : QString::number(p.id);
        };
        if (metBefore && lineOfRow.contains(rowKey())) {
            file.issue(line, nullptr, tr("the row repeats line %1").arg(lineOfRow.value(rowKey())));
            continue;
        }
        if (metBefore) {
            if (!p.sameFacts(*stored)) {
                file.issue(line, nullptr, tr("the person's details differ from line %1 of the same file").arg(firstLineOfPerson.value(stored->id)));
                continue;
            }
        } else if (!stored) {
            if (auto r = persons.insert(p); !r) {
                file.issue(line, nullptr, r.error());
                continue;
            }
            inserted = changed = true;
        } else if (!p.sameFacts(*stored)) {
            if (Status s = persons.update(p); !s) {
                file.issue(line, nullptr, s.error());
                continue;
            }
            changed = true;
        }
        if (hasEmployment) {
            e.personId = p.id;
            std::optional<Employment> same;
            for (const Employment& other : inserted ? QVector<Employment>() : persons.employments(p.id))
                if (other.unitId == e.unitId && other.positionCode == e.positionCode && other.start == e.start)
                    same = other;
            if (!same) {
                if (auto r = persons.addEmployment(e); !r) {
                    file.issue(line, nullptr, r.error());
                    continue;
                }
                changed = true;
            } else if ((rateGiven && !qFuzzyCompare(same->rate, e.rate)) || (endGiven && same->end != e.end)) {
                if (!rateGiven)
                    e.rate = same->rate;
                if (!endGiven)
                    e.end = same->end;
                e.id = same->id;
                e.uuid = same->uuid;
                if (Status s = persons.updateEmployment(e); !s) {
                    file.issue(line, nullptr, s.error());
                    continue;
                }
                changed = true;
            }
        }
        if (Status s = rowTx.commit(); !s) {
            file.issue(line, nullptr, s.error());
            continue;
        }
        if (changed)
            identities.add(p); // only now: a rolled-back row must not be found again
        if (!firstLineOfPerson.contains(p.id))
            firstLineOfPerson.insert(p.id, line);
        lineOfRow.insert(rowKey(), line);
        if (inserted)
            ++report.created;
        else
            ++(changed ? report.updated : report.unchanged);
    }

    return file.finish(tx, options);
}

Status PersonCsv::exportTo(Database& db, QIODevice& device, qint64 rootId)
{
    // One query: every person with their employments (in the subtree, or all), in name order.
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    QString sql = QStringLiteral(
        "SELECT p.id, u.code, u.name, e.position_code, e.rate, e.start_date, e.end_date "
        "FROM person p LEFT JOIN employment e ON e.person_id = p.id LEFT JOIN org_unit u ON u.id = e.org_unit_id ");
    if (rootId)
        sql += QStringLiteral("JOIN org_unit_closure c ON c.descendant_id = e.org_unit_id AND c.ancestor_id = :root ");
    sql += QStringLiteral("ORDER BY p.name_key, p.birth_date, p.id, e.start_date, e.id");
    q.prepare(sql);
    if (rootId)
        q.bindValue(QStringLiteral(":root"), rootId);
    if (!q.exec())
        return Status::failure(StorageText::sqlError(tr("exporting persons"), StorageText::reason(q.lastError())));

    PersonRepository persons(db);
    ReferenceRepository& references = persons.references();
    CsvWriter writer(device);
    writer.writeRow(CsvColumns::canonicalHeader(fields()));
    std::optional<Person> p;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (!p || p->id != id)
            p = persons.find(id);
        const bool employed = !q.value(1).isNull();
        writer.writeRow({p->lastName, p->firstName, p->middleName, QString(), formatDateRu(p->birthDate), p->snils,
                         formatDateRu(p->experienceStart), p->subjects.join(QStringLiteral(", ")),
                         references.categoryName(p->category), formatDateRu(p->categoryGranted),
                         formatDateRu(p->categoryExpires), yesNo(p->mentor), yesNo(p->tutor), yesNo(p->methodist),
                         yesNo(p->expert), q.value(1).toString(), q.value(2).toString(),
                         employed ? references.positionName(q.value(3).toString()) : QString(),
                         employed ? formatDecimal(q.value(4).toDouble()) : QString(),
                         formatDateRu(dateFromSql(q.value(5))), formatDateRu(dateFromSql(q.value(6)))});
    }
    return writer.ok() ? Status::success() : Status::failure(writer.errorString());
}

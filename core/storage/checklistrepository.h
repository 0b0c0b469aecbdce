#pragma once
// Stores the answers to the presence checklist (seed 000's 16 «наличие системы …» items) per
// municipality or organisation and academic year, and the share of «yes» over a subtree.
#include "domain/checklist.h"
#include "status.h"
#include "storage/recordchecks.h"
#include "storage/repository.h"

#include <QVector>
#include <optional>

class ChecklistRepository : public Repository {
    Q_DECLARE_TR_FUNCTIONS(ChecklistRepository)
public:
    explicit ChecklistRepository(Database& db) : Repository(db), m_checks(db) {}

    QVector<ChecklistItem> items(); // in order: the general items, then the additional ones
    std::optional<ChecklistItem> findItem(const QString& code); // any case: «c01» is C01

    // Records a unit's answer (a code or a name: да, частично, нет) to an item for an academic
    // year, replacing an earlier one; the answer's id.
    Result<qint64> setAnswer(qint64 unitId, int year, const QString& itemCode, const QString& answer,
                             const QString& evidence = {});
    // Records a unit's answers for a year at once (each an item code or name, an answer and its
    // evidence), all or nothing, as setAnswer would one by one; sets their ids, uuids and codes.
    Status setAnswers(qint64 unitId, int year, QVector<ChecklistAnswer>& answers);
    Status removeAnswer(qint64 unitId, int year, const QString& itemCode);
    // Whether setAnswer would accept this answer; writes nothing.
    Status validateAnswer(qint64 unitId, int year, const QString& itemCode, const QString& answer);
    std::optional<ChecklistAnswer> findAnswer(qint64 id);
    QVector<ChecklistAnswer> answers(qint64 unitId, int year); // in item order
    // Over the subtree's units (the root included) that answered the item for the year.
    YesShare yesShare(qint64 rootUnitId, int year, const QString& itemCode);

private:
    std::optional<ChecklistAnswer> findAnswer(qint64 unitId, int year, const QString& itemCode);
    RecordChecks m_checks;
};

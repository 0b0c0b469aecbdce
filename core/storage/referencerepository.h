#pragma once
// Reference lists that are data, not code: positions, qualification categories and the lists
// of the support cycle (DOMAIN.md §3). Built-in items come with the schema; users add their own.
#include "status.h"
#include "storage/repository.h"

#include <QCoreApplication>
#include <QHash>
#include <QVector>
#include <optional>

struct ReferenceItem {
    QString code;
    QString name;
    bool builtIn = false;
};

enum class ReferenceList {
    Position,
    Category,
    CompetenceArea,
    DiagnosticSource,
    EventKind,
    EventLevel,
    ParticipationRole,
    CompetitionResult,
    MentoringForm,
    MentoringType,
    CourseForm,
    RouteDirection,
    AssociationLevel,
    ConsultationForm,
    MaterialType,
    ApprovalLevel,
    SupportForm,
};

class ReferenceRepository : public Repository {
    Q_DECLARE_TR_FUNCTIONS(ReferenceRepository)
public:
    using Repository::Repository;

    QVector<ReferenceItem> items(ReferenceList list);
    // An item by its code or its name (case, ё/е and spacing ignored). On a miss the list is read
    // again once, so items added through another repository are found.
    std::optional<ReferenceItem> find(ReferenceList list, const QString& codeOrName);
    QString name(ReferenceList list, const QString& code); // the code itself when unknown
    // Adds a user's item; its code is made from the name unless given.
    Result<ReferenceItem> add(ReferenceList list, const QString& name, const QString& code = {});
    static QString listName(ReferenceList list); // translated, e.g. "competence areas"

    // The two lists of the staff register, by their usual names.
    QVector<ReferenceItem> positions() { return items(ReferenceList::Position); }
    QVector<ReferenceItem> categories() { return items(ReferenceList::Category); }
    std::optional<ReferenceItem> findPosition(const QString& codeOrName) { return find(ReferenceList::Position, codeOrName); }
    // Also understands how categories are written in school spreadsheets («СЗД», «б/к», «высш.»).
    std::optional<ReferenceItem> findCategory(const QString& codeOrName);
    QString positionName(const QString& code) { return name(ReferenceList::Position, code); }
    QString categoryName(const QString& code) { return name(ReferenceList::Category, code); }

private:
    // A list with its items by code and by normalised name, read once per repository.
    struct Cache {
        int generation = -1; // Database::referenceGeneration() when read
        QVector<ReferenceItem> items;
        QHash<QString, int> byKey;
    };
    const Cache& cache(ReferenceList list);
    std::optional<ReferenceItem> cached(ReferenceList list, const QString& codeOrName);
    QHash<int, Cache> m_cache;
};

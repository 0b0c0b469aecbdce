#pragma once
// Reference lists that are data, not code: positions and qualification categories.
#include "status.h"
#include "storage/repository.h"

#include <QCoreApplication>
#include <QHash>
#include <QVector>
#include <optional>

struct ReferenceItem {
    QString code;
    QString name;
};

class ReferenceRepository : public Repository {
    Q_DECLARE_TR_FUNCTIONS(ReferenceRepository)
public:
    using Repository::Repository;
    QVector<ReferenceItem> positions();
    QVector<ReferenceItem> categories();
    // Finds an item by its code or its name (case, ё/е and spacing ignored).
    std::optional<ReferenceItem> findPosition(const QString& codeOrName);
    std::optional<ReferenceItem> findCategory(const QString& codeOrName);
    QString positionName(const QString& code);
    QString categoryName(const QString& code);

private:
    // A list with its items by code and by normalised name, read once per repository.
    struct List {
        QVector<ReferenceItem> items;
        QHash<QString, int> byKey;
    };
    const List& list(List& cache, const QString& table);
    std::optional<ReferenceItem> find(const List& list, const QString& codeOrName) const;
    List m_positions;
    List m_categories;
};

#pragma once
// Stores the bank of methodical materials with their authors. Rules: a title; at least one
// author, each existing and named once; known type, competence area and approval level; a
// link (anything that looks like a URL: "scheme:", "://" or "www.") starts with http:// or
// https://; an approval date only with an approval level and not in the future; the material
// belongs to its first author's main organisation on its date (or, if given, to an
// organisation where one of its authors works then).
//
// A material's date (MethodicalMaterial::date()) is its approval date when it has one, else the
// day it was recorded; lists and histories go by it.
#include "domain/material.h"
#include "status.h"
#include "storage/recordchecks.h"
#include "storage/referencerepository.h"
#include "storage/repository.h"

#include <QVector>
#include <optional>

class MaterialRepository : public Repository {
    Q_DECLARE_TR_FUNCTIONS(MaterialRepository)
public:
    explicit MaterialRepository(Database& db) : Repository(db), m_references(db), m_checks(db) {}

    // Validates and inserts the material with its authors, all or nothing; sets id, uuid (if
    // empty) and times.
    Result<qint64> insert(MethodicalMaterial& material);
    // Saves the facts and replaces the authors.
    Status update(const MethodicalMaterial& material);
    // Deletes the material and its links to its authors (explicitly, no cascade).
    Status remove(qint64 id);
    Status validate(MethodicalMaterial& material); // normalises (trims, codes, unit) and checks
    std::optional<MethodicalMaterial> find(qint64 id);
    QVector<MethodicalMaterial> materialsOf(qint64 personId); // as an author, by date
    // Materials of the subtree's units whose date is within [from, to] (an invalid bound is
    // open), by date.
    QVector<MethodicalMaterial> list(qint64 rootUnitId, const QDate& from, const QDate& to);

    // The person's materials as lines of their history, by date.
    QVector<HistoryEntry> historyOf(qint64 personId);

    // Whether a location reads as a link rather than a file path.
    static bool looksLikeLink(const QString& location);

private:
    Status checkUnit(MethodicalMaterial& m, const QDate& date);
    Status write(MethodicalMaterial& m, bool isNew);
    Status writeAuthors(const MethodicalMaterial& m);
    Status deleteAuthors(qint64 materialId);
    QVector<MethodicalMaterial> materials(const QString& sql, const QVariantList& values);
    ReferenceRepository m_references;
    RecordChecks m_checks;
};

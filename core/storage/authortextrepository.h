#pragma once
// The author's own text of a report (table `report_author_text`): the conclusions and tasks a
// deputy head writes into the annual analysis, kept per unit, block key ("analysis.conclusions")
// and academic year, so that every later build of the report prints them (reports/authortexts.h).
// Rules: the unit exists, the key reads like "kind.block", the year is an academic year, the
// text is at most MaxLength characters. Saving an empty (or blank) text removes the block's row.
#include "status.h"
#include "storage/repository.h"

#include <QCoreApplication>
#include <QHash>

class AuthorTextRepository : public Repository {
    Q_DECLARE_TR_FUNCTIONS(AuthorTextRepository)
public:
    using Repository::Repository;
    static constexpr int MaxLength = 50000;

    // Replaces the block's text (keeps its UUID and creation time); an empty text removes it.
    Status save(qint64 unitId, const QString& key, int year, const QString& text);
    // The block's text; empty when none is saved.
    QString text(qint64 unitId, const QString& key, int year);
    // Every saved block of the unit and year, by key.
    QHash<QString, QString> texts(qint64 unitId, int year);
};

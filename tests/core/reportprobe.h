#pragma once
// Reading a report document in the tests: its section headings, its sentences and its tables as
// the outputs print them.
#include "reports/reportdocument.h"
#include "testsupport.h"

inline QStringList headings(const ReportDocument& d)
{
    QStringList result;
    for (const ReportSection& s : d.sections)
        result.append(s.heading);
    return result;
}

// Every paragraph of the section with this heading (all sections for an empty heading).
inline QStringList sentences(const ReportDocument& d, const QString& heading = {})
{
    QStringList result;
    for (const ReportSection& s : d.sections)
        if (heading.isEmpty() || s.heading == heading)
            for (const ReportBlock& b : s.blocks)
                if (const auto* p = std::get_if<ReportParagraph>(&b))
                    result.append(p->text);
    return result;
}

inline const ReportTable* tableNamed(const ReportDocument& d, const QString& caption)
{
    for (const ReportTable* t : d.tables())
        if (t->caption == caption)
            return t;
    return nullptr;
}

// The table's rows as printed, cells joined by " | ".
inline QStringList printedRows(const ReportTable& t)
{
    QStringList result;
    for (const QVector<QVariant>& row : t.rows) {
        QStringList cells;
        for (int i = 0; i < t.columns.size(); ++i)
            cells.append(reportCellText(row.value(i), t.columns.at(i)));
        result.append(cells.join(QStringLiteral(" | ")));
    }
    return result;
}

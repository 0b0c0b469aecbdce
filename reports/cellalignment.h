#pragma once
// How the outputs align a column's cells: figures to the right, dates in the middle, text to the left.
#include "reports/reportdocument.h"

#include <Qt>

inline Qt::Alignment cellAlignment(ColumnKind kind)
{
    switch (kind) {
    case ColumnKind::Number:
    case ColumnKind::Percent:
        return Qt::AlignRight;
    case ColumnKind::Date:
        return Qt::AlignHCenter;
    case ColumnKind::Text:
        break;
    }
    return Qt::AlignLeft;
}

#include "reports/reportdocument.h"

#include <QLocale>

QVector<const ReportTable*> ReportDocument::tables() const
{
    QVector<const ReportTable*> result;
    for (const ReportSection& s : sections)
        for (const ReportBlock& b : s.blocks)
            if (const auto* t = std::get_if<ReportTable>(&b))
                result.append(t);
    return result;
}

void ReportTable::removeColumn(int index)
{
    columns.removeAt(index);
    for (QVector<QVariant>& row : rows)
        if (index < row.size())
            row.removeAt(index);
}

QString reportCellText(const QVariant& value, const ReportColumn& column)
{
    if (value.isNull() || !value.isValid())
        return {};
    QLocale russian(QLocale::Russian, QLocale::Russia);
    russian.setNumberOptions(QLocale::OmitGroupSeparator);
    switch (column.kind) {
    case ColumnKind::Text:
        break;
    case ColumnKind::Number:
        if (value.canConvert<double>() && value.typeId() != QMetaType::QString)
            return russian.toString(value.toDouble(), 'f', column.decimals);
        break;
    case ColumnKind::Percent:
        if (value.canConvert<double>() && value.typeId() != QMetaType::QString)
            return russian.toString(value.toDouble(), 'f', column.decimals) + QStringLiteral("\u00A0%");
        break;
    case ColumnKind::Date:
        if (value.typeId() == QMetaType::QDate)
            return value.toDate().toString(QStringLiteral("dd.MM.yyyy"));
        break;
    }
    return value.toString();
}

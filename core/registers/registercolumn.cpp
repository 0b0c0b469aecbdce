#include "registers/registerspec.h"
#include "domain/academicyear.h"
#include "domain/period.h"
#include "domain/person.h"
#include "storage/sqlvalues.h"

#include <QLocale>

QString RegisterColumn::display(const QVariantList& v) const
{
    const QVariant first = v.value(0);
    QString text;
    if (!first.isNull()) {
        const QLocale locale;
        switch (format) {
        case ColumnFormat::Text: text = first.toString(); break;
        case ColumnFormat::Date: text = shownDate(dateFromSql(first)); break;
        case ColumnFormat::Integer: text = locale.toString(first.toLongLong()); break;
        case ColumnFormat::Number: text = locale.toString(first.toDouble(), 'g', 4); break;
        case ColumnFormat::PersonName: {
            Person p;
            p.lastName = first.toString();
            p.firstName = v.value(1).toString();
            p.middleName = v.value(2).toString();
            text = p.shortName();
            break;
        }
        case ColumnFormat::Code: text = codeName ? codeName(first.toString()) : first.toString(); break;
        case ColumnFormat::Flag: text = first.toLongLong() != 0 ? RegisterSpecs::tr("yes") : QString(); break;
        case ColumnFormat::AcademicYear: text = AcademicYear::text(first.toInt()); break;
        case ColumnFormat::Month: text = locale.standaloneMonthName(first.toInt()); break;
        }
    }
    // A name column may carry who is responsible in words when no person is linked.
    if (text.isEmpty() && format == ColumnFormat::PersonName)
        text = v.value(3).toString();
    return text.isEmpty() ? emptyText : text;
}

RegisterColumn RegisterColumn::hidden() const
{
    RegisterColumn c = *this;
    c.visible = false;
    return c;
}

RegisterColumn RegisterColumn::searched() const
{
    RegisterColumn c = *this;
    c.search = values.value(0);
    c.searchIsKey = false;
    return c;
}

RegisterColumn RegisterColumn::whenEmpty(const QString& text) const
{
    RegisterColumn c = *this;
    c.emptyText = text;
    return c;
}

int RegisterSpec::columnIndex(const QString& id) const
{
    for (int i = 0; i < columns.size(); ++i)
        if (columns.at(i).id == id)
            return i;
    return -1;
}

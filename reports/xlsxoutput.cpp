// ReportOutput::writeXlsx: one sheet per table (libxlsxwriter): the caption, the unit and period,
// the header row (frozen, repeated on printed pages), then the rows — numbers as numbers,
// percents as fractions with a percent format, dates as dates.
#include "reportoutput.h"

#include <QDir>
#include "files/replacefile.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <cmath>
#include <xlsxwriter.h>

namespace {

// A sheet name Excel accepts: no []:*?/\, at most 31 characters, unique in any case.
QString sheetName(const QString& caption, QSet<QString>& taken, int number)
{
    QString name = caption.trimmed();
    for (QChar bad : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        name.replace(bad, u' ');
    name = name.simplified();
    if (name.isEmpty())
        name = ReportOutput::tr("Table %1").arg(number);
    QString candidate = name.left(31);
    for (int n = 2; taken.contains(candidate.toLower()); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        candidate = name.left(31 - int(suffix.size())) + suffix;
    }
    taken.insert(candidate.toLower());
    return candidate;
}

QByteArray numberFormat(const ReportColumn& column, bool percent)
{
    QByteArray format = column.decimals > 0 ? "0." + QByteArray(column.decimals, '0') : "0";
    return percent ? format + '%' : format;
}

} // namespace

Status ReportOutput::writeXlsx(const ReportDocument& d, const QString& path)
{
    // libxlsxwriter writes the file itself: write beside it, then put it in place.
    const auto part = partFileBeside(path);
    if (!part)
        return part.status();
    lxw_workbook* workbook = workbook_new(QFile::encodeName(*part).constData());
    if (!workbook) {
        QFile::remove(*part);
        return Status::failure(tr("Cannot write %1: %2").arg(path, tr("cannot create the file")));
    }
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format* header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_CENTER);
    format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
    format_set_bg_color(header, 0xE8E8E8);
    format_set_border(header, LXW_BORDER_THIN);
    lxw_format* text = workbook_add_format(workbook);
    format_set_text_wrap(text);
    format_set_align(text, LXW_ALIGN_VERTICAL_TOP);
    format_set_border(text, LXW_BORDER_THIN);
    lxw_format* date = workbook_add_format(workbook);
    format_set_num_format(date, "dd.mm.yyyy");
    format_set_align(date, LXW_ALIGN_VERTICAL_TOP);
    format_set_border(date, LXW_BORDER_THIN);
    QHash<QByteArray, lxw_format*> numbers; // by number format
    auto numberCell = [&](const QByteArray& f) {
        if (!numbers.contains(f)) {
            lxw_format* format = workbook_add_format(workbook);
            format_set_num_format(format, f.constData());
            format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
            format_set_border(format, LXW_BORDER_THIN);
            numbers.insert(f, format);
        }
        return numbers.value(f);
    };

    QSet<QString> taken;
    const QVector<const ReportTable*> tables = d.tables();
    const QString subtitle = QStringList{d.unitName, d.period}.join(QStringLiteral(", "));
    int number = 0;
    for (const ReportTable* t : tables) {
        ++number;
        const QByteArray name = sheetName(t->caption, taken, number).toUtf8();
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, name.constData());
        worksheet_set_paper(sheet, 9); // A4
        if (t->wide)
            worksheet_set_landscape(sheet);
        worksheet_fit_to_pages(sheet, 1, 0);
        worksheet_write_string(sheet, 0, 0, (t->caption.isEmpty() ? d.title : t->caption).toUtf8().constData(), bold);
        worksheet_write_string(sheet, 1, 0, subtitle.toUtf8().constData(), nullptr);
        const int headerRow = 2;
        for (int c = 0; c < t->columns.size(); ++c) {
            const ReportColumn& column = t->columns.at(c);
            worksheet_write_string(sheet, headerRow, lxw_col_t(c), column.title.toUtf8().constData(), header);
            int widest = int(column.title.size()) / 2 + 2;
            for (const QVector<QVariant>& row : t->rows)
                widest = std::max(widest, int(reportCellText(row.value(c), column).size()) + 2);
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), std::min(widest, 60), nullptr);
        }
        worksheet_freeze_panes(sheet, headerRow + 1, 0);
        worksheet_repeat_rows(sheet, headerRow, headerRow);
        if (t->isEmpty())
            worksheet_write_string(sheet, headerRow + 1, 0, tr("No data.").toUtf8().constData(), nullptr);
        for (int r = 0; r < t->rows.size(); ++r) {
            const lxw_row_t row = lxw_row_t(headerRow + 1 + r);
            for (int c = 0; c < t->columns.size(); ++c) {
                const ReportColumn& column = t->columns.at(c);
                const QVariant value = t->rows.at(r).value(c);
                const bool numeric = value.isValid() && !value.isNull() && value.typeId() != QMetaType::QString &&
                                     value.typeId() != QMetaType::QDate && value.canConvert<double>();
                if (value.isNull() || !value.isValid()) {
                    worksheet_write_blank(sheet, row, lxw_col_t(c), text);
                } else if (column.kind == ColumnKind::Date && value.typeId() == QMetaType::QDate) {
                    const QDate v = value.toDate();
                    lxw_datetime when{v.year(), v.month(), v.day(), 0, 0, 0};
                    worksheet_write_datetime(sheet, row, lxw_col_t(c), &when, date);
                } else if (column.kind == ColumnKind::Percent && numeric) {
                    // 78.3 % is the fraction 0.783 (rounded, so the file says 0.783, not 0.7829999999999999)
                    const double fraction = std::round(value.toDouble() * 1e8) / 1e10;
                    worksheet_write_number(sheet, row, lxw_col_t(c), fraction, numberCell(numberFormat(column, true)));
                } else if (numeric) {
                    worksheet_write_number(sheet, row, lxw_col_t(c), value.toDouble(), numberCell(numberFormat(column, false)));
                } else {
                    worksheet_write_string(sheet, row, lxw_col_t(c), value.toString().toUtf8().constData(), text);
                }
            }
        }
    }
    if (tables.isEmpty()) { // a workbook needs a sheet: the title and what the report says
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, nullptr);
        worksheet_write_string(sheet, 0, 0, d.title.toUtf8().constData(), bold);
        worksheet_write_string(sheet, 1, 0, subtitle.toUtf8().constData(), nullptr);
        worksheet_write_string(sheet, 2, 0, tr("No data.").toUtf8().constData(), nullptr);
    }
    const lxw_error error = workbook_close(workbook);
    if (error != LXW_NO_ERROR) {
        QFile::remove(*part);
        return Status::failure(tr("Cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(error))));
    }
    return replaceFile(*part, path);
}

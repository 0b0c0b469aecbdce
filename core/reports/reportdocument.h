#pragma once
// A report as data (DOMAIN.md §6): a title block, sections of paragraphs, tables, charts, notes
// and the author's own text, and a signature line. Builders in core fill it; the outputs
// (reports/: PDF, print, ODT, XLSX, HTML) draw it. No drawing and no GUI types here.
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>
#include <optional>
#include <variant>

// What a column holds, for alignment and the spreadsheet's cell format.
enum class ColumnKind {
    Text,
    Number,  // int or double; shown with `decimals` digits
    Percent, // a double in percent (78.3 means 78.3 %)
    Date,    // a QDate
};

struct ReportColumn {
    QString title;
    ColumnKind kind = ColumnKind::Text;
    int decimals = 0; // Number and Percent

    static ReportColumn text(const QString& title) { return {title, ColumnKind::Text, 0}; }
    static ReportColumn number(const QString& title, int decimals = 0) { return {title, ColumnKind::Number, decimals}; }
    static ReportColumn percent(const QString& title, int decimals = 1) { return {title, ColumnKind::Percent, decimals}; }
    static ReportColumn date(const QString& title) { return {title, ColumnKind::Date, 0}; }
};

struct ReportTable {
    QString caption;                 // shown above the table; the spreadsheet names its sheet after it
    QVector<ReportColumn> columns;   // their titles make the header row, repeated on every page
    QVector<QVector<QVariant>> rows; // one value per column: QString, int, double, QDate; null for empty
    bool wide = false;               // printed on landscape pages

    bool isEmpty() const { return rows.isEmpty(); }
    void addRow(QVector<QVariant> row) { rows.append(std::move(row)); }
    void removeColumn(int index);
};

enum class ChartKind { Bar, Pie, Line };

struct ChartSeries {
    QString name;
    QVector<double> values; // one per category; NaN: no data (a gap in a line, no bar)
};

struct ReportChart {
    ChartKind kind = ChartKind::Bar;
    QString title;
    QStringList categories;
    QVector<ChartSeries> series; // a pie draws the first series only
    std::optional<double> target; // a horizontal target line (bar and line charts)
    QString unit;                 // appended to values on labels, e.g. "%"
};

struct ReportParagraph {
    QString text;
};

// A remark in smaller type: how figures were counted, where data is missing.
struct ReportNote {
    QString text;
};

// A block the author writes themselves (conclusions, tasks for next year), kept under a key so
// it can be saved with the database and put back into the next build of the report.
struct AuthorText {
    QString key;
    QString title;
    QString text; // empty: printed as blank lines to fill in by hand
};

using ReportBlock = std::variant<ReportParagraph, ReportTable, ReportChart, ReportNote, AuthorText>;

struct ReportSection {
    QString heading;
    QVector<ReportBlock> blocks;

    void paragraph(const QString& text) { blocks.append(ReportParagraph{text}); }
    void note(const QString& text) { blocks.append(ReportNote{text}); }
    void table(ReportTable table) { blocks.append(std::move(table)); }
    void chart(ReportChart chart) { blocks.append(std::move(chart)); }
};

struct ReportSignature {
    QString position; // должность
    QString fullName; // ФИО; the signature itself is a blank line
};

struct ReportDocument {
    QString title;
    QString unitName;
    QString period;    // "2024/25 учебный год"
    QDate preparedOn;  // date of preparation
    ReportSignature signature;
    QVector<ReportSection> sections;

    ReportSection& addSection(const QString& heading)
    {
        sections.append(ReportSection{heading, {}});
        return sections.last();
    }
    QVector<const ReportTable*> tables() const; // in document order
};

// How a value of a column reads in text outputs: numbers with the column's decimals and a
// decimal comma, percents with " %", dates as dd.MM.yyyy, null as empty.
QString reportCellText(const QVariant& value, const ReportColumn& column);

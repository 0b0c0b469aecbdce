#pragma once
// Writes a report document to a file in the format its name ends with: .pdf, .odt, .xlsx or .html.
// Every format gets the whole document; PDF and printing share one painter (pagepainter.h).
#include "reports/reportdocument.h"
#include "status.h"

#include <QCoreApplication>

class ReportOutput {
    Q_DECLARE_TR_FUNCTIONS(ReportOutput)
public:
    static QStringList formats(); // pdf, odt, xlsx, html
    // The file's suffix (any case) is one of the formats; if not, a refusal naming them.
    static Status checkFormat(const QString& path);
    // A name fit for a file on every system: the characters some refuse (/ \ : * ? " < > |) become "_".
    static QString safeFileName(QString name);
    // In the format of the file's suffix; an unknown suffix is refused (checkFormat).
    static Status write(const ReportDocument& document, const QString& path);

    static Status writePdf(const ReportDocument& document, const QString& path);
    static Status writeOdt(const ReportDocument& document, const QString& path);
    static Status writeXlsx(const ReportDocument& document, const QString& path);
    static Status writeHtml(const ReportDocument& document, const QString& path);
    // The document as HTML; charts as PNG images named chart1.png, chart2.png... or, when
    // `embedCharts`, inline as data: URLs.
    static QString html(const ReportDocument& document, bool embedCharts);
};

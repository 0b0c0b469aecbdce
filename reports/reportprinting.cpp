#include "reportprinting.h"
#include "pagepainter.h"

#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QWidget>

int ReportPrinting::print(const ReportDocument& document, QPrinter& printer)
{
    // A PDF printer turns its pages; a real printer or the preview gets the landscape pages turned on paper.
    return ReportPages::paint(document, printer, printer.outputFormat() == QPrinter::PdfFormat);
}

void ReportPrinting::preview(const ReportDocument& document, QWidget* parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(document.title);
    QPrintPreviewDialog dialog(&printer, parent);
    if (parent) // pages big enough to read: most of the window
        dialog.resize(parent->window()->size() * 0.9);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&document](QPrinter* p) { print(document, *p); });
    dialog.exec();
}

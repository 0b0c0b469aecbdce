#pragma once
// Printing and print preview of a report: the same page painter as the PDF.
#include "reports/reportdocument.h"

class QPrinter;
class QWidget;

namespace ReportPrinting {

// Paints the document on the printer; returns the number of pages.
int print(const ReportDocument& document, QPrinter& printer);
// A print preview dialog over the document; printing from it prints the same pages.
void preview(const ReportDocument& document, QWidget* parent);

} // namespace ReportPrinting

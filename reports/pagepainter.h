#pragma once
// Lays a report out on A4 pages and paints it on a paged device — a PDF writer, a printer or the
// print preview, with the same code: the title block on the first page, sections, paragraphs,
// tables whose header row repeats on every page they run over, charts as vectors, notes, the
// author's text, the signature line, and "стр. N из M" at the foot of every page. A section with a
// wide table is set on landscape pages: the device turns the page where it can (PDF); a printer
// gets portrait paper with the page's content turned.
#include "reports/reportdocument.h"
#include "status.h"

#include <QPageLayout>

class QPagedPaintDevice;

namespace ReportPages {

QPageLayout layout(QPageLayout::Orientation orientation);
// Paints the document; `turnsPages`: the device can change a page's orientation while painting.
// Returns the number of pages.
int paint(const ReportDocument& document, QPagedPaintDevice& device, bool turnsPages);

} // namespace ReportPages

// ReportOutput::writePdf: the page painter on a PDF writer (vectors, the fonts embedded).
#include "pagepainter.h"
#include "reportoutput.h"

#include <QPdfWriter>
#include <QSaveFile>

Status ReportOutput::writePdf(const ReportDocument& document, const QString& path)
{
    QSaveFile file(path); // a failure leaves any old file intact
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setResolution(1200);
        writer.setTitle(document.title);
        writer.setCreator(QStringLiteral("Metodist"));
        ReportPages::paint(document, writer, true);
    }
    if (!file.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return Status::success();
}

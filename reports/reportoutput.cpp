#include "reportoutput.h"

#include <QFileInfo>

QStringList ReportOutput::formats()
{
    return {QStringLiteral("pdf"), QStringLiteral("odt"), QStringLiteral("xlsx"), QStringLiteral("html")};
}

QString ReportOutput::safeFileName(QString name)
{
    for (const QChar c : QStringLiteral("/\\:*?\"<>|"))
        name.replace(c, u'_');
    return name;
}

Status ReportOutput::checkFormat(const QString& path)
{
    if (formats().contains(QFileInfo(path).suffix().toLower()))
        return Status::success();
    return Status::failure(tr("Cannot write a report to %1: the file name must end with .%2.")
                               .arg(path, formats().join(QStringLiteral(", ."))));
}

Status ReportOutput::write(const ReportDocument& document, const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"pdf")
        return writePdf(document, path);
    if (suffix == u"odt")
        return writeOdt(document, path);
    if (suffix == u"xlsx")
        return writeXlsx(document, path);
    if (suffix == u"html")
        return writeHtml(document, path);
    return checkFormat(path);
}

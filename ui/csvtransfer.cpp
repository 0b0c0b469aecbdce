#include "csvtransfer.h"
#include "filedialog.h"
#include "messagebox.h"

#include "io/personcsv.h"
#include "io/unitcsv.h"
#include "storage/orgunitrepository.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QDir>
#include <QSaveFile>

namespace {

// Changes the cursor to "busy" for the lifetime of the guard.
struct BusyCursor {
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
};

Result<ImportReport> runImport(const CsvRequest& request, const ImportOptions& options)
{
    QFile file(request.path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<ImportReport>::failure(CsvTransfer::tr("Cannot read %1: %2").arg(request.path, file.errorString()));
    BusyCursor busy;
    return request.kind == CsvKind::Units ? UnitCsv::importFrom(*request.database, file, options)
                                          : PersonCsv::importFrom(*request.database, file, options);
}

QString kindTitle(CsvKind kind)
{
    return kind == CsvKind::Units ? CsvTransfer::tr("Import units") : CsvTransfer::tr("Import staff");
}

} // namespace

CsvCommands CsvTransfer::commands()
{
    return {&CsvTransfer::importFile, &CsvTransfer::exportFile};
}

void CsvTransfer::importFile(const CsvRequest& input)
{
    CsvRequest request = input;
    const QString title = kindTitle(request.kind);
    if (request.path.isEmpty())
        request.path = FileDialog::getOpenFileName(request.parent, title, QString(),
                                                   tr("CSV files (*.csv *.txt);;All files (*)"));
    if (request.path.isEmpty())
        return;

    // First a dry run: nothing is written until the user has seen what the file would do.
    ImportOptions check;
    check.dryRun = true;
    const auto preview = runImport(request, check);
    if (!preview || !preview->databaseError.isEmpty()) {
        MessageBox::critical(request.parent, title, preview ? preview->databaseError : preview.error());
        return;
    }
    const ImportReport& report = *preview;
    const QString name = QFileInfo(request.path).fileName();
    QString text = tr("%1 (%2): %3 rows.").arg(name, textEncodingName(report.encoding)).arg(report.rows) + u'\n'
                   + tr("New: %1, changed: %2, unchanged: %3.").arg(report.created).arg(report.updated).arg(report.unchanged);
    if (!report.ignoredColumns.isEmpty())
        text += u'\n' + tr("Columns not used: %1.").arg(report.ignoredColumns.join(QStringLiteral(", ")));
    QStringList details;
    for (const ImportIssue& issue : report.issues)
        details << issue.text();
    QStringList choices;
    if (report.hasIssues()) {
        text += QStringLiteral("\n\n") + tr("%n row(s) have errors (see the details). A file with errors is not imported, "
                             "unless you import only the valid rows.", nullptr, report.rejected);
        if (report.rejected < report.rows)
            choices << tr("Import only the valid rows");
    } else if (report.created + report.updated == 0) {
        MessageBox::information(request.parent, title, text + QStringLiteral("\n\n") + tr("Nothing to change: the database already holds this file."));
        return;
    } else {
        choices << tr("Import");
    }
    if (choices.isEmpty()) {
        MessageBox::choose(request.parent, title, text, {}, details.join(u'\n'));
        return;
    }
    if (MessageBox::choose(request.parent, title, text, choices, details.join(u'\n')) != 0)
        return;

    ImportOptions options;
    options.skipInvalid = report.hasIssues();
    const auto result = runImport(request, options);
    if (!result || !result->written) {
        QString why = !result ? result.error() : result->databaseError;
        if (result)
            for (const ImportIssue& issue : result->issues.mid(0, 10))
                why += u'\n' + issue.text();
        MessageBox::critical(request.parent, title, tr("Nothing was written.") + u'\n' + why.trimmed());
        return;
    }
    MessageBox::information(request.parent, title,
                            tr("Imported from %1: new %2, changed %3, unchanged %4, rejected %5.")
                                .arg(name)
                                .arg(result->created)
                                .arg(result->updated)
                                .arg(result->unchanged)
                                .arg(result->rejected));
}

void CsvTransfer::exportFile(const CsvRequest& request)
{
    OrgUnitRepository units(*request.database);
    const auto unit = request.unitId ? units.find(request.unitId) : units.region();
    const QString what = request.kind == CsvKind::Units ? tr("units") : tr("staff");
    const QString title = tr("Export %1").arg(what);
    const QString suggested = (request.kind == CsvKind::Units ? QStringLiteral("units") : QStringLiteral("persons"))
                              + (unit ? u'-' + unit->code : QString()) + QStringLiteral(".csv");
    const QString path = FileDialog::getSaveFileName(request.parent, unit ? tr("Export %1: %2").arg(what, unit->name) : title,
                                                     suggested, tr("CSV files (*.csv)"), QStringLiteral("csv"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        MessageBox::critical(request.parent, title, tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    Status status;
    {
        BusyCursor busy;
        const qint64 root = unit ? unit->id : 0;
        status = request.kind == CsvKind::Units ? UnitCsv::exportTo(*request.database, file, root)
                                                : PersonCsv::exportTo(*request.database, file, root);
    }
    if (!status || !file.commit()) {
        file.cancelWriting();
        MessageBox::critical(request.parent, title, status ? tr("Cannot write %1: %2").arg(path, file.errorString()) : status.error());
        return;
    }
    MessageBox::information(request.parent, title, tr("Written %1.").arg(QDir::toNativeSeparators(path)));
}

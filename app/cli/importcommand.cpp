// metodist-cli import --db FILE KIND CSV [--skip-invalid] [--dry-run]; the kinds: io/csvkinds.h
#include "cli.h"
#include "io/csvkinds.h"

#include <QFile>

int runImport(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), Cli::tr("The database file."), Cli::tr("FILE"));
    const QCommandLineOption skip(QStringLiteral("skip-invalid"), Cli::tr("Write the valid rows and report the others (by default a file with any invalid row writes nothing)."));
    const QCommandLineOption dry(QStringLiteral("dry-run"), Cli::tr("Check the file and count the changes without writing anything."));
    parser.addOptions({db, skip, dry});
    parser.addPositionalArgument(QStringLiteral("KIND"), Cli::tr("What the file holds: %1.").arg(csvKindNames().replace(u'|', QStringLiteral(", "))));
    parser.addPositionalArgument(QStringLiteral("CSV"), Cli::tr("The CSV file (UTF-8 or Windows-1251; ; , or tab)."));
    const QString syntax = QStringLiteral("import --db FILE %1 CSV [--skip-invalid] [--dry-run]").arg(csvKindNames());
    if (!Cli::parse(parser, arguments, 2, syntax))
        return parser.isSet(QStringLiteral("help")) ? Done : UsageError;
    const QString kindName = parser.positionalArguments().at(0);
    const CsvKind* kind = findCsvKind(kindName);
    if (!kind)
        return Cli::fail(UsageError, Cli::tr("Unknown kind «%1»: use one of %2.").arg(kindName, csvKindNames()));
    const QString csvPath = parser.positionalArguments().at(1);
    QFile csv(csvPath);
    if (!csv.open(QIODevice::ReadOnly))
        return Cli::fail(FileError, Cli::tr("Cannot read %1: %2").arg(csvPath, csv.errorString()));
    auto database = Cli::openExisting(parser.value(db), Database::OpenMode::ExistingOnly);
    if (!database)
        return FileError;

    ImportOptions options;
    options.skipInvalid = parser.isSet(skip);
    options.dryRun = parser.isSet(dry);
    const auto result = kind->importFrom(*database, csv, options);
    if (!result)
        return Cli::fail(InvalidInput, Cli::tr("%1: %2").arg(csvPath, result.error()));
    const ImportReport& report = *result;
    if (!report.databaseError.isEmpty())
        return Cli::fail(FileError, report.databaseError + u'\n' + Cli::tr("Nothing was written."));
    for (const ImportIssue& issue : report.issues)
        Cli::err() << csvPath << QStringLiteral(": ") << issue.text() << Qt::endl;
    if (!report.ignoredColumns.isEmpty())
        Cli::out() << Cli::tr("Ignored columns: %1").arg(report.ignoredColumns.join(QStringLiteral(", "))) << Qt::endl;
    Cli::out() << Cli::tr("%1 (%2, delimiter «%3»): %4")
                      .arg(csvPath, textEncodingName(report.encoding),
                           report.delimiter == u'\t' ? Cli::tr("tab") : QString(report.delimiter), report.summary())
               << Qt::endl;
    if (report.written && report.hasIssues()) {
        Cli::out() << Cli::tr("Written in part: the valid rows; the rows above were left out.") << Qt::endl;
        return DoneInPart;
    }
    if (report.written)
        return Done;
    if (options.dryRun && !report.hasIssues()) {
        Cli::out() << Cli::tr("Dry run: nothing was written.") << Qt::endl;
        return Done;
    }
    Cli::out() << Cli::tr("Nothing was written: correct the rows above and import the file again, or use --skip-invalid.") << Qt::endl;
    return InvalidInput;
}

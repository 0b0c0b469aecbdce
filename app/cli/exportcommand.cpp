// metodist-cli export --db FILE KIND CSV [--unit CODE]; the kinds: io/csvkinds.h
#include "cli.h"
#include "io/csvkinds.h"
#include "storage/orgunitrepository.h"

#include <QSaveFile>

int runExport(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), Cli::tr("The database file."), Cli::tr("FILE"));
    const QCommandLineOption unit(QStringLiteral("unit"), Cli::tr("Export only the subtree of this unit."), Cli::tr("CODE"));
    parser.addOptions({db, unit});
    parser.addPositionalArgument(QStringLiteral("KIND"), Cli::tr("What the file holds: %1.").arg(csvKindNames().replace(u'|', QStringLiteral(", "))));
    parser.addPositionalArgument(QStringLiteral("CSV"), Cli::tr("The CSV file to write (UTF-8 with BOM, ;)."));
    if (!Cli::parse(parser, arguments, 2, QStringLiteral("export --db FILE %1 CSV [--unit CODE]").arg(csvKindNames())))
        return parser.isSet(QStringLiteral("help")) ? Done : UsageError;
    const QString kindName = parser.positionalArguments().at(0);
    const CsvKind* kind = findCsvKind(kindName);
    if (!kind)
        return Cli::fail(UsageError, Cli::tr("Unknown kind «%1»: use one of %2.").arg(kindName, csvKindNames()));
    auto database = Cli::openExisting(parser.value(db), Database::OpenMode::ReadOnly);
    if (!database)
        return FileError;
    qint64 rootId = 0;
    if (parser.isSet(unit)) {
        const auto found = OrgUnitRepository(*database).findByCode(parser.value(unit));
        if (!found)
            return Cli::fail(InvalidInput, Cli::tr("There is no unit with the code %1.").arg(parser.value(unit)));
        rootId = found->id;
    }
    const QString path = parser.positionalArguments().at(1);
    QSaveFile file(path); // a crash mid-write leaves any old file intact
    if (!file.open(QIODevice::WriteOnly))
        return Cli::fail(FileError, Cli::tr("Cannot write %1: %2").arg(path, file.errorString()));
    const Status status = kind->exportTo(*database, file, rootId);
    if (!status) {
        file.cancelWriting();
        return Cli::fail(FileError, status.error());
    }
    if (!file.commit())
        return Cli::fail(FileError, Cli::tr("Cannot write %1: %2").arg(path, file.errorString()));
    Cli::out() << Cli::tr("Written %1.").arg(path) << Qt::endl;
    return Done;
}

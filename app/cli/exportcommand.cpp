// metodist-cli export --db FILE units|persons CSV [--unit CODE]
#include "cli.h"
#include "io/personcsv.h"
#include "io/unitcsv.h"
#include "storage/orgunitrepository.h"

#include <QSaveFile>

int runExport(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), Cli::tr("The database file."), Cli::tr("FILE"));
    const QCommandLineOption unit(QStringLiteral("unit"), Cli::tr("Export only the subtree of this unit."), Cli::tr("CODE"));
    parser.addOptions({db, unit});
    parser.addPositionalArgument(QStringLiteral("KIND"), Cli::tr("units or persons"));
    parser.addPositionalArgument(QStringLiteral("CSV"), Cli::tr("The CSV file to write (UTF-8 with BOM, ;)."));
    if (!Cli::parse(parser, arguments, 2, QStringLiteral("export --db FILE units|persons CSV [--unit CODE]")))
        return parser.isSet(QStringLiteral("help")) ? Done : UsageError;
    const QString kind = parser.positionalArguments().at(0);
    if (kind != u"units" && kind != u"persons")
        return Cli::fail(UsageError, Cli::tr("Unknown kind «%1»: use units or persons.").arg(kind));
    auto database = Cli::openExisting(parser.value(db));
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
    const Status status = kind == u"units" ? UnitCsv::exportTo(*database, file, rootId)
                                           : PersonCsv::exportTo(*database, file, rootId);
    if (!status) {
        file.cancelWriting();
        return Cli::fail(FileError, status.error());
    }
    if (!file.commit())
        return Cli::fail(FileError, Cli::tr("Cannot write %1: %2").arg(path, file.errorString()));
    Cli::out() << Cli::tr("Written %1.").arg(path) << Qt::endl;
    return Done;
}

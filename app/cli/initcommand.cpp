// metodist-cli init FILE [--region NAME] [--code CODE]
#include "cli.h"
#include "storage/orgunitrepository.h"

#include <QFileInfo>

int runInit(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption region(QStringLiteral("region"), Cli::tr("Name of the region (the root of the tree)."), Cli::tr("NAME"));
    const QCommandLineOption code(QStringLiteral("code"), Cli::tr("Code of the region (default: R)."), Cli::tr("CODE"), QStringLiteral("R"));
    parser.addOptions({region, code});
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The new database file."));
    if (!Cli::parse(parser, arguments, 1, QStringLiteral("init FILE [--region NAME] [--code CODE]")))
        return parser.isSet(QStringLiteral("help")) ? Done : UsageError;

    const QString path = parser.positionalArguments().first();
    if (QFileInfo::exists(path))
        return Cli::fail(FileError, Cli::tr("%1 already exists; choose another name or delete the file.").arg(path));
    auto opened = Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!opened)
        return Cli::fail(FileError, opened.error());
    if (parser.isSet(region)) {
        OrgUnit root{.level = UnitLevel::Region, .code = parser.value(code), .name = parser.value(region)};
        if (auto r = OrgUnitRepository(*opened.value()).insert(root); !r) {
            opened.value().reset();
            QFile::remove(path);
            return Cli::fail(InvalidInput, r.error());
        }
    }
    Cli::out() << Cli::tr("Created %1 (schema %2).").arg(path).arg(opened.value()->schemaVersion()) << Qt::endl;
    return Done;
}

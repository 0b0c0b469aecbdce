// metodist-cli demo FILE --size S|M|L|XL [--seed N] [--date YYYY-MM-DD]
#include "cli.h"
#include "demo/demofile.h"

#include <QElapsedTimer>

int runDemo(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption size(QStringLiteral("size"), Cli::tr("S (one school), M (one municipality), L (a region shaped "
                                                                  "like Tomsk's) or XL (a large region)."),
                                  Cli::tr("SIZE"), QStringLiteral("S"));
    const QCommandLineOption seed(QStringLiteral("seed"), Cli::tr("Seed of the generator (default: 1)."), Cli::tr("N"),
                                  QStringLiteral("1"));
    const QCommandLineOption date(QStringLiteral("date"), Cli::tr("The date the data describes (default: 2026-09-01)."),
                                  Cli::tr("YYYY-MM-DD"), QStringLiteral("2026-09-01"));
    parser.addOptions({size, seed, date});
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The new database file."));
    const QString syntax = QStringLiteral("demo FILE --size S|M|L|XL [--seed N] [--date YYYY-MM-DD]");
    if (!Cli::parse(parser, arguments, 1, syntax))
        return parser.isSet(QStringLiteral("help")) ? Done : UsageError;

    DemoOptions options;
    const auto parsedSize = parseDemoSize(parser.value(size));
    bool seedOk = false;
    options.seed = parser.value(seed).toULongLong(&seedOk);
    options.referenceDate = QDate::fromString(parser.value(date), Qt::ISODate);
    if (!parsedSize)
        return Cli::fail(UsageError, Cli::tr("Unknown size «%1»; use S, M, L or XL.").arg(parser.value(size)));
    if (!seedOk)
        return Cli::fail(UsageError, Cli::tr("The seed must be a whole number, not «%1».").arg(parser.value(seed)));
    if (!options.referenceDate.isValid())
        return Cli::fail(UsageError, Cli::tr("The date must be written as YYYY-MM-DD, not «%1».").arg(parser.value(date)));
    options.size = *parsedSize;

    const QString path = parser.positionalArguments().first();
    QElapsedTimer timer;
    timer.start();
    const auto result = DemoFile::create(path, options);
    if (!result)
        return Cli::fail(FileError, result.error());
    Cli::out() << Cli::tr("Created %1: %2 units, %3 persons, %4 employments (size %5, seed %6) in %7 s.")
                      .arg(path)
                      .arg(result->units)
                      .arg(result->persons)
                      .arg(result->employments)
                      .arg(demoSizeName(options.size))
                      .arg(options.seed)
                      .arg(QString::number(timer.elapsed() / 1000.0, 'f', 1))
               << Qt::endl;
    return Done;
}

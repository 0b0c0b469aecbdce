// metodist-cli gaps --db FILE --unit CODE --period P --code K03 [--calendar] [--csv FILE]: the
// persons in an indicator's denominator but not its numerator, with the relevant fact.
#include "cli.h"
#include "indicatorarguments.h"
#include "indicators/indicatorpeople.h"

#include <QSaveFile>

int runGaps(const QStringList& arguments)
{
    QCommandLineParser parser;
    IndicatorArguments common;
    common.addTo(parser);
    const QCommandLineOption code(QStringLiteral("code"), Cli::tr("The indicator (K03, K17, ...)."), Cli::tr("CODE"));
    const QCommandLineOption csv(QStringLiteral("csv"), Cli::tr("Write the list to a CSV file (UTF-8 with BOM, ;)."), Cli::tr("FILE"));
    parser.addOptions({code, csv});
    if (!Cli::parse(parser, arguments, 0, QStringLiteral("gaps --db FILE --unit CODE --period P --code K03 [--calendar] [--csv FILE]")))
        return parser.isSet(QStringLiteral("help")) ? Done : UsageError;
    if (!parser.isSet(code))
        return Cli::fail(InvalidInput, Cli::tr("The option --%1 is required.").arg(QStringLiteral("code")));
    int exitCode = Done;
    const auto opened = common.open(parser, &exitCode);
    if (!opened)
        return exitCode;
    const auto people = IndicatorPeople(*opened->database).list(parser.value(code), opened->unitId, opened->period);
    if (!people)
        return Cli::fail(InvalidInput, people.error());
    const QVector<PersonBehind> gaps = people->gaps();
    if (parser.isSet(csv)) {
        const QString path = parser.value(csv);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return Cli::fail(FileError, Cli::tr("Cannot write %1: %2").arg(path, file.errorString()));
        if (Status s = IndicatorPeople::writeCsv(*people, gaps, file); !s) {
            file.cancelWriting();
            return Cli::fail(FileError, s.error());
        }
        if (!file.commit())
            return Cli::fail(FileError, Cli::tr("Cannot write %1: %2").arg(path, file.errorString()));
        Cli::out() << Cli::tr("Written %1: %n person(s).", nullptr, int(gaps.size())).arg(path) << Qt::endl;
        return Done;
    }
    Cli::out() << Cli::tr("%1 %2, %3: %n person(s) not in the numerator", nullptr, int(gaps.size()))
                      .arg(people->indicator.code, people->indicator.name, opened->period.text())
               << Qt::endl;
    for (const PersonBehind& p : gaps) {
        QString line = QStringLiteral("  %1 — %2").arg(p.name, p.unitName);
        if (!people->factLabel.isEmpty())
            line += QStringLiteral("; %1: %2").arg(people->factLabel, p.fact.isEmpty() ? Cli::tr("none") : p.fact);
        Cli::out() << line << Qt::endl;
    }
    return Done;
}

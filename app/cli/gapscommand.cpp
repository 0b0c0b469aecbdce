// metodist-cli gaps --db FILE --unit CODE --period P --code K03 [--calendar] [--csv FILE]: what is
// in an indicator's denominator but not its numerator — persons, records or units — with the
// facts to act on; every row for K14 and K19, whose rows make one side of the figure.
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
    const QVector<RowBehind> rows = people->shown(false);
    if (parser.isSet(csv)) {
        const QString path = parser.value(csv);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return Cli::fail(FileError, Cli::tr("Cannot write %1: %2").arg(path, file.errorString()));
        if (Status s = IndicatorPeople::writeCsv(*people, rows, file); !s) {
            file.cancelWriting();
            return Cli::fail(FileError, s.error());
        }
        if (!file.commit())
            return Cli::fail(FileError, Cli::tr("Cannot write %1: %2").arg(path, file.errorString()));
        Cli::out() << Cli::tr("Written %1: %2.").arg(path, people->countText(rows.size())) << Qt::endl;
        return Done;
    }
    const QString heading = QStringLiteral("%1 %2, %3").arg(people->indicator.code, people->indicator.name, opened->period.text());
    Cli::out() << (people->divides ? Cli::tr("%1: %2 not in the numerator").arg(heading, people->countText(rows.size()))
                                   : Cli::tr("%1: %2").arg(heading, people->countText(rows.size())))
               << Qt::endl;
    if (!people->note.isEmpty())
        Cli::out() << people->note << Qt::endl;
    // Each row: its record, person(s) and unit, then the facts under their headings.
    const QStringList headings = people->headings(false);
    const qsizetype described = headings.size() - people->factLabels.size();
    for (const RowBehind& r : rows) {
        const QStringList cells = people->cells(r, false);
        QStringList line;
        for (qsizetype i = 0; i < described; ++i)
            if (!cells.at(i).isEmpty())
                line << cells.at(i);
        QString text = QStringLiteral("  ") + line.join(QStringLiteral(" — "));
        for (qsizetype i = described; i < cells.size(); ++i)
            text += QStringLiteral("; %1: %2").arg(headings.at(i), cells.at(i).isEmpty() ? Cli::tr("none") : cells.at(i));
        Cli::out() << text << Qt::endl;
    }
    return Done;
}

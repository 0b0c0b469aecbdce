// metodist-cli report --db FILE --kind KIND --unit CODE [--person ID] --period 2024/25 --out FILE.(pdf|odt|xlsx|html)
// The kinds: core/reports/reportkinds.h; the outputs: reports/reportoutput.h. Runs without a
// display (main() starts a GUI application on the offscreen platform for this command).
#include "cli.h"
#include "domain/academicyear.h"
#include "reports/reportkinds.h"
#include "reportoutput.h"
#include "storage/orgunitrepository.h"
#include "storage/personrepository.h"

#include <QRegularExpression>

namespace {

// "2024/25" (or "2024/2025", or "2024") -> 2024; 0 when it is not an academic year.
int academicYear(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:/(\\d{2}|\\d{4}))?$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return 0;
    const int year = m.captured(1).toInt();
    if (!m.captured(2).isEmpty()) {
        const int next = m.captured(2).toInt();
        if (next != year + 1 && next != (year + 1) % 100)
            return 0;
    }
    return year >= AcademicYear::earliest && year <= 2100 ? year : 0;
}

} // namespace

int runReport(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), Cli::tr("The database file."), Cli::tr("FILE"));
    const QCommandLineOption kind(QStringLiteral("kind"), Cli::tr("The report: %1.").arg(reportKindNames().replace(u'|', QStringLiteral(", "))),
                                  Cli::tr("KIND"));
    const QCommandLineOption unit(QStringLiteral("unit"), Cli::tr("The unit whose subtree the report covers."), Cli::tr("CODE"));
    const QCommandLineOption person(QStringLiteral("person"), Cli::tr("The person of a card: id or UUID."), Cli::tr("ID"));
    const QCommandLineOption period(QStringLiteral("period"), Cli::tr("The academic year, e.g. 2024/25."), Cli::tr("PERIOD"));
    const QCommandLineOption months(QStringLiteral("months"), Cli::tr("Lists: categories expiring within this many months (6)."),
                                    Cli::tr("N"), QStringLiteral("6"));
    const QCommandLineOption out(QStringLiteral("out"), Cli::tr("The file to write: .pdf, .odt, .xlsx or .html."), Cli::tr("FILE"));
    parser.addOptions({db, kind, unit, person, period, months, out});
    const QString syntax = QStringLiteral("report --db FILE --kind %1 --unit CODE [--person ID] --period 2024/25 [--months N] --out FILE.(pdf|odt|xlsx|html)")
                               .arg(reportKindNames());
    if (!Cli::parse(parser, arguments, 0, syntax))
        return parser.isSet(QStringLiteral("help")) ? Done : UsageError;

    const ReportKind* reportKind = findReportKind(parser.value(kind));
    if (!reportKind)
        return Cli::fail(InvalidInput, parser.isSet(kind) ? Cli::tr("Unknown report «%1»: use one of %2.").arg(parser.value(kind), reportKindNames())
                                                          : Cli::tr("The report is not given (--kind %1).").arg(reportKindNames()));
    ReportRequest request;
    request.year = academicYear(parser.value(period));
    if (request.year == 0)
        return Cli::fail(InvalidInput, parser.isSet(period) ? Cli::tr("«%1» is not an academic year: write it as 2024/25.").arg(parser.value(period))
                                                            : Cli::tr("The academic year is not given (--period 2024/25)."));
    bool isNumber = false;
    request.months = parser.value(months).toInt(&isNumber);
    if (!isNumber || request.months < 1 || request.months > 60)
        return Cli::fail(InvalidInput, Cli::tr("--months must be a whole number from 1 to 60, not «%1».").arg(parser.value(months)));
    const QString path = parser.value(out);
    if (path.isEmpty())
        return Cli::fail(InvalidInput, Cli::tr("The file to write is not given (--out FILE.pdf)."));
    if (const Status format = ReportOutput::checkFormat(path); !format)
        return Cli::fail(InvalidInput, format.error());
    if (reportKind->needs == ReportNeeds::Person && !parser.isSet(person))
        return Cli::fail(InvalidInput, Cli::tr("The report «%1» is about one person: give --person ID.").arg(parser.value(kind)));
    if (reportKind->needs != ReportNeeds::Person && !parser.isSet(unit))
        return Cli::fail(InvalidInput, Cli::tr("The unit is not given (--unit CODE)."));

    auto database = Cli::openExisting(parser.value(db));
    if (!database)
        return FileError;
    if (parser.isSet(unit)) {
        const auto found = OrgUnitRepository(*database).findByCode(parser.value(unit));
        if (!found)
            return Cli::fail(InvalidInput, Cli::tr("There is no unit with the code %1.").arg(parser.value(unit)));
        request.unitId = found->id;
    }
    if (parser.isSet(person)) {
        PersonRepository persons(*database);
        const qint64 id = parser.value(person).toLongLong(&isNumber);
        const auto found = isNumber ? persons.find(id) : persons.findByUuid(parser.value(person));
        if (!found)
            return Cli::fail(InvalidInput, Cli::tr("No person matches «%1».").arg(parser.value(person)));
        request.personId = found->id;
    }
    const Result<ReportDocument> document = buildReport(*database, *reportKind, request);
    if (!document)
        return Cli::fail(InvalidInput, document.error());
    const Status written = ReportOutput::write(*document, path);
    if (!written)
        return Cli::fail(FileError, written.error());
    Cli::out() << Cli::tr("Written %1.").arg(path) << Qt::endl;
    return Done;
}

// metodist-cli report --db FILE --kind KIND --unit CODE [--person ID] [--code K03 [--years N]] --period 2024/25
//                     --out FILE.(pdf|odt|xlsx|html)
// metodist-cli report ... --unit CODE --each --out DIR [--format pdf|odt|xlsx|html]: the report of
// every organisation of the unit's subtree, one file <code>.<ext> each in DIR.
// The kinds: core/reports/reportkinds.h; the outputs: reports/reportoutput.h. Runs without a
// display (main() starts a GUI application on the offscreen platform for this command).
#include "cli.h"
#include "domain/academicyear.h"
#include "indicators/indicatorcatalogue.h"
#include "reports/reportkinds.h"
#include "reports/trendreport.h"
#include "reportoutput.h"
#include "storage/orgunitrepository.h"
#include "storage/personrepository.h"

#include <QDir>
#include <QFileInfo>
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

// The organisations of the unit's subtree (the unit itself when it is one), by name.
QVector<OrgUnit> organisations(OrgUnitRepository& units, qint64 root)
{
    const QVector<qint64> ids = units.subtreeIds(root);
    const QSet<qint64> subtree(ids.begin(), ids.end());
    QVector<OrgUnit> result;
    for (const OrgUnit& u : units.all())
        if (u.level == UnitLevel::Organisation && subtree.contains(u.id))
            result.append(u);
    return result;
}

// Builds and writes the report of every organisation; a failure of one is reported and the rest
// go on. Done when every file was written, DoneInPart when some were, FileError when none.
int writeEach(Database& db, const ReportKind& kind, ReportRequest request, const QVector<OrgUnit>& targets, const QString& folder,
              const QString& suffix)
{
    int written = 0;
    QStringList failed;
    for (int i = 0; i < targets.size(); ++i) {
        const OrgUnit& u = targets.at(i);
        const QString path = QDir(folder).filePath(ReportOutput::safeFileName(u.code) + u'.' + suffix);
        request.unitId = u.id;
        const Result<ReportDocument> document = buildReport(db, kind, request);
        const Status done = document ? ReportOutput::write(*document, path) : document.status();
        const QString progress = QStringLiteral("[%1/%2] %3 %4").arg(i + 1).arg(targets.size()).arg(u.code, u.name);
        if (done) {
            ++written;
            Cli::out() << Cli::tr("%1: written %2.").arg(progress, path) << Qt::endl;
        } else {
            failed.append(u.code);
            Cli::out() << Cli::tr("%1: failed.").arg(progress) << Qt::endl;
            Cli::err() << Cli::tr("%1 (%2): %3").arg(u.code, u.name, done.error()) << Qt::endl;
        }
    }
    Cli::out() << Cli::tr("Written %1 of %2 files to %3.").arg(written).arg(targets.size()).arg(folder) << Qt::endl;
    if (failed.isEmpty())
        return Done;
    Cli::out() << Cli::tr("Not written: %1.").arg(failed.join(QStringLiteral(", "))) << Qt::endl;
    return written > 0 ? DoneInPart : FileError;
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
    const QCommandLineOption code(QStringLiteral("code"), Cli::tr("Trend: the indicator, e.g. K03."), Cli::tr("CODE"));
    const QCommandLineOption years(QStringLiteral("years"), Cli::tr("Trend: this many academic years ending with the period (5, from 2 to 10)."),
                                   Cli::tr("N"), QStringLiteral("5"));
    const QCommandLineOption each(QStringLiteral("each"), Cli::tr("The report of every organisation of the unit's subtree, one file each."));
    const QCommandLineOption format(QStringLiteral("format"), Cli::tr("With --each: pdf (the default), odt, xlsx or html."), Cli::tr("FORMAT"));
    const QCommandLineOption out(QStringLiteral("out"), Cli::tr("The file to write: .pdf, .odt, .xlsx or .html; with --each the folder."),
                                 Cli::tr("FILE"));
    parser.addOptions({db, kind, unit, person, period, months, code, years, each, format, out});
    const QString syntax = QStringLiteral("report --db FILE --kind %1 --unit CODE [--person ID] [--code K03 [--years N]] --period 2024/25 "
                                          "[--months N] {--out FILE.(pdf|odt|xlsx|html) | --each --out DIR [--format pdf|odt|xlsx|html]}")
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
    request.years = parser.value(years).toInt(&isNumber);
    if (!isNumber || request.years < TrendReport::MinYears || request.years > TrendReport::MaxYears)
        return Cli::fail(InvalidInput, Cli::tr("--years must be a whole number from %1 to %2, not «%3».")
                                           .arg(TrendReport::MinYears)
                                           .arg(TrendReport::MaxYears)
                                           .arg(parser.value(years)));
    if (reportKind->needs == ReportNeeds::Indicator && !parser.isSet(code))
        return Cli::fail(InvalidInput, Cli::tr("The report «%1» is about one indicator: give --code, e.g. --code K03.").arg(parser.value(kind)));
    const QString path = parser.value(out);
    const bool batch = parser.isSet(each);
    QString suffix;
    if (batch) {
        if (reportKind->needs == ReportNeeds::Person)
            return Cli::fail(InvalidInput, Cli::tr("--each builds a report per organisation; the report «%1» is about one person.").arg(parser.value(kind)));
        if (path.isEmpty())
            return Cli::fail(InvalidInput, Cli::tr("The folder to write to is not given (--out DIR)."));
        if (QFileInfo(path).exists() && !QFileInfo(path).isDir())
            return Cli::fail(InvalidInput, Cli::tr("«%1» is a file, not a folder: with --each, --out names the folder for the files.").arg(path));
        suffix = parser.isSet(format) ? parser.value(format).trimmed().toLower() : QStringLiteral("pdf");
        if (const Status checked = ReportOutput::checkFormat(QStringLiteral("report.") + suffix); !checked)
            return Cli::fail(InvalidInput, checked.error());
    } else {
        if (parser.isSet(format))
            return Cli::fail(InvalidInput, Cli::tr("--format goes with --each; a single report takes its format from the file's suffix."));
        if (path.isEmpty())
            return Cli::fail(InvalidInput, Cli::tr("The file to write is not given (--out FILE.pdf)."));
        if (const Status checked = ReportOutput::checkFormat(path); !checked)
            return Cli::fail(InvalidInput, checked.error());
    }
    if (reportKind->needs == ReportNeeds::Person && !parser.isSet(person))
        return Cli::fail(InvalidInput, Cli::tr("The report «%1» is about one person: give --person ID.").arg(parser.value(kind)));
    if (reportKind->needs != ReportNeeds::Person && !parser.isSet(unit))
        return Cli::fail(InvalidInput, Cli::tr("The unit is not given (--unit CODE)."));

    auto database = Cli::openExisting(parser.value(db), Database::OpenMode::ReadOnly);
    if (!database)
        return FileError;
    OrgUnitRepository units(*database);
    if (parser.isSet(unit)) {
        const auto found = units.findByCode(parser.value(unit));
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
    if (parser.isSet(code)) {
        const auto indicator = IndicatorCatalogue(*database).find(parser.value(code));
        if (!indicator)
            return Cli::fail(InvalidInput, Cli::tr("Unknown indicator «%1» (--code): the catalogue holds K01–K22, C01–C16 and users' own.").arg(parser.value(code)));
        request.indicatorCode = indicator->code;
    }
    if (batch) {
        const QVector<OrgUnit> targets = organisations(units, request.unitId);
        if (targets.isEmpty())
            return Cli::fail(InvalidInput, Cli::tr("There is no organisation in %1.").arg(parser.value(unit)));
        if (!QDir().mkpath(path))
            return Cli::fail(FileError, Cli::tr("Cannot create the folder %1.").arg(path));
        return writeEach(*database, *reportKind, request, targets, path, suffix);
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

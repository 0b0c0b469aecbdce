#include "indicatorarguments.h"
#include "storage/orgunitrepository.h"

std::optional<IndicatorArguments::Opened> IndicatorArguments::open(const QCommandLineParser& parser, int* exitCode) const
{
    for (const QCommandLineOption* required : {&db, &unit, &period})
        if (!parser.isSet(*required)) {
            *exitCode = Cli::fail(InvalidInput, Cli::tr("The option --%1 is required.").arg(required->names().first()));
            return std::nullopt;
        }
    QString error;
    const auto p = IndicatorPeriod::parse(parser.value(period), parser.isSet(calendar) ? IndicatorPeriod::Kind::Calendar
                                                                                      : IndicatorPeriod::Kind::Academic, &error);
    if (!p) {
        *exitCode = Cli::fail(InvalidInput, error);
        return std::nullopt;
    }
    Opened opened;
    opened.period = *p;
    opened.database = Cli::openExisting(parser.value(db), Database::OpenMode::ReadOnly);
    if (!opened.database) {
        *exitCode = FileError;
        return std::nullopt;
    }
    const auto found = OrgUnitRepository(*opened.database).findByCode(parser.value(unit));
    if (!found) {
        *exitCode = Cli::fail(InvalidInput, Cli::tr("There is no unit with the code %1.").arg(parser.value(unit)));
        return std::nullopt;
    }
    opened.unitId = found->id;
    return opened;
}

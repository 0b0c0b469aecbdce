#pragma once
// The options the indicator commands share: --db, --unit CODE, --period P [--calendar].
#include "cli.h"
#include "indicators/indicatorperiod.h"

#include <QCommandLineOption>
#include <optional>

struct IndicatorArguments {
    QCommandLineOption db{QStringLiteral("db"), Cli::tr("The database file."), Cli::tr("FILE")};
    QCommandLineOption unit{QStringLiteral("unit"), Cli::tr("The unit whose subtree is counted."), Cli::tr("CODE")};
    QCommandLineOption period{QStringLiteral("period"), Cli::tr("The academic year, such as 2024/25 (a calendar year with --calendar)."),
                              Cli::tr("PERIOD")};
    QCommandLineOption calendar{QStringLiteral("calendar"), Cli::tr("The period is a calendar year.")};

    void addTo(QCommandLineParser& parser) const { parser.addOptions({db, unit, period, calendar}); }

    // After parsing: the database, the unit's id and the period, or the exit code after a message.
    struct Opened {
        std::shared_ptr<Database> database;
        qint64 unitId = 0;
        IndicatorPeriod period;
    };
    std::optional<Opened> open(const QCommandLineParser& parser, int* exitCode) const;
};

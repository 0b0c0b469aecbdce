#pragma once
// The fixture of the route tests: the cycle's tree, a teacher (Орлова, Школа А), the two
// repositories, and small builders of diagnostics, routes and items.
#include "cyclefixture.h"
#include "storage/diagnosticrepository.h"
#include "storage/routerepository.h"

struct RouteFixture : CycleFixture {
    DiagnosticRepository diagnostics{*db};
    RouteRepository routes{*db};
    qint64 person = teacher("Орлова", schoolA);

    // A route of `person` for the academic year 2024/25.
    Route yearRoute(const char* status = "active")
    {
        return Route{.personId = person, .start = QDate(2024, 9, 1), .end = QDate(2025, 5, 31), .status = QString::fromUtf8(status)};
    }

    qint64 diagnosticOf(qint64 who, QDate date, QVector<DiagnosticResult> results)
    {
        Diagnostic d{.personId = who, .date = date, .sourceCode = QStringLiteral("cnppm"), .results = std::move(results)};
        REQUIRE(diagnostics.insert(d).ok());
        return d.id;
    }
};

static DiagnosticResult result(const char* area, const char* level)
{
    return DiagnosticResult{.areaCode = QString::fromUtf8(area), .level = QString::fromUtf8(level)};
}

static RouteItem item(qint64 routeId, QDate due, const char* title = "Курсы ФГОС")
{
    return RouteItem{.routeId = routeId, .directionCode = QStringLiteral("courses"), .title = QString::fromUtf8(title), .dueDate = due};
}

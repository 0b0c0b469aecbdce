#include "indicators/indicator.h"

QStringList IndicatorRecordKinds::all()
{
    return {QStringLiteral("course"), QStringLiteral("event"), QStringLiteral("diagnostic"), QStringLiteral("deficit"),
            QStringLiteral("route"), QStringLiteral("mentoring"), QStringLiteral("attestation"),
            QStringLiteral("competition"), QStringLiteral("consultation"), QStringLiteral("association")};
}

QString IndicatorRecordKinds::name(const QString& code)
{
    if (code == QLatin1String("course")) return tr("a completed course");
    if (code == QLatin1String("event")) return tr("participation in a methodical event");
    if (code == QLatin1String("diagnostic")) return tr("a diagnostic");
    if (code == QLatin1String("deficit")) return tr("a deficit found by a diagnostic");
    if (code == QLatin1String("route")) return tr("an individual educational route");
    if (code == QLatin1String("mentoring")) return tr("mentoring as a mentee");
    if (code == QLatin1String("attestation")) return tr("a category granted");
    if (code == QLatin1String("competition")) return tr("participation in a competition");
    if (code == QLatin1String("consultation")) return tr("a consultation");
    if (code == QLatin1String("association")) return tr("membership in a methodical association");
    return code;
}

bool IndicatorRecordKinds::hasArea(const QString& code)
{
    static const QStringList withArea{QStringLiteral("course"), QStringLiteral("event"), QStringLiteral("diagnostic"),
                                      QStringLiteral("deficit"), QStringLiteral("route"), QStringLiteral("consultation")};
    return withArea.contains(code);
}

namespace IndicatorCodes {

QString direction(IndicatorDirection d)
{
    return d == IndicatorDirection::Lower ? QStringLiteral("lower") : QStringLiteral("higher");
}

QString unit(IndicatorUnit u)
{
    switch (u) {
    case IndicatorUnit::Percent: return QStringLiteral("percent");
    case IndicatorUnit::Per100: return QStringLiteral("per100");
    case IndicatorUnit::Ratio: return QStringLiteral("ratio");
    }
    return {};
}

QString form(IndicatorForm f)
{
    switch (f) {
    case IndicatorForm::BuiltIn: return QStringLiteral("builtin");
    case IndicatorForm::Share: return QStringLiteral("share");
    case IndicatorForm::Per100: return QStringLiteral("per100");
    case IndicatorForm::Checklist: return QStringLiteral("checklist");
    }
    return {};
}

std::optional<IndicatorDirection> parseDirection(const QString& code)
{
    for (auto d : {IndicatorDirection::Higher, IndicatorDirection::Lower})
        if (direction(d) == code)
            return d;
    return std::nullopt;
}

std::optional<IndicatorUnit> parseUnit(const QString& code)
{
    for (auto u : {IndicatorUnit::Percent, IndicatorUnit::Per100, IndicatorUnit::Ratio})
        if (unit(u) == code)
            return u;
    return std::nullopt;
}

std::optional<IndicatorForm> parseForm(const QString& code)
{
    for (auto f : {IndicatorForm::BuiltIn, IndicatorForm::Share, IndicatorForm::Per100, IndicatorForm::Checklist})
        if (form(f) == code)
            return f;
    return std::nullopt;
}

} // namespace IndicatorCodes

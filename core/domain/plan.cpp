#include "domain/plan.h"
#include "domain/statuscodes.h"

QStringList PlanStatuses::codes()
{
    return {QStringLiteral("planned"), QStringLiteral("held"), QStringLiteral("moved"), QStringLiteral("cancelled")};
}

QString PlanStatuses::name(const QString& code)
{
    if (code == u"planned")
        return tr("planned", "plan item status");
    if (code == u"held")
        return tr("held", "plan item status");
    if (code == u"moved")
        return tr("moved", "plan item status");
    if (code == u"cancelled")
        return tr("cancelled", "plan item status");
    return code;
}

const QVector<QPair<QString, QString>>& PlanStatuses::lifecycle()
{
    static const QVector<QPair<QString, QString>> allowed = {
        {QStringLiteral("planned"), QStringLiteral("held")},
        {QStringLiteral("planned"), QStringLiteral("moved")},
        {QStringLiteral("planned"), QStringLiteral("cancelled")},
        {QStringLiteral("moved"), QStringLiteral("held")},
        {QStringLiteral("moved"), QStringLiteral("cancelled")},
    };
    return allowed;
}

std::optional<QString> PlanStatuses::parse(const QString& text)
{
    return parseStatusCode(text, codes(), &PlanStatuses::name,
                           {{QStringLiteral("запланировано"), QStringLiteral("planned")},
                            {QStringLiteral("проведено"), QStringLiteral("held")},
                            {QStringLiteral("перенесено"), QStringLiteral("moved")},
                            {QStringLiteral("отменено"), QStringLiteral("cancelled")}});
}

#include "domain/risk.h"
#include "domain/statuscodes.h"

QStringList RiskStatuses::codes()
{
    return {QStringLiteral("open"), QStringLiteral("mitigated"), QStringLiteral("occurred"), QStringLiteral("closed")};
}

QString RiskStatuses::name(const QString& code)
{
    if (code == u"open")
        return tr("open", "risk status");
    if (code == u"mitigated")
        return tr("mitigated", "risk status");
    if (code == u"occurred")
        return tr("occurred", "risk status");
    if (code == u"closed")
        return tr("closed", "risk status");
    return code;
}

const QVector<QPair<QString, QString>>& RiskStatuses::lifecycle()
{
    static const QVector<QPair<QString, QString>> allowed = {
        {QStringLiteral("open"), QStringLiteral("mitigated")},
        {QStringLiteral("open"), QStringLiteral("occurred")},
        {QStringLiteral("open"), QStringLiteral("closed")},
        {QStringLiteral("mitigated"), QStringLiteral("open")},
        {QStringLiteral("mitigated"), QStringLiteral("occurred")},
        {QStringLiteral("mitigated"), QStringLiteral("closed")},
        {QStringLiteral("occurred"), QStringLiteral("closed")},
        {QStringLiteral("closed"), QStringLiteral("open")},
    };
    return allowed;
}

std::optional<QString> RiskStatuses::parse(const QString& text)
{
    return parseStatusCode(text, codes(), &RiskStatuses::name,
                           {{QStringLiteral("открыт"), QStringLiteral("open")},
                            {QStringLiteral("снижен"), QStringLiteral("mitigated")},
                            {QStringLiteral("наступил"), QStringLiteral("occurred")},
                            {QStringLiteral("закрыт"), QStringLiteral("closed")}});
}

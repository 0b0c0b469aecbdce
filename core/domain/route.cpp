#include "domain/route.h"
#include "io/fieldparsing.h"

#include <functional>

namespace {

std::optional<QString> parseCode(const QString& text, const QStringList& codes,
                                 const std::function<QString(const QString&)>& name,
                                 const QList<QPair<QString, QString>>& russian)
{
    const QString key = normaliseKey(text);
    for (const QString& code : codes)
        if (key == code || key == normaliseKey(name(code)))
            return code;
    // Russian words as users write them, whatever the interface language.
    for (const auto& [word, code] : russian)
        if (key == word)
            return code;
    return std::nullopt;
}

} // namespace

QString Route::periodText(const QDate& start, const QDate& end)
{
    const QString from = start.toString(QStringLiteral("dd.MM.yyyy"));
    if (!end.isValid())
        return QCoreApplication::translate("Route", "from %1", "an open-ended period").arg(from);
    return from + u'–' + end.toString(QStringLiteral("dd.MM.yyyy"));
}

QStringList RouteStatuses::codes()
{
    return {QStringLiteral("draft"), QStringLiteral("active"), QStringLiteral("completed_successfully"),
            QStringLiteral("completed_unsuccessfully"), QStringLiteral("abandoned")};
}

QString RouteStatuses::name(const QString& code)
{
    if (code == u"draft")
        return tr("draft", "route status");
    if (code == u"active")
        return tr("active", "route status");
    if (code == u"completed_successfully")
        return tr("completed successfully", "route status");
    if (code == u"completed_unsuccessfully")
        return tr("completed unsuccessfully", "route status");
    if (code == u"abandoned")
        return tr("abandoned", "route status");
    return code;
}

bool RouteStatuses::isFinal(const QString& code)
{
    return isCompleted(code) || code == u"abandoned";
}

bool RouteStatuses::isCompleted(const QString& code)
{
    return code == u"completed_successfully" || code == u"completed_unsuccessfully";
}

const QVector<QPair<QString, QString>>& RouteStatuses::lifecycle()
{
    static const QVector<QPair<QString, QString>> allowed = {
        {QStringLiteral("draft"), QStringLiteral("active")},
        {QStringLiteral("draft"), QStringLiteral("abandoned")},
        {QStringLiteral("active"), QStringLiteral("completed_successfully")},
        {QStringLiteral("active"), QStringLiteral("completed_unsuccessfully")},
        {QStringLiteral("active"), QStringLiteral("abandoned")},
    };
    return allowed;
}

std::optional<QString> RouteStatuses::parse(const QString& text)
{
    return parseCode(text, codes(), &RouteStatuses::name,
                     {{QStringLiteral("черновик"), QStringLiteral("draft")},
                      {QStringLiteral("действует"), QStringLiteral("active")},
                      {QStringLiteral("завершен успешно"), QStringLiteral("completed_successfully")},
                      {QStringLiteral("завершен неуспешно"), QStringLiteral("completed_unsuccessfully")},
                      {QStringLiteral("прекращен"), QStringLiteral("abandoned")}});
}

QStringList RouteItemStatuses::codes()
{
    return {QStringLiteral("planned"), QStringLiteral("done"), QStringLiteral("not_done")};
}

QString RouteItemStatuses::name(const QString& code)
{
    if (code == u"planned")
        return tr("planned", "route item status");
    if (code == u"done")
        return tr("done", "route item status");
    if (code == u"not_done")
        return tr("not done", "route item status");
    return code;
}

std::optional<QString> RouteItemStatuses::parse(const QString& text)
{
    return parseCode(text, codes(), &RouteItemStatuses::name,
                     {{QStringLiteral("запланировано"), QStringLiteral("planned")},
                      {QStringLiteral("выполнено"), QStringLiteral("done")},
                      {QStringLiteral("не выполнено"), QStringLiteral("not_done")}});
}

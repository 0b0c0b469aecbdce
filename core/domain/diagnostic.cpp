#include "domain/diagnostic.h"
#include "io/fieldparsing.h"

std::optional<DiagnosticResult> Diagnostic::result(const QString& areaCode) const
{
    for (const DiagnosticResult& r : results)
        if (r.areaCode == areaCode)
            return r;
    return std::nullopt;
}

QStringList Diagnostic::deficitAreas() const
{
    QStringList areas;
    for (const DiagnosticResult& r : results)
        if (r.isDeficit())
            areas.append(r.areaCode);
    return areas;
}

QStringList CompetenceLevels::codes()
{
    return {QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high")};
}

QString CompetenceLevels::name(const QString& code)
{
    if (code == u"low")
        return tr("low", "competence level");
    if (code == u"medium")
        return tr("medium", "competence level");
    if (code == u"high")
        return tr("high", "competence level");
    return code;
}

std::optional<QString> CompetenceLevels::parse(const QString& text)
{
    const QString key = normaliseKey(text);
    // Russian words as users write them, whatever the interface language.
    static const QList<QPair<QString, QString>> russian = {
        {QStringLiteral("низкий"), QStringLiteral("low")},
        {QStringLiteral("средний"), QStringLiteral("medium")},
        {QStringLiteral("высокий"), QStringLiteral("high")},
    };
    for (const QString& code : codes())
        if (key == code || key == normaliseKey(name(code)))
            return code;
    for (const auto& [word, code] : russian)
        if (key == word)
            return code;
    return std::nullopt;
}

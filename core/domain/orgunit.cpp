#include "domain/orgunit.h"
#include "io/fieldparsing.h"

#include <QHash>

QString UnitLevels::name(UnitLevel level)
{
    switch (level) {
    case UnitLevel::Region: return tr("region");
    case UnitLevel::Hub: return tr("hub");
    case UnitLevel::Municipality: return tr("municipality");
    case UnitLevel::Organisation: return tr("organisation");
    }
    return {};
}

QString UnitLevels::pluralName(UnitLevel level)
{
    switch (level) {
    case UnitLevel::Region: return tr("regions");
    case UnitLevel::Hub: return tr("hubs");
    case UnitLevel::Municipality: return tr("municipalities");
    case UnitLevel::Organisation: return tr("organisations");
    }
    return {};
}

QString UnitLevels::code(UnitLevel level)
{
    static const char* const codes[] = {"region", "hub", "municipality", "organisation"};
    return QString::fromLatin1(codes[int(level)]);
}

std::optional<UnitLevel> UnitLevels::parse(const QString& text)
{
    const QString key = normaliseKey(text);
    for (int i = 0; i <= 3; ++i) {
        const auto level = UnitLevel(i);
        if (key == QString::number(i) || key == code(level) || key == normaliseKey(name(level)))
            return level;
    }
    // Russian words as users write them, whatever the interface language.
    static const QList<QPair<QString, UnitLevel>> synonyms = {
        {QStringLiteral("регион"), UnitLevel::Region},
        {QStringLiteral("региональный"), UnitLevel::Region},
        {QStringLiteral("хаб"), UnitLevel::Hub},
        {QStringLiteral("межмуниципальный"), UnitLevel::Hub},
        {QStringLiteral("муниципалитет"), UnitLevel::Municipality},
        {QStringLiteral("муниципальный"), UnitLevel::Municipality},
        {QStringLiteral("муниципальное образование"), UnitLevel::Municipality},
        {QStringLiteral("организация"), UnitLevel::Organisation},
        {QStringLiteral("оо"), UnitLevel::Organisation},
        {QStringLiteral("образовательная организация"), UnitLevel::Organisation},
    };
    for (const auto& [word, level] : synonyms)
        if (key == word)
            return level;
    return std::nullopt;
}

QList<UnitKind> UnitLevels::kinds()
{
    return {
        {QStringLiteral("school"), UnitLevel::Organisation, tr("general education school")},
        {QStringLiteral("preschool"), UnitLevel::Organisation, tr("preschool (ДОО)")},
        {QStringLiteral("additional"), UnitLevel::Organisation, tr("additional education (УДО)")},
        {QStringLiteral("college"), UnitLevel::Organisation, tr("college (СПО)")},
        {QStringLiteral("nonstate"), UnitLevel::Organisation, tr("non-state organisation")},
        {QStringLiteral("methodical_centre"), UnitLevel::Organisation, tr("methodical centre")},
        {QStringLiteral("centre"), UnitLevel::Municipality, tr("methodical centre")},
        {QStringLiteral("cabinet"), UnitLevel::Municipality, tr("methodical cabinet")},
        {QStringLiteral("department"), UnitLevel::Municipality, tr("methodical department")},
        {QStringLiteral("specialist"), UnitLevel::Municipality, tr("specialist of the education authority")},
        {QStringLiteral("service"), UnitLevel::Municipality, tr("methodical service")},
    };
}

std::optional<UnitKind> UnitLevels::findKind(UnitLevel level, const QString& codeOrName)
{
    // Short forms used in school and municipal spreadsheets.
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("школа"), QStringLiteral("school")}, {QStringLiteral("оо"), QStringLiteral("school")},
        {QStringLiteral("сош"), QStringLiteral("school")}, {QStringLiteral("доо"), QStringLiteral("preschool")},
        {QStringLiteral("доу"), QStringLiteral("preschool")}, {QStringLiteral("детский сад"), QStringLiteral("preschool")},
        {QStringLiteral("удо"), QStringLiteral("additional")}, {QStringLiteral("спо"), QStringLiteral("college")},
        {QStringLiteral("колледж"), QStringLiteral("college")}, {QStringLiteral("техникум"), QStringLiteral("college")},
        {QStringLiteral("негосударственная"), QStringLiteral("nonstate")},
        {QStringLiteral("центр"), QStringLiteral("centre")}, {QStringLiteral("кабинет"), QStringLiteral("cabinet")},
        {QStringLiteral("отдел"), QStringLiteral("department")}, {QStringLiteral("специалист"), QStringLiteral("specialist")},
        {QStringLiteral("служба"), QStringLiteral("service")},
    };
    const QString key = normaliseKey(codeOrName);
    const QString alias = aliases.value(key);
    for (const UnitKind& k : kinds())
        if (k.level == level && (key == k.code || key == normaliseKey(k.name) || alias == k.code))
            return k;
    return std::nullopt;
}

QString UnitLevels::kindName(const QString& code)
{
    for (const UnitKind& k : kinds())
        if (k.code == code)
            return k.name;
    return code;
}

QStringList UnitLevels::innovationLevels()
{
    return {QString(), QStringLiteral("municipal"), QStringLiteral("regional"), QStringLiteral("federal")};
}

QString UnitLevels::innovationLevelName(const QString& code)
{
    if (code == u"municipal") return tr("municipal");
    if (code == u"regional") return tr("regional");
    if (code == u"federal") return tr("federal");
    return {};
}

std::optional<QString> UnitLevels::parseInnovationLevel(const QString& text)
{
    const QString key = normaliseKey(text);
    if (key.isEmpty() || key == u"нет" || key == u"no")
        return QString();
    for (const QString& code : innovationLevels()) {
        if (code.isEmpty())
            continue;
        if (key == code || key == normaliseKey(innovationLevelName(code)))
            return code;
    }
    if (key.startsWith(u"муницип")) return QStringLiteral("municipal");
    if (key.startsWith(u"регион")) return QStringLiteral("regional");
    if (key.startsWith(u"федерал")) return QStringLiteral("federal");
    return std::nullopt;
}

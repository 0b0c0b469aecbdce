#include "domain/checklist.h"
#include "domain/statuscodes.h"

QStringList ChecklistCodes::answers()
{
    return {QStringLiteral("yes"), QStringLiteral("partly"), QStringLiteral("no")};
}

QString ChecklistCodes::answerName(const QString& code)
{
    if (code == u"yes")
        return tr("yes", "checklist answer");
    if (code == u"partly")
        return tr("partly", "checklist answer");
    if (code == u"no")
        return tr("no", "checklist answer");
    return code;
}

std::optional<QString> ChecklistCodes::parseAnswer(const QString& text)
{
    return parseStatusCode(text, answers(), &ChecklistCodes::answerName,
                           {{QStringLiteral("да"), QStringLiteral("yes")},
                            {QStringLiteral("частично"), QStringLiteral("partly")},
                            {QStringLiteral("нет"), QStringLiteral("no")}});
}

QString ChecklistCodes::groupName(const QString& group)
{
    if (group == u"general")
        return tr("general indicators", "checklist group");
    if (group == u"additional")
        return tr("additional indicators", "checklist group");
    return group;
}

#include "domain/mentoring.h"

namespace {
const QString draft = QStringLiteral("draft");
const QString active = QStringLiteral("active");
const QString succeeded = QStringLiteral("completed_successfully");
const QString failed = QStringLiteral("completed_unsuccessfully");
const QString abandoned = QStringLiteral("abandoned");
} // namespace

QStringList MentoringStatus::codes()
{
    return {draft, active, succeeded, failed, abandoned};
}

QString MentoringStatus::name(const QString& code)
{
    if (code == draft)
        return tr("draft");
    if (code == active)
        return tr("active");
    if (code == succeeded)
        return tr("completed successfully");
    if (code == failed)
        return tr("completed unsuccessfully");
    if (code == abandoned)
        return tr("abandoned");
    return code;
}

bool MentoringStatus::isFinal(const QString& code)
{
    return code == succeeded || code == failed || code == abandoned;
}

QVector<QPair<QString, QString>> MentoringStatus::transitions()
{
    return {{draft, active}, {draft, abandoned}, {active, succeeded}, {active, failed}, {active, abandoned}};
}

QString MentoringProgramme::periodText() const
{
    const QString format = QStringLiteral("dd.MM.yyyy");
    if (!end.isValid())
        return QCoreApplication::translate("MentoringProgramme", "from %1").arg(start.toString(format));
    return start.toString(format) + QStringLiteral(" – ") + end.toString(format);
}

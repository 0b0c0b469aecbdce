#include "io/csvkinds.h"
#include "io/attestationcsv.h"
#include "io/competitioncsv.h"
#include "io/coursecsv.h"
#include "io/diagnosticcsv.h"
#include "io/mentoringcsv.h"
#include "io/participationcsv.h"
#include "io/personcsv.h"
#include "io/unitcsv.h"

const QVector<CsvKind>& csvKinds()
{
    static const QVector<CsvKind> kinds = {
        {"units", &UnitCsv::importFrom, &UnitCsv::exportTo},
        {"persons", &PersonCsv::importFrom, &PersonCsv::exportTo},
        {"participations", &ParticipationCsv::importFrom, &ParticipationCsv::exportTo},
        {"courses", &CourseCsv::importFrom, &CourseCsv::exportTo},
        {"diagnostics", &DiagnosticCsv::importFrom, &DiagnosticCsv::exportTo},
        {"attestation", &AttestationCsv::importFrom, &AttestationCsv::exportTo},
        {"competitions", &CompetitionCsv::importFrom, &CompetitionCsv::exportTo},
        {"mentoring", &MentoringCsv::importFrom, &MentoringCsv::exportTo},
    };
    return kinds;
}

const CsvKind* findCsvKind(const QString& name)
{
    for (const CsvKind& kind : csvKinds())
        if (name == QLatin1String(kind.name))
            return &kind;
    return nullptr;
}

QString csvKindNames()
{
    QStringList names;
    for (const CsvKind& kind : csvKinds())
        names << QLatin1String(kind.name);
    return names.join(u'|');
}

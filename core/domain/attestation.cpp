#include "domain/attestation.h"

QString AttestationOutcome::name(const QString& code)
{
    if (code == granted())
        return tr("granted");
    if (code == refused())
        return tr("refused");
    return code;
}

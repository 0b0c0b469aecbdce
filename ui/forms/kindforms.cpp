#include "forms/kindforms.h"
#include "storage/clock.h"
#include "storage/database.h"

QDate FormContext::today() const
{
    return db.clock().today();
}

Status KindForms::saveStep(FormContext& c, const QString& text, qint64& savedId, const std::function<Result<qint64>()>& write)
{
    return c.session.run(text, [&]() -> Status {
        const Result<qint64> written = write();
        if (!written)
            return written.status();
        savedId = *written;
        return Status::success();
    });
}

#pragma once
// Innovation sites (инновационные площадки, DOMAIN.md §1, §3): an organisation that is a
// municipal, regional or federal site on a topic over a period.
#include <QDate>
#include <QDateTime>
#include <QString>

struct InnovationSite {
    qint64 id = 0;
    QString uuid;
    qint64 orgUnitId = 0; // the organisation (a unit of the level Organisation)
    QString level;        // one of UnitLevels::innovationLevels(): municipal, regional, federal
    QString topic;
    QDate start;
    QDate end;            // empty while it works
    QDateTime createdAt;
    QDateTime updatedAt;
};

#pragma once
// Methodical associations (методические объединения, DOMAIN.md §3): a school's ШМО, a
// municipality's РМО/ГМО, a hub's or the region's association of teachers of a subject or theme,
// with a head and members who join and leave (and may rejoin later).
#include <QDate>
#include <QDateTime>
#include <QString>

struct MethodicalAssociation {
    qint64 id = 0;
    QString uuid;
    qint64 orgUnitId = 0; // the unit it belongs to: a school for ШМО, a municipality for РМО, ...
    QString level;        // an AssociationLevel code
    QString subject;      // subject or theme, e.g. «учителя математики»
    qint64 headId = 0;    // a person, or 0
    QDate start;
    QDate end;            // empty while it works
    QDateTime createdAt;
    QDateTime updatedAt;
};

// One period of a person's membership; a person who leaves and rejoins has two.
struct AssociationMember {
    qint64 id = 0;
    QString uuid;
    qint64 associationId = 0;
    qint64 personId = 0;
    QDate joinedOn;
    QDate leftOn; // empty while a member (the association's end still ends it)
    QDateTime createdAt;
    QDateTime updatedAt;
};

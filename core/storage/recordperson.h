#pragma once
// The person a record is about (a diagnostic's, a route's, …), for opening their card from a
// register; 0 for kinds that are not about one person, or an unknown record.
#include "domain/recordkind.h"

class Database;

qint64 personOfRecord(Database& db, RecordKind kind, qint64 recordId);

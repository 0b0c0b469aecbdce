#pragma once
// `metodist-cli check` over the support cycle's records (schemas 4–8): codes of the reference
// lists, parts that lost their whole, units of the wrong level, dates out of order or outside
// the periods they belong to, statuses without their dates, records dated in the future.
#include <QString>
#include <functional>

class Database;

// Calls `error` with one translated message per rule that some rows break.
void checkRecords(Database& db, const std::function<void(const QString&)>& error);

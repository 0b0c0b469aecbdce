#pragma once
// TEMPORARY minimal version; replaced by the full CSV component.
#include <QDate>
#include <QString>
#include <optional>
std::optional<QDate> parseDate(const QString&);
QString formatDateRu(const QDate&);
std::optional<bool> parseYesNo(const QString&);
std::optional<double> parseDecimal(const QString&);
QString normaliseKey(const QString&);

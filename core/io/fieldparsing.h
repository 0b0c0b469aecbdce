#pragma once
// Values from CSV cells, shared by all importers. All parsers trim the input.
#include <QDate>
#include <QString>

#include <optional>

// Accepts dd.MM.yyyy / d.M.yyyy and yyyy-MM-dd; two-digit years and
// impossible dates (31.02.2020) give nullopt.
std::optional<QDate> parseDate(const QString& text);

// dd.MM.yyyy; empty for an invalid date.
QString formatDateRu(const QDate& date);

// да/нет, yes/no, true/false, 1/0, +/-, x (Latin or Cyrillic) — any case.
// An empty cell means false; anything else unknown gives nullopt.
std::optional<bool> parseYesNo(const QString& text);

// "0,5", "0.5", "1", "-2", "1 000,5" (groups of three separated by spaces).
// Rejects anything else, including exponents and non-finite values.
std::optional<double> parseDecimal(const QString& text);

// As a Russian spreadsheet writes it: "0,5", "1 000,5" (the shortest exact form, no exponent).
QString formatDecimal(double value);

// Key for matching names and headers: trimmed, inner whitespace collapsed to
// one space, case-folded, 'ё' replaced by 'е'.
QString normaliseKey(const QString& text);

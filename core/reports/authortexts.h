#pragma once
// The author's own text blocks of a report document (AuthorText: conclusions, tasks for next
// year) and the texts saved for them with the database (storage/authortextrepository.h).
#include "reports/reportdocument.h"

class Database;

namespace AuthorTexts {

// Every author's block of the document, in document order.
QVector<AuthorText> blocks(const ReportDocument& document);
// Puts a text into the document's block with this key; false when it has none.
bool put(ReportDocument& document, const QString& key, const QString& text);
// Fills every author's block of the document with the text saved for the unit and academic
// year (an unsaved block stays blank). A document without a unit (a person's card) is left as is.
void fill(Database& db, ReportDocument& document, qint64 unitId, int year);

} // namespace AuthorTexts

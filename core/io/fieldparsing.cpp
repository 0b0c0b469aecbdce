#include "io/fieldparsing.h"
QString normaliseKey(const QString& s) { return s.simplified().toCaseFolded().replace(u'ё', u'е'); }
std::optional<QDate> parseDate(const QString& s) { QDate d = QDate::fromString(s.trimmed(), QStringLiteral("dd.MM.yyyy")); if (!d.isValid()) d = QDate::fromString(s.trimmed(), Qt::ISODate); if (!d.isValid()) return std::nullopt; return d; }
QString formatDateRu(const QDate& d) { return d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : QString(); }
std::optional<bool> parseYesNo(const QString& s) { const QString k = normaliseKey(s); if (k.isEmpty() || k == u"нет" || k == u"0") return false; if (k == u"да" || k == u"1") return true; return std::nullopt; }
std::optional<double> parseDecimal(const QString& s) { bool ok; double v = QString(s).replace(u',', u'.').trimmed().toDouble(&ok); if (!ok) return std::nullopt; return v; }

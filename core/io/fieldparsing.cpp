#include "io/fieldparsing.h"

#include <QLocale>

#include <cmath>

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Reads 1..maxDigits ASCII digits at pos; returns -1 if there are none or too many.
int readNumber(QStringView text, qsizetype& pos, int maxDigits)
{
    int value = 0;
    int digits = 0;
    while (pos < text.size() && isAsciiDigit(text[pos])) {
        if (++digits > maxDigits)
            return -1;
        value = value * 10 + (text[pos].unicode() - u'0');
        ++pos;
    }
    return digits > 0 ? value : -1;
}

// Reads exactly `digits` ASCII digits at pos, or returns -1.
int readFixed(QStringView text, qsizetype& pos, int digits)
{
    const qsizetype start = pos;
    const int value = readNumber(text, pos, digits);
    return pos - start == digits ? value : -1;
}

bool expect(QStringView text, qsizetype& pos, QChar c)
{
    if (pos < text.size() && text[pos] == c) {
        ++pos;
        return true;
    }
    return false;
}

std::optional<QDate> validDate(int year, int month, int day)
{
    if (year < 0 || month < 0 || day < 0)
        return std::nullopt;
    const QDate date(year, month, day);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

bool isGroupSpace(QChar c)
{
    return c == u' ' || c == u'\u00A0' || c == u'\u202F';
}

} // namespace

std::optional<QDate> parseDate(const QString& text)
{
    const QString t = text.trimmed();
    qsizetype pos = 0;
    if (t.contains(u'.')) {
        const int day = readNumber(t, pos, 2);
        if (!expect(t, pos, u'.'))
            return std::nullopt;
        const int month = readNumber(t, pos, 2);
        if (!expect(t, pos, u'.'))
            return std::nullopt;
        const int year = readFixed(t, pos, 4);
        if (pos != t.size())
            return std::nullopt;
        return validDate(year, month, day);
    }
    const int year = readFixed(t, pos, 4);
    if (!expect(t, pos, u'-'))
        return std::nullopt;
    const int month = readFixed(t, pos, 2);
    if (!expect(t, pos, u'-'))
        return std::nullopt;
    const int day = readFixed(t, pos, 2);
    if (pos != t.size())
        return std::nullopt;
    return validDate(year, month, day);
}

QString formatDateRu(const QDate& date)
{
    return date.isValid() ? date.toString(u"dd.MM.yyyy") : QString();
}

std::optional<bool> parseYesNo(const QString& text)
{
    const QString t = text.trimmed().toCaseFolded();
    if (t.isEmpty())
        return false;
    static const QStringList yes = {
        QStringLiteral("да"), QStringLiteral("yes"), QStringLiteral("true"), QStringLiteral("1"),
        QStringLiteral("+"), QStringLiteral("x"), QStringLiteral("х")};
    static const QStringList no = {
        QStringLiteral("нет"), QStringLiteral("no"), QStringLiteral("false"), QStringLiteral("0"),
        QStringLiteral("-")};
    if (yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    return std::nullopt;
}

std::optional<double> parseDecimal(const QString& text)
{
    const QString t = text.trimmed();
    QString normalised;
    normalised.reserve(t.size());
    qsizetype pos = 0;

    if (pos < t.size() && (t[pos] == u'-' || t[pos] == u'+' || t[pos] == u'\u2212')) {
        if (t[pos] != u'+')
            normalised += u'-';
        ++pos;
    }

    // Integer part: digits, optionally in groups of three separated by one space.
    qsizetype groupDigits = 0;
    bool grouped = false;
    while (pos < t.size()) {
        if (isAsciiDigit(t[pos])) {
            normalised += t[pos++];
            ++groupDigits;
        } else if (isGroupSpace(t[pos]) && groupDigits > 0 && (!grouped || groupDigits == 3)) {
            if (!grouped && groupDigits > 3)
                return std::nullopt;
            grouped = true;
            groupDigits = 0;
            ++pos;
        } else {
            break;
        }
    }
    if (grouped && groupDigits != 3)
        return std::nullopt;
    const bool haveInteger = normalised.size() > 0 && normalised.back() != u'-';

    bool haveFraction = false;
    if (pos < t.size() && (t[pos] == u',' || t[pos] == u'.')) {
        normalised += u'.';
        ++pos;
        while (pos < t.size() && isAsciiDigit(t[pos])) {
            normalised += t[pos++];
            haveFraction = true;
        }
        if (!haveFraction)
            return std::nullopt;
    }
    if (pos != t.size() || (!haveInteger && !haveFraction))
        return std::nullopt;

    bool ok = false;
    const double value = QLocale::c().toDouble(normalised, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

QString normaliseKey(const QString& text)
{
    QString key = text.simplified().toCaseFolded();
    key.replace(u'ё', u'е');
    return key;
}

QString formatDecimal(double value)
{
    return QLocale(QLocale::Russian).toString(value, 'f', QLocale::FloatingPointShortest);
}

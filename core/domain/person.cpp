#include "domain/person.h"
#include "io/fieldparsing.h"

int wholeYearsBetween(const QDate& from, const QDate& to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return -1;
    int years = to.year() - from.year();
    if (to.month() < from.month() || (to.month() == from.month() && to.day() < from.day()))
        --years;
    return years;
}

QString Person::fullName() const
{
    QStringList parts{lastName, firstName};
    if (!middleName.isEmpty())
        parts << middleName;
    return parts.join(u' ');
}

QString Person::shortName() const
{
    QString s = lastName;
    if (!firstName.isEmpty())
        s += u' ' + firstName.left(1) + u'.';
    if (!middleName.isEmpty())
        s += u' ' + middleName.left(1) + u'.';
    return s;
}

int Person::ageOn(const QDate& date) const
{
    return wholeYearsBetween(birthDate, date);
}

int Person::experienceYearsOn(const QDate& date) const
{
    return wholeYearsBetween(experienceStart, date);
}

QString Person::nameKey(const QString& last, const QString& first, const QString& middle)
{
    return normaliseKey(last + u' ' + first + u' ' + middle);
}

bool Person::sameFacts(const Person& o) const
{
    return lastName == o.lastName && firstName == o.firstName && middleName == o.middleName
        && birthDate == o.birthDate && snils == o.snils && experienceStart == o.experienceStart
        && subjects == o.subjects && category == o.category && categoryGranted == o.categoryGranted
        && categoryExpires == o.categoryExpires && mentor == o.mentor && tutor == o.tutor
        && methodist == o.methodist && expert == o.expert;
}

int Snils::checksum(const QString& nineDigits)
{
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += nineDigits.at(i).digitValue() * (9 - i);
    if (sum < 100)
        return sum;
    if (sum == 100 || sum == 101)
        return 0;
    const int rest = sum % 101;
    return rest == 100 ? 0 : rest;
}

std::optional<QString> Snils::normalise(const QString& text, QString* error)
{
    QString digits;
    for (QChar c : text) {
        if (c.isDigit())
            digits += c;
        else if (c != u'-' && c != u' ' && c != u'\u00A0') {
            if (error)
                *error = tr("SNILS may contain only digits, hyphens and spaces");
            return std::nullopt;
        }
    }
    if (digits.size() != 11) {
        if (error)
            *error = tr("SNILS must have 11 digits, found %1").arg(digits.size());
        return std::nullopt;
    }
    // Numbers up to 001-001-998 were issued before check digits existed.
    if (digits.left(9) > QStringLiteral("001001998") && Snils::checksum(digits.left(9)) != digits.mid(9).toInt()) {
        if (error)
            *error = tr("SNILS check digits do not match (expected %1)")
                         .arg(Snils::checksum(digits.left(9)), 2, 10, QLatin1Char('0'));
        return std::nullopt;
    }
    return QStringLiteral("%1-%2-%3 %4").arg(digits.mid(0, 3), digits.mid(3, 3), digits.mid(6, 3), digits.mid(9, 2));
}

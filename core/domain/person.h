#pragma once
// A pedagogical or management worker and their employments (DOMAIN.md §2).
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

struct Person {
    qint64 id = 0;
    QString uuid;
    QString lastName;
    QString firstName;
    QString middleName;
    QDate birthDate;
    QString snils;          // "123-456-789 01" or empty
    QDate experienceStart;  // start of pedagogical experience (стаж)
    QStringList subjects;
    QString category = QStringLiteral("none"); // a qualification_category code
    QDate categoryGranted;
    QDate categoryExpires;
    bool mentor = false;
    bool tutor = false;
    bool methodist = false;
    bool expert = false;
    QDateTime createdAt;
    QDateTime updatedAt;

    QString fullName() const;  // "Иванова Мария Петровна"
    QString shortName() const; // "Иванова М. П."
    int ageOn(const QDate& date) const;             // -1 when the birth date is unknown
    int experienceYearsOn(const QDate& date) const; // -1 when unknown
    // The key persons are matched by when they have no SNILS: name and birth date.
    static QString nameKey(const QString& last, const QString& first, const QString& middle);
    QString nameKey() const { return nameKey(lastName, firstName, middleName); }
    bool sameFacts(const Person& other) const; // every field a user enters, not ids or times
};

struct Employment {
    qint64 id = 0;
    QString uuid;
    qint64 personId = 0;
    qint64 unitId = 0;     // an organisation (level 3)
    QString positionCode;  // a position code
    double rate = 1.0;     // ставка
    QDate start;
    QDate end;             // invalid while employed
    QDateTime createdAt;
    QDateTime updatedAt;

    bool activeOn(const QDate& date) const { return start <= date && (!end.isValid() || end >= date); }
};

// SNILS (страховой номер), with its check digits.
class Snils {
    Q_DECLARE_TR_FUNCTIONS(Snils)
public:
    // "12345678901" or "123-456-789 01" -> "123-456-789 01"; nullopt and a reason when invalid.
    static std::optional<QString> normalise(const QString& text, QString* error = nullptr);
    static int checksum(const QString& nineDigits);
};

// Whole years between two dates (age, experience).
int wholeYearsBetween(const QDate& from, const QDate& to);

#pragma once
// The presence checklist of seed 000 (показатели «наличие системы …»): per municipality or
// organisation and academic year, each item answered yes, partly or no, with its evidence.
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

struct ChecklistItem {
    QString code;  // C01..C16 for the items of seed 000
    QString name;  // «Наличие системы …»
    QString group; // general, additional
    int sortOrder = 0;
    bool builtIn = false;
};

struct ChecklistAnswer {
    qint64 id = 0;
    QString uuid;
    qint64 orgUnitId = 0; // a municipality or an organisation
    int year = 0;         // the academic year's starting year: 2024 for 2024/25
    QString itemCode;
    QString answer;       // yes, partly, no
    QString evidence;     // a document, a link, a note
    QDateTime createdAt;
    QDateTime updatedAt;
};

// Units of a subtree that answered an item for a year, and of them those answering yes.
struct YesShare {
    int answered = 0;
    int yes = 0;
};

// The fixed codes of the checklist: answers and item groups.
class ChecklistCodes {
    Q_DECLARE_TR_FUNCTIONS(ChecklistCodes)
public:
    static QStringList answers(); // yes, partly, no
    static QString answerName(const QString& code); // translated; the code itself when unknown
    static std::optional<QString> parseAnswer(const QString& text); // code or name (да, частично, нет)
    static QString groupName(const QString& group); // translated: general, additional
};

#pragma once
// An indicator of the catalogue (DOMAIN.md §4, table `indicator`): K01–K22 and the checklist
// items C01–C16 built in, and users' own indicators of three forms computed from data alone —
// the share of staff with a kind of record in the period (optionally in one competence area),
// such records per 100 staff, and the share of «да» to a checklist item.
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

enum class IndicatorDirection { Higher, Lower };   // which way is better
enum class IndicatorUnit { Percent, Per100, Ratio }; // %, per 100 staff, a plain ratio
enum class IndicatorForm { BuiltIn, Share, Per100, Checklist };

struct Indicator {
    QString code;          // K01, C05, U01 (users' own)
    QString name;          // Russian, as users read it
    QString description;
    QString numerator;     // what the numerator counts, in words
    QString denominator;   // what the denominator counts, in words
    IndicatorDirection direction = IndicatorDirection::Higher;
    IndicatorUnit unit = IndicatorUnit::Percent;
    IndicatorForm form = IndicatorForm::BuiltIn;
    QString recordKind;     // Share and Per100: an IndicatorRecordKinds code
    QString competenceArea; // Share and Per100: a competence-area code, or empty for any
    QString checklistItem;  // Checklist: the item's code
    QDate baseDate;         // K12: coverage is counted from this date
    int sortOrder = 0;
    bool builtIn = false;

    // value = numerator / denominator × scale
    double scale() const { return unit == IndicatorUnit::Ratio ? 1.0 : 100.0; }
    bool lowerIsBetter() const { return direction == IndicatorDirection::Lower; }
};

// The kinds of record a user's indicator can count (codes as stored in `indicator.record_kind`).
class IndicatorRecordKinds {
    Q_DECLARE_TR_FUNCTIONS(IndicatorRecordKinds)
public:
    static QStringList all();               // course, event, diagnostic, deficit, route, ...
    static QString name(const QString& code); // translated
    static bool hasArea(const QString& code); // whether a competence area narrows it
};

// Codes as stored, and names as shown.
namespace IndicatorCodes {
QString direction(IndicatorDirection d);
QString unit(IndicatorUnit u);
QString form(IndicatorForm f);
std::optional<IndicatorDirection> parseDirection(const QString& code);
std::optional<IndicatorUnit> parseUnit(const QString& code);
std::optional<IndicatorForm> parseForm(const QString& code);
} // namespace IndicatorCodes

#pragma once
// An organisation unit of the four-level methodical service (DOMAIN.md §1).
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

enum class UnitLevel { Region = 0, Hub = 1, Municipality = 2, Organisation = 3 };

struct OrgUnit {
    qint64 id = 0;
    QString uuid;
    qint64 parentId = 0; // 0 for the region
    UnitLevel level = UnitLevel::Organisation;
    QString code;        // unique, stable; what CSV files and exchange match on
    QString name;
    QString shortName;
    QString kind;        // a UnitKind code valid for the level, or empty
    bool lowResults = false;   // ШНОР
    bool unfavourable = false; // ШНСУ
    bool smallSchool = false;  // МКШ
    bool rural = false;
    bool growthPoint = false;  // «Точка роста»
    QString innovationLevel;   // "", "municipal", "regional", "federal"
    QString innovationTopic;
    QDateTime createdAt;
    QDateTime updatedAt;

    QString displayName() const { return shortName.isEmpty() ? name : shortName; }
    // Every fact a user enters except the place in the tree (code, level, parent, ids, times).
    bool sameFacts(const OrgUnit& o) const
    {
        return name == o.name && shortName == o.shortName && kind == o.kind && lowResults == o.lowResults
            && unfavourable == o.unfavourable && smallSchool == o.smallSchool && rural == o.rural
            && growthPoint == o.growthPoint && innovationLevel == o.innovationLevel && innovationTopic == o.innovationTopic;
    }
};

// Kinds: for organisations what they are, for municipalities the form of their methodical service.
struct UnitKind {
    QString code;
    UnitLevel level;
    QString name; // translated
};

class UnitLevels {
    Q_DECLARE_TR_FUNCTIONS(UnitLevels)
public:
    static QString name(UnitLevel level);         // "регион", "хаб", ...
    static QString pluralName(UnitLevel level);   // "регионы", ...
    static std::optional<UnitLevel> parse(const QString& text); // Russian or English word, or 0..3
    static QString code(UnitLevel level);         // "region", "hub", "municipality", "organisation"
    static QList<UnitKind> kinds();
    static std::optional<UnitKind> findKind(UnitLevel level, const QString& codeOrName);
    static QString kindName(const QString& code);
    static QStringList innovationLevels();         // "", municipal, regional, federal
    static QString innovationLevelName(const QString& code);
    static std::optional<QString> parseInnovationLevel(const QString& text);
};

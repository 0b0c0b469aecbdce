#pragma once
// What the demo generator is asked for: a size, a seed and the date the data describes.
#include <QDate>
#include <QString>
#include <optional>

// S: one school; M: one municipality; L: a region shaped like Tomsk's; XL: a large synthetic region.
enum class DemoSize { S, M, L, XL };

std::optional<DemoSize> parseDemoSize(const QString& text); // "S", "m", "L", "xl" (case ignored)
QString demoSizeName(DemoSize size);                        // "S", "M", "L", "XL"

struct DemoOptions {
    DemoSize size = DemoSize::S;
    quint64 seed = 1;
    QDate referenceDate = QDate(2026, 9, 1); // "today" for the data: ages, experience, employments
};

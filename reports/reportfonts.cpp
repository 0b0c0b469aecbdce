#include "reportfonts.h"

#include <QFontDatabase>
#include <QStringList>

namespace {

struct Families {
    QString text;
    QString condensed;
};

QString familyOf(const QString& resource, const QString& fallback)
{
    const int id = QFontDatabase::addApplicationFont(resource);
    // A condensed face is listed under both "DejaVu Sans" and "DejaVu Sans Condensed": the latter is meant.
    const QStringList families = id < 0 ? QStringList() : QFontDatabase::applicationFontFamilies(id);
    return families.isEmpty() || families.contains(fallback) ? fallback : families.first();
}

const Families& families()
{
    static const Families loaded = [] {
        Families f;
        f.text = familyOf(QStringLiteral(":/fonts/DejaVuSans.ttf"), QStringLiteral("DejaVu Sans"));
        familyOf(QStringLiteral(":/fonts/DejaVuSans-Bold.ttf"), f.text);
        f.condensed = familyOf(QStringLiteral(":/fonts/DejaVuSansCondensed.ttf"), QStringLiteral("DejaVu Sans Condensed"));
        familyOf(QStringLiteral(":/fonts/DejaVuSansCondensed-Bold.ttf"), f.condensed);
        return f;
    }();
    return loaded;
}

QFont font(const QString& family, double pointSize, bool bold)
{
    QFont f(family);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setKerning(true);
    f.setStyleStrategy(QFont::PreferOutline);
    return f;
}

} // namespace

namespace ReportFonts {

void load() { families(); }
QFont text(double pointSize, bool bold) { return font(families().text, pointSize, bold); }
QFont condensed(double pointSize, bool bold)
{
    return font(families().condensed, pointSize, bold);
}
QString textFamily() { return families().text; }
QString condensedFamily() { return families().condensed; }

} // namespace ReportFonts

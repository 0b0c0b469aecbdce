#pragma once
// The fonts of every report output: DejaVu Sans for text, DejaVu Sans Condensed for tables, both
// loaded from the program's resources (not the system), so output is the same everywhere.
#include <QFont>

namespace ReportFonts {

// Registers the fonts once; needs a QGuiApplication.
void load();
QFont text(double pointSize, bool bold = false);
QFont condensed(double pointSize, bool bold = false);
QString textFamily();      // "DejaVu Sans"
QString condensedFamily(); // "DejaVu Sans Condensed"

} // namespace ReportFonts

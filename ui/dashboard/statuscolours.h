#pragma once
// The light colours of a figure's status in the dashboard (its texts: core FigureText).
#include "indicators/indicatortargets.h"

#include <QColor>

namespace StatusColours {
QColor background(TargetStatus status); // invalid for None
QColor foreground(TargetStatus status); // a darker tone for text
} // namespace StatusColours

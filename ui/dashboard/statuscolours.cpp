#include "dashboard/statuscolours.h"

namespace StatusColours {

QColor background(TargetStatus status)
{
    switch (status) {
    case TargetStatus::Reached: return QColor(0xd4, 0xed, 0xda);
    case TargetStatus::Close: return QColor(0xff, 0xf3, 0xcd);
    case TargetStatus::Behind: return QColor(0xf8, 0xd7, 0xda);
    case TargetStatus::None: break;
    }
    return {};
}

QColor foreground(TargetStatus status)
{
    switch (status) {
    case TargetStatus::Reached: return QColor(0x15, 0x57, 0x24);
    case TargetStatus::Close: return QColor(0x85, 0x64, 0x04);
    case TargetStatus::Behind: return QColor(0x72, 0x1c, 0x24);
    case TargetStatus::None: break;
    }
    return QColor(0x33, 0x33, 0x33);
}

} // namespace StatusColours

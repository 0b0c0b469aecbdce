#pragma once
// Draws a report's chart (bar, pie, line) with QPainter into a rectangle: vectors on a PDF or a
// printer, pixels on an image for ODT and HTML. Sizes are given in points and scaled by `pt`,
// the device units per point.
#include "reports/reportdocument.h"

#include <QImage>
#include <QRectF>

class QPainter;

void paintChart(QPainter& painter, const QRectF& area, const ReportChart& chart, double pt);
// The chart as a picture of the size in millimetres at the resolution (for ODT and HTML).
QImage chartImage(const ReportChart& chart, double widthMm, double heightMm, int dpi = 150);

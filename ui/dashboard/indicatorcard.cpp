#include "dashboard/indicatorcard.h"

#include "dashboard/statuscolours.h"
#include "indicators/figuretext.h"

#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

IndicatorCard::IndicatorCard(const IndicatorReading& reading, QWidget* parent)
    : QFrame(parent), m_code(reading.indicator.code), m_value(new QLabel(this))
{
    setObjectName(QStringLiteral("card-%1").arg(m_code));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    const TargetStatus status = reading.target.status;
    QPalette p = palette();
    const QColor back = StatusColours::background(status);
    p.setColor(QPalette::Window, back.isValid() ? back : QColor(0xf4, 0xf4, 0xf4));
    p.setColor(QPalette::WindowText, StatusColours::foreground(status));
    setPalette(p);
    setToolTip(reading.indicator.name + QStringLiteral("\n") + FigureText::tooltip(reading));
    setMinimumWidth(160);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(2);
    auto* name = new QLabel(QStringLiteral("%1  %2").arg(reading.indicator.code, reading.indicator.name), this);
    name->setWordWrap(true);
    QFont small = name->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    name->setFont(small);
    name->setMinimumHeight(QFontMetrics(small).lineSpacing() * 2);
    name->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    const QString trend = FigureText::trend(reading);
    m_value->setText(FigureText::value(reading.indicator, reading.figure.value()) + (trend.isEmpty() ? QString() : QStringLiteral(" ") + trend));
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_value->setFont(big);

    auto* counts = new QLabel(FigureText::counts(reading.figure), this);
    auto* target = new QLabel(FigureText::target(reading), this);
    target->setFont(small);
    for (QLabel* l : {name, m_value, counts, target})
        layout->addWidget(l);
}

QString IndicatorCard::valueText() const
{
    return m_value->text();
}

void IndicatorCard::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        emit chosen(m_code);
    QFrame::mousePressEvent(event);
}

void IndicatorCard::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        emit opened(m_code);
    QFrame::mouseDoubleClickEvent(event);
}

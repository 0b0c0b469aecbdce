#pragma once
// One indicator on the dashboard: its code and name, the value in large type with the trend
// against the year before (▲ ▼), the counts ("12 из 40") and the target, on the light colour of
// its status. A click chooses it for the charts; a double click opens the people behind it.
#include "indicators/indicatorboard.h"

#include <QFrame>

class IndicatorCard : public QFrame {
    Q_OBJECT
public:
    IndicatorCard(const IndicatorReading& reading, QWidget* parent = nullptr);
    QString code() const { return m_code; }
    QString valueText() const; // as shown: "33,3 % ▲"

signals:
    void chosen(const QString& code);
    void opened(const QString& code);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    QString m_code;
    class QLabel* m_value;
};

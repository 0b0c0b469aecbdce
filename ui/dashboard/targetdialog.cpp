#include "dashboard/targetdialog.h"

#include "editsession.h"
#include "errorlabel.h"
#include "indicators/indicatorcatalogue.h"
#include "indicators/indicatortargets.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

TargetDialog::TargetDialog(EditSession& edits, qint64 unitId, const QString& unitName, const QString& code, int year,
                           QWidget* parent)
    : QDialog(parent), m_edits(edits), m_unitId(unitId), m_indicator(new QComboBox(this)), m_year(new QSpinBox(this)),
      m_value(new QDoubleSpinBox(this)), m_error(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("targetDialog"));
    setWindowTitle(tr("Target of an indicator"));
    Database* db = edits.database();
    if (db)
        for (const Indicator& i : IndicatorCatalogue(*db).all())
            m_indicator->addItem(QStringLiteral("%1 %2").arg(i.code, i.name), i.code);
    m_indicator->setCurrentIndex(std::max(0, m_indicator->findData(code)));
    m_indicator->setMinimumContentsLength(40);
    m_indicator->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_year->setRange(2000, 2100);
    m_year->setValue(year);
    m_value->setRange(0, 100000);
    m_value->setDecimals(1);
    auto fillValue = [this] {
        if (Database* d = m_edits.database())
            if (const auto t = IndicatorTargets(*d).targetFor(m_indicator->currentData().toString(), m_unitId, m_year->value()))
                m_value->setValue(t->value);
    };
    fillValue();
    connect(m_indicator, &QComboBox::currentIndexChanged, this, fillValue);
    connect(m_year, &QSpinBox::valueChanged, this, fillValue);

    auto* form = new QFormLayout;
    form->addRow(tr("Unit:"), new QLabel(unitName, this));
    form->addRow(tr("Indicator:"), m_indicator);
    form->addRow(tr("Year:"), m_year);
    form->addRow(tr("Target:"), m_value);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

bool TargetDialog::save()
{
    const QString code = m_indicator->currentData().toString();
    const int year = m_year->value();
    const double value = m_value->value();
    const qint64 unit = m_unitId;
    Database* db = m_edits.database();
    const Status status = m_edits.run(tr("Target %1 for %2").arg(code).arg(year), [db, code, unit, year, value] {
        return IndicatorTargets(*db).set(code, unit, year, value).status();
    });
    return m_error->report(status);
}

#include "forms/formdialog.h"
#include "forms/formfields.h"
#include "forms/rowstable.h"
#include "messagebox.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {
std::function<void(FormDialog&)>& nextScript()
{
    static std::function<void(FormDialog&)> script;
    return script;
}
} // namespace

FormDialog::FormDialog(const QString& title, QWidget* parent)
    : QDialog(parent), m_tabs(new QTabWidget(this)), m_problem(new QLabel(this))
{
    setWindowTitle(title);
    m_tabs->setTabBarAutoHide(true);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("save"));
    m_ok->setToolTip(tr("Save (Ctrl+Enter)"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FormDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    page(tr("Main"));
    for (const int key : {Qt::Key_Return, Qt::Key_Enter})
        connect(new QShortcut(QKeySequence(Qt::CTRL | key), this), &QShortcut::activated, this, &FormDialog::save);
}

QFormLayout* FormDialog::page(const QString& title)
{
    for (int i = 0; i < m_tabs->count(); ++i)
        if (title.isEmpty() || m_tabs->tabText(i) == title)
            return qobject_cast<QFormLayout*>(m_tabs->widget(i)->layout());
    auto* widget = new QWidget(m_tabs);
    auto* form = new QFormLayout(widget);
    m_tabs->addTab(widget, title);
    return form;
}

void FormDialog::addEditor(QFormLayout* page, const QString& label, QWidget* editor, const char* name)
{
    editor->setObjectName(QString::fromLatin1(name));
    m_labels.insert(editor, label);
    page->addRow(label, editor);
    onEdited(editor, this, [this] { recheck(); });
}

void FormDialog::addWide(QFormLayout* page, const QString& title, QWidget* editor, const char* name)
{
    editor->setObjectName(QString::fromLatin1(name));
    if (!title.isEmpty())
        page->addRow(new QLabel(title, page->parentWidget()));
    page->addRow(editor);
    if (auto* rows = qobject_cast<RowsTable*>(editor))
        connect(rows, &RowsTable::changed, this, &FormDialog::recheck);
}

QString FormDialog::problem() const
{
    return m_problem->text();
}

void FormDialog::recheck()
{
    QString problem;
    // A person typed but not chosen from the list is not a person yet.
    for (PersonPicker* picker : findChildren<PersonPicker*>())
        if (picker->isPending()) {
            problem = tr("Choose the person «%1» from the list that opens as you type.").arg(picker->text().trimmed());
            break;
        }
    for (QWidget* editor : std::as_const(m_required)) {
        if (!problem.isEmpty())
            break;
        auto* picker = qobject_cast<PersonPicker*>(editor);
        auto* combo = qobject_cast<SearchCombo*>(editor);
        if ((picker && picker->personId() == 0) || (combo && combo->id() == 0))
            problem = tr("Choose: %1.").arg(m_labels.value(editor));
    }
    if (problem.isEmpty() && m_check)
        problem = m_check().error();
    m_problem->setText(problem);
    m_ok->setEnabled(problem.isEmpty());
}

bool FormDialog::save()
{
    recheck();
    if (!m_ok->isEnabled())
        return false;
    if (m_save) {
        const Status saved = m_save();
        if (!saved) {
            m_problem->setText(saved.error());
            return false;
        }
    }
    accept();
    return true;
}

bool FormDialog::run()
{
    recheck();
    if (auto script = std::exchange(nextScript(), {})) {
        script(*this);
        return result() == QDialog::Accepted;
    }
    if (MessageBox::unattended())
        return false;
    return exec() == QDialog::Accepted;
}

void FormDialog::setNextScript(std::function<void(FormDialog&)> script)
{
    nextScript() = std::move(script);
}

void FormDialog::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers().testFlag(Qt::ControlModifier)) {
        save();
        return;
    }
    QDialog::keyPressEvent(event);
}

#include "filedialog.h"
#include "messagebox.h"

#include <QFileDialog>
#include <optional>

namespace {

std::optional<QString> nextFileName;

std::optional<QString> scripted()
{
    if (nextFileName) {
        const QString name = *nextFileName;
        nextFileName.reset();
        return name;
    }
    if (MessageBox::unattended())
        return QString();
    return std::nullopt;
}

} // namespace

QString FileDialog::getOpenFileName(QWidget* parent, const QString& caption, const QString& folder,
                                    const QString& filter)
{
    if (const auto name = scripted())
        return *name;
    return QFileDialog::getOpenFileName(parent, caption, folder, filter);
}

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& folder,
                                    const QString& filter, const QString& defaultSuffix, Overwrite overwrite)
{
    if (const auto name = scripted())
        return *name;
    QFileDialog dialog(parent, caption, folder, filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setDefaultSuffix(defaultSuffix);
    dialog.setOption(QFileDialog::DontConfirmOverwrite, overwrite == Overwrite::Refused);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().first();
}

void FileDialog::setNextFileName(const QString& fileName)
{
    nextFileName = fileName;
}

#pragma once
// QAbstractItemModelTester on a model for the lifetime of this object; its complaints (Qt
// warnings in the "qt.modeltest" category) are collected instead of aborting the test program.
#include <QAbstractItemModelTester>
#include <QStringList>
#include <memory>

class ModelChecker {
public:
    explicit ModelChecker(QAbstractItemModel* model)
    {
        complaintsList().clear();
        previous() = qInstallMessageHandler(&ModelChecker::handle);
        m_tester = std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    }
    ~ModelChecker()
    {
        m_tester.reset();
        qInstallMessageHandler(previous());
    }
    QStringList complaints() const { return complaintsList(); }

private:
    static void handle(QtMsgType type, const QMessageLogContext& context, const QString& message)
    {
        if (context.category && qstrcmp(context.category, "qt.modeltest") == 0)
            complaintsList() << message;
        else if (previous())
            previous()(type, context, message);
    }
    static QStringList& complaintsList()
    {
        static QStringList list;
        return list;
    }
    static QtMessageHandler& previous()
    {
        static QtMessageHandler handler = nullptr;
        return handler;
    }
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

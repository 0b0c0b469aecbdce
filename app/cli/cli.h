#pragma once
// metodist-cli: the batch face of the same core. Each command is a function in a file of its own.
#include "status.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <memory>

// Exit codes, the same for every command, each with one meaning (README «Command line»):
// done; the command line is wrong; the input is invalid and nothing was written; a file or the
// database failed and nothing was written; done in part (the valid rows of an import with
// --skip-invalid, the files of report --each that could be written).
enum ExitCode { Done = 0, UsageError = 1, InvalidInput = 2, FileError = 3, DoneInPart = 4 };

class Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static QTextStream& out();
    static QTextStream& err();
    // Parses a command's arguments (arguments[0] is the command name). On a usage error prints
    // the reason and the command's help to stderr and returns false.
    static bool parse(QCommandLineParser& parser, const QStringList& arguments, int positional,
                      const QString& syntax);
    // Opens an existing database named by --db; prints the reason and returns null on failure.
    // A command that only reads opens it ReadOnly: never written, never upgraded.
    static std::shared_ptr<Database> openExisting(const QString& path, Database::OpenMode mode);
    static int fail(ExitCode code, const QString& message);
};

struct CliCommand {
    const char* name;
    const char* summary; // English source, translated in context "Cli"
    int (*run)(const QStringList& arguments);
};

int runInit(const QStringList& arguments);
int runDemo(const QStringList& arguments);
int runInfo(const QStringList& arguments);
int runImport(const QStringList& arguments);
int runExport(const QStringList& arguments);
int runCheck(const QStringList& arguments);
int runPerson(const QStringList& arguments);
int runIndicators(const QStringList& arguments);
int runGaps(const QStringList& arguments);
int runReport(const QStringList& arguments);
int runUpgrade(const QStringList& arguments);
int runBackup(const QStringList& arguments);
int runRestore(const QStringList& arguments);
int runCopy(const QStringList& arguments);

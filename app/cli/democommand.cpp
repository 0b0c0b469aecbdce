#include "cli.h"
int runDemo(const QStringList&) { return Cli::fail(UsageError, QStringLiteral("not yet")); }

// Generates each demo size into a temporary database file and prints how long it took, the
// counts, the size of the data and the peak resident memory of the process so far (VmHWM),
// then the rows of each support-cycle table.
// Usage: bench-generate [S|M|L|XL ...] [--seed N]   (default: S M L XL, seed 1)
#include "benchsupport.h"
#include "demo/demogenerator.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>


int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);

    QList<DemoSize> sizes;
    quint64 seed = 1;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--seed" && i + 1 < args.size()) {
            seed = args.at(++i).toULongLong();
        } else if (const auto size = parseDemoSize(args.at(i))) {
            sizes.append(*size);
        } else {
            err << "unknown argument " << args.at(i) << Qt::endl;
            return 2;
        }
    }
    if (sizes.isEmpty())
        sizes = {DemoSize::S, DemoSize::M, DemoSize::L, DemoSize::XL};

    QTemporaryDir dir;
    const auto row = [&out](const QStringList& cells) {
        QString line;
        for (const QString& cell : cells)
            line += cell.rightJustified(line.isEmpty() ? 4 : 13);
        out << line << Qt::endl;
    };
    row({QStringLiteral("size"), QStringLiteral("seconds"), QStringLiteral("units"), QStringLiteral("persons"),
         QStringLiteral("employments"), QStringLiteral("records"), QStringLiteral("file_MiB"), QStringLiteral("peak_RSS_MiB")});
    QStringList tableCounts;
    for (DemoSize size : sizes) {
        const QString path = dir.filePath(QStringLiteral("bench-%1.db").arg(demoSizeName(size)));
        auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
        if (!db) {
            err << db.error() << Qt::endl;
            return 1;
        }
        DemoOptions options;
        options.size = size;
        options.seed = seed;
        QElapsedTimer timer;
        timer.start();
        const auto result = DemoGenerator(*db.value(), options).run();
        const double seconds = timer.nsecsElapsed() / 1e9;
        if (!result) {
            err << demoSizeName(size) << ": " << result.error() << Qt::endl;
            return 1;
        }
        if (const Status copied = db.value()->backupTo(path + QStringLiteral(".copy")); !copied) { // checkpointed size of the data
            err << copied.error() << Qt::endl;
            return 1;
        }
        const double fileMiB = QFileInfo(path + QStringLiteral(".copy")).size() / 1048576.0;
        row({demoSizeName(size), QString::number(seconds, 'f', 2), QString::number(result->units),
             QString::number(result->persons), QString::number(result->employments), QString::number(result->records),
             QString::number(fileMiB, 'f', 1), QString::number(peakRssMiB(), 'f', 1)});
        QString counts = demoSizeName(size) + QStringLiteral(" ms:");
        for (const auto& [name, ms] : result->stepMilliseconds)
            counts += QStringLiteral(" %1=%2").arg(name).arg(ms);
        counts += QStringLiteral("\n%1 rows:").arg(demoSizeName(size));
        for (const char* table : {"diagnostic", "diagnostic_result", "route", "route_problem", "route_item", "route_review",
                                  "mentoring_programme", "mentoring_mentee", "course_programme", "course_completion",
                                  "attestation", "methodical_event", "event_participation", "competition",
                                  "competition_participation", "methodical_association", "association_member",
                                  "consultation", "consultation_person", "innovation_site", "methodical_material",
                                  "material_author", "survey", "survey_need", "student_result", "plan_item", "risk",
                                  "checklist_answer"}) {
            QSqlQuery q(db.value()->connection());
            q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
            counts += QStringLiteral(" %1=%2").arg(QLatin1String(table)).arg(q.next() ? q.value(0).toInt() : -1);
        }
        tableCounts.append(counts);
    }
    for (const QString& line : tableCounts)
        out << line << Qt::endl;
    return 0;
}

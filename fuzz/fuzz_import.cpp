// Fuzzes every importer of csvKinds() in one program, over a small world in which the rows of
// real files resolve: the demo database of size S (one municipality, two schools, 67 persons,
// every record kind; seed 1, made on 01.09.2026), generated once per process into a temporary
// file, with a fixed clock and seeded UUIDs so that every input is run the same way.
//
// The first byte of an input says what to do with the rest, the file:
//   bits 0-5  the kind: csvKinds()[(byte & 0x3F) % count] (0 units, 1 persons, ... 19 checklist);
//   bit 6     ImportOptions::skipInvalid;
//   bit 7     a real write after the dry run: the import is written inside an outer transaction
//             of the fuzzer, which is rolled back afterwards, so the database stays the demo.
// Every input is first imported with dryRun. Checked: a file that cannot be read says why; a dry
// run and the real import of the same file report the same (rows, counts, issues); a file the
// import wrote imports a second time without creating or changing anything (docs/csv-formats.md:
// «Importing the same file twice changes nothing»).
#include "fuzzsupport.h"

#include "demo/demogenerator.h"
#include "io/csvkinds.h"
#include "storage/clock.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "storage/uuidsource.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

struct World {
    QTemporaryDir folder;
    FixedClock clock{QDateTime(QDate(2026, 9, 1), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<SeededUuidSource> uuids;
    std::shared_ptr<Database> db;
};

World* world = nullptr; // made once, kept for the life of the process

[[noreturn]] void stop(const CsvKind& kind, const char* what, const QString& detail = {})
{
    std::fprintf(stderr, "fuzz_import: %s: %s%s%s\n", kind.name, what, detail.isEmpty() ? "" : ": ",
                 qPrintable(detail));
    std::abort();
}

void makeWorld()
{
    world = new World;
    if (!world->folder.isValid()) {
        std::fprintf(stderr, "fuzz_import: no temporary folder: %s\n", qPrintable(world->folder.errorString()));
        std::exit(1);
    }
    auto opened = Database::open(world->folder.filePath(QStringLiteral("world.db")), Database::OpenMode::CreateIfMissing);
    if (!opened) {
        std::fprintf(stderr, "fuzz_import: cannot create the database: %s\n", qPrintable(opened.error()));
        std::exit(1);
    }
    world->db = opened.value();
    DemoOptions options;
    options.size = DemoSize::S;
    options.seed = 1;
    options.referenceDate = QDate(2026, 9, 1);
    const auto demo = DemoGenerator(*world->db, options).run();
    if (!demo) {
        std::fprintf(stderr, "fuzz_import: cannot generate the demo data: %s\n", qPrintable(demo.error()));
        std::exit(1);
    }
    world->db->setClock(&world->clock);
}

Result<ImportReport> import(const CsvKind& kind, const QByteArray& file, const ImportOptions& options)
{
    QBuffer buffer;
    buffer.setData(file);
    buffer.open(QIODevice::ReadOnly);
    return kind.importFrom(*world->db, buffer, options);
}

QString issueTexts(const ImportReport& report)
{
    QStringList texts;
    for (const ImportIssue& issue : report.issues)
        texts << issue.text();
    return texts.join(u'\n');
}

QString counts(const ImportReport& r)
{
    return QStringLiteral("rows %1, created %2, updated %3, unchanged %4, rejected %5, issues %6")
        .arg(r.rows)
        .arg(r.created)
        .arg(r.updated)
        .arg(r.unchanged)
        .arg(r.rejected)
        .arg(r.issues.size());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    startFuzzApplication(argc, argv);
    makeWorld();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    const QVector<CsvKind>& kinds = csvKinds();
    const std::uint8_t selector = data[0];
    const CsvKind& kind = kinds[(selector & 0x3F) % kinds.size()];
    const bool write = selector & 0x80;
    ImportOptions options;
    options.skipInvalid = selector & 0x40;
    options.dryRun = true;
    const QByteArray file = fuzzBytes(data + 1, size - 1);

    // The same UUIDs for every input, whatever came before.
    world->uuids = std::make_unique<SeededUuidSource>(1);
    world->db->setUuidSource(world->uuids.get());

    const Result<ImportReport> dry = import(kind, file, options);
    if (!dry) {
        if (dry.error().isEmpty())
            stop(kind, "a refused file without a reason");
        return 0;
    }
    if (dry->written)
        stop(kind, "a dry run wrote");
    if (!dry->databaseError.isEmpty())
        stop(kind, "the database refused a dry run", dry->databaseError);
    if (!write)
        return 0;

    WriteTransaction outer(*world->db);
    if (!outer.isActive())
        stop(kind, "cannot start the outer transaction", outer.error());
    world->uuids = std::make_unique<SeededUuidSource>(1);
    world->db->setUuidSource(world->uuids.get());
    options.dryRun = false;
    const Result<ImportReport> real = import(kind, file, options);
    if (!real)
        stop(kind, "the file the dry run read is refused", real.error());
    if (!real->databaseError.isEmpty())
        stop(kind, "the database refused the import", real->databaseError);
    if (counts(*real) != counts(*dry) || issueTexts(*real) != issueTexts(*dry))
        stop(kind, "the dry run and the import differ",
             QStringLiteral("dry run: %1\n%2\nimport: %3\n%4")
                 .arg(counts(*dry), issueTexts(*dry), counts(*real), issueTexts(*real)));
    if (real->written && real->hasIssues() && !options.skipInvalid)
        stop(kind, "a file with issues was written without skipInvalid", issueTexts(*real));
    if (!real->written && !real->hasIssues())
        stop(kind, "a file without issues was not written", counts(*real));

    if (real->written) {
        const Result<ImportReport> again = import(kind, file, options);
        if (!again || !again->databaseError.isEmpty())
            stop(kind, "the second import failed", again ? again->databaseError : again.error());
        if (again->created != 0 || again->updated != 0)
            stop(kind, "importing the same file again changed the database",
                 QStringLiteral("first: %1\nagain: %2\n%3").arg(counts(*real), counts(*again), issueTexts(*again)));
    }
    outer.rollback();
    return 0;
}

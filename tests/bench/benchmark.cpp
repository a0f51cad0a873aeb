// Measures `check` on generated exports: wall time, throughput and peak memory, each export in a
// child process of its own so one measurement's memory never counts in the next.

#include "benchmachine.h"
#include "oneroster/exportreader.h"
#include "session/sessionimport.h"
#include "session/sessionstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QThread>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <string>

namespace {

struct Measure
{
    double seconds = 0;
    double uncompressedMB = 0;
    long long rows = 0;
    long long findings = 0;
    int readable = 0;
};

Measure measureOnce(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    const rb::ReadResult result = rb::ExportReader().read({path});
    Measure m;
    m.seconds = double(timer.nsecsElapsed()) / 1e9;
    m.uncompressedMB = double(result.bytesRead) / 1e6;
    m.rows = result.roster ? static_cast<long long>(result.roster->totalRows()) : 0;
    m.findings = static_cast<long long>(result.findings.size());
    m.readable = result.isReadable() ? 1 : 0;
    return m;
}

} // namespace

// Where the memory of a loaded roster goes, column by column.
int printMemory(const QString &path)
{
    const rb::ReadResult result = rb::ExportReader().read({path});
    for (int k = 0; k < rb::KnownFileKindCount; ++k) {
        const rb::Table &table = result.roster->table(rb::FileKind(k));
        if (!table.isPresent())
            continue;
        std::printf("%-20s %10zu rows %8.1f MB\n", qPrintable(table.entryName()), table.rowCount(),
                    double(table.memoryUsage()) / 1e6);
        for (int c = 0; c < table.columnCount(); ++c) {
            const rb::StringColumn &column = table.column(c);
            std::printf("    %-36s %10u distinct %8.1f MB%s\n", table.headerCells().at(c).constData(),
                        column.distinctCount(), double(column.memoryUsage()) / 1e6,
                        column.hasLookup() ? "  (lookup)" : "");
        }
    }
    std::printf("%-20s %21.1f MB\n", "relations", double(result.roster->relations().memoryUsage()) / 1e6);
    std::printf("%-20s %21.1f MB\n", "roster in all", double(result.roster->memoryUsage()) / 1e6);
    std::printf("%-20s %10zu findings\n", "findings", result.findings.size());
    return 0;
}

// Imports an export into a new session and reopens it, as the window does, timing each stage.
int measureSession(const QString &exportPath, const QString &sessionPath)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".lock")})
        QFile::remove(sessionPath + suffix);
    QElapsedTimer total, stage;
    total.start();
    stage.start();
    QString error;
    const std::optional<rb::PackedExport> packed = rb::packExport({exportPath}, &error);
    if (!packed) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    const double packSeconds = stage.restart() / 1000.0;
    const rb::ReadResult result = rb::checkPackedExport(*packed);
    const double checkSeconds = stage.restart() / 1000.0;
    rb::SessionError sessionError;
    {
        auto store = rb::SessionStore::open(sessionPath, rb::SessionStore::OpenMode::CreateIfMissing, &sessionError);
        if (!store || !rb::keepImport(*store, *packed, result, &sessionError)) {
            std::fprintf(stderr, "%s\n", qPrintable(sessionError.message));
            return 2;
        }
    }
    const double keepSeconds = stage.restart() / 1000.0;
    const double importSeconds = total.restart() / 1000.0;
    std::printf("import   %6.2f s: read the zip %.2f s, check %.2f s, keep in the session %.2f s (%.1f MB file)\n",
                importSeconds, packSeconds, checkSeconds, keepSeconds, double(QFileInfo(sessionPath).size()) / 1e6);

    stage.start();
    auto store = rb::SessionStore::open(sessionPath, rb::SessionStore::OpenMode::Existing, &sessionError);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(sessionError.message));
        return 2;
    }
    const double openSeconds = stage.restart() / 1000.0;
    bool rechecked = false;
    const rb::ReadResult reopened = rb::readImport(*store, store->latestImport()->id, &sessionError, nullptr, &rechecked);
    const double readSeconds = stage.restart() / 1000.0;
    std::printf("reopen   %6.2f s: open and verify the file %.2f s, read the import back %.2f s%s; %zu findings\n",
                total.elapsed() / 1000.0, openSeconds, readSeconds, rechecked ? " (checked again)" : " (findings kept)",
                reopened.findings.size());

    // The next import is compared with this one: what it held is read from the session and each
    // of its users and classes looked up in the new roster (here the same, so nothing is removed).
    stage.start();
    const rb::ImportPopulation held = rb::populationOf(*result.roster);
    const double populationSeconds = stage.restart() / 1000.0;
    const std::optional<rb::ImportPopulation> previous = rb::populationBefore(*store, 0);
    const double loadSeconds = stage.restart() / 1000.0;
    rb::FindingList compared;
    if (previous)
        rb::applyRemovalFindings(*reopened.roster, *previous, compared);
    const double compareSeconds = stage.restart() / 1000.0;
    std::printf("compare  %6.2f s: what an import holds, school by school %.2f s (part of keep); for the next "
                "import: read it from the session %.2f s, compare %.2f s; %zu schools, %zu findings\n",
                populationSeconds + loadSeconds + compareSeconds, populationSeconds, loadSeconds, compareSeconds,
                held.schools.size(), compared.size());
    return reopened.isReadable() && reopened.findings.size() == result.findings.size() && previous && compared.isEmpty()
        ? 0
        : 1;
}

int main(int argc, char **argv)
{
    if (argc == 3 && std::string(argv[1]) == "--memory")
        return printMemory(QString::fromLocal8Bit(argv[2]));
    if (argc == 4 && std::string(argv[1]) == "--session")
        return measureSession(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    if (argc < 2) {
        std::fprintf(stderr, "usage: rosterbench-benchmark EXPORT.zip...\n"
                             "       rosterbench-benchmark --memory EXPORT.zip\n"
                             "       rosterbench-benchmark --session EXPORT.zip NEW.rosterbench\n");
        return 2;
    }
    std::printf("Rosterbench check benchmark on %s, %d cores\n\n", rb::bench::machine().c_str(),
                QThread::idealThreadCount());
    std::printf("%-28s %10s %10s %12s %9s %9s %11s %9s\n", "export", "zip MB", "CSV MB", "rows",
                "seconds", "MB/s", "peak RSS MB", "findings");
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        int pipeFds[2];
        if (pipe(pipeFds) != 0)
            return 2;
        const pid_t child = fork();
        if (child == 0) {
            close(pipeFds[0]);
            const Measure m = measureOnce(path);
            if (write(pipeFds[1], &m, sizeof m) != ssize_t(sizeof m))
                _exit(1);
            _exit(0);
        }
        close(pipeFds[1]);
        Measure m;
        const bool got = read(pipeFds[0], &m, sizeof m) == ssize_t(sizeof m);
        close(pipeFds[0]);
        int status = 0;
        rusage usage{};
        wait4(child, &status, 0, &usage);
        if (!got || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            std::printf("%-28s failed\n", qPrintable(QFileInfo(path).fileName()));
            continue;
        }
        std::printf("%-28s %10.1f %10.1f %12lld %9.2f %9.0f %11.0f %9lld%s\n",
                    qPrintable(QFileInfo(path).fileName()), double(QFileInfo(path).size()) / 1e6,
                    m.uncompressedMB, m.rows, m.seconds, m.uncompressedMB / m.seconds,
                    double(usage.ru_maxrss) / 1024.0, m.findings, m.readable ? "" : "  (unreadable)");
        std::fflush(stdout);
    }
    return 0;
}

// Measures the review window's row engine on a real-sized export: sorting every column of the
// enrollments and users tables both ways, and a few filters, in milliseconds per operation.

#include "oneroster/exportreader.h"
#include "roster/rowquery.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>

#include <cstdio>
#include <string>
#include <vector>

namespace {

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

void benchSorts(const rb::Table &table)
{
    std::printf("\n%s: %zu rows\n", qPrintable(table.entryName()), table.rowCount());
    // Ascending twice: the first run also pays for fresh memory, as a first click on a header
    // does.
    std::printf("  %-32s %10s %8s %10s %10s %10s\n", "sort by", "distinct", "storage", "asc ms",
                "desc ms", "asc again");
    for (int c = 0; c < table.columnCount(); ++c) {
        const rb::StringColumn &column = table.column(c);
        double ms[3] = {0, 0, 0};
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer timer;
            timer.start();
            const std::vector<uint32_t> rows = rb::sortedRows(table, c, run == 1);
            ms[run] = msSince(timer);
            if (rows.size() != table.rowCount())
                std::printf("  (column %d: %zu rows out)\n", c, rows.size());
        }
        std::printf("  %-32s %10u %8s %10.0f %10.0f %10.0f\n", table.headerCells().at(c).constData(),
                    column.distinctCount(), column.isPlain() ? "plain" : "dict", ms[0], ms[1], ms[2]);
    }
}

void benchFilter(const rb::Table &table, const char *what, const rb::RowQuery &query,
                 const std::vector<uint32_t> &order = {})
{
    QElapsedTimer timer;
    timer.start();
    const std::vector<uint32_t> rows = rb::filterRows(table, query, order);
    const double ms = msSince(timer);
    std::printf("  %-58s %10zu %10.0f\n", what, rows.size(), ms);
}

int column(const rb::Table &table, const char *header)
{
    return int(table.headerCells().indexOf(QByteArray(header)));
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: rosterbench-querybench EXPORT.zip\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    rb::ReadOptions options;
    options.validate = false;
    QElapsedTimer timer;
    timer.start();
    const rb::ReadResult result = rb::ExportReader(options).read({path});
    if (!result.roster || !result.isReadable()) {
        std::fprintf(stderr, "%s: could not be read\n", argv[1]);
        return 2;
    }
    std::printf("Row engine benchmark on %s, %d cores (read in %.1f s)\n",
                qPrintable(QFileInfo(path).fileName()), QThread::idealThreadCount(),
                msSince(timer) / 1000);

    const rb::Table &enrollments = result.roster->table(rb::FileKind::Enrollments);
    const rb::Table &users = result.roster->table(rb::FileKind::Users);
    benchSorts(enrollments);
    benchSorts(users);

    std::printf("\nfilters\n  %-58s %10s %10s\n", "query", "rows", "ms");
    using Pair = std::pair<int, QByteArray>;
    {
        rb::RowQuery q;
        q.text = QStringLiteral("s10001");
        benchFilter(enrollments, "enrollments: text \"s10001\", all columns", q);
        q.text = QStringLiteral("teacher");
        benchFilter(enrollments, "enrollments: text \"teacher\", all columns", q);
        q.text = QStringLiteral("zzz");
        benchFilter(enrollments, "enrollments: text \"zzz\" (no match), all columns", q);
        q.text = QStringLiteral("C10001");
        q.textColumn = column(enrollments, "classSourcedId");
        benchFilter(enrollments, "enrollments: text \"C10001\" in classSourcedId", q);
        rb::RowQuery role;
        role.equals.push_back(Pair(column(enrollments, "role"), QByteArrayLiteral("teacher")));
        benchFilter(enrollments, "enrollments: role = teacher", role);
        role.equals.push_back(Pair(column(enrollments, "schoolSourcedId"), QByteArrayLiteral("SCH001")));
        role.text = QStringLiteral("c1000");
        benchFilter(enrollments, "enrollments: role, school and text \"c1000\"", role);

        timer.restart();
        const std::vector<uint32_t> byUser =
            rb::sortedRows(enrollments, column(enrollments, "userSourcedId"), true);
        const double sortMs = msSince(timer);
        q.text = QStringLiteral("s10001");
        q.textColumn = -1;
        benchFilter(enrollments, "enrollments: text \"s10001\", in userSourcedId order", q, byUser);
        std::printf("  (that order took %.0f ms to sort)\n", sortMs);
    }
    {
        rb::RowQuery q;
        q.text = QStringLiteral("nowak");
        benchFilter(users, "users: text \"nowak\", all columns", q);
        q.text = QStringLiteral("example.org");
        benchFilter(users, "users: text \"example.org\", all columns", q);
        q.text = QStringLiteral("qqqq");
        benchFilter(users, "users: text \"qqqq\" (no match), all columns", q);
        q.text = QStringLiteral("Ortiz");
        q.textColumn = column(users, "familyName");
        benchFilter(users, "users: text \"Ortiz\" in familyName", q);
        rb::RowQuery school;
        school.listContains.push_back(Pair(column(users, "orgSourcedIds"), QByteArrayLiteral("SCH001")));
        benchFilter(users, "users: orgSourcedIds has SCH001", school);
        school.equals.push_back(Pair(column(users, "role"), QByteArrayLiteral("student")));
        school.text = QStringLiteral("an");
        benchFilter(users, "users: SCH001, student, text \"an\"", school);
    }
    return 0;
}

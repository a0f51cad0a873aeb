#include "exportreader.h"

#include "oneroster/csvparser.h"
#include "oneroster/manifest.h"
#include "roster/recordlabel.h"
#include "util/progress.h"
#include "util/text.h"
#include "validation/validator.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace rb {

namespace {

// Gives lupdate and the translator one context for this file's strings.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExportReader)
};

constexpr qint64 ChunkBytes = 512 * 1024;
constexpr qint64 SniffBytes = 4096;

// Names files that are CSV in name only. Returns an empty string for text that may be CSV.
QString notCsvReason(const QByteArray &head)
{
    if (head.startsWith(QByteArray("PK\x03\x04", 4)))
        return Tr::tr("it is an Excel workbook (.xlsx) or another zip, renamed to .csv");
    if (head.startsWith(QByteArray("\xD0\xCF\x11\xE0", 4)))
        return Tr::tr("it is an old Excel workbook (.xls), renamed to .csv");
    if (head.startsWith(QByteArray("\xFF\xFE", 2)) || head.startsWith(QByteArray("\xFE\xFF", 2)))
        return Tr::tr("it is UTF-16 text, which Excel calls “Unicode Text”");
    if (head.startsWith(QByteArray("{\\rtf")))
        return Tr::tr("it is a rich-text (RTF) document");
    if (head.startsWith(QByteArray("%PDF")))
        return Tr::tr("it is a PDF document");
    const qsizetype nuls = head.count('\0');
    if (nuls > 0) {
        // UTF-16 without a byte-order mark has a zero byte beside every ASCII character.
        if (nuls * 3 >= head.size())
            return Tr::tr("it is UTF-16 text without a byte-order mark");
        return Tr::tr("it holds binary data");
    }
    return {};
}

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> prev(size_t(b.size()) + 1), cur(size_t(b.size()) + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        prev[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            cur[size_t(j)] = std::min({prev[size_t(j)] + 1, cur[size_t(j - 1)] + 1,
                                       prev[size_t(j - 1)] + cost});
        }
        std::swap(prev, cur);
    }
    return prev[size_t(b.size())];
}

QString withoutSpaces(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

// Loads one file's records into its table and turns parser problems into findings.
class TableLoader final : public CsvHandler
{
public:
    TableLoader(Table &table, FindingList &findings, qint64 expectedBytes)
        : m_table(table)
        , m_findings(findings)
        , m_expectedBytes(expectedBytes)
    {
    }

    void record(const std::string_view *cells, int count, uint32_t line) override
    {
        if (!m_haveHeader) {
            QByteArrayList header;
            header.reserve(count);
            for (int i = 0; i < count; ++i)
                header.append(QByteArray(cells[i].data(), qsizetype(cells[i].size())));
            std::vector<int> fields = ExportReader::matchHeader(m_table.kind(), header,
                                                                m_table.entryName(), m_findings);
            m_table.setHeader(header, std::move(fields));
            m_headerCount = count;
            m_haveHeader = true;
            return;
        }
        if (count != m_headerCount) {
            m_findings.add(RuleId::CsvCellCount, where(line, 0), QString::number(count),
                           QString::number(m_headerCount));
        }
        // Rows are gathered and stored a batch at a time, column by column (see appendBatch).
        for (int c = 0; c < m_headerCount; ++c) {
            const std::string_view cell = c < count ? cells[c] : std::string_view();
            m_cells.push_back({uint32_t(m_arena.size()), uint32_t(cell.size())});
            m_arena.append(cell);
        }
        m_lines.push_back(line);
        ++m_rowsSeen;
        if (m_lines.size() == BatchRows)
            flush();
    }

    // Stores the rows gathered so far in the table.
    void flush()
    {
        const size_t rows = m_lines.size();
        if (rows == 0)
            return;
        m_columnViews.resize(size_t(m_headerCount));
        for (int c = 0; c < m_headerCount; ++c) {
            std::vector<std::string_view> &views = m_columnViews[size_t(c)];
            views.resize(rows);
            for (size_t r = 0; r < rows; ++r) {
                const CellRef ref = m_cells[r * size_t(m_headerCount) + size_t(c)];
                views[r] = std::string_view(m_arena.data() + ref.offset, ref.length);
            }
        }
        m_table.appendColumns(m_columnViews, m_lines.data(), rows);
        m_batchBytes += m_arena.size() + rows * size_t(m_headerCount);
        if (!m_planned && m_table.rowCount() >= PlanAfterRows && m_expectedBytes > 0) {
            // Enough rows in to judge each column, and the file's size tells about how many
            // rows will come.
            m_planned = true;
            const double bytesPerRow = double(m_batchBytes) / double(m_table.rowCount());
            m_table.planStorage(size_t(double(m_expectedBytes) / bytesPerRow * 1.05));
        }
        m_arena.clear();
        m_cells.clear();
        m_lines.clear();
    }

    void problem(CsvProblem kind, uint32_t line, int column, std::string_view detail) override
    {
        const QString text = toQString(detail);
        switch (kind) {
        case CsvProblem::QuoteInCell:
            m_findings.add(RuleId::CsvQuoteInCell, where(line, column), text);
            break;
        case CsvProblem::UnterminatedQuote:
            m_findings.add(RuleId::CsvUnterminatedQuote, where(line, column));
            break;
        case CsvProblem::CarriageReturnInCell:
            m_findings.add(RuleId::CsvCarriageReturnInCell, where(line, column));
            break;
        case CsvProblem::InvalidUtf8:
            m_findings.add(RuleId::CsvInvalidUtf8, where(line, column), text);
            break;
        case CsvProblem::EmptyLine:
            m_findings.add(RuleId::CsvEmptyLine, where(line, 0, false));
            break;
        }
    }

    bool haveHeader() const { return m_haveHeader; }

private:
    // Problems are reported just before their record, so a data line's row is the next one.
    FindingList::Where where(uint32_t line, int column, bool rowLine = true) const
    {
        FindingList::Where w;
        w.file = m_table.entryName();
        w.kind = m_table.kind();
        w.line = line;
        w.column = column;
        w.row = (m_haveHeader && rowLine) ? uint32_t(m_rowsSeen) : Finding::NoRow;
        return w;
    }

    static constexpr size_t BatchRows = 4096;
    static constexpr size_t PlanAfterRows = 16 * BatchRows;
    struct CellRef
    {
        uint32_t offset;
        uint32_t length;
    };

    Table &m_table;
    FindingList &m_findings;
    bool m_haveHeader = false;
    int m_headerCount = 0;
    size_t m_rowsSeen = 0;
    qint64 m_expectedBytes = 0;
    bool m_planned = false;
    size_t m_batchBytes = 0;
    std::string m_arena;             // the batch's cell bytes
    std::vector<CellRef> m_cells;    // row by row, m_headerCount cells each
    std::vector<uint32_t> m_lines;
    std::vector<std::vector<std::string_view>> m_columnViews;
};

struct FileJob
{
    SourceEntry entry;
    FileKind kind = FileKind::Other;
};

struct FileOutcome
{
    Table table;
    FindingList findings;
    QString fatal;
    qint64 bytes = 0;
};

FileOutcome readFile(const ExportSource &source, const FileJob &job, const ReadOptions &options,
                     Progress *progress)
{
    FileOutcome out;
    out.table = Table(job.kind, job.entry.name);
    FindingList::Where whole;
    whole.file = job.entry.name;
    whole.kind = job.kind;

    if (progress)
        progress->setStage(Tr::tr("Reading %1").arg(job.entry.name));
    QString error;
    std::unique_ptr<QIODevice> device = source.openEntry(job.entry, &error);
    if (!device) {
        out.fatal = error;
        return out;
    }

    TableLoader loader(out.table, out.findings, job.entry.size);
    CsvParser parser(loader, options.maxRecordBytes);

    // Look at the first bytes before parsing: a workbook or UTF-16 file is not read as CSV.
    QByteArray head;
    while (head.size() < SniffBytes) {
        char buf[SniffBytes];
        const qint64 n = device->read(buf, SniffBytes - head.size());
        if (n < 0) {
            out.fatal = device->errorString();
            return out;
        }
        if (n == 0)
            break;
        head.append(buf, n);
    }
    out.bytes = head.size();
    if (progress)
        progress->add(head.size());
    if (head.isEmpty()) {
        out.findings.add(RuleId::FileEmpty, whole);
        return out;
    }
    if (const QString reason = notCsvReason(head); !reason.isEmpty()) {
        out.findings.add(RuleId::FileNotCsv, whole, reason);
        return out;
    }
    parser.feed(head.constData(), size_t(head.size()));

    while (!parser.failed()) {
        if (progress && progress->isCancelled())
            return out;
        char *space = parser.reserve(size_t(ChunkBytes));
        const qint64 n = device->read(space, ChunkBytes);
        if (n < 0) {
            out.fatal = device->errorString();
            return out;
        }
        if (n == 0)
            break;
        out.bytes += n;
        if (progress)
            progress->add(n);
        parser.commit(size_t(n));
    }
    if (!parser.failed())
        parser.finish();
    loader.flush();
    if (parser.failed()) {
        out.fatal = Tr::tr("%1, line %2: the line is longer than %3 MB without ending. This is not a "
                       "roster file, or it was damaged.")
                        .arg(job.entry.name)
                        .arg(parser.failedLine())
                        .arg(options.maxRecordBytes >> 20);
        return out;
    }
    if (!loader.haveHeader())
        out.findings.add(RuleId::FileEmpty, whole);
    // The lookups of the files others refer to resolve references later; the rest were only
    // for loading.
    for (int c = 0; c < out.table.columnCount(); ++c) {
        if (!out.table.isReferencedKey(c))
            out.table.column(c).dropLookup();
    }
    out.table.finishLoading();
    return out;
}

// The folder inside the export that holds its files: the one with the most OneRoster names.
QString chooseFolder(const QList<SourceEntry> &entries)
{
    QHash<QString, int> score;
    for (const SourceEntry &e : entries) {
        int &s = score[e.folder];
        if (Schema::kindForFileNameIgnoringCase(e.fileName) != FileKind::Other)
            s += 1000;
        else if (e.fileName.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
            s += 1;
    }
    QString best;
    int bestScore = -1;
    for (auto it = score.constBegin(); it != score.constEnd(); ++it) {
        const bool better = it.value() > bestScore
            || (it.value() == bestScore && (it.key().size() < best.size()
                                            || (it.key().size() == best.size() && it.key() < best)));
        if (better) {
            best = it.key();
            bestScore = it.value();
        }
    }
    return best;
}

// What reading gives when the export cannot even be opened: an empty roster and the reason.
ReadResult notOpened(const QString &sourceName, const QString &error)
{
    ReadResult result;
    result.roster = std::make_shared<Roster>();
    result.roster->setSourceName(sourceName);
    result.fatalErrors.append(error);
    return result;
}

} // namespace

QString ReadResult::recordId(const Finding &f) const
{
    if (!roster || f.kind == FileKind::Other || f.kind == FileKind::Manifest || f.row == Finding::NoRow)
        return {};
    const Table &table = roster->table(f.kind);
    if (f.row >= table.rowCount())
        return {};
    return toQString(table.sourcedId(f.row));
}

QString ReadResult::recordLabel(const Finding &f) const
{
    return roster ? RecordLabel::label(*roster, f.kind, f.row) : QString();
}

QString ReadResult::recordName(const Finding &f) const
{
    return roster ? RecordLabel::name(*roster, f.kind, f.row) : QString();
}

QString ReadResult::message(const Finding &f) const
{
    if (!roster || f.row == Finding::NoRow)
        return findings.message(f);
    QString subject, other;
    if (FindingList::namesSubject(f.rule)) {
        if (f.kind == FileKind::Enrollments && f.row < roster->table(f.kind).rowCount()) {
            // An enrollment's sentence speaks of its user, and of its class as %4.
            const Table &enrollments = roster->table(FileKind::Enrollments);
            subject = RecordLabel::labelOfId(*roster, FileKind::Users,
                                             enrollments.cell(f.row, EnrollmentsField::UserSourcedId));
            if (FindingList::namesOther(f.rule))
                other = RecordLabel::labelOfId(*roster, FileKind::Classes,
                                               enrollments.cell(f.row, EnrollmentsField::ClassSourcedId));
        } else if (f.kind == FileKind::Demographics && f.row < roster->table(f.kind).rowCount()) {
            subject = RecordLabel::labelOfId(*roster, FileKind::Users, roster->table(f.kind).sourcedId(f.row));
        } else {
            subject = RecordLabel::label(*roster, f.kind, f.row);
        }
    }
    return findings.message(f, subject, other);
}

QString ReadResult::fieldName(const Finding &f) const
{
    if (!roster || f.kind == FileKind::Other || f.column == 0)
        return {};
    const QByteArrayList &header = roster->table(f.kind).headerCells();
    return f.column <= header.size() ? QString::fromUtf8(header.at(f.column - 1)) : QString();
}

ExportReader::ExportReader(ReadOptions options)
    : m_options(options)
{
}

std::vector<int> ExportReader::matchHeader(FileKind kind, const QByteArrayList &cells,
                                           const QString &fileName, FindingList &findings)
{
    const QByteArrayList &fields = Schema::header(kind);
    std::vector<int> fieldColumns(size_t(fields.size()), -1);
    std::vector<bool> matched(size_t(cells.size()), false);
    auto where = [&](int column) {
        FindingList::Where w;
        w.file = fileName;
        w.kind = kind;
        w.line = 1; // the header row
        w.column = column;
        return w;
    };

    // Exact names first, so a near miss never takes a column that is spelled right elsewhere.
    for (qsizetype c = 0; c < cells.size(); ++c) {
        const qsizetype f = fields.indexOf(cells[c]);
        if (f < 0)
            continue;
        matched[size_t(c)] = true;
        if (fieldColumns[size_t(f)] >= 0) {
            findings.add(RuleId::HeaderDuplicate, where(int(c + 1)), QString::fromUtf8(cells[c]),
                         QString::number(fieldColumns[size_t(f)] + 1));
            continue;
        }
        fieldColumns[size_t(f)] = int(c);
    }
    QHash<QByteArray, int> extras; // metadata.* and unknown columns, for duplicates
    for (qsizetype c = 0; c < cells.size(); ++c) {
        if (matched[size_t(c)])
            continue;
        const QString cell = QString::fromUtf8(cells[c]);
        const QString compact = withoutSpaces(cell);
        if (compact.startsWith(QLatin1String("metadata."))) {
            if (compact != cell)
                findings.add(RuleId::HeaderSpaces, where(int(c + 1)), cell, compact);
            if (extras.contains(compact.toUtf8())) {
                findings.add(RuleId::HeaderDuplicate, where(int(c + 1)), cell,
                             QString::number(extras.value(compact.toUtf8()) + 1));
            }
            extras.insert(compact.toUtf8(), int(c));
            continue;
        }
        // The nearest OneRoster field still free: spaces removed, then case, then a typo or two.
        int best = -1;
        int bestDistance = INT_MAX;
        for (qsizetype f = 0; f < fields.size(); ++f) {
            if (fieldColumns[size_t(f)] >= 0)
                continue;
            const QString field = QString::fromLatin1(fields[f]);
            int distance;
            if (compact == field)
                distance = 0;
            else if (compact.compare(field, Qt::CaseInsensitive) == 0)
                distance = 1;
            else
                distance = 1 + editDistance(compact.toLower(), field.toLower());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = int(f);
            }
        }
        const int allowed = best >= 0 ? (fields[best].size() >= 8 ? 3 : 2) : 0;
        if (best >= 0 && bestDistance <= allowed) {
            const QString field = QString::fromLatin1(fields[best]);
            findings.add(compact == field ? RuleId::HeaderSpaces : RuleId::HeaderMisspelled,
                         where(int(c + 1)), cell, field);
            fieldColumns[size_t(best)] = int(c);
            continue;
        }
        findings.add(RuleId::HeaderUnknown, where(int(c + 1)),
                     cell.isEmpty() ? Tr::tr("(blank)") : cell);
    }
    for (qsizetype f = 0; f < fields.size(); ++f) {
        if (fieldColumns[size_t(f)] < 0)
            findings.add(RuleId::HeaderMissing, where(0), QString::fromLatin1(fields[f]));
    }
    return fieldColumns;
}

ReadResult ExportReader::read(const QStringList &paths, Progress *progress) const
{
    const QString sourceName = paths.join(QLatin1String(", "));
    QString error;
    const std::unique_ptr<ExportSource> source = ExportSource::open(paths, &error, m_options.limits);
    if (!source)
        return notOpened(sourceName, error);
    return readSource(*source, sourceName, progress);
}

ReadResult ExportReader::readZipData(const QByteArray &zip, const QString &displayName,
                                     Progress *progress) const
{
    QString error;
    const std::unique_ptr<ExportSource> source = ExportSource::openZipData(zip, displayName, &error,
                                                                           m_options.limits);
    if (!source)
        return notOpened(displayName, error);
    return readSource(*source, displayName, progress);
}

ReadResult ExportReader::readSource(const ExportSource &source, const QString &sourceName,
                                    Progress *progress) const
{
    ReadResult result;
    result.roster = std::make_shared<Roster>();
    result.roster->setSourceName(sourceName);

    // Decide which entry is which file.
    const QString folder = chooseFolder(source.entries());
    std::vector<FileJob> jobs;
    std::array<bool, KnownFileKindCount> exact{};
    for (const SourceEntry &e : source.entries()) {
        if (e.folder == folder && Schema::kindForFileName(e.fileName) != FileKind::Other)
            exact[size_t(Schema::kindForFileName(e.fileName))] = true;
    }
    std::array<bool, KnownFileKindCount> taken{};
    QSet<QString> presentFiles;
    for (const SourceEntry &e : source.entries()) {
        FindingList::Where whole;
        whole.file = e.name;
        if (e.folder != folder) {
            if (e.fileName.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
                result.findings.add(RuleId::FileUnknown, whole, e.name);
            continue;
        }
        FileKind kind = Schema::kindForFileName(e.fileName);
        if (kind == FileKind::Other) {
            kind = Schema::kindForFileNameIgnoringCase(e.fileName);
            if (kind != FileKind::Other && !exact[size_t(kind)] && !taken[size_t(kind)]) {
                whole.kind = kind;
                result.findings.add(RuleId::FileMisnamed, whole, e.fileName, Schema::fileName(kind));
            } else {
                result.findings.add(RuleId::FileUnknown, whole, e.name);
                continue;
            }
        }
        if (taken[size_t(kind)])
            continue;
        taken[size_t(kind)] = true;
        presentFiles.insert(Schema::fileName(kind));
        jobs.push_back({e, kind});
    }
    for (const SourceEntry &e : source.entries()) {
        if (e.folder == folder && Schema::kindForFileNameIgnoringCase(e.fileName) == FileKind::Other)
            presentFiles.insert(e.fileName);
    }
    for (FileKind kind : Schema::requiredKinds()) {
        if (!taken[size_t(kind)]) {
            FindingList::Where whole;
            whole.file = Schema::fileName(kind);
            whole.kind = kind;
            result.findings.add(RuleId::FileMissing, whole, Schema::fileName(kind));
        }
    }

    // Read the files in parallel, largest first so the cores finish together.
    std::sort(jobs.begin(), jobs.end(),
              [](const FileJob &a, const FileJob &b) { return a.entry.size > b.entry.size; });
    if (progress) {
        qint64 total = 0;
        for (const FileJob &job : jobs)
            total += std::max<qint64>(job.entry.size, 0);
        progress->setTotal(total);
    }
    QThreadPool pool;
    pool.setMaxThreadCount(m_options.threads > 0 ? m_options.threads : QThread::idealThreadCount());
    std::vector<QFuture<FileOutcome>> futures;
    futures.reserve(jobs.size());
    for (const FileJob &job : jobs) {
        futures.push_back(QtConcurrent::run(&pool, [&source, job, this, progress] {
            return readFile(source, job, m_options, progress);
        }));
    }
    std::vector<FileOutcome> outcomes;
    outcomes.reserve(jobs.size());
    for (QFuture<FileOutcome> &f : futures)
        outcomes.push_back(f.takeResult());

    if (progress && progress->isCancelled()) {
        result.cancelled = true;
        return result;
    }
    for (size_t i = 0; i < jobs.size(); ++i) {
        FileOutcome &o = outcomes[i];
        if (!o.fatal.isEmpty())
            result.fatalErrors.append(o.fatal);
        result.bytesRead += o.bytes;
        ReadResult::FileInfo info;
        info.name = jobs[i].entry.name;
        info.kind = jobs[i].kind;
        info.bytes = o.bytes;
        info.rows = o.table.rowCount();
        result.files.push_back(info);
        result.findings.merge(std::move(o.findings));
        result.roster->table(jobs[i].kind) = std::move(o.table);
    }
    std::sort(result.files.begin(), result.files.end(),
              [](const auto &a, const auto &b) { return a.kind < b.kind; });

    const Roster &roster = *result.roster;
    if (roster.table(FileKind::Manifest).isPresent()
        && roster.table(FileKind::Manifest).columnCount() > 0)
        Manifest::check(roster.table(FileKind::Manifest), presentFiles, result.findings);
    // A few rules differ by SIS; a pull kept as a zip names its SIS in the manifest.
    result.roster->setSourceKind(Manifest::sourceKind(roster.table(FileKind::Manifest)));
    for (FileKind kind : {FileKind::Classes, FileKind::Enrollments}) {
        const Table &t = roster.table(kind);
        if (t.isPresent() && t.columnCount() > 0 && t.rowCount() == 0) {
            FindingList::Where whole;
            whole.file = t.entryName();
            whole.kind = kind;
            result.findings.add(RuleId::FileHeaderOnly, whole, t.entryName());
        }
    }

    if (progress)
        progress->setStage(Tr::tr("Indexing"));
    result.roster->buildIndexes();
    if (m_options.validate && result.fatalErrors.isEmpty()) {
        if (progress)
            progress->setStage(Tr::tr("Checking the rules"));
        result.findings.merge(Validator(*result.roster, m_options.validation).run(progress));
        if (progress && progress->isCancelled()) {
            result.cancelled = true;
            return result;
        }
    }
    result.findings.sort();
    return result;
}

} // namespace rb

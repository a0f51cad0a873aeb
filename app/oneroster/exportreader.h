#pragma once

#include "oneroster/exportsource.h"
#include "roster/roster.h"
#include "validation/finding.h"
#include "validation/validator.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace rb {

class Progress;

// What reading an export gave: the roster, the format findings, and what stopped reading.
struct ReadResult
{
    struct FileInfo
    {
        QString name;        // as found in the export
        FileKind kind = FileKind::Other;
        qint64 bytes = 0;    // bytes read (uncompressed)
        size_t rows = 0;     // data rows, header excluded
    };

    std::shared_ptr<Roster> roster;
    FindingList findings;
    std::vector<FileInfo> files;
    // Why the export could not be read at all. When not empty, `roster` may be partial.
    QStringList fatalErrors;
    bool cancelled = false;
    qint64 bytesRead = 0;

    bool isReadable() const { return fatalErrors.isEmpty() && !cancelled; }

    // The sourcedId of the record a finding is on, empty when it names no record.
    QString recordId(const Finding &f) const;
    // The record a finding is on as people know it: its id and name ("T10016 Patricia Howard",
    // "C123 Algebra 1"; see RecordLabel::label), empty when it names no record.
    QString recordLabel(const Finding &f) const;
    // The record's name alone ("Patricia Howard"; see RecordLabel::name).
    QString recordName(const Finding &f) const;
    // The finding's sentence, naming the person, class or school it concerns where the sentence
    // speaks of them ("T1_2 Ana Garcia is in 107 classes"). Made for one finding at a time, when
    // it is shown or written.
    QString message(const Finding &f) const;
    // The header of the column a finding is in, as the file has it; empty for none.
    QString fieldName(const Finding &f) const;
};

struct ReadOptions
{
    SourceLimits limits;
    size_t maxRecordBytes = 1u << 20; // a longer line means the file is not a roster
    int threads = 0;                  // 0: one per core
    bool validate = true;             // apply the data rules once the files are read
    ValidationOptions validation;
};

// Reads a OneRoster 1.1 CSV export (a zip, a folder or loose files) into a Roster, reporting every
// formatting problem with its file, line and column. Files are inflated and parsed in parallel.
class ExportReader final
{
public:
    explicit ExportReader(ReadOptions options = {});

    // Reads `paths`. Safe to call from a worker thread; `progress`, if given, is updated as bytes
    // are read and checked for cancellation.
    ReadResult read(const QStringList &paths, Progress *progress = nullptr) const;
    // Reads a zip held in memory (the bytes a session stores of each imported zip) exactly as
    // read() reads a zip on disk, without writing it anywhere. `displayName` stands for it in
    // messages and is the roster's source name.
    ReadResult readZipData(const QByteArray &zip, const QString &displayName,
                           Progress *progress = nullptr) const;

    // Matches a header row against the OneRoster header of `kind`: returns the file column of
    // each OneRoster field (-1 if missing) and reports misspelled, spaced, duplicated, unknown and
    // missing headers.
    static std::vector<int> matchHeader(FileKind kind, const QByteArrayList &cells,
                                        const QString &fileName, FindingList &findings);

private:
    // Everything reading does once the source is open, shared by read() and readZipData().
    ReadResult readSource(const ExportSource &source, const QString &sourceName,
                          Progress *progress) const;

    ReadOptions m_options;
};

} // namespace rb

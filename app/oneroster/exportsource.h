#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace rb {

// One file of an export: a zip entry, or a file on disk.
struct SourceEntry
{
    QString path;        // where it is: the entry's name in the zip, or the file's path on disk
    QString name;        // its name as shown to people: relative to the export's top
    QString fileName;    // the last part of the name ("users.csv")
    QString folder;      // the folder it sits in within the export, "" for the top
    qint64 size = -1;    // uncompressed bytes, as the zip declares or the file system says
    qint64 compressedSize = -1; // bytes in the zip, or the file's size
};

// Limits that keep a hostile zip from exhausting memory or time.
struct SourceLimits
{
    qint64 maxEntryBytes = (qint64(4) << 30) - 1; // one file inflated: under 4 GiB
    qint64 maxTotalBytes = qint64(16) << 30;      // all files inflated
    qint64 maxRatio = 200;                        // inflated / compressed, past the first MiB
};

// Where an export comes from: a zip, a folder, or loose files. Each entry can be opened on its
// own, from any thread, so files are read in parallel.
class ExportSource
{
public:
    enum class Kind { Zip, Folder, Files };

    virtual ~ExportSource() = default;
    ExportSource(const ExportSource &) = delete;
    ExportSource &operator=(const ExportSource &) = delete;

    // Opens what `paths` names: one zip, one folder, or one or more files. On failure returns
    // null and sets `error` to a sentence saying what is wrong and where.
    static std::unique_ptr<ExportSource> open(const QStringList &paths, QString *error,
                                              const SourceLimits &limits = {});
    // Opens a zip held in memory, such as the copy a session keeps of each imported zip, without
    // writing it to disk. `displayName` stands for it in messages. The checks are those of a zip
    // on disk; on failure returns null and sets `error`.
    static std::unique_ptr<ExportSource> openZipData(const QByteArray &zip,
                                                     const QString &displayName, QString *error,
                                                     const SourceLimits &limits = {});

    Kind kind() const { return m_kind; }
    // The path the user gave, or the name given for a zip in memory; for messages.
    const QString &displayName() const { return m_displayName; }
    const QList<SourceEntry> &entries() const { return m_entries; }
    const SourceLimits &limits() const { return m_limits; }

    // Opens an entry for reading. Safe to call from several threads at once. The device reports
    // errors through its errorString(); reading past the limits fails.
    virtual std::unique_ptr<QIODevice> openEntry(const SourceEntry &entry,
                                                 QString *error) const = 0;

protected:
    ExportSource(Kind kind, const QString &displayName, const SourceLimits &limits)
        : m_kind(kind), m_displayName(displayName), m_limits(limits)
    {
    }
    QList<SourceEntry> m_entries;

private:
    Kind m_kind;
    QString m_displayName;
    SourceLimits m_limits;
};

} // namespace rb

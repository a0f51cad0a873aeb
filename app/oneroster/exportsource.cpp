#include "exportsource.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <quazip.h>
#include <quazipfile.h>

namespace rb {

namespace {

// Gives lupdate and the translator one context for this file's strings.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExportSource)
};

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

// Entries of a zip that are packaging, never data.
bool isPackagingNoise(const QString &name)
{
    const QString last = name.section(QLatin1Char('/'), -1);
    return name.startsWith(QLatin1String("__MACOSX/")) || last.startsWith(QLatin1Char('.'))
        || last.compare(QLatin1String("Thumbs.db"), Qt::CaseInsensitive) == 0
        || last.compare(QLatin1String("desktop.ini"), Qt::CaseInsensitive) == 0;
}

// A zip entry name that would point outside the export if extracted.
bool isUnsafeEntryName(const QString &name)
{
    if (name.startsWith(QLatin1Char('/')) || name.startsWith(QLatin1Char('\\')))
        return true;
    if (name.size() >= 2 && name.at(1) == QLatin1Char(':') && name.at(0).isLetter())
        return true;
    const QStringList parts = QString(name).replace(QLatin1Char('\\'), QLatin1Char('/'))
                                  .split(QLatin1Char('/'));
    return parts.contains(QLatin1String(".."));
}

void fillNames(SourceEntry &entry, const QString &relativeName)
{
    entry.name = relativeName;
    const qsizetype slash = relativeName.lastIndexOf(QLatin1Char('/'));
    entry.fileName = slash < 0 ? relativeName : relativeName.mid(slash + 1);
    entry.folder = slash < 0 ? QString() : relativeName.left(slash);
}

// One reader of a zip, on disk or in memory. The buffer, when there is one, is declared first so
// it outlives the QuaZip reading from it.
struct ZipHandle
{
    std::unique_ptr<QBuffer> buffer;
    std::unique_ptr<QuaZip> zip;
};

// Reads one zip entry, refusing to inflate past the limits and reporting a damaged entry.
class ZipEntryDevice final : public QIODevice
{
public:
    ZipEntryDevice(ZipHandle handle, const SourceEntry &entry, const SourceLimits &limits)
        : m_handle(std::move(handle))
        , m_file(m_handle.zip.get())
        , m_entry(entry)
        , m_limits(limits)
    {
    }

    bool openEntry(QString *error)
    {
        if (!m_handle.zip->open(QuaZip::mdUnzip)
            || !m_handle.zip->setCurrentFile(m_entry.path, QuaZip::csSensitive)
            || !m_file.open(QIODevice::ReadOnly)) {
            *error = Tr::tr("“%1” in the zip could not be opened: the zip is damaged or incomplete.")
                         .arg(m_entry.name);
            return false;
        }
        return QIODevice::open(QIODevice::ReadOnly);
    }

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_failed)
            return -1;
        if (m_finished)
            return 0;
        const qint64 n = m_file.read(data, maxSize);
        if (n < 0) {
            return fail(Tr::tr("“%1” could not be inflated: the zip is damaged or was cut short.")
                            .arg(m_entry.name));
        }
        if (n == 0) {
            // The end: closing checks the entry's CRC against what was inflated.
            m_finished = true;
            m_file.close();
            if (m_file.getZipError() != UNZ_OK) {
                    return fail(Tr::tr("“%1” is damaged: its contents do not match its checksum. "
                                   "The zip was probably cut short or corrupted in transfer.")
                                .arg(m_entry.name));
            }
            if (m_inflated != m_entry.size) {
                return fail(Tr::tr("“%1” is damaged: it inflates to %2 bytes where the zip says %3.")
                                .arg(m_entry.name)
                                .arg(m_inflated)
                                .arg(m_entry.size));
            }
            return 0;
        }
        m_inflated += n;
        if (m_inflated > m_limits.maxEntryBytes) {
            return fail(Tr::tr("“%1” inflates to more than %2; Rosterbench does not read files that "
                           "large.")
                            .arg(m_entry.name, sizeText(m_limits.maxEntryBytes)));
        }
        if (m_inflated > (qint64(1) << 20)
            && m_inflated > m_limits.maxRatio * std::max<qint64>(m_entry.compressedSize, 1)) {
            return fail(Tr::tr("“%1” inflates to more than %2 times its compressed size: this zip is "
                           "built to exhaust memory (a zip bomb), not a roster export.")
                            .arg(m_entry.name)
                            .arg(m_limits.maxRatio));
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 fail(const QString &message)
    {
        m_failed = true;
        setErrorString(message);
        return -1;
    }

    ZipHandle m_handle; // before m_file, which reads through it
    QuaZipFile m_file;
    SourceEntry m_entry;
    SourceLimits m_limits;
    qint64 m_inflated = 0;
    bool m_failed = false;
    bool m_finished = false;
};

// A zip on disk, or the bytes of one held in memory (a session stores each imported zip, and
// reopening it must not write student data to a temporary file). Both are read the same way, so
// every check below applies to both.
class ZipSource final : public ExportSource
{
public:
    ZipSource(const QString &path, const SourceLimits &limits)
        : ExportSource(Kind::Zip, path, limits)
        , m_path(path)
    {
    }

    ZipSource(const QByteArray &data, const QString &displayName, const SourceLimits &limits)
        : ExportSource(Kind::Zip, displayName, limits)
        , m_data(data)
        , m_inMemory(true)
    {
    }

    bool load(QString *error)
    {
        const ZipHandle handle = makeHandle();
        QuaZip &zip = *handle.zip;
        if (!zip.open(QuaZip::mdUnzip)) {
            *error = Tr::tr("“%1” could not be read as a zip: it is damaged or incomplete (its table "
                        "of contents is missing, which happens when a download or copy is cut "
                        "short).")
                         .arg(displayName());
            return false;
        }
        const QList<QuaZipFileInfo64> infos = zip.getFileInfoList64();
        if (zip.getZipError() != UNZ_OK) {
            *error = Tr::tr("“%1” is damaged: its table of contents could not be read.")
                         .arg(displayName());
            return false;
        }
        qint64 total = 0;
        for (const QuaZipFileInfo64 &info : infos) {
            const QString name = info.name;
            if (isUnsafeEntryName(name)) {
                *error = Tr::tr("“%1” holds an entry named “%2” that points outside the export. "
                            "Rosterbench does not open zips like this; make the zip again from "
                            "the exported files.")
                             .arg(displayName(), name);
                return false;
            }
            if (name.endsWith(QLatin1Char('/')) || isPackagingNoise(name))
                continue;
            if (info.flags & 0x1) {
                *error = Tr::tr("“%1” is password-protected (“%2” is encrypted). Export the files "
                            "again without a password.")
                             .arg(displayName(), name);
                return false;
            }
            const qint64 size = qint64(std::min<quint64>(info.uncompressedSize, INT64_MAX / 4));
            const qint64 packed = qint64(std::min<quint64>(info.compressedSize, INT64_MAX / 4));
            if (size > limits().maxEntryBytes) {
                *error = Tr::tr("“%1” in “%2” would inflate to %3; Rosterbench does not read files "
                            "that large.")
                             .arg(name, displayName(), sizeText(size));
                return false;
            }
            if (size > (qint64(1) << 20) && size > limits().maxRatio * std::max<qint64>(packed, 1)) {
                *error = Tr::tr("“%1” in “%2” would inflate from %3 to %4: this zip is built to "
                            "exhaust memory (a zip bomb), not a roster export.")
                             .arg(name, displayName(), sizeText(packed), sizeText(size));
                return false;
            }
            total += size;
            SourceEntry entry;
            entry.path = name;
            fillNames(entry, QString(name).replace(QLatin1Char('\\'), QLatin1Char('/')));
            entry.size = size;
            entry.compressedSize = packed;
            m_entries.append(entry);
        }
        if (total > limits().maxTotalBytes) {
            *error = Tr::tr("“%1” would inflate to %2 in all; Rosterbench does not read exports that "
                        "large.")
                         .arg(displayName(), sizeText(total));
            return false;
        }
        return true;
    }

    std::unique_ptr<QIODevice> openEntry(const SourceEntry &entry, QString *error) const override
    {
        auto device = std::make_unique<ZipEntryDevice>(makeHandle(), entry, limits());
        if (!device->openEntry(error))
            return nullptr;
        return device;
    }

private:
    // A new reader of the zip for each caller, so entries can be read on several threads at once.
    // In memory, each gets its own buffer: the bytes are shared, not copied (QByteArray is
    // implicitly shared and a read-only buffer never detaches it).
    ZipHandle makeHandle() const
    {
        ZipHandle handle;
        if (m_inMemory) {
            handle.buffer = std::make_unique<QBuffer>();
            handle.buffer->setData(m_data);
            handle.zip = std::make_unique<QuaZip>(handle.buffer.get());
        } else {
            handle.zip = std::make_unique<QuaZip>(m_path);
        }
        return handle;
    }

    QString m_path;
    QByteArray m_data;
    bool m_inMemory = false;
};

class DiskSource final : public ExportSource
{
public:
    DiskSource(Kind kind, const QString &displayName, const SourceLimits &limits)
        : ExportSource(kind, displayName, limits)
    {
    }

    void addFile(const QFileInfo &info, const QString &relativeName)
    {
        SourceEntry entry;
        entry.path = info.absoluteFilePath();
        fillNames(entry, relativeName);
        entry.size = info.size();
        entry.compressedSize = info.size();
        m_entries.append(entry);
    }

    std::unique_ptr<QIODevice> openEntry(const SourceEntry &entry, QString *error) const override
    {
        auto file = std::make_unique<QFile>(entry.path);
        if (!file->open(QIODevice::ReadOnly)) {
            *error = Tr::tr("“%1” could not be opened: %2").arg(entry.path, file->errorString());
            return nullptr;
        }
        return file;
    }
};

// Every zip starts with a local file header, or with the end record when it holds nothing.
bool startsLikeZip(const QByteArray &head)
{
    return head.startsWith(QByteArray("PK\x03\x04", 4))
        || head.startsWith(QByteArray("PK\x05\x06", 4));
}

bool looksLikeZip(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return startsLikeZip(file.read(4));
}

// Reads the zip's table of contents and makes sure it is an export: the same for a zip on disk
// and one in memory.
std::unique_ptr<ExportSource> loadZip(std::unique_ptr<ZipSource> source, QString *error)
{
    if (!source->load(error))
        return nullptr;
    bool anyCsv = false;
    bool workbook = false;
    for (const SourceEntry &e : source->entries()) {
        anyCsv = anyCsv || e.fileName.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
        workbook = workbook || e.name == QLatin1String("[Content_Types].xml");
    }
    if (!anyCsv) {
        *error = workbook ? Tr::tr("“%1” is an Excel workbook, not a zip of CSV files. Save each "
                               "sheet as “CSV UTF-8” and zip the six files.")
                                .arg(source->displayName())
                          : Tr::tr("The zip “%1” holds no CSV files.").arg(source->displayName());
        return nullptr;
    }
    return source;
}

} // namespace

std::unique_ptr<ExportSource> ExportSource::open(const QStringList &paths, QString *error,
                                                 const SourceLimits &limits)
{
    if (paths.isEmpty()) {
        *error = Tr::tr("No export was named.");
        return nullptr;
    }
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            *error = Tr::tr("“%1” does not exist.").arg(path);
            return nullptr;
        }
        if (!info.isReadable()) {
            *error = Tr::tr("“%1” cannot be read: permission denied.").arg(path);
            return nullptr;
        }
    }

    const QFileInfo first(paths.first());
    if (paths.size() == 1 && first.isDir()) {
        auto source = std::make_unique<DiskSource>(Kind::Folder, paths.first(), limits);
        const QDir dir(first.absoluteFilePath());
        // The files at the top, and those one folder down (an export unzipped into a folder).
        const QFileInfoList top = dir.entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo &f : top) {
            if (!isPackagingNoise(f.fileName()))
                source->addFile(f, f.fileName());
        }
        const QFileInfoList subdirs = dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot,
                                                        QDir::Name);
        for (const QFileInfo &sub : subdirs) {
            if (isPackagingNoise(sub.fileName() + QLatin1Char('/')))
                continue;
            const QDir subDir(sub.absoluteFilePath());
            for (const QFileInfo &f : subDir.entryInfoList(QDir::Files, QDir::Name)) {
                if (!isPackagingNoise(f.fileName()))
                    source->addFile(f, sub.fileName() + QLatin1Char('/') + f.fileName());
            }
        }
        bool anyCsv = false;
        for (const SourceEntry &e : source->entries())
            anyCsv = anyCsv || e.fileName.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
        if (!anyCsv) {
            *error = Tr::tr("The folder “%1” holds no CSV files. Choose the folder the OneRoster "
                        "files were exported to, or the zip itself.")
                         .arg(paths.first());
            return nullptr;
        }
        return source;
    }

    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            *error = Tr::tr("“%1” is a folder: open one folder by itself, or choose only files.").arg(path);
            return nullptr;
        }
        if (info.size() == 0) {
            *error = Tr::tr("“%1” is empty (0 bytes): the export or the copy did not finish.")
                         .arg(path);
            return nullptr;
        }
    }

    if (paths.size() == 1
        && (first.suffix().compare(QLatin1String("zip"), Qt::CaseInsensitive) == 0
            || looksLikeZip(paths.first()))) {
        if (first.suffix().compare(QLatin1String("zip"), Qt::CaseInsensitive) == 0
            && !looksLikeZip(paths.first())) {
            *error = Tr::tr("“%1” is not a zip file, or it is damaged: it does not start the way "
                        "every zip does.")
                         .arg(paths.first());
            return nullptr;
        }
        return loadZip(std::make_unique<ZipSource>(paths.first(), limits), error);
    }

    auto source = std::make_unique<DiskSource>(Kind::Files, paths.join(QLatin1String(", ")),
                                               limits);
    for (const QString &path : paths) {
        const QFileInfo info(path);
        source->addFile(info, info.fileName());
    }
    return source;
}

std::unique_ptr<ExportSource> ExportSource::openZipData(const QByteArray &zip,
                                                        const QString &displayName, QString *error,
                                                        const SourceLimits &limits)
{
    // The same first checks as for a zip on disk, with the same words.
    if (zip.isEmpty()) {
        *error = Tr::tr("“%1” is empty (0 bytes): the export or the copy did not finish.")
                     .arg(displayName);
        return nullptr;
    }
    if (!startsLikeZip(zip)) {
        *error = Tr::tr("“%1” is not a zip file, or it is damaged: it does not start the way "
                        "every zip does.")
                     .arg(displayName);
        return nullptr;
    }
    return loadZip(std::make_unique<ZipSource>(zip, displayName, limits), error);
}

} // namespace rb

#include "sessionimport.h"

#include "matching/matchingfindings.h"
#include "oneroster/exportsource.h"
#include "util/progress.h"
#include "validation/rulecatalogue.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace rb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SessionImport)
};

constexpr qint64 CopyBlock = qint64(1) << 20;

} // namespace

std::optional<PackedExport> packExport(const QStringList &paths, QString *error, Progress *progress)
{
    QString localError;
    QString &err = error ? *error : localError;
    const std::unique_ptr<ExportSource> source = ExportSource::open(paths, &err);
    if (!source)
        return std::nullopt;

    PackedExport packed;
    packed.origin = paths.size() == 1 ? QDir::toNativeSeparators(QFileInfo(paths.first()).absoluteFilePath())
                                      : paths.join(QLatin1String(", "));
    if (source->kind() == ExportSource::Kind::Zip) {
        // The zip as given, byte for byte.
        QFile file(paths.first());
        if (!file.open(QIODevice::ReadOnly)) {
            err = Tr::tr("“%1” could not be read: %2").arg(QDir::toNativeSeparators(paths.first()), file.errorString());
            return std::nullopt;
        }
        packed.zip.reserve(file.size());
        while (!file.atEnd()) {
            if (progress && progress->isCancelled())
                return std::nullopt;
            const QByteArray block = file.read(CopyBlock);
            if (block.isEmpty()) {
                err = Tr::tr("“%1” could not be read: %2").arg(QDir::toNativeSeparators(paths.first()), file.errorString());
                return std::nullopt;
            }
            packed.zip.append(block);
        }
        packed.originKind = QStringLiteral("zip");
        packed.name = QFileInfo(paths.first()).fileName();
        packed.modified = QFileInfo(paths.first()).lastModified().toUTC();
        return packed;
    }

    // A folder or loose files: their files, packed by the names they have in the export.
    packed.originKind = source->kind() == ExportSource::Kind::Folder ? QStringLiteral("folder") : QStringLiteral("files");
    packed.name = source->kind() == ExportSource::Kind::Folder
        ? Tr::tr("%1 (folder)").arg(QFileInfo(paths.first()).fileName())
        : Tr::tr("%n file(s)", nullptr, int(paths.size()));
    QBuffer buffer(&packed.zip);
    buffer.open(QIODevice::WriteOnly);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate)) {
        err = Tr::tr("The export could not be packed for the session.");
        return std::nullopt;
    }
    for (const SourceEntry &entry : source->entries()) {
        std::unique_ptr<QIODevice> in = source->openEntry(entry, &err);
        if (!in)
            return std::nullopt;
        const QFileInfo info(entry.path);
        const QDateTime modified = info.lastModified();
        if (!packed.modified.isValid() || modified > packed.modified)
            packed.modified = modified.toUTC();
        QuaZipFile out(&zip);
        QuaZipNewInfo newInfo(entry.name, entry.path);
        // Level 1: a few times faster than the default, and exports are text that packs well anyway.
        if (!out.open(QIODevice::WriteOnly, newInfo, nullptr, 0, Z_DEFLATED, 1)) {
            err = Tr::tr("“%1” could not be packed for the session.").arg(entry.name);
            return std::nullopt;
        }
        while (true) {
            if (progress && progress->isCancelled())
                return std::nullopt;
            const QByteArray block = in->read(CopyBlock);
            if (block.isEmpty()) {
                if (!in->atEnd()) {
                    err = Tr::tr("“%1” could not be read: %2").arg(entry.name, in->errorString());
                    return std::nullopt;
                }
                break;
            }
            if (out.write(block) != block.size()) {
                err = Tr::tr("“%1” could not be packed for the session.").arg(entry.name);
                return std::nullopt;
            }
        }
        out.close();
        if (out.getZipError() != ZIP_OK) {
            err = Tr::tr("“%1” could not be packed for the session.").arg(entry.name);
            return std::nullopt;
        }
    }
    zip.close();
    if (zip.getZipError() != ZIP_OK) {
        err = Tr::tr("The export could not be packed for the session.");
        return std::nullopt;
    }
    return packed;
}

ReadResult checkPackedExport(const PackedExport &packed, Progress *progress, const ImportPopulation *previous)
{
    ReadResult result = ExportReader().readZipData(packed.zip, packed.name, progress);
    if (previous && result.roster && result.isReadable())
        applyRemovalFindings(*result.roster, *previous, result.findings);
    return result;
}

std::optional<ImportPopulation> populationBefore(const SessionStore &store, qint64 importId)
{
    const QList<ImportInfo> imports = store.imports();
    qint64 before = 0;
    for (const ImportInfo &info : imports) {
        if (importId != 0 && info.id >= importId)
            break;
        before = info.id;
    }
    return before ? store.population(before) : std::nullopt;
}

void compareWithImportBefore(const SessionStore &store, qint64 importId, const Roster &roster, FindingList &findings)
{
    if (const std::optional<ImportPopulation> previous = populationBefore(store, importId))
        applyRemovalFindings(roster, *previous, findings);
}

void applyShownFindings(const SessionStore &store, qint64 importId, const Roster &roster, FindingList &findings)
{
    applyMatchingFindings(roster, store.schoolMatches(), findings);
    // The latest import says when it is getting too old to be the hub's last upload.
    if (const std::optional<ImportInfo> latest = store.latestImport(); latest && latest->id == importId)
        applyUploadAgeFindings(roster, latest->importedAt, QDateTime::currentDateTimeUtc(), findings);
}

qint64 keepImport(SessionStore &store, const PackedExport &packed, const ReadResult &result, SessionError *error,
                  Progress *progress)
{
    QByteArray bytes = packed.zip; // shared, not copied
    QBuffer device(&bytes);
    device.open(QIODevice::ReadOnly);
    SessionStore::NewImport import;
    import.origin = packed.origin;
    import.originKind = packed.originKind;
    import.name = packed.name;
    import.sourceModified = packed.modified;
    import.zip = &device;
    import.findings = &result.findings;
    ImportPopulation population;
    if (result.roster) {
        const Roster &roster = *result.roster;
        population = populationOf(roster);
        import.population = &population;
        import.orgs = qint64(roster.table(FileKind::Orgs).rowCount());
        import.users = qint64(roster.table(FileKind::Users).rowCount());
        import.classes = qint64(roster.table(FileKind::Classes).rowCount());
        import.enrollments = qint64(roster.table(FileKind::Enrollments).rowCount());
        import.demographics = qint64(roster.table(FileKind::Demographics).rowCount());
    }
    return store.addImport(import, error, progress);
}

ReadResult readImport(const SessionStore &store, qint64 importId, SessionError *error, Progress *progress,
                      bool *rechecked)
{
    SessionError localError;
    SessionError &err = error ? *error : localError;
    err = SessionError();
    if (rechecked)
        *rechecked = false;
    ReadResult result;
    const std::optional<ImportInfo> info = store.import(importId);
    if (!info) {
        result.fatalErrors.append(Tr::tr("The session has no import %1.").arg(importId));
        return result;
    }
    if (progress)
        progress->setStage(Tr::tr("Reading %1 from the session").arg(info->name));
    const std::optional<QByteArray> zip = store.sourceZip(importId, &err, progress);
    if (!zip) {
        result.cancelled = err.code == SessionError::Code::Cancelled;
        if (!result.cancelled)
            result.fatalErrors.append(err.message);
        return result;
    }
    // The findings kept are those shown when the export was imported; they stand as long as the
    // rules are the same. Reading alone is then enough.
    std::optional<FindingList> kept;
    if (info->rulesFingerprint == RuleCatalogue::fingerprint()) {
        SessionError findingsError;
        kept = store.findings(importId, &findingsError);
    }
    ReadOptions options;
    options.validate = !kept.has_value();
    result = ExportReader(options).readZipData(*zip, info->name, progress);
    // Kept findings name rows of the roster these bytes make; a read that stopped short has
    // fewer rows, so its own findings say what stopped it.
    if (kept && result.isReadable()) {
        result.findings = std::move(*kept);
    } else if (result.roster && result.isReadable()) {
        compareWithImportBefore(store, importId, *result.roster, result.findings);
    }
    if (rechecked)
        *rechecked = !kept.has_value();
    return result;
}

} // namespace rb

#include "sessionjobs.h"

#include "matching/matchingfindings.h"
#include "oneroster/exportreader.h"
#include "roster/roster.h"
#include "session/acknowledgements.h"
#include "session/sessionimport.h"
#include "sis/sispull.h"
#include "util/progress.h"
#include "validation/findingindex.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRandomGenerator>
#include <QStandardPaths>

namespace rb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SessionJobs)
};

void prepareReview(ReviewData &review, Progress *progress)
{
    progress->setStage(Tr::tr("Indexing findings"));
    review.index = std::make_shared<FindingIndex>();
    review.index->build(review.result->findings);
    progress->setStage(Tr::tr("Summarizing schools"));
    const ReadResult &result = *review.result;
    if (result.roster && result.isReadable())
        review.schools = summarizeSchools(*result.roster, result.findings, &review.totals);
    review.findingSchools = schoolsOfFindings(result.roster.get(), result.findings);
}

QString unreadable(const QString &name, const QStringList &why)
{
    return Tr::tr("%1 could not be read:\n\n%2").arg(name, why.join(QLatin1String("\n\n")));
}

// Reads import `importId` into `job` for review; the findings are checked again, and the new ones
// kept, when this build's rules differ from those that made them.
void readForReview(SessionStore &store, qint64 importId, SessionJob &job, Progress *progress)
{
    SessionError error;
    bool rechecked = false;
    ReadResult result = readImport(store, importId, &error, progress, &rechecked);
    if (result.cancelled) {
        job.cancelled = true;
        return;
    }
    if (!result.isReadable()) {
        const std::optional<ImportInfo> info = store.import(importId);
        job.error = unreadable(info ? info->name : QString::number(importId), result.fatalErrors);
        return;
    }
    if (rechecked) {
        job.notice = store.replaceFindings(importId, result.findings, &error)
            ? Tr::tr("The rules have changed since this import was checked: it was checked again, and its new "
                     "findings kept.")
            : error.message;
    }
    if (result.roster)
        applyShownFindings(store, importId, *result.roster, result.findings);
    job.importId = importId;
    // Matched on the worker: it walks every finding.
    job.acknowledged = acknowledgedFindings(result, store.acknowledgements(importId));
    job.review.result = std::make_shared<ReadResult>(std::move(result));
    prepareReview(job.review, progress);
}

// Checks an export read or pulled, for review; `toKeep` holds it for keepExport().
void checkForReview(PackedExport &&packed, const SessionContext &context, SessionJob &job, Progress *progress)
{
    ReadResult result = checkPackedExport(packed, progress, context.previous.get());
    if (result.cancelled) {
        job.cancelled = true;
        return;
    }
    if (!result.isReadable()) {
        job.error = unreadable(packed.name, result.fatalErrors);
        return;
    }
    if (result.roster)
        applyMatchingFindings(*result.roster, context.matches, result.findings);
    job.toKeep = std::make_shared<const PackedExport>(std::move(packed));
    job.review.result = std::make_shared<ReadResult>(std::move(result));
    prepareReview(job.review, progress);
}

} // namespace

SessionContext sessionContext(const SessionStore *store)
{
    SessionContext context;
    if (!store)
        return context;
    context.matches = store->schoolMatches();
    if (std::optional<ImportPopulation> previous = populationBefore(*store, 0))
        context.previous = std::make_shared<const ImportPopulation>(std::move(*previous));
    return context;
}

std::shared_ptr<SessionJob> readExport(const QStringList &paths, const SessionContext &context, Progress *progress)
{
    auto job = std::make_shared<SessionJob>();
    QString packError;
    std::optional<PackedExport> packed = packExport(paths, &packError, progress);
    if (!packed) {
        job->cancelled = progress->isCancelled();
        if (!job->cancelled)
            job->error = packError;
        return job;
    }
    checkForReview(std::move(*packed), context, *job, progress);
    return job;
}

std::shared_ptr<SessionJob> pullFromSis(const SisConnection &connection, const SisOptions &options,
                                        const SessionContext &context, Progress *progress)
{
    auto job = std::make_shared<SessionJob>();
    SisPullResult pulled = SisPull(connection, options).run(progress);
    if (!pulled.isPulled()) {
        job->cancelled = pulled.error.code == SisError::Code::Cancelled;
        if (!job->cancelled)
            job->error = pulled.error.message;
        return job;
    }
    job->notice = pulled.notices.join(u' ');
    checkForReview(std::move(pulled.packed), context, *job, progress);
    return job;
}

std::shared_ptr<SessionJob> keepExport(SessionStore *store, const QString &newSessionPath, const QString &operatorName,
                                       const PackedExport &packed, const ReadResult &result, Progress *progress)
{
    auto job = std::make_shared<SessionJob>();
    job->keepsView = true;
    SessionError error;
    std::unique_ptr<SessionStore> created;
    if (!store) {
        created = SessionStore::open(newSessionPath, SessionStore::OpenMode::CreateIfMissing, &error);
        store = created.get();
        if (store)
            store->setOperatorName(operatorName);
    }
    qint64 id = 0;
    if (store) {
        progress->setStage(Tr::tr("Keeping %1 in the session").arg(packed.name));
        id = keepImport(*store, packed, result, &error, progress);
    }
    if (!id) {
        closeStore(created);
        job->cancelled = error.code == SessionError::Code::Cancelled;
        if (!job->cancelled)
            job->error = Tr::tr("%1 is shown, but it could not be kept in the session:\n\n%2").arg(packed.name, error.message);
        return job;
    }
    job->imports = store->imports();
    job->importId = id;
    job->store = std::move(created);
    return job;
}

std::shared_ptr<SessionJob> openSession(const QString &path, Progress *progress)
{
    auto job = std::make_shared<SessionJob>();
    progress->setStage(Tr::tr("Opening %1").arg(QFileInfo(path).fileName()));
    SessionError error;
    std::unique_ptr<SessionStore> store = SessionStore::open(path, SessionStore::OpenMode::Existing, &error);
    if (!store) {
        job->error = error.message;
        return job;
    }
    job->imports = store->imports();
    if (!job->imports.isEmpty()) {
        readForReview(*store, job->imports.last().id, *job, progress);
        if (job->cancelled || !job->error.isEmpty()) {
            // The session opens all the same, on no import, when its latest cannot be read.
            if (job->cancelled)
                return job;
            job->review = {};
            job->importId = 0;
        }
    }
    job->store = std::move(store);
    return job;
}

std::shared_ptr<SessionJob> showImport(SessionStore &store, qint64 importId, Progress *progress)
{
    auto job = std::make_shared<SessionJob>();
    job->imports = store.imports();
    readForReview(store, importId, *job, progress);
    return job;
}

std::shared_ptr<SessionJob> saveSessionAs(const SessionStore &store, const QString &path, Progress *progress)
{
    auto job = std::make_shared<SessionJob>();
    const QString name = QDir::toNativeSeparators(path);
    progress->setStage(Tr::tr("Saving the session as %1").arg(QFileInfo(path).fileName()));
    // What is lost when saving fails: nothing. Said so, since the admin fears it most.
    const QString kept = isUnsavedSession(store.path())
        ? Tr::tr("Nothing is lost: your work stays in this untitled session, in the window. Save it in a folder "
                 "you can write to.")
        : Tr::tr("Nothing is lost: the window goes on in the session as it was. Save it in a folder you can write to.");
    SessionError error;
    if (!store.copyTo(path, &error)) {
        job->error = Tr::tr("The session could not be saved as %1.\n\n%2\n\n%3").arg(name, error.message, kept);
        return job;
    }
    job->store = SessionStore::open(path, SessionStore::OpenMode::Existing, &error);
    if (!job->store) {
        job->error = Tr::tr("The session was copied to %1, but the copy could not be opened to go on in it.\n\n%2\n\n%3")
                         .arg(name, error.message, kept);
        return job;
    }
    job->imports = job->store->imports();
    job->keepsView = true;
    return job;
}

QHash<uint32_t, QString> acknowledgementTexts(const QHash<uint32_t, Acknowledgement> &acknowledged)
{
    QHash<uint32_t, QString> out;
    for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
        const Acknowledgement &ack = *it;
        const QString when = QLocale().toString(ack.at.toLocalTime().date(), QLocale::ShortFormat);
        out.insert(it.key(), ack.note.isEmpty() ? Tr::tr("Acknowledged by %1 on %2.").arg(ack.operatorName, when)
                                                : Tr::tr("Acknowledged by %1 on %2: %3").arg(ack.operatorName, when, ack.note));
    }
    return out;
}

QString unsavedSessionFolder()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + QStringLiteral("/unsaved");
    if (!QFileInfo::exists(folder)) {
        QDir().mkpath(folder);
        // It holds student data: the user's own.
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    return folder;
}

QString newUnsavedSessionPath()
{
    return QStringLiteral("%1/unsaved-%2-%3.%4")
        .arg(unsavedSessionFolder(), QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")))
        .arg(QRandomGenerator::global()->generate() & 0xffffff, 6, 16, QLatin1Char('0'))
        .arg(QLatin1String(SessionStore::FileSuffix));
}

bool removeSessionFiles(const QString &path)
{
    bool removed = true;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        if (QFileInfo::exists(path + suffix))
            removed = QFile::remove(path + suffix) && removed;
    }
    return removed;
}

bool isUnsavedSession(const QString &path)
{
    return path.startsWith(unsavedSessionFolder());
}

void closeStore(std::unique_ptr<SessionStore> &store)
{
    if (!store)
        return;
    const QString path = store->path();
    store.reset(); // its connections and lock go first
    if (isUnsavedSession(path))
        removeSessionFiles(path);
}

} // namespace rb

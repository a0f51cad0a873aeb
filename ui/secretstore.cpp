#include "secretstore.h"

#include "sis/cleverclient.h"
#include "sis/sisconnection.h"

#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <qt6keychain/keychain.h>

#include <memory>
#include <utility>

namespace rb {

namespace {

// `done`, unless its context is gone: the same promise QObject::connect makes.
SecretStore::Callback guarded(QObject *context, SecretStore::Callback done)
{
    const bool hasContext = context != nullptr;
    QPointer<QObject> guard(context);
    return [hasContext, guard, done = std::move(done)](const SecretResult &result) {
        if ((hasContext && !guard) || !done)
            return;
        done(result);
    };
}

} // namespace

// -- SecretStore ----------------------------------------------------------------------------------

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

SecretStore::~SecretStore() = default;

QString SecretStore::keyFor(SourceKind kind, const QString &url, const QString &id)
{
    // The URL the engine will send the secret to, so that "district.aeries.net/aeries/" and
    // "https://district.aeries.net/aeries" find the same secret.
    QUrl base = kind == SourceKind::Clever ? CleverClient::apiBaseFor(url) : Sis::urlFromInput(url);
    base = base.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    if (base.path() == QLatin1String("/"))
        base.setPath(QString());
    return Sis::displayName(kind).toLower() + u':' + base.toString() + u':' + id.trimmed();
}

QString SecretStore::unavailableMessage()
{
    return tr("The system keychain is not available: the secret will be asked for each time.");
}

QString SecretStore::notKeptMessage()
{
    return tr("The system keychain could not keep the secret: it will be asked for each time.");
}

// -- KeychainSecretStore --------------------------------------------------------------------------

KeychainSecretStore::KeychainSecretStore(QObject *parent, int timeoutMs, const QString &service)
    : SecretStore(parent)
    , m_timeoutMs(std::max(1, timeoutMs))
    , m_service(service)
{
}

KeychainSecretStore::~KeychainSecretStore() = default;

void KeychainSecretStore::read(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    start(job, Operation::Read, context, std::move(done));
}

void KeychainSecretStore::write(const QString &key, const QString &secret, QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(secret);
    start(job, Operation::Write, context, std::move(done));
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    start(job, Operation::Remove, context, std::move(done));
}

void KeychainSecretStore::start(QKeychain::Job *job, Operation op, QObject *context, Callback done)
{
    // Never the plaintext file QtKeychain can fall back to: no keychain means no remembering.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);

    // The first of the job's answer and the timeout answers; the other is dropped.
    auto answered = std::make_shared<bool>(false);
    auto deliver = [answered, done = guarded(context, std::move(done))](const SecretResult &result) {
        if (std::exchange(*answered, true))
            return;
        done(result);
    };

    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    const int seconds = (m_timeoutMs + 999) / 1000;
    connect(timer, &QTimer::timeout, this, [deliver, timer, seconds] {
        timer->deleteLater();
        SecretResult r;
        r.status = SecretResult::Status::Unavailable;
        r.message = unavailableMessage();
        r.detail = tr("The system keychain did not answer within %n second(s).", nullptr, seconds);
        deliver(r);
    });

    QPointer<QTimer> pendingTimer(timer);
    connect(job, &QKeychain::Job::finished, this, [this, deliver, pendingTimer, op](QKeychain::Job *finished) {
        if (pendingTimer)
            pendingTimer->deleteLater();
        SecretResult r;
        r.detail = finished->errorString();
        switch (finished->error()) {
        case QKeychain::NoError:
            r.status = SecretResult::Status::Ok;
            r.detail.clear();
            if (op == Operation::Read)
                r.secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
            break;
        case QKeychain::EntryNotFound:
            r.status = SecretResult::Status::NotFound;
            r.message = tr("The system keychain holds no secret for this connection.");
            break;
        case QKeychain::AccessDeniedByUser:
        case QKeychain::AccessDenied:
            r.status = SecretResult::Status::Failed;
            r.message = tr("The system keychain refused access: the secret will be asked for each time.");
            break;
        case QKeychain::CouldNotDeleteEntry:
            r.status = SecretResult::Status::Failed;
            r.message = tr("The secret could not be removed from the system keychain. Remove the “Rosterbench” "
                           "entry with the keychain's own tool.");
            break;
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
        case QKeychain::OtherError:
            r.status = SecretResult::Status::Unavailable;
            r.message = unavailableMessage();
            break;
        }
        // A write that failed did not keep the secret, whatever the reason: said so, with the
        // keychain's own words in the detail.
        if (op == Operation::Write && r.status != SecretResult::Status::Ok)
            r.message = notKeptMessage();
        // Queued: never from inside read(), write() or remove(), whatever the backend does.
        QMetaObject::invokeMethod(this, [deliver, r] { deliver(r); }, Qt::QueuedConnection);
    });

    timer->start(m_timeoutMs);
    job->start();
}

// -- MemorySecretStore ----------------------------------------------------------------------------

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{
}

MemorySecretStore::~MemorySecretStore() = default;

void MemorySecretStore::answer(QObject *context, Callback done, SecretResult result)
{
    if (!available && result.status == SecretResult::Status::Ok) {
        result = {};
        result.status = SecretResult::Status::Unavailable;
        result.message = unavailableMessage();
        result.detail = failureDetail;
    }
    QTimer::singleShot(std::max(0, delayMs), this,
                       [done = guarded(context, std::move(done)), result = std::move(result)] { done(result); });
}

void MemorySecretStore::read(const QString &key, QObject *context, Callback done)
{
    ++m_reads;
    SecretResult r;
    if (available) {
        const auto it = m_secrets.constFind(key);
        if (it == m_secrets.cend()) {
            r.status = SecretResult::Status::NotFound;
            r.message = tr("The system keychain holds no secret for this connection.");
        } else {
            r.secret = *it;
        }
    }
    answer(context, std::move(done), std::move(r));
}

void MemorySecretStore::write(const QString &key, const QString &secret, QObject *context, Callback done)
{
    ++m_writes;
    SecretResult r;
    if (available && !keeps) {
        r.status = SecretResult::Status::Failed;
        r.message = notKeptMessage();
        r.detail = failureDetail;
    } else if (available) {
        m_secrets.insert(key, secret);
    }
    answer(context, std::move(done), std::move(r));
}

void MemorySecretStore::remove(const QString &key, QObject *context, Callback done)
{
    ++m_removals;
    SecretResult r;
    if (available && m_secrets.remove(key) == 0) {
        r.status = SecretResult::Status::NotFound;
        r.message = tr("The system keychain holds no secret for this connection.");
    }
    answer(context, std::move(done), std::move(r));
}

} // namespace rb

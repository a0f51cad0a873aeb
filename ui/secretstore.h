#pragma once

#include "roster/roster.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace QKeychain {
class Job;
}

namespace rb {

// What a secret store answered.
struct SecretResult
{
    enum class Status {
        Ok,          // done; for a read, `secret` holds the secret
        NotFound,    // a read or a removal found nothing under that key
        Unavailable, // no keychain to use (no service running, none on this system, no answer in time)
        Failed,      // the keychain is there but refused (access denied, locked, …)
    };

    Status status = Status::Ok;
    QString secret;  // only for a successful read
    QString message; // for people, when not Ok: what happened and what it means for them
    QString detail;  // the keychain's own words, if any, for a tooltip or a support ticket

    bool isOk() const { return status == Status::Ok; }
};

// Where the Connect dialog keeps an SIS secret (Aeries Consumer Secret, ClassLink secret, Clever
// district token) when the admin asks it to, and only then. A secret is never written anywhere
// else: not QSettings, not a log, not a session file.
//
// Asynchronous: each call returns at once and calls `done` later, on the thread the store lives
// in, never from inside the call. With a `context`, `done` is not called once the context is
// destroyed (as with QObject::connect). Every call answers exactly once, within the store's own
// timeout if the keychain says nothing.
class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    using Callback = std::function<void(const SecretResult &result)>;

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    virtual void read(const QString &key, QObject *context, Callback done) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context, Callback done) = 0;
    virtual void remove(const QString &key, QObject *context, Callback done) = 0;

    // The key a connection's secret is kept under: "aeries:https://district.aeries.net/aeries:id",
    // "classlink:https://tenant-ca-v2.rosterserver.com:key", "clever:https://api.clever.com:".
    // The URL as the engine reads it (https:// added when missing, no user name, password, query
    // or trailing slash), the id as given, both trimmed. The key holds no secret.
    static QString keyFor(SourceKind kind, const QString &url, const QString &id);

    // "The system keychain is not available: the secret will be asked for each time."
    static QString unavailableMessage();
    // What a write that failed means: "The system keychain could not keep the secret: …".
    static QString notKeptMessage();
};

// The system keychain through QtKeychain: the Secret Service (GNOME Keyring, KeePassXC) or
// KWallet on Linux, the Keychain on macOS, the Credential Manager on Windows. QtKeychain's
// plaintext fallback is never enabled: with no keychain, calls fail with Unavailable.
//
// A keychain that does not answer (a D-Bus service that never replies, an unlock prompt left
// open) fails the call with Unavailable after `timeoutMs`; an answer arriving later is dropped.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    // `service` names the application's entries in the keychain.
    explicit KeychainSecretStore(QObject *parent = nullptr, int timeoutMs = DefaultTimeoutMs,
                                 const QString &service = QStringLiteral("Rosterbench"));
    ~KeychainSecretStore() override;

    // Long enough to type a keyring's password into an unlock prompt; a keychain that is not
    // there at all answers within milliseconds.
    static constexpr int DefaultTimeoutMs = 20'000;

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

    int timeoutMs() const { return m_timeoutMs; }

private:
    enum class Operation { Read, Write, Remove };
    void start(QKeychain::Job *job, Operation op, QObject *context, Callback done);

    int m_timeoutMs;
    QString m_service;
};

// Secrets in memory, for tests and for a window that must not touch the system keychain. It can
// play a keychain that is not there (`available`), and counts what it was asked.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)

public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

    // False: every call fails with Unavailable, as with no keychain service.
    bool available = true;
    // False: writes fail with Failed, as with a keychain that is locked or refuses.
    bool keeps = true;
    // The keychain's own words when a call fails (SecretResult::detail).
    QString failureDetail;
    // Answers come this late (0: on the next turn of the event loop).
    int delayMs = 0;

    const QHash<QString, QString> &secrets() const { return m_secrets; }
    void setSecret(const QString &key, const QString &secret) { m_secrets.insert(key, secret); }
    int reads() const { return m_reads; }
    int writes() const { return m_writes; }
    int removals() const { return m_removals; }

private:
    void answer(QObject *context, Callback done, SecretResult result);

    QHash<QString, QString> m_secrets;
    int m_reads = 0;
    int m_writes = 0;
    int m_removals = 0;
};

} // namespace rb

#pragma once

#include "sis/sisconnection.h"
#include "sis/siserror.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QHash>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace rb {

class Progress;
class SecretStore;
struct SecretResult;

// Where to pull a roster from: the SIS (Aeries, ClassLink, Clever), its address and the
// credentials, in each SIS's own words (seeds 000, 002, 003), with a Test Connection that signs in
// and reads one record on a worker thread.
//
// Remembered between runs in QSettings: the source, and per source the URL, the id and Clever's
// API version (when Pull is pressed, or the dialog is closed after a test that failed); never a
// secret. The secret goes to `secrets` (the system keychain) only when the
// admin ticks "Remember the secret in the system keychain", and is filled in from there on the next
// run for the same source, URL and id. Unticking the box for a remembered secret removes it from the
// keychain when the dialog is accepted. With no keychain, the dialog says so and the secret is asked
// for each time.
//
// Spaces pasted before or after the URL, id or secret are removed from the fields as they are
// pasted or left, and the dialog says so (the hub refuses credentials pasted with spaces).
//
// Read on screen-shares: larger type; every control has a mnemonic, Enter pulls, Esc stops a
// running test and otherwise cancels.
class ConnectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)

public:
    // `secrets` may be null (nothing is remembered, the box is hidden); it must outlive the dialog.
    explicit ConnectDialog(SecretStore *secrets, QWidget *parent = nullptr);
    ~ConnectDialog() override;

    // The connection to pull from, once accepted. The URL, id and secret are as the admin entered
    // them: a value the dialog trimmed is given with its spaces, so that SisPull, which trims them
    // again, records in the pull's manifest which ones had spaces (rule AER-CREDENTIAL-SPACES warns
    // that the hub would refuse them pasted that way). SisPull::trimmed(connection()) is what the
    // fields show. For Clever, an empty URL means https://api.clever.com.
    SisConnection connection() const;
    // The options to pull with: those given to setOptions() (the defaults otherwise), with
    // Clever's API version as chosen.
    SisOptions options() const;
    // How patient the pull and Test Connection are (tests make them short). Test Connection tries
    // a failing request at most twice and waits at most 30 s for an answer.
    void setOptions(const SisOptions &options);

    SourceKind source() const;
    void setSource(SourceKind kind);

    // Which fields had spaces removed, by the engine's keys: "url", "id", "secret".
    QStringList trimmedFields() const;

    bool isTesting() const { return m_progress != nullptr; }

    QSize sizeHint() const override;
    // The key the secret is kept under in the keychain for what the fields hold.
    QString secretKey() const;

public slots:
    // Signs in and reads one record, on a worker thread; the result is shown under the button and
    // emitted with testFinished().
    void testConnection();
    // Stops a running test within a twentieth of a second.
    void cancelTest();
    // "Pull": checks the address, remembers the non-secret fields, writes the secret to the
    // keychain if asked (and waits for it), then closes.
    void accept() override;
    // Esc and Cancel: stops a running test; otherwise closes.
    void reject() override;

signals:
    // A test ended: `error.isError()` is false when the SIS accepted the credentials.
    void testFinished(const rb::SisError &error);
    // The keychain answered a look-up of a remembered secret (whether or not it had one).
    void secretLookupFinished();

private:
    enum class Field { Url, Id, Secret };

    void applySource(SourceKind kind);
    void loadFields(SourceKind kind);
    void saveFields() const;
    QLineEdit *field(Field f) const;
    static const char *fieldKey(Field f);
    QString fieldLabel(Field f) const;

    // Takes spaces off a field's ends and says so.
    void trimField(Field f);
    void trimAll();
    void onEdited(Field f, const QString &text);
    void updateTrimNotice();

    bool isFilled() const;
    bool checkUrl(SisError *error) const;
    void updateState();
    void fitHeight();
    // Shows the result of a test under its button; `about` is the field it is about (the URL's
    // own problems), the Test button otherwise.
    void showResult(bool ok, const QString &text, QWidget *about = nullptr);
    void clearResult();
    void setKeychainNotice(const QString &text, bool problem);

    void lookUpRememberedSecret();
    void probeKeychain();
    void keychainUnavailable(const QString &message);
    // What a keychain that failed means, with its own reason.
    static QString keychainSays(const SecretResult &result);
    QStringList rememberedKeys() const;
    void setRemembered(const QString &key, bool remembered) const;

    void testEnded(const SisError &error);

    SecretStore *m_secrets;
    SisOptions m_options;

    QLabel *m_hint;
    QGridLayout *m_form;
    QComboBox *m_source;
    QLabel *m_urlLabel;
    QLineEdit *m_url;
    QLabel *m_idLabel;
    QLineEdit *m_id;
    QLabel *m_secretLabel;
    QLineEdit *m_secret;
    QCheckBox *m_showSecret;
    QWidget *m_secretRow;
    QLabel *m_versionLabel;
    QComboBox *m_version;
    QCheckBox *m_remember;
    QLabel *m_keychainNotice;
    QLabel *m_trimNotice;
    QPushButton *m_test;
    QProgressBar *m_busy;
    QLabel *m_stage;
    QPushButton *m_cancelTest;
    QWidget *m_resultBox;
    QLabel *m_resultIcon;
    QLabel *m_result;
    QWidget *m_described = nullptr; // the control whose description is the result shown
    QDialogButtonBox *m_buttons;
    QPushButton *m_pull;

    SourceKind m_kind = SourceKind::Aeries;
    // What was entered for each source this time, kept while another source is shown (memory
    // only, like every secret).
    struct Entered
    {
        QString url, id, secret;
        QHash<int, QString> pasted;
    };
    QHash<int, Entered> m_entered;
    // Per field, the value as pasted when the dialog took spaces off it.
    QHash<int, QString> m_pasted;
    // Per field, the text before the last edit, to tell a paste from typing.
    QHash<int, QString> m_before;

    // The secret the keychain gave, and for which key: not written again when unchanged.
    QString m_loadedKey;
    QString m_loadedSecret;
    bool m_keychainUsable = true;
    bool m_saving = false;
    bool m_testFailed = false; // the last Test Connection was refused or failed

    std::shared_ptr<Progress> m_progress;
    QFutureWatcher<SisError> *m_watcher;
    QTimer *m_stagePoll;
};

} // namespace rb

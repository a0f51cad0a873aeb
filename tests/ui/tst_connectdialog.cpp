#include "connectdialog.h"
#include "accessibilitywalker.h"
#include "secretstore.h"

#include "fakesisserver.h"

#include "sis/sispull.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace rb;
using rb::test::AccessibleEvents;
using rb::test::FakeSisServer;

Q_DECLARE_METATYPE(rb::SisError)

namespace {

// Short waits, so that the faults take a second or less.
SisOptions fast()
{
    SisOptions o;
    o.timeoutMs = 2000;
    o.backoffMs = 50;
    o.attempts = 2;
    o.maxWaitMs = 2000;
    o.pageSize = 10;
    return o;
}

template<typename T>
T *child(const QWidget &w, const char *name)
{
    T *found = w.findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no %s in the dialog", name);
    return found;
}

QLineEdit *url(const ConnectDialog &d) { return child<QLineEdit>(d, "url"); }
QLineEdit *id(const ConnectDialog &d) { return child<QLineEdit>(d, "id"); }
QLineEdit *secret(const ConnectDialog &d) { return child<QLineEdit>(d, "secret"); }
QCheckBox *remember(const ConnectDialog &d) { return child<QCheckBox>(d, "remember"); }
QPushButton *pull(const ConnectDialog &d) { return child<QPushButton>(d, "pull"); }
QPushButton *testButton(const ConnectDialog &d) { return child<QPushButton>(d, "testConnection"); }
QLabel *result(const ConnectDialog &d) { return child<QLabel>(d, "testResult"); }
QLabel *trimNotice(const ConnectDialog &d) { return child<QLabel>(d, "trimNotice"); }
QLabel *keychainNotice(const ConnectDialog &d) { return child<QLabel>(d, "keychainNotice"); }

// The label a field has in the form, as shown (mnemonic taken out).
QString labelOf(const ConnectDialog &d, QWidget *field)
{
    for (QLabel *label : d.findChildren<QLabel *>()) {
        if (label->buddy() == field)
            return label->text().remove(u'&');
    }
    return {};
}

bool shown(const ConnectDialog &d, QWidget *w)
{
    return w->isVisibleTo(&d);
}

SourceKind kindOf(FakeSisServer::Api api)
{
    return api == FakeSisServer::Api::Aeries      ? SourceKind::Aeries
        : api == FakeSisServer::Api::ClassLink    ? SourceKind::ClassLink
                                                  : SourceKind::Clever;
}

void fillFor(ConnectDialog &d, const FakeSisServer &server, const QString &secretText)
{
    url(d)->setText(server.url());
    if (d.source() != SourceKind::Clever)
        id(d)->setText(server.id);
    secret(d)->setText(secretText);
}

} // namespace

// The Connect dialog as an admin drives it: each SIS's words, pasted spaces, Test Connection
// against a fake SIS on 127.0.0.1 (worked, refused, stopped), and the keychain used only when asked.
//
// With ROSTERBENCH_CONNECT_SHOTS set to a folder, the dialog is also saved there as PNGs (run
// under xvfb-run with QT_QPA_PLATFORM=xcb to look at them).
class ConnectDialogTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

    static void shot(ConnectDialog &d, const QString &name)
    {
        const QString folder = qEnvironmentVariable("ROSTERBENCH_CONNECT_SHOTS");
        if (folder.isEmpty())
            return;
        d.show();
        QTest::qWait(200);
        QDir().mkpath(folder);
        const QString path = QDir(folder).filePath(QStringLiteral("connect-%1.png").arg(name));
        QVERIFY2(d.grab().save(path), qPrintable(path));
        qInfo("saved %s", qPrintable(path));
    }

    // Runs a test and waits for its end.
    static SisError runTest(ConnectDialog &d)
    {
        QSignalSpy ended(&d, &ConnectDialog::testFinished);
        QTest::mouseClick(testButton(d), Qt::LeftButton);
        if (ended.isEmpty() && !ended.wait(15'000))
            return SisError::make(SisError::Code::Timeout, QStringLiteral("the test never ended"));
        return ended.first().first().value<SisError>();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("RosterbenchTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_connectdialog"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void init()
    {
        QSettings().clear();
    }

    // -- Each SIS's words -------------------------------------------------------------------------

    void labelsFollowTheSource()
    {
        MemorySecretStore store;
        ConnectDialog d(&store);
        d.setSource(SourceKind::Aeries);
        QCOMPARE(labelOf(d, url(d)), QStringLiteral("OneRoster URL:"));
        QCOMPARE(labelOf(d, id(d)), QStringLiteral("Consumer ID:"));
        QCOMPARE(labelOf(d, secret(d)), QStringLiteral("Consumer Secret:"));
        QVERIFY(shown(d, id(d)));
        QVERIFY(!shown(d, child<QComboBox>(d, "apiVersion")));
        QVERIFY(child<QLabel>(d, "hint")->text().contains(QLatin1String("API Security")));
        QVERIFY(child<QLabel>(d, "hint")->text().contains(QLatin1String("the hub's record")));
        QVERIFY(!child<QLabel>(d, "hint")->text().contains(QLatin1String("Remind")));
        shot(d, QStringLiteral("aeries"));

        d.setSource(SourceKind::ClassLink);
        QCOMPARE(labelOf(d, url(d)), QStringLiteral("Roster Server URL:"));
        QCOMPARE(labelOf(d, id(d)), QStringLiteral("API key:"));
        QCOMPARE(labelOf(d, secret(d)), QStringLiteral("API secret:"));
        // Named in sentences as the engine's messages name them.
        QCOMPARE(id(d)->accessibleName(), Sis::idLabel(SourceKind::ClassLink));
        QCOMPARE(secret(d)->accessibleName(), Sis::secretLabel(SourceKind::ClassLink));
        QVERIFY(child<QLabel>(d, "hint")->text().contains(QLatin1String("Roster Server")));
        shot(d, QStringLiteral("classlink"));

        d.setSource(SourceKind::Clever);
        QCOMPARE(labelOf(d, secret(d)), QStringLiteral("District token:"));
        QVERIFY(!shown(d, id(d)));
        QVERIFY(shown(d, child<QComboBox>(d, "apiVersion")));
        QCOMPARE(url(d)->text(), QStringLiteral("https://api.clever.com"));
        auto *version = child<QComboBox>(d, "apiVersion");
        QCOMPARE(version->count(), 2);
        QCOMPARE(d.options().cleverApiVersion, QStringLiteral("v3.0"));
        version->setCurrentIndex(1);
        QCOMPARE(d.options().cleverApiVersion, QStringLiteral("v3.1"));
        shot(d, QStringLiteral("clever"));

        // Back to Aeries: what was typed there is still there.
        d.setSource(SourceKind::Aeries);
        QCOMPARE(labelOf(d, url(d)), QStringLiteral("OneRoster URL:"));
    }

    void typedValues_surviveASourceSwitch()
    {
        ConnectDialog d(nullptr);
        d.setSource(SourceKind::Aeries);
        url(d)->setText(QStringLiteral("https://district.aeries.net/aeries"));
        id(d)->setText(QStringLiteral("cid"));
        d.setSource(SourceKind::ClassLink);
        QVERIFY(url(d)->text().isEmpty());
        d.setSource(SourceKind::Aeries);
        QCOMPARE(url(d)->text(), QStringLiteral("https://district.aeries.net/aeries"));
        QCOMPARE(id(d)->text(), QStringLiteral("cid"));
        // No store: nothing offers to remember.
        QVERIFY(!shown(d, remember(d)));
    }

    // -- Filled or not ----------------------------------------------------------------------------

    void pull_isEnabledOnlyWhenFilled()
    {
        MemorySecretStore store;
        ConnectDialog d(&store);
        d.setSource(SourceKind::Aeries);
        QVERIFY(!pull(d)->isEnabled());
        QVERIFY(!testButton(d)->isEnabled());
        QTest::keyClicks(url(d), QStringLiteral("https://district.aeries.net/aeries"));
        QVERIFY(!pull(d)->isEnabled());
        QTest::keyClicks(id(d), QStringLiteral("cid"));
        QVERIFY(!pull(d)->isEnabled());
        QTest::keyClicks(secret(d), QStringLiteral("   "));
        QVERIFY(!pull(d)->isEnabled()); // spaces are not a secret
        secret(d)->clear();
        QTest::keyClicks(secret(d), QStringLiteral("s"));
        QVERIFY(pull(d)->isEnabled());
        QVERIFY(testButton(d)->isEnabled());
        QVERIFY(pull(d)->isDefault());
        id(d)->clear();
        QVERIFY(!pull(d)->isEnabled());

        // Clever: the token alone; an emptied URL is Clever's own.
        d.setSource(SourceKind::Clever);
        QVERIFY(!pull(d)->isEnabled());
        url(d)->clear();
        QTest::keyClicks(secret(d), QStringLiteral("tok"));
        QVERIFY(pull(d)->isEnabled());
        QVERIFY(d.connection().id.isEmpty());
    }

    void enter_pulls_and_escape_cancels()
    {
        {
            ConnectDialog d(nullptr);
            d.setSource(SourceKind::ClassLink);
            url(d)->setText(QStringLiteral("https://district-ca-v2.rosterserver.com"));
            id(d)->setText(QStringLiteral("key"));
            secret(d)->setText(QStringLiteral("secret"));
            d.show();
            QVERIFY(QTest::qWaitForWindowExposed(&d));
            secret(d)->setFocus();
            QSignalSpy accepted(&d, &QDialog::accepted);
            QTest::keyClick(secret(d), Qt::Key_Return);
            QCOMPARE(accepted.size(), 1);
            QCOMPARE(d.result(), int(QDialog::Accepted));
        }
        {
            ConnectDialog d(nullptr);
            d.show();
            QVERIFY(QTest::qWaitForWindowExposed(&d));
            QSignalSpy rejected(&d, &QDialog::rejected);
            QTest::keyClick(&d, Qt::Key_Escape);
            QCOMPARE(rejected.size(), 1);
        }
    }

    void keyboard_tabFollowsReadingOrder_andLabelsHaveMnemonics()
    {
        MemorySecretStore store;
        ConnectDialog d(&store);
        d.setSource(SourceKind::Aeries);
        url(d)->setText(QStringLiteral("https://district.aeries.net/aeries"));
        id(d)->setText(QStringLiteral("cid"));
        secret(d)->setText(QStringLiteral("s"));
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QStringList order;
        QWidget *w = child<QComboBox>(d, "source");
        for (int i = 0; i < 40 && (order.isEmpty() || w != child<QComboBox>(d, "source")); ++i) {
            if ((w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(&d) && w->isEnabled() && !w->objectName().isEmpty())
                order << w->objectName();
            w = w->nextInFocusChain();
        }
        QCOMPARE(order, (QStringList{QStringLiteral("source"), QStringLiteral("url"), QStringLiteral("id"),
                                     QStringLiteral("secret"), QStringLiteral("showSecret"), QStringLiteral("remember"),
                                     QStringLiteral("testConnection"), QStringLiteral("pull"), QStringLiteral("cancel")}));
        // Every field's label and every button but Cancel (Esc) has a mnemonic, none twice.
        QStringList keys;
        for (const QString &text : {labelOf(d, url(d)), labelOf(d, id(d)), labelOf(d, secret(d))})
            QVERIFY(!text.isEmpty());
        for (QLabel *label : d.findChildren<QLabel *>()) {
            if (label->buddy() && label->isVisibleTo(&d)) {
                const qsizetype amp = label->text().indexOf(u'&');
                QVERIFY2(amp >= 0, qPrintable(label->text()));
                keys << label->text().mid(amp + 1, 1).toLower();
            }
        }
        for (QAbstractButton *button : d.findChildren<QAbstractButton *>()) {
            if (!button->isVisibleTo(&d) || button->objectName() == QLatin1String("cancel") || button->text().isEmpty())
                continue;
            const qsizetype amp = button->text().indexOf(u'&');
            QVERIFY2(amp >= 0, qPrintable(button->text()));
            keys << button->text().mid(amp + 1, 1).toLower();
        }
        QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), keys.size());
    }

    void keyboard_tabGoesRoundOnce_andShiftTabComesBack()
    {
        MemorySecretStore store;
        ConnectDialog d(&store);
        d.setSource(SourceKind::Aeries);
        url(d)->setText(QStringLiteral("https://district.aeries.net/aeries"));
        id(d)->setText(QStringLiteral("cid"));
        secret(d)->setText(QStringLiteral("s"));
        d.show();
        QApplication::setActiveWindow(&d);
        QVERIFY(QTest::qWaitForWindowActive(&d));
        // Pressed, not read from the focus chain: the button box hands its focus to Pull, so a
        // chain that reads right could still go round Pull and Cancel.
        child<QComboBox>(d, "source")->setFocus();
        QList<QWidget *> order;
        const QStringList problems = rb::test::focusChainProblems(&d, &order);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QStringList names;
        for (const QWidget *w : std::as_const(order))
            names << w->objectName();
        QCOMPARE(names, (QStringList{QStringLiteral("source"), QStringLiteral("url"), QStringLiteral("id"),
                                     QStringLiteral("secret"), QStringLiteral("showSecret"), QStringLiteral("remember"),
                                     QStringLiteral("testConnection"), QStringLiteral("pull"), QStringLiteral("cancel")}));
    }

    void notAWebAddress_isQuotedAsTyped_andSaidOnTheField()
    {
        ConnectDialog d(nullptr);
        d.setSource(SourceKind::Aeries);
        url(d)->setText(QStringLiteral("not a url"));
        id(d)->setText(QStringLiteral("cid"));
        secret(d)->setText(QStringLiteral("secret"));
        d.show();
        QApplication::setActiveWindow(&d);
        QVERIFY(QTest::qWaitForWindowActive(&d));
        AccessibleEvents events;
        QVERIFY(AccessibleEvents::isListening());
        const SisError error = runTest(d);
        QCOMPARE(error.code, SisError::Code::BadUrl);
        const QString message = result(d)->text();
        QVERIFY2(message.startsWith(QStringLiteral("“not a url” is not a web address.")), qPrintable(message));
        // Read out as the message itself, not as "Test result"; the icon has words too.
        QCOMPARE(QAccessible::queryAccessibleInterface(result(d))->text(QAccessible::Name), message);
        QCOMPARE(QAccessible::queryAccessibleInterface(child<QLabel>(d, "testResultIcon"))->text(QAccessible::Name),
                 QStringLiteral("Not connected"));
        // Announced as it appears, while it shows.
        bool announced = false;
        for (const AccessibleEvents::Event &e : events.eventsOn(result(d)))
            announced = announced || ((e.type == QAccessible::Alert || e.type == QAccessible::NameChanged) && e.name == message && e.objectShown);
        QVERIFY(announced);
        // The keyboard is back in the URL field, which says what is wrong with it as it takes focus.
        QCOMPARE(QApplication::focusWidget(), url(d));
        QCOMPARE(QAccessible::queryAccessibleInterface(url(d))->text(QAccessible::Description), message);
        bool focusSaysIt = false;
        for (const AccessibleEvents::Event &e : events.events(QAccessible::Focus))
            focusSaysIt = focusSaysIt || (e.object == url(d) && e.description == message);
        QVERIFY(focusSaysIt);
        // Pull refuses it the same way.
        QTest::mouseClick(pull(d), Qt::LeftButton);
        QCOMPARE(result(d)->text(), message);
        QCOMPARE(QAccessible::queryAccessibleInterface(url(d))->text(QAccessible::Description), message);
        // Once the address is changed, it is no longer said to be wrong.
        QTest::keyClick(url(d), Qt::Key_End);
        QTest::keyClick(url(d), Qt::Key_Backspace);
        QVERIFY(!shown(d, result(d)));
        QVERIFY(QAccessible::queryAccessibleInterface(url(d))->text(QAccessible::Description) != message);
        QCOMPARE(QAccessible::queryAccessibleInterface(testButton(d))->text(QAccessible::Description), QString());
    }

    // -- Pasted spaces ------------------------------------------------------------------------------

    void pastedSpaces_areTrimmedAndSaidSo()
    {
        ConnectDialog d(nullptr);
        d.setSource(SourceKind::Aeries);
        d.show();
        QApplication::setActiveWindow(&d);
        QVERIFY(!shown(d, trimNotice(d)));

        // A paste: taken off at once.
        QApplication::clipboard()->setText(QStringLiteral("  consumer-id \t"));
        id(d)->setFocus();
        QTest::keySequence(id(d), QKeySequence::Paste);
        QCOMPARE(id(d)->text(), QStringLiteral("consumer-id"));
        QVERIFY(shown(d, trimNotice(d)));
        QVERIFY2(trimNotice(d)->text().contains(QLatin1String("Consumer ID")), qPrintable(trimNotice(d)->text()));
        QVERIFY2(trimNotice(d)->text().contains(QLatin1String("hub")), qPrintable(trimNotice(d)->text()));

        // Typed: kept while typing, taken off when the field is left.
        secret(d)->setFocus();
        QTest::keyClicks(secret(d), QStringLiteral("s3cr3t "));
        QCOMPARE(secret(d)->text(), QStringLiteral("s3cr3t "));
        url(d)->setFocus();
        // Focus moves only in an active window; Xvfb with no window manager has none.
        if (QApplication::focusWidget() != url(d))
            emit secret(d)->editingFinished();
        QCOMPARE(secret(d)->text(), QStringLiteral("s3cr3t"));
        QVERIFY(trimNotice(d)->text().contains(QLatin1String("Consumer Secret")));
        QCOMPARE(d.trimmedFields(), (QStringList{QStringLiteral("id"), QStringLiteral("secret")}));

        url(d)->setText(QStringLiteral("https://district.aeries.net/aeries"));
        // The connection carries the values as entered, so that the pull records which had
        // spaces; trimmed, they are what the fields show.
        const SisConnection c = d.connection();
        QCOMPARE(c.id, QStringLiteral("  consumer-id \t"));
        QStringList keys;
        const SisConnection t = SisPull::trimmed(c, &keys);
        QCOMPARE(t.id, QStringLiteral("consumer-id"));
        QCOMPARE(t.secret, QStringLiteral("s3cr3t"));
        QCOMPARE(keys, (QStringList{QStringLiteral("id"), QStringLiteral("secret")}));

        // Typed over: the field is what counts, and the notice says only what still applies.
        id(d)->setFocus();
        QTest::keyClick(id(d), Qt::Key_Backspace);
        QVERIFY(!trimNotice(d)->text().contains(QLatin1String("Consumer ID")));
        QCOMPARE(d.connection().id, QStringLiteral("consumer-i"));
        QCOMPARE(d.trimmedFields(), QStringList{QStringLiteral("secret")});
        shot(d, QStringLiteral("trimmed"));
    }

    // -- Test Connection ----------------------------------------------------------------------------

    void testConnection_works_data()
    {
        QTest::addColumn<FakeSisServer::Api>("api");
        QTest::newRow("aeries") << FakeSisServer::Api::Aeries;
        QTest::newRow("classlink") << FakeSisServer::Api::ClassLink;
        QTest::newRow("clever") << FakeSisServer::Api::Clever;
    }

    void testConnection_works()
    {
        QFETCH(FakeSisServer::Api, api);
        FakeSisServer server(api);
        ConnectDialog d(nullptr);
        d.setOptions(fast());
        d.setSource(kindOf(api));
        fillFor(d, server, server.secret);
        QVERIFY(!shown(d, result(d)));

        QSignalSpy ended(&d, &ConnectDialog::testFinished);
        QTest::mouseClick(testButton(d), Qt::LeftButton);
        // Busy while it runs, with a way to stop it; the fields wait.
        if (ended.isEmpty()) {
            QVERIFY(d.isTesting());
            QVERIFY(shown(d, child<QProgressBar>(d, "busy")));
            QVERIFY(shown(d, child<QPushButton>(d, "cancelTest")));
            QVERIFY(!secret(d)->isEnabled());
            QVERIFY(!pull(d)->isEnabled());
            QVERIFY(ended.wait(15'000));
        }
        const SisError error = ended.first().first().value<SisError>();
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QVERIFY(!d.isTesting());
        QVERIFY(shown(d, result(d)));
        QVERIFY2(result(d)->text().startsWith(QLatin1String("Connected.")), qPrintable(result(d)->text()));
        QVERIFY(!shown(d, child<QProgressBar>(d, "busy")));
        QVERIFY(secret(d)->isEnabled());
        QVERIFY(pull(d)->isEnabled());
        QVERIFY(server.log().size() >= 1);
        // Read out as it says, the icon with it, and by the Test button the keyboard is back on.
        QCOMPARE(QAccessible::queryAccessibleInterface(result(d))->text(QAccessible::Name), result(d)->text());
        QCOMPARE(QAccessible::queryAccessibleInterface(child<QLabel>(d, "testResultIcon"))->text(QAccessible::Name),
                 QStringLiteral("Connected"));
        QCOMPARE(QAccessible::queryAccessibleInterface(testButton(d))->text(QAccessible::Description), result(d)->text());
        if (api == FakeSisServer::Api::Aeries)
            shot(d, QStringLiteral("test-ok"));
    }

    void testConnection_refused_showsWhy()
    {
        FakeSisServer server(FakeSisServer::Api::Aeries);
        ConnectDialog d(nullptr);
        d.setOptions(fast());
        d.setSource(SourceKind::Aeries);
        fillFor(d, server, QStringLiteral("not-the-secret"));
        const SisError error = runTest(d);
        QCOMPARE(error.code, SisError::Code::Unauthorized);
        QVERIFY(shown(d, result(d)));
        QCOMPARE(result(d)->text(), error.message);
        QVERIFY2(result(d)->text().contains(QLatin1String("401")), qPrintable(result(d)->text()));
        QVERIFY2(result(d)->text().contains(QLatin1String("Consumer Secret")), qPrintable(result(d)->text()));
        QVERIFY(!result(d)->text().contains(QLatin1String("not-the-secret")));
        shot(d, QStringLiteral("test-401"));

        // Changing a field puts the old verdict away.
        secret(d)->setText(server.secret);
        QVERIFY(!shown(d, result(d)));
    }

    void testConnection_canBeCanceledDuringASlowAnswer()
    {
        FakeSisServer server(FakeSisServer::Api::ClassLink);
        FakeSisServer::Reply never;
        never.hang = true;
        server.always("", never);
        ConnectDialog d(nullptr);
        SisOptions o = fast();
        o.timeoutMs = 30'000;
        d.setOptions(o);
        d.setSource(SourceKind::ClassLink);
        fillFor(d, server, server.secret);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));

        QSignalSpy ended(&d, &ConnectDialog::testFinished);
        QTest::mouseClick(testButton(d), Qt::LeftButton);
        QVERIFY(d.isTesting());
        QTRY_VERIFY(server.log().size() >= 1); // the request is out, and not answered
        QTest::qWait(200);
        QVERIFY(ended.isEmpty());
        shot(d, QStringLiteral("testing"));

        QElapsedTimer timer;
        timer.start();
        QTest::mouseClick(child<QPushButton>(d, "cancelTest"), Qt::LeftButton);
        QVERIFY(ended.wait(5000));
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(ended.first().first().value<SisError>().code, SisError::Code::Cancelled);
        QVERIFY(!d.isTesting());
        QVERIFY2(result(d)->text().contains(QLatin1String("stopped")), qPrintable(result(d)->text()));
        QVERIFY(d.isVisible()); // stopping the test does not close the dialog

        // Esc stops a test too, and only the test.
        QSignalSpy rejected(&d, &QDialog::rejected);
        ended.clear();
        QTest::mouseClick(testButton(d), Qt::LeftButton);
        QVERIFY(d.isTesting());
        QTest::keyClick(&d, Qt::Key_Escape);
        QVERIFY(ended.wait(5000));
        QCOMPARE(ended.first().first().value<SisError>().code, SisError::Code::Cancelled);
        QCOMPARE(rejected.size(), 0);
        QVERIFY(d.isVisible());
    }

    void plainHttpToAnotherComputer_isRefusedInTheEnginesWords()
    {
        ConnectDialog d(nullptr);
        d.setSource(SourceKind::Aeries);
        url(d)->setText(QStringLiteral("http://district.aeries.invalid/aeries"));
        id(d)->setText(QStringLiteral("cid"));
        secret(d)->setText(QStringLiteral("secret"));
        const SisError error = runTest(d);
        QCOMPARE(error.code, SisError::Code::BadUrl);
        QVERIFY2(result(d)->text().contains(QLatin1String("https://")), qPrintable(result(d)->text()));
        QCOMPARE(result(d)->text(), SisPull(d.connection()).testConnection().message);

        // Pull refuses it the same way, and stays open.
        QSignalSpy accepted(&d, &QDialog::accepted);
        QTest::mouseClick(pull(d), Qt::LeftButton);
        QCOMPARE(accepted.size(), 0);
        QVERIFY(shown(d, result(d)));
    }

    // -- Remembering ------------------------------------------------------------------------------

    void fields_areRememberedButNeverTheSecret()
    {
        const QString theSecret = QStringLiteral("Zq8-very-secret-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        MemorySecretStore store;
        {
            ConnectDialog d(&store);
            d.setSource(SourceKind::Aeries);
            QVERIFY(!remember(d)->isChecked()); // off unless asked
            url(d)->setText(QStringLiteral("https://district.aeries.net/aeries"));
            id(d)->setText(QStringLiteral("cid-1"));
            secret(d)->setText(theSecret);
            QTest::mouseClick(pull(d), Qt::LeftButton);
            QCOMPARE(d.result(), int(QDialog::Accepted));
        }
        QCOMPARE(store.writes(), 0);
        QVERIFY(store.secrets().isEmpty());
        {
            ConnectDialog d(&store);
            QCOMPARE(d.source(), SourceKind::Aeries);
            QCOMPARE(url(d)->text(), QStringLiteral("https://district.aeries.net/aeries"));
            QCOMPARE(id(d)->text(), QStringLiteral("cid-1"));
            QVERIFY(secret(d)->text().isEmpty()); // asked again
            QTest::qWait(50);
            QCOMPARE(store.reads(), 0); // nothing remembered: the keychain is not even asked
        }
        QSettings settings;
        settings.sync();
        QFile ini(settings.fileName());
        QVERIFY2(ini.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
        const QByteArray bytes = ini.readAll();
        QVERIFY(bytes.contains("cid-1"));
        QVERIFY(!bytes.contains(theSecret.toUtf8()));
        QVERIFY(!bytes.contains("Zq8"));
    }

    void keychain_isWrittenOnlyWhenTicked_andReadBackNextTime()
    {
        const QString theSecret = QStringLiteral("Kc7-remembered-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        MemorySecretStore store;
        const QString key =
            SecretStore::keyFor(SourceKind::ClassLink, QStringLiteral("https://lakeview-ca-v2.rosterserver.com"),
                                QStringLiteral("key-1"));
        QCOMPARE(key, QStringLiteral("classlink:https://lakeview-ca-v2.rosterserver.com:key-1"));
        {
            ConnectDialog d(&store);
            d.setSource(SourceKind::ClassLink);
            url(d)->setText(QStringLiteral("lakeview-ca-v2.rosterserver.com/")); // as pasted, no scheme
            id(d)->setText(QStringLiteral("key-1"));
            secret(d)->setText(theSecret);
            QTest::mouseClick(remember(d), Qt::LeftButton);
            QVERIFY(remember(d)->isChecked());
            QSignalSpy accepted(&d, &QDialog::accepted);
            QTest::mouseClick(pull(d), Qt::LeftButton);
            QVERIFY(accepted.size() == 1 || accepted.wait(2000));
        }
        QCOMPARE(store.writes(), 1);
        QVERIFY2(store.secrets().contains(key), qPrintable(store.secrets().keys().join(u' ')));
        QCOMPARE(store.secrets().value(key), theSecret);
        {
            ConnectDialog d(&store);
            QSignalSpy looked(&d, &ConnectDialog::secretLookupFinished);
            QCOMPARE(d.source(), SourceKind::ClassLink);
            QVERIFY(looked.wait(2000));
            QCOMPARE(secret(d)->text(), theSecret);
            QVERIFY(remember(d)->isChecked());
            const QString notice = keychainNotice(d)->text();
            QVERIFY2(notice.contains(QLatin1String("filled in from the system keychain")), qPrintable(notice));
            QCOMPARE(secret(d)->echoMode(), QLineEdit::Password);
            QTest::mouseClick(child<QCheckBox>(d, "showSecret"), Qt::LeftButton);
            QCOMPARE(secret(d)->echoMode(), QLineEdit::Normal);
            // Unchanged: Pull does not write it again.
            QTest::mouseClick(pull(d), Qt::LeftButton);
            QCOMPARE(d.result(), int(QDialog::Accepted));
            QCOMPARE(store.writes(), 1);
        }
        // Another id: not that secret.
        {
            ConnectDialog d(&store);
            id(d)->setText(QStringLiteral("key-2"));
            QTest::qWait(50);
            QVERIFY(secret(d)->text().isEmpty() || secret(d)->text() == theSecret);
        }
        // The key is in QSettings; the secret is not.
        {
            QSettings settings;
            settings.sync();
            QFile ini(settings.fileName());
            QVERIFY(ini.open(QIODevice::ReadOnly));
            QVERIFY(!ini.readAll().contains(theSecret.toUtf8()));
        }
        // Unticked for a remembered secret: forgotten.
        {
            ConnectDialog d(&store);
            QSignalSpy looked(&d, &ConnectDialog::secretLookupFinished);
            QVERIFY(looked.wait(2000));
            QCOMPARE(id(d)->text(), QStringLiteral("key-1"));
            QTest::mouseClick(remember(d), Qt::LeftButton);
            QVERIFY(!remember(d)->isChecked());
            QTest::mouseClick(pull(d), Qt::LeftButton);
            QCOMPARE(d.result(), int(QDialog::Accepted));
            QTRY_VERIFY(store.secrets().isEmpty());
        }
        {
            ConnectDialog d(&store);
            QTest::qWait(50);
            QVERIFY(secret(d)->text().isEmpty());
        }
    }

    void noKeychain_isSaidAndTheSecretAskedEachTime()
    {
        MemorySecretStore store;
        store.available = false;
        ConnectDialog d(&store);
        d.setSource(SourceKind::Clever);
        secret(d)->setText(QStringLiteral("district-token"));
        QTest::mouseClick(remember(d), Qt::LeftButton);
        QTRY_VERIFY(!remember(d)->isEnabled());
        QVERIFY(!remember(d)->isChecked());
        QVERIFY(shown(d, keychainNotice(d)));
        QCOMPARE(keychainNotice(d)->text(), SecretStore::unavailableMessage());
        shot(d, QStringLiteral("no-keychain"));
        QTest::mouseClick(pull(d), Qt::LeftButton);
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QCOMPARE(store.writes(), 0);
    }

    void keychainGoneAtPull_isSaid_andPullAgainGoesOn()
    {
        MemorySecretStore store;
        ConnectDialog d(&store);
        d.setSource(SourceKind::Clever);
        secret(d)->setText(QStringLiteral("district-token"));
        QTest::mouseClick(remember(d), Qt::LeftButton);
        QTest::qWait(20); // the probe found a keychain
        QVERIFY(remember(d)->isChecked());
        store.available = false; // and then it went
        QTest::mouseClick(pull(d), Qt::LeftButton);
        QVERIFY(!pull(d)->isEnabled()); // waiting for the keychain
        QTRY_VERIFY(shown(d, keychainNotice(d)));
        QVERIFY(!remember(d)->isEnabled());
        QVERIFY(!remember(d)->isChecked());
        QCOMPARE(d.result(), int(QDialog::Rejected)); // still open, saying why
        const QString notice = keychainNotice(d)->text();
        QVERIFY2(notice.startsWith(SecretStore::unavailableMessage()), qPrintable(notice));
        QVERIFY(pull(d)->isEnabled());
        QTest::mouseClick(pull(d), Qt::LeftButton);
        QCOMPARE(d.result(), int(QDialog::Accepted));
    }

    void closedAfterAFailedTest_keepsWhatWasTypedButTheSecret()
    {
        FakeSisServer server(FakeSisServer::Api::ClassLink);
        MemorySecretStore store;
        {
            ConnectDialog d(&store);
            d.setOptions(fast());
            d.setSource(SourceKind::ClassLink);
            fillFor(d, server, QStringLiteral("not-the-secret"));
            QCOMPARE(runTest(d).code, SisError::Code::Unauthorized);
            d.reject(); // to look the credentials up again
        }
        {
            ConnectDialog d(&store);
            QCOMPARE(d.source(), SourceKind::ClassLink);
            QCOMPARE(url(d)->text(), server.url());
            QCOMPARE(id(d)->text(), server.id);
            QVERIFY(secret(d)->text().isEmpty()); // not remembered: asked again
            // Typed and closed without a test: nothing is kept, as Cancel says.
            id(d)->setText(QStringLiteral("someone-else"));
            d.reject();
        }
        ConnectDialog d(&store);
        QCOMPARE(id(d)->text(), server.id);
        QCOMPARE(store.writes(), 0);
    }

    void keychainThatCannotKeepTheSecret_saysWhyInItsOwnWords()
    {
        MemorySecretStore store;
        store.keeps = false;
        store.failureDetail = QStringLiteral("Cannot create an item in a locked collection");
        ConnectDialog d(&store);
        d.setSource(SourceKind::Clever);
        secret(d)->setText(QStringLiteral("district-token"));
        QTest::mouseClick(remember(d), Qt::LeftButton);
        QTest::qWait(20);
        QVERIFY(remember(d)->isChecked());
        QTest::mouseClick(pull(d), Qt::LeftButton);
        QTRY_VERIFY(shown(d, keychainNotice(d)));
        const QString notice = keychainNotice(d)->text();
        QVERIFY2(notice.startsWith(SecretStore::notKeptMessage()), qPrintable(notice));
        QVERIFY2(notice.contains(store.failureDetail), qPrintable(notice));
        QCOMPARE(d.result(), int(QDialog::Rejected)); // still open, saying why
        QTest::mouseClick(pull(d), Qt::LeftButton);
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QVERIFY(store.secrets().isEmpty());
    }

    void noKeychain_saysWhyInItsOwnWords()
    {
        MemorySecretStore store;
        store.available = false;
        store.failureDetail = QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files");
        ConnectDialog d(&store);
        d.setSource(SourceKind::Clever);
        secret(d)->setText(QStringLiteral("district-token"));
        QTest::mouseClick(remember(d), Qt::LeftButton);
        QTRY_VERIFY(!remember(d)->isEnabled());
        const QString notice = keychainNotice(d)->text();
        QVERIFY2(notice.startsWith(SecretStore::unavailableMessage()), qPrintable(notice));
        QVERIFY2(notice.contains(store.failureDetail), qPrintable(notice));
    }

    // -- The QtKeychain store ---------------------------------------------------------------------

    void systemKeychain_withNoService_failsCleanlyWithinItsTimeout()
    {
        constexpr int timeoutMs = 3000;
        KeychainSecretStore store(nullptr, timeoutMs, QStringLiteral("RosterbenchTest"));
        const QString key = QStringLiteral("rosterbench-test:%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        std::optional<SecretResult> read;
        bool answeredInside = true;
        QElapsedTimer timer;
        timer.start();
        store.read(key, this, [&read](const SecretResult &r) { read = r; });
        answeredInside = read.has_value();
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), timeoutMs + 2000);
        QVERIFY(!answeredInside);
        QVERIFY(timer.elapsed() < timeoutMs + 1000);
        if (read->status == SecretResult::Status::NotFound || read->isOk())
            QSKIP("a keychain service is running here: nothing to test without one");
        QCOMPARE(read->status, SecretResult::Status::Unavailable);
        QCOMPARE(read->message, SecretStore::unavailableMessage());

        // Writing fails the same way, and nothing falls back to a plaintext file.
        std::optional<SecretResult> written;
        store.write(key, QStringLiteral("never-stored"), this, [&written](const SecretResult &r) { written = r; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), timeoutMs + 2000);
        QCOMPARE(written->status, SecretResult::Status::Unavailable);
        QSettings settings;
        settings.sync();
        QFile ini(settings.fileName());
        if (ini.open(QIODevice::ReadOnly))
            QVERIFY(!ini.readAll().contains("never-stored"));
    }

    void systemKeychain_dropsTheAnswerForAGoneContext()
    {
        KeychainSecretStore store(nullptr, 2000, QStringLiteral("RosterbenchTest"));
        bool called = false;
        {
            QObject context;
            store.read(QStringLiteral("rosterbench-test:gone"), &context,
                       [&called](const SecretResult &) { called = true; });
        }
        QTest::qWait(300);
        QVERIFY(!called);
    }
};

QTEST_MAIN(ConnectDialogTest)
#include "tst_connectdialog.moc"

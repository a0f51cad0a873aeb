#include "connectdialog.h"

#include "clearbutton.h"
#include "secretstore.h"
#include "severityicons.h"

#include "sis/cleverclient.h"
#include "sis/sishttpclient.h"
#include "sis/sispull.h"
#include "util/progress.h"
#include "util/workerpool.h"

#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace rb {

namespace {

// How much larger than the system's the dialog's type is: it is read on screen-shares.
constexpr double FontScale = 1.25;

const QString SettingsGroup = QStringLiteral("connect");
const QString CleverDefaultUrl = QStringLiteral("https://api.clever.com");

QString settingsName(SourceKind kind)
{
    return Sis::displayName(kind).toLower();
}

// What each SIS calls things, as its own pages and the hub's setup pages name them.
struct Words
{
    QString hint;
    QString urlLabel, idLabel, secretLabel; // with a mnemonic, for the form
    QString url;                            // in a sentence
    QString id, secret;                     // in a sentence: as the engine's messages name them
    QString urlPlaceholder;
};

Words wordsFor(SourceKind kind)
{
    Words w;
    switch (kind) {
    case SourceKind::ClassLink:
        w.hint = ConnectDialog::tr("In ClassLink, go to Apps › Roster Server › Actions (the vertical dots) › API Key and "
                                   "Secret. The Roster Server URL is your tenant's address.");
        w.urlLabel = ConnectDialog::tr("Roster Server &URL:");
        w.idLabel = ConnectDialog::tr("API &key:");
        w.secretLabel = ConnectDialog::tr("API s&ecret:");
        w.url = ConnectDialog::tr("Roster Server URL");
        w.urlPlaceholder = QStringLiteral("https://district-ca-v2.rosterserver.com");
        break;
    case SourceKind::Clever:
        w.hint = ConnectDialog::tr("Copy the district token from the app's page in the Clever dashboard. Leave the API "
                                   "URL as it is unless Clever gave you another.");
        w.urlLabel = ConnectDialog::tr("Clever API &URL:");
        w.secretLabel = ConnectDialog::tr("District t&oken:");
        w.url = ConnectDialog::tr("Clever API URL");
        w.urlPlaceholder = CleverDefaultUrl;
        break;
    case SourceKind::Aeries:
    case SourceKind::OneRosterCsv:
        w.hint = ConnectDialog::tr("In Aeries, go to Security › API Security and open the hub's record (its OneRoster "
                                   "box ticked). Copy its OneRoster URL, Consumer ID and Consumer Secret.");
        w.urlLabel = ConnectDialog::tr("OneRoster &URL:");
        w.idLabel = ConnectDialog::tr("Consumer &ID:");
        w.secretLabel = ConnectDialog::tr("Consumer S&ecret:");
        w.url = ConnectDialog::tr("OneRoster URL");
        w.urlPlaceholder = QStringLiteral("https://district.aeries.net/aeries");
        break;
    }
    w.id = Sis::idLabel(kind);
    w.secret = Sis::secretLabel(kind);
    return w;
}

QLabel *noticeLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

} // namespace

ConnectDialog::ConnectDialog(SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_secrets(secrets)
    , m_hint(noticeLabel(this, QStringLiteral("hint")))
    , m_form(new QGridLayout)
    , m_source(new QComboBox(this))
    , m_urlLabel(new QLabel(this))
    , m_url(new QLineEdit(this))
    , m_idLabel(new QLabel(this))
    , m_id(new QLineEdit(this))
    , m_secretLabel(new QLabel(this))
    , m_secret(new QLineEdit(this))
    , m_showSecret(new QCheckBox(tr("S&how"), this))
    , m_secretRow(new QWidget(this))
    , m_versionLabel(new QLabel(tr("API &version:"), this))
    , m_version(new QComboBox(this))
    , m_remember(new QCheckBox(tr("&Remember the secret in the system keychain"), this))
    , m_keychainNotice(noticeLabel(this, QStringLiteral("keychainNotice")))
    , m_trimNotice(noticeLabel(this, QStringLiteral("trimNotice")))
    , m_test(new QPushButton(tr("&Test Connection"), this))
    , m_busy(new QProgressBar(this))
    , m_stage(noticeLabel(this, QStringLiteral("testStage")))
    , m_cancelTest(new QPushButton(tr("&Cancel Test"), this))
    , m_resultBox(new QWidget(this))
    , m_resultIcon(new QLabel(m_resultBox))
    , m_result(noticeLabel(m_resultBox, QStringLiteral("testResult")))
    , m_buttons(new QDialogButtonBox(this))
    , m_pull(m_buttons->addButton(tr("&Pull"), QDialogButtonBox::AcceptRole))
    , m_watcher(new QFutureWatcher<SisError>(this))
    , m_stagePoll(new QTimer(this))
{
    setWindowTitle(tr("Connect to an SIS"));
    setObjectName(QStringLiteral("connectDialog"));
    if (const qreal size = font().pointSizeF(); size > 0) {
        QFont f = font();
        f.setPointSizeF(size * FontScale);
        setFont(f);
    }

    m_hint->show();

    m_source->setObjectName(QStringLiteral("source"));
    m_source->setAccessibleName(tr("Source"));
    for (const SourceKind kind : {SourceKind::Aeries, SourceKind::ClassLink, SourceKind::Clever})
        m_source->addItem(Sis::displayName(kind), int(kind));
    auto *sourceLabel = new QLabel(tr("&Source:"), this);
    sourceLabel->setBuddy(m_source);

    m_url->setObjectName(QStringLiteral("url"));
    enableNamedClearButton(m_url);
    m_url->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_urlLabel->setBuddy(m_url);
    m_id->setObjectName(QStringLiteral("id"));
    m_id->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_idLabel->setBuddy(m_id);

    m_secret->setObjectName(QStringLiteral("secret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoAutoUppercase
                                  | Qt::ImhNoPredictiveText);
    m_secretLabel->setBuddy(m_secret);
    m_showSecret->setObjectName(QStringLiteral("showSecret"));
    connect(m_showSecret, &QCheckBox::toggled, this, [this](bool show) {
        m_secret->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    auto *secretLayout = new QHBoxLayout(m_secretRow);
    secretLayout->setContentsMargins(0, 0, 0, 0);
    secretLayout->addWidget(m_secret, 1);
    secretLayout->addWidget(m_showSecret);

    m_version->setObjectName(QStringLiteral("apiVersion"));
    m_version->setAccessibleName(tr("Clever API version"));
    m_version->addItem(tr("3.0"), QStringLiteral("v3.0"));
    m_version->addItem(tr("3.1"), QStringLiteral("v3.1"));
    m_version->setToolTip(tr("The version of Clever's Data API the district's app uses."));
    m_versionLabel->setBuddy(m_version);

    m_remember->setObjectName(QStringLiteral("remember"));
    m_remember->setChecked(false);
    m_remember->setVisible(m_secrets != nullptr);
    m_remember->setToolTip(tr("Unticked, the secret is kept only while Rosterbench runs and asked for each time."));

    // A grid rather than a QFormLayout: the notices wrap, and a grid gives them the height they need.
    int row = 0;
    auto addRow = [this, &row](QLabel *label, QWidget *fieldWidget) {
        if (label)
            m_form->addWidget(label, row, 0, Qt::AlignLeft | Qt::AlignVCenter);
        m_form->addWidget(fieldWidget, row, 1);
        ++row;
    };
    m_form->setColumnStretch(1, 1);
    addRow(sourceLabel, m_source);
    addRow(m_urlLabel, m_url);
    addRow(m_idLabel, m_id);
    addRow(m_secretLabel, m_secretRow);
    // Notices sit under what they are about, in the fields' column.
    addRow(nullptr, m_trimNotice);
    addRow(m_versionLabel, m_version);
    addRow(nullptr, m_remember);
    addRow(nullptr, m_keychainNotice);

    m_test->setObjectName(QStringLiteral("testConnection"));
    m_test->setAutoDefault(false);
    m_busy->setObjectName(QStringLiteral("busy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Testing the connection"));
    m_busy->setMaximumWidth(fontMetrics().averageCharWidth() * 16);
    m_busy->hide();
    m_cancelTest->setObjectName(QStringLiteral("cancelTest"));
    m_cancelTest->setAutoDefault(false);
    m_cancelTest->hide();
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_busy);
    testRow->addWidget(m_stage, 1);
    testRow->addWidget(m_cancelTest);
    testRow->addStretch();

    m_resultBox->setObjectName(QStringLiteral("resultBox"));
    m_resultIcon->setObjectName(QStringLiteral("testResultIcon"));
    m_resultIcon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    // The result is read out as it says: a label's name is its text.
    m_result->show();
    auto *resultLayout = new QHBoxLayout(m_resultBox);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    resultLayout->addWidget(m_resultIcon, 0, Qt::AlignTop);
    resultLayout->addWidget(m_result, 1);
    m_resultBox->hide();

    m_pull->setObjectName(QStringLiteral("pull"));
    m_pull->setDefault(true);
    QPushButton *cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancel"));
    cancel->setAutoDefault(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_hint);
    layout->addLayout(m_form);
    layout->addLayout(testRow);
    layout->addWidget(m_resultBox);
    layout->addStretch();
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_buttons);

    // Keyboard order is reading order, whatever rows are hidden. Pull and Cancel come last as
    // made, after the button box: moved before it, Tab from Cancel would reach the box, which
    // hands its focus to Pull, and go round Pull and Cancel for good.
    setTabOrder(m_source, m_url);
    setTabOrder(m_url, m_id);
    setTabOrder(m_id, m_secret);
    setTabOrder(m_secret, m_showSecret);
    setTabOrder(m_showSecret, m_version);
    setTabOrder(m_version, m_remember);
    setTabOrder(m_remember, m_test);
    setTabOrder(m_test, m_cancelTest);

    for (const Field f : {Field::Url, Field::Id, Field::Secret}) {
        QLineEdit *edit = field(f);
        connect(edit, &QLineEdit::textEdited, this, [this, f](const QString &text) { onEdited(f, text); });
        connect(edit, &QLineEdit::textChanged, this, [this] {
            clearResult();
            updateState();
        });
        connect(edit, &QLineEdit::editingFinished, this, [this, f] {
            trimField(f);
            if (f != Field::Secret)
                lookUpRememberedSecret();
        });
    }
    connect(m_source, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            applySource(SourceKind(m_source->itemData(index).toInt()));
    });
    connect(m_version, &QComboBox::currentIndexChanged, this, [this] { clearResult(); });
    connect(m_remember, &QCheckBox::clicked, this, [this](bool on) {
        if (on)
            probeKeychain();
    });
    connect(m_test, &QPushButton::clicked, this, &ConnectDialog::testConnection);
    connect(m_cancelTest, &QPushButton::clicked, this, &ConnectDialog::cancelTest);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] { testEnded(m_watcher->result()); });
    m_stagePoll->setInterval(100);
    connect(m_stagePoll, &QTimer::timeout, this, [this] {
        if (m_progress && !m_progress->isCancelled() && !m_progress->stage().isEmpty())
            m_stage->setText(tr("%1…").arg(m_progress->stage()));
    });

    // The source used last, with its fields as they were.
    QSettings settings;
    settings.beginGroup(SettingsGroup);
    const SourceKind last =
        Sis::kindFromName(settings.value(QStringLiteral("source")).toString()).value_or(SourceKind::Aeries);
    const int index = m_source->findData(int(last == SourceKind::OneRosterCsv ? SourceKind::Aeries : last));
    {
        const QSignalBlocker block(m_source);
        m_source->setCurrentIndex(std::max(0, index));
    }
    m_kind = SourceKind(m_source->currentData().toInt());
    applySource(m_kind);

    setMinimumWidth(fontMetrics().averageCharWidth() * 90);
}

ConnectDialog::~ConnectDialog()
{
    // The test's worker holds its own copies and finishes on its own within a twentieth of a second.
    if (m_progress)
        m_progress->cancel();
}

// -- Source and fields ----------------------------------------------------------------------------

SourceKind ConnectDialog::source() const
{
    return m_kind;
}

void ConnectDialog::setSource(SourceKind kind)
{
    const int index = m_source->findData(int(kind));
    if (index >= 0)
        m_source->setCurrentIndex(index); // applySource() through currentIndexChanged
}

void ConnectDialog::applySource(SourceKind kind)
{
    if (kind != m_kind) {
        // What was typed for the source shown until now, in case the admin comes back to it.
        m_entered[int(m_kind)] = {m_url->text(), m_id->text(), m_secret->text(), m_pasted};
    }
    m_kind = kind;
    const Words w = wordsFor(kind);
    const bool clever = kind == SourceKind::Clever;
    m_hint->setText(w.hint);
    m_urlLabel->setText(w.urlLabel);
    m_idLabel->setText(w.idLabel);
    m_secretLabel->setText(w.secretLabel);
    m_url->setPlaceholderText(w.urlPlaceholder);
    m_url->setAccessibleName(w.url);
    m_id->setAccessibleName(w.id);
    m_secret->setAccessibleName(w.secret);
    m_showSecret->setAccessibleName(tr("Show the %1").arg(w.secret));
    m_idLabel->setVisible(!clever);
    m_id->setVisible(!clever);
    m_versionLabel->setVisible(clever);
    m_version->setVisible(clever);
    loadFields(kind);
    clearResult();
    if (m_keychainUsable)
        setKeychainNotice({}, false);
    updateTrimNotice();
    updateState();
    lookUpRememberedSecret();
}

void ConnectDialog::loadFields(SourceKind kind)
{
    const auto entered = m_entered.constFind(int(kind));
    if (entered != m_entered.cend()) {
        m_url->setText(entered->url);
        m_id->setText(entered->id);
        m_secret->setText(entered->secret);
        m_pasted = entered->pasted;
    } else {
        QSettings settings;
        settings.beginGroup(SettingsGroup);
        settings.beginGroup(settingsName(kind));
        const QString url = settings.value(QStringLiteral("url")).toString();
        m_url->setText(url.isEmpty() && kind == SourceKind::Clever ? CleverDefaultUrl : url);
        m_id->setText(kind == SourceKind::Clever ? QString() : settings.value(QStringLiteral("id")).toString());
        m_secret->clear();
        m_pasted.clear();
        if (kind == SourceKind::Clever) {
            const int v = m_version->findData(settings.value(QStringLiteral("apiVersion")).toString());
            m_version->setCurrentIndex(std::max(0, v));
        }
    }
    for (const Field f : {Field::Url, Field::Id, Field::Secret})
        m_before[int(f)] = field(f)->text();
}

void ConnectDialog::saveFields() const
{
    QSettings settings;
    settings.beginGroup(SettingsGroup);
    settings.setValue(QStringLiteral("source"), settingsName(m_kind));
    settings.beginGroup(settingsName(m_kind));
    // Never the secret: it goes to the keychain, when asked, and nowhere else.
    settings.setValue(QStringLiteral("url"), m_url->text().trimmed());
    if (m_kind == SourceKind::Clever)
        settings.setValue(QStringLiteral("apiVersion"), m_version->currentData().toString());
    else
        settings.setValue(QStringLiteral("id"), m_id->text().trimmed());
}

QLineEdit *ConnectDialog::field(Field f) const
{
    switch (f) {
    case Field::Url: return m_url;
    case Field::Id: return m_id;
    case Field::Secret: break;
    }
    return m_secret;
}

const char *ConnectDialog::fieldKey(Field f)
{
    switch (f) {
    case Field::Url: return "url";
    case Field::Id: return "id";
    case Field::Secret: break;
    }
    return "secret";
}

QString ConnectDialog::fieldLabel(Field f) const
{
    const Words w = wordsFor(m_kind);
    switch (f) {
    case Field::Url: return w.url;
    case Field::Id: return w.id;
    case Field::Secret: break;
    }
    return w.secret;
}

SisConnection ConnectDialog::connection() const
{
    SisConnection c;
    c.kind = m_kind;
    c.url = m_pasted.value(int(Field::Url), m_url->text());
    if (m_kind != SourceKind::Clever)
        c.id = m_pasted.value(int(Field::Id), m_id->text());
    c.secret = m_pasted.value(int(Field::Secret), m_secret->text());
    return c;
}

SisOptions ConnectDialog::options() const
{
    SisOptions o = m_options;
    o.cleverApiVersion = m_version->currentData().toString();
    return o;
}

void ConnectDialog::setOptions(const SisOptions &options)
{
    m_options = options;
}

QStringList ConnectDialog::trimmedFields() const
{
    QStringList keys;
    for (const Field f : {Field::Url, Field::Id, Field::Secret}) {
        if (m_pasted.contains(int(f)))
            keys << QLatin1String(fieldKey(f));
    }
    return keys;
}

QString ConnectDialog::secretKey() const
{
    return SecretStore::keyFor(m_kind, m_url->text(), m_kind == SourceKind::Clever ? QString() : m_id->text());
}

// -- Spaces pasted with the credentials ----------------------------------------------------------

void ConnectDialog::trimField(Field f)
{
    QLineEdit *edit = field(f);
    const QString text = edit->text();
    const QString trimmed = text.trimmed();
    if (trimmed == text)
        return;
    if (trimmed.isEmpty())
        m_pasted.remove(int(f));
    else
        m_pasted.insert(int(f), text);
    m_before[int(f)] = trimmed;
    edit->setText(trimmed);
    updateTrimNotice();
}

void ConnectDialog::trimAll()
{
    for (const Field f : {Field::Url, Field::Id, Field::Secret})
        trimField(f);
}

void ConnectDialog::onEdited(Field f, const QString &text)
{
    const QString before = m_before.value(int(f));
    m_before[int(f)] = text;
    // Changed since the dialog took the spaces off: what the field holds now is what counts.
    if (const auto it = m_pasted.constFind(int(f)); it != m_pasted.cend() && it->trimmed() != text) {
        m_pasted.remove(int(f));
        updateTrimNotice();
    }
    // More than one character at once is a paste: its spaces go now, before they are tested.
    // Typing keeps them until the field is left, so that a space can still be typed.
    if (text.size() - before.size() > 1)
        trimField(f);
}

void ConnectDialog::updateTrimNotice()
{
    QStringList names;
    for (const Field f : {Field::Url, Field::Id, Field::Secret}) {
        if (m_pasted.contains(int(f)))
            names << fieldLabel(f);
    }
    if (names.isEmpty()) {
        m_trimNotice->hide();
        m_trimNotice->clear();
        return;
    }
    QString text = tr("Spaces before or after the %1 were removed.").arg(QLocale().createSeparatedList(names));
    if (m_kind == SourceKind::Aeries)
        text += u' '
            + tr("Pasted that way into the hub's Aeries setup, the credentials are refused: leave the spaces out there "
                 "too.");
    m_trimNotice->setText(text);
    m_trimNotice->show();
    fitHeight();
}

// -- State ---------------------------------------------------------------------------------------

bool ConnectDialog::isFilled() const
{
    if (m_secret->text().trimmed().isEmpty())
        return false;
    if (m_kind == SourceKind::Clever)
        return true; // an empty URL is Clever's own
    return !m_url->text().trimmed().isEmpty() && !m_id->text().trimmed().isEmpty();
}

bool ConnectDialog::checkUrl(SisError *error) const
{
    const QUrl base =
        m_kind == SourceKind::Clever ? CleverClient::apiBaseFor(m_url->text()) : Sis::urlFromInput(m_url->text());
    return SisHttpClient::checkUrl(base, m_kind, error, m_url->text());
}

void ConnectDialog::updateState()
{
    const bool testing = isTesting();
    const bool busy = testing || m_saving;
    const bool filled = isFilled();
    for (QWidget *w : std::initializer_list<QWidget *>{m_source, m_url, m_id, m_secret, m_version})
        w->setEnabled(!busy);
    m_remember->setEnabled(!busy && m_secrets && m_keychainUsable);
    m_test->setEnabled(filled && !busy);
    m_busy->setVisible(busy);
    m_stage->setVisible(busy);
    m_cancelTest->setVisible(testing);
    m_pull->setEnabled(filled && !busy);
    m_pull->setToolTip(filled ? QString()
                       : m_kind == SourceKind::Clever
                           ? tr("Enter the district token first.")
                           : tr("Enter the %1, %2 and %3 first.")
                                 .arg(fieldLabel(Field::Url), fieldLabel(Field::Id), fieldLabel(Field::Secret)));
}

QSize ConnectDialog::sizeHint() const
{
    // As wide as the dialog will be, and as tall as its wrapped text needs at that width (the
    // default measures the wrapped labels narrower, so the dialog would open too tall).
    QSize hint = QDialog::sizeHint();
    hint.setWidth(std::max(hint.width(), minimumWidth()));
    if (layout() && layout()->hasHeightForWidth())
        hint.setHeight(layout()->totalHeightForWidth(hint.width()));
    return hint;
}

void ConnectDialog::fitHeight()
{
    // A shown dialog does not grow by itself when a wrapped notice or a result appears: without
    // this, the text would be cut off at the bottom.
    QTimer::singleShot(0, this, [this] {
        if (!isVisible() || !layout())
            return;
        layout()->activate();
        const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                         : layout()->totalSizeHint().height();
        if (height() < needed)
            resize(width(), needed);
    });
}

void ConnectDialog::showResult(bool ok, const QString &text, QWidget *about)
{
    m_resultIcon->setPixmap((ok ? acknowledgedIcon() : severityIcon(Severity::Error))
                                .pixmap(m_result->fontMetrics().height()));
    // The icon says what the message does not always say in its first words.
    m_resultIcon->setAccessibleName(ok ? tr("Connected") : tr("Not connected"));
    m_resultBox->show();
    m_result->setText(text);
    // Said as it appears: Qt 6.4 has no announcement, so the label tells of its new name, as an
    // alert where the platform reads those. The control that gets the keyboard next carries it as
    // its description, which a screen reader reads with its name.
    if (QAccessible::isActive()) {
        QAccessibleEvent changed(m_result, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&changed);
        QAccessibleEvent alert(m_result, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
    if (m_described)
        m_described->setAccessibleDescription(QString());
    m_described = about ? about : m_test;
    m_described->setAccessibleDescription(text);
    fitHeight();
}

void ConnectDialog::clearResult()
{
    m_resultBox->hide();
    m_result->clear();
    if (m_described) {
        m_described->setAccessibleDescription(QString());
        m_described = nullptr;
    }
}

void ConnectDialog::setKeychainNotice(const QString &text, bool problem)
{
    m_keychainNotice->setText(text);
    m_keychainNotice->setVisible(!text.isEmpty());
    fitHeight();
    QFont f = m_keychainNotice->font();
    f.setBold(problem);
    m_keychainNotice->setFont(f);
}

// -- Test Connection ----------------------------------------------------------------------------

void ConnectDialog::testConnection()
{
    if (isTesting() || m_saving)
        return;
    trimAll();
    if (!isFilled())
        return;
    clearResult();
    // Refused here at once, in the engine's words: no credential goes out over http://. The URL
    // field says what is wrong with it, for a screen reader to read as it takes the keyboard.
    if (SisError bad; !checkUrl(&bad)) {
        showResult(false, bad.message, m_url);
        emit testFinished(bad);
        m_url->setFocus();
        return;
    }
    SisOptions o = options();
    o.attempts = std::min(o.attempts, 2);
    o.rateLimitWaits = std::min(o.rateLimitWaits, 1);
    o.timeoutMs = std::min(o.timeoutMs, 30'000);
    m_progress = std::make_shared<Progress>();
    m_stage->setText(tr("Connecting to %1…").arg(Sis::displayName(m_kind)));
    m_cancelTest->setEnabled(true);
    m_watcher->setFuture(QtConcurrent::run(workerPool(), [c = connection(), o, p = m_progress] {
        return SisPull(c, o).testConnection(p.get());
    }));
    m_stagePoll->start();
    updateState();
    m_cancelTest->setFocus();
}

void ConnectDialog::cancelTest()
{
    if (!m_progress)
        return;
    m_progress->cancel();
    m_cancelTest->setEnabled(false);
    m_stage->setText(tr("Stopping the test…"));
}

void ConnectDialog::testEnded(const SisError &error)
{
    m_stagePoll->stop();
    m_progress.reset();
    m_testFailed = error.isError() && error.code != SisError::Code::Cancelled;
    const QString name = Sis::displayName(m_kind);
    if (!error.isError()) {
        const QString where = SisError::where(m_kind == SourceKind::Clever ? CleverClient::apiBaseFor(m_url->text())
                                                                           : Sis::urlFromInput(m_url->text()));
        showResult(true, m_kind == SourceKind::Clever
                             ? tr("Connected. %1 accepted the district token at %2. Press Pull to read the roster.")
                                   .arg(name, where)
                             : tr("Connected. %1 accepted the %2 and %3 at %4. Press Pull to read the roster.")
                                   .arg(name, fieldLabel(Field::Id), fieldLabel(Field::Secret), where));
    } else if (error.code == SisError::Code::Cancelled) {
        showResult(false, tr("The test was stopped before %1 answered. Nothing was read.").arg(name));
    } else {
        showResult(false, error.message);
    }
    updateState();
    m_test->setFocus();
    emit testFinished(error);
}

// -- The keychain -------------------------------------------------------------------------------

QStringList ConnectDialog::rememberedKeys() const
{
    QSettings settings;
    settings.beginGroup(SettingsGroup);
    return settings.value(QStringLiteral("rememberedSecrets")).toStringList();
}

void ConnectDialog::setRemembered(const QString &key, bool remembered) const
{
    // Which connections have a secret in the keychain (their keys hold no secret): the keychain
    // is asked only for those, so that an admin who never ticked the box never sees its prompt.
    QSettings settings;
    settings.beginGroup(SettingsGroup);
    QStringList keys = settings.value(QStringLiteral("rememberedSecrets")).toStringList();
    keys.removeAll(key);
    if (remembered)
        keys.append(key);
    if (keys.isEmpty())
        settings.remove(QStringLiteral("rememberedSecrets"));
    else
        settings.setValue(QStringLiteral("rememberedSecrets"), keys);
}

void ConnectDialog::lookUpRememberedSecret()
{
    if (!m_secrets || !m_keychainUsable || !m_secret->text().isEmpty())
        return;
    const QString key = secretKey();
    if (!rememberedKeys().contains(key))
        return;
    setKeychainNotice(tr("Looking for the %1 in the system keychain…").arg(fieldLabel(Field::Secret)), false);
    m_secrets->read(key, this, [this, key](const SecretResult &r) {
        if (key == secretKey()) {
            if (r.isOk() && m_secret->text().isEmpty()) {
                m_secret->setText(r.secret);
                m_before[int(Field::Secret)] = r.secret;
                m_pasted.remove(int(Field::Secret));
                m_loadedKey = key;
                m_loadedSecret = r.secret;
                m_remember->setChecked(true);
                setKeychainNotice(tr("The %1 was filled in from the system keychain.").arg(fieldLabel(Field::Secret)),
                                  false);
            } else if (r.isOk()) {
                setKeychainNotice({}, false);
            } else if (r.status == SecretResult::Status::NotFound) {
                setRemembered(key, false);
                setKeychainNotice({}, false);
            } else {
                keychainUnavailable(keychainSays(r));
            }
        }
        emit secretLookupFinished();
    });
}

void ConnectDialog::probeKeychain()
{
    if (!m_secrets)
        return;
    // Ticking the box asks the keychain at once, so that one that is not there is said now, not
    // after Pull.
    m_secrets->read(secretKey(), this, [this](const SecretResult &r) {
        if (r.status == SecretResult::Status::Unavailable || r.status == SecretResult::Status::Failed)
            keychainUnavailable(keychainSays(r));
    });
}

QString ConnectDialog::keychainSays(const SecretResult &result)
{
    // What it means for the admin, then why, in the keychain's own words: "no keyring is
    // unlocked" tells what to do where "not available" does not.
    QString text = result.message;
    const QString why = result.detail.trimmed();
    if (!why.isEmpty() && !text.contains(why))
        text += u' ' + tr("The keychain said: “%1”.").arg(why);
    return text;
}

void ConnectDialog::keychainUnavailable(const QString &message)
{
    m_keychainUsable = false;
    m_remember->setChecked(false);
    m_remember->setEnabled(false);
    setKeychainNotice(message, true);
}

// -- Closing ------------------------------------------------------------------------------------

void ConnectDialog::accept()
{
    if (isTesting() || m_saving)
        return;
    trimAll();
    if (!isFilled())
        return;
    if (SisError bad; !checkUrl(&bad)) {
        showResult(false, bad.message, m_url);
        m_url->setFocus();
        return;
    }
    saveFields();

    const QString key = secretKey();
    const QString secret = m_secret->text();
    if (m_secrets && m_remember->isChecked() && m_remember->isEnabled()) {
        if (key == m_loadedKey && secret == m_loadedSecret) {
            QDialog::accept();
            return;
        }
        m_saving = true;
        m_stage->setText(tr("Saving the %1 in the system keychain…").arg(fieldLabel(Field::Secret)));
        updateState();
        m_secrets->write(key, secret, this, [this, key](const SecretResult &r) {
            if (r.isOk())
                setRemembered(key, true);
            if (!m_saving)
                return; // closed meanwhile
            m_saving = false;
            if (r.isOk()) {
                QDialog::accept();
                return;
            }
            if (r.status == SecretResult::Status::Unavailable || r.status == SecretResult::Status::Failed)
                keychainUnavailable(keychainSays(r) + u' ' + tr("Press Pull again to go on without remembering it."));
            updateState();
            m_pull->setFocus();
        });
        return;
    }
    // Unticked: a secret remembered earlier for this connection is forgotten.
    if (m_secrets && rememberedKeys().contains(key)) {
        m_secrets->remove(key, nullptr, {});
        setRemembered(key, false);
    }
    QDialog::accept();
}

void ConnectDialog::reject()
{
    if (isTesting()) {
        cancelTest();
        return;
    }
    m_saving = false;
    // Closed after a test that failed: the admin goes to check the credentials and comes back to
    // what was typed (the secret only through the keychain, as always).
    if (m_testFailed)
        saveFields();
    QDialog::reject();
}

} // namespace rb

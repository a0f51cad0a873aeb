#include "acknowledgedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace rb {

namespace {

// A label's text as it is read: the mnemonic's & gone, a doubled && shown as one.
QString withoutMnemonic(const QString &text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'&' && i + 1 < text.size())
            ++i;
        plain += text[i];
    }
    return plain;
}

} // namespace

AcknowledgeDialog::AcknowledgeDialog(const QString &finding, const QString &operatorName, const QString &note,
                                     QWidget *parent)
    : QDialog(parent)
    , m_finding(new QLabel(finding, this))
    , m_note(new QPlainTextEdit(note, this))
{
    setWindowTitle(tr("Acknowledge Finding"));
    setObjectName(QStringLiteral("acknowledgeDialog"));

    // A finding's message can be long (a name, a list of classes): it wraps, never widens the dialog.
    m_finding->setWordWrap(true);
    m_finding->setTextFormat(Qt::PlainText);
    m_finding->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A name with an & in it is shown as written, not as a mnemonic.
    QString name = operatorName;
    name.replace(u'&', QLatin1String("&&"));
    auto *question = new QLabel(tr("&Why can it stay as it is? The note is kept in the session with your name, %1.")
                                    .arg(name),
                                this);
    question->setWordWrap(true);
    question->setBuddy(m_note);

    m_note->setObjectName(QStringLiteral("acknowledgementNote"));
    // Named by the question above it, as it reads: a screen reader says what to write, and whose
    // name goes with it.
    m_note->setAccessibleName(withoutMnemonic(question->text()));
    m_note->setTabChangesFocus(true);
    const QString acceptText = acceptKeys().constFirst().toString(QKeySequence::NativeText);
    m_note->setAccessibleDescription(tr("%1 acknowledges; Tab goes on to the buttons.").arg(acceptText));
    m_note->setPlaceholderText(tr("The school fixes it on Monday (%1 to acknowledge)").arg(acceptText));
    m_note->moveCursor(QTextCursor::End);
    // A few lines to write in, without asking for more of a small screen than that.
    m_note->setMinimumHeight(m_note->fontMetrics().lineSpacing() * 4);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_acknowledge = buttons->addButton(tr("&Acknowledge"), QDialogButtonBox::AcceptRole);
    m_acknowledge->setDefault(true);
    m_acknowledge->setToolTip(tr("Acknowledge with this note (%1)").arg(acceptText));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (const QKeySequence &sequence : acceptKeys()) {
        auto *shortcut = new QShortcut(sequence, this);
        connect(shortcut, &QShortcut::activated, this, &QDialog::accept);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_finding);
    layout->addWidget(question);
    layout->addWidget(m_note, 1);
    layout->addWidget(buttons);

    const int width = fontMetrics().averageCharWidth() * 70;
    resize(width, layout->totalHeightForWidth(width) + m_note->fontMetrics().lineSpacing() * 2);
    m_note->setFocus();
}

AcknowledgeDialog::~AcknowledgeDialog() = default;

QString AcknowledgeDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

QList<QKeySequence> AcknowledgeDialog::acceptKeys()
{
    // Return on the main keyboard and Enter on the keypad.
    return {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)};
}

} // namespace rb

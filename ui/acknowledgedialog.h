#pragma once

#include <QDialog>
#include <QKeySequence>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace rb {

// Asks why a finding can stay as it is: the finding, a note, and whose name the session keeps
// with it. Ctrl+Return acknowledges from the note, as a mail is sent; Tab leaves the note for the
// buttons, as everywhere else in a form.
class AcknowledgeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AcknowledgeDialog)

public:
    // `finding` is the finding's message; `note` the note it has already, if any.
    AcknowledgeDialog(const QString &finding, const QString &operatorName, const QString &note,
                      QWidget *parent = nullptr);
    ~AcknowledgeDialog() override;

    // The note as typed, without spaces around it.
    QString note() const;
    QPlainTextEdit *noteEdit() const { return m_note; }
    QPushButton *acknowledgeButton() const { return m_acknowledge; }

    // The keys that acknowledge from the note, for the list of shortcuts.
    static QList<QKeySequence> acceptKeys();

private:
    QLabel *m_finding = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QPushButton *m_acknowledge = nullptr;
};

} // namespace rb

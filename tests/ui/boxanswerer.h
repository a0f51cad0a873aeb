#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QObject>
#include <QStringList>
#include <QTimer>

// Answers every message box that shows with `button` (closing it when it has no such button),
// and keeps what each said: for tests of windows that ask.
class BoxAnswerer
{
public:
    explicit BoxAnswerer(QMessageBox::StandardButton button)
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this, button] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *box = qobject_cast<QMessageBox *>(w);
                if (box && box->isVisible()) {
                    m_texts << box->text();
                    if (QAbstractButton *b = box->button(button))
                        b->click();
                    else
                        box->close();
                }
            }
        });
        m_timer.start(20);
    }
    int seen() const { return int(m_texts.size()); }
    // What the last box said.
    QString text() const { return m_texts.value(m_texts.size() - 1); }

private:
    QTimer m_timer;
    QStringList m_texts;
};

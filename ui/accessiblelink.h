#pragma once

#include <QAccessibleInterface>
#include <QPointer>

namespace rb {

class TextPane;

// One link of a TextPane as assistive technology sees it: an object of the link role, named by
// its text, that can be followed (press) or moved onto (set focus); focused while the keyboard is
// on it. It stands for one revision of the pane's document: once the document changes it is no
// longer valid, and the pane's interface makes others.
class AccessibleLink final : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    AccessibleLink(TextPane *pane, int index, quint64 revision);
    ~AccessibleLink() override;

    bool isValid() const override;
    QObject *object() const override;
    QWindow *window() const override;
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int index) const override;
    int childCount() const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QString text(QAccessible::Text t) const override;
    void setText(QAccessible::Text t, const QString &text) override;
    QRect rect() const override;
    QAccessible::Role role() const override;
    QAccessible::State state() const override;
    void *interface_cast(QAccessible::InterfaceType type) override;

    QStringList actionNames() const override;
    void doAction(const QString &actionName) override;
    QStringList keyBindingsForAction(const QString &actionName) const override;

    int index() const { return m_index; }

private:
    QPointer<TextPane> m_pane;
    int m_index;
    quint64 m_revision;
};

} // namespace rb

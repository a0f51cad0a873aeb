#pragma once

#include "session/sessionstore.h"

#include <QDialog>
#include <QList>

class QTableWidget;

namespace rb {

// A session's history, newest first: when, who, what happened, to which import. Read-only, as the
// history itself is; the rows can be copied.
class HistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryDialog)

public:
    HistoryDialog(const QList<HistoryEvent> &events, const QList<ImportInfo> &imports, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

    // What an event is, in words, for the history's "What" column.
    static QString describe(HistoryEvent::Kind kind);

private:
    QTableWidget *m_table = nullptr;
};

} // namespace rb

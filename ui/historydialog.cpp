#include "historydialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace rb {

QString HistoryDialog::describe(HistoryEvent::Kind kind)
{
    switch (kind) {
    case HistoryEvent::Kind::Created: return tr("Session created");
    case HistoryEvent::Kind::Imported: return tr("Export imported");
    case HistoryEvent::Kind::Acknowledged: return tr("Finding acknowledged");
    case HistoryEvent::Kind::Unacknowledged: return tr("Acknowledgement taken back");
    case HistoryEvent::Kind::Rechecked: return tr("Checked again with new rules");
    case HistoryEvent::Kind::HubSchools: return tr("Hub schools set");
    case HistoryEvent::Kind::Matched: return tr("Schools matched");
    case HistoryEvent::Kind::Locked: return tr("School matching confirmed and locked");
    case HistoryEvent::Kind::Unlocked: return tr("School matching unlocked");
    case HistoryEvent::Kind::Exported: return tr("Report exported");
    }
    return {};
}

HistoryDialog::HistoryDialog(const QList<HistoryEvent> &events, const QList<ImportInfo> &imports, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Session History"));
    resize(900, 520);

    auto *intro = new QLabel(tr("Everything done in this session, newest first. The history is only ever added to."), this);
    intro->setWordWrap(true);

    const QStringList headers{tr("When"), tr("Who"), tr("What"), tr("Import"), tr("Detail")};
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(events.size()));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Session history"));
    // Arrow keys move in the table; Tab goes on to Close, rather than from cell to cell.
    m_table->setTabKeyNavigation(false);
    QList<HistoryEvent> newestFirst = events;
    std::reverse(newestFirst.begin(), newestFirst.end());
    for (int row = 0; row < newestFirst.size(); ++row) {
        const HistoryEvent &e = newestFirst[row];
        QString import;
        if (e.importId > 0) {
            import = QString::number(e.importId);
            for (const ImportInfo &i : imports) {
                if (i.id == e.importId)
                    import = tr("%1 · %2").arg(i.id).arg(i.name);
            }
        }
        const QStringList cells{QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat), e.operatorName,
                                describe(e.kind), import, e.detail};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(cells[column]);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);

    // Copy: the selected rows, tab-separated, as a spreadsheet pastes them.
    auto *copy = new QShortcut(QKeySequence::Copy, m_table);
    copy->setContext(Qt::WidgetShortcut);
    connect(copy, &QShortcut::activated, this, [this] {
        QStringList lines;
        for (int row = 0; row < m_table->rowCount(); ++row) {
            if (!m_table->selectionModel()->isRowSelected(row, {}))
                continue;
            QStringList cells;
            for (int column = 0; column < m_table->columnCount(); ++column)
                cells << m_table->item(row, column)->text();
            lines << cells.join(u'\t');
        }
        if (!lines.isEmpty())
            QApplication::clipboard()->setText(lines.join(u'\n') + u'\n');
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
}

} // namespace rb

#include "matchingwizard.h"

#include "clearbutton.h"
#include "matching/hubschoollist.h"
#include "matching/schoolmatchplan.h"
#include "oneroster/exportreader.h"
#include "palettes.h"
#include "roster/roster.h"
#include "session/sessionstore.h"
#include "sessionjobs.h"
#include "util/text.h"

#include <QAbstractButton>
#include <QApplication>
#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QSet>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QWizardPage>

namespace rb {

namespace {

// How much larger than the system's the wizard's type is: it is read on screen-shares.
constexpr double FontScale = 1.25;

QString when(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QString hubLabel(const HubSchool &h)
{
    return MatchingWizard::tr("%1 (%2)").arg(h.name, h.id);
}

QString hubLabel(const QList<HubSchool> &hub, const QString &hubId)
{
    for (const HubSchool &h : hub) {
        if (h.id == hubId)
            return hubLabel(h);
    }
    return hubId;
}

// "Confirmed 5/1/24 10:00 AM by Ana Ruiz": the lock, as every page shows it.
QString confirmedText(const SchoolMatch &m)
{
    return MatchingWizard::tr("Confirmed %1 by %2").arg(when(m.confirmedAt), m.confirmedBy);
}

QTableWidgetItem *cell(const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment(align);
    return item;
}

QTableWidgetItem *numberCell(qint64 n)
{
    return cell(number(n), Qt::AlignRight | Qt::AlignVCenter);
}

// Tables for reading at a distance and for the keyboard: whole rows, one at a time, Tab leaving
// the table rather than walking its cells.
void setUpTable(QTableWidget *table, const QStringList &headers)
{
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setTabKeyNavigation(false);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setHighlightSections(false);
    // Headers have a smaller font of their own in some styles: here they are read at a distance too.
    table->horizontalHeader()->setFont(table->font());
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
}

QLabel *wrappedLabel(QWidget *parent, const QString &objectName = {})
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    return label;
}

// A label for what is wrong or missing: it must not be missed.
void setProblem(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void styleProblemLabel(QLabel *label)
{
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    // Red, as dark or as light as the palette needs for the text to read at 4.5:1.
    label->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(problemTextColor(label->palette()).name()));
    label->hide();
}

// Trees of a few rows, read at a distance: some air between the rows, and headers as large as
// the rows.
void setUpTree(QTreeWidget *tree)
{
    tree->setAlternatingRowColors(true);
    tree->setUniformRowHeights(true);
    tree->setStyleSheet(QStringLiteral("QTreeView::item { padding: 4px 2px; }"));
    tree->header()->setFont(tree->font());
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

// A page title larger than the text under it, as the heading of what is shown.
QString pageTitle(const QString &text)
{
    return QStringLiteral("<span style=\"font-size: x-large;\">%1</span>").arg(text.toHtmlEscaped());
}

// A cell being typed into is a field of its own to a screen reader, announced as it takes focus:
// it is named by its column and its row ("Name, hub school 2"), as the table shows them.
class NamedEditorDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (editor) {
            const QString column = index.model()->headerData(index.column(), Qt::Horizontal).toString();
            editor->setAccessibleName(MatchingWizard::tr("%1, hub school %2").arg(column).arg(index.row() + 1));
        }
        return editor;
    }
};

// Whether the keyboard is in `table`: on it, or in a cell being typed into.
bool hasKeyboard(const QTableWidget *table)
{
    const QWidget *focus = QApplication::focusWidget();
    return focus && (focus == table || table->isAncestorOf(focus));
}

// Makes a cell of `table` current, or none (row -1). Qt tells a screen reader that a table's new
// current cell has focus whether or not the table has it; a table the keyboard is not in (on a
// page not shown, or beside the field being typed in) moves its current cell without a word.
void moveCurrentCell(QTableWidget *table, int row, int column)
{
    if (hasKeyboard(table)) {
        if (row < 0)
            table->selectionModel()->clearCurrentIndex();
        else
            table->setCurrentCell(row, column);
        return;
    }
    QItemSelectionModel *selection = table->selectionModel();
    {
        const QSignalBlocker quiet(selection);
        if (row < 0) {
            selection->clear();
        } else {
            const QItemSelectionModel::SelectionFlags rows =
                table->selectionBehavior() == QAbstractItemView::SelectRows ? QItemSelectionModel::Rows
                                                                           : QItemSelectionModel::NoUpdate;
            selection->setCurrentIndex(table->model()->index(row, column), QItemSelectionModel::ClearAndSelect | rows);
        }
    }
    table->viewport()->update();
}

} // namespace

// One step of Undo: the whole matching before and after a choice. The matching is small (a
// district has tens of schools, the largest a few hundred), so whole copies keep Undo simple
// and exact.
class MatchingDraftCommand final : public QUndoCommand
{
public:
    MatchingDraftCommand(MatchingWizard *wizard, const QString &text, MatchingWizard::Draft before,
                         MatchingWizard::Draft after)
        : QUndoCommand(text)
        , m_wizard(wizard)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }
    void redo() override { m_wizard->applyDraft(m_after); }
    void undo() override { m_wizard->applyDraft(m_before); }

private:
    MatchingWizard *m_wizard;
    MatchingWizard::Draft m_before, m_after;
};

// -- Page 1: the hub's schools ------------------------------------------------------------------

class MatchingHubPage final : public QWizardPage
{
    Q_OBJECT

public:
    enum Column { IdColumn, NameColumn, NcesColumn, CityColumn, StatusColumn };

    explicit MatchingHubPage(MatchingWizard *wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
        , m_table(new QTableWidget(this))
        , m_import(new QPushButton(tr("&Import CSV…"), this))
        , m_add(new QPushButton(tr("&Add a school"), this))
        , m_remove(new QPushButton(tr("&Remove school"), this))
        , m_count(wrappedLabel(this))
        , m_problems(wrappedLabel(this, QStringLiteral("hubProblems")))
    {
        setTitle(pageTitle(tr("The hub's schools")));
        setSubTitle(tr("The schools your district has in the hub. Import the list the hub gives you as a CSV "
                       "file (columns id and name; nces_id and city if known), or type them in."));
        m_table->setObjectName(QStringLiteral("hubTable"));
        m_table->setAccessibleName(tr("Hub schools"));
        setUpTable(m_table, {tr("Hub id"), tr("Name"), tr("NCES id"), tr("City"), tr("Status")});
        // Cells are typed into: F2, a double-click or just typing starts, Enter keeps it.
        m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
        m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                 | QAbstractItemView::AnyKeyPressed);
        m_table->setItemDelegate(new NamedEditorDelegate(m_table));
        m_import->setObjectName(QStringLiteral("importButton"));
        m_add->setObjectName(QStringLiteral("addButton"));
        m_remove->setObjectName(QStringLiteral("removeButton"));
        styleProblemLabel(m_problems);

        auto *buttons = new QHBoxLayout;
        buttons->addWidget(m_import);
        buttons->addWidget(m_add);
        buttons->addWidget(m_remove);
        buttons->addStretch(1);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(buttons);
        layout->addWidget(m_table, 1);
        layout->addWidget(m_count);
        layout->addWidget(m_problems);
        // Tab in reading order: the buttons above the table, then the table.
        setTabOrder(m_import, m_add);
        setTabOrder(m_add, m_remove);
        setTabOrder(m_remove, m_table);

        connect(m_import, &QPushButton::clicked, this, &MatchingHubPage::chooseFile);
        connect(m_add, &QPushButton::clicked, this, [this] {
            m_importProblems.clear();
            const int row = m_wizard->addHubSchool();
            m_table->setFocus();
            m_table->setCurrentCell(row, IdColumn);
            m_table->editItem(m_table->item(row, IdColumn));
        });
        connect(m_remove, &QPushButton::clicked, this, [this] {
            m_importProblems.clear();
            m_wizard->removeHubSchool(m_table->currentRow());
        });
        connect(m_table, &QTableWidget::itemChanged, this, &MatchingHubPage::edited);
        connect(m_table, &QTableWidget::currentCellChanged, this, &MatchingHubPage::updateButtons);
        connect(m_wizard, &MatchingWizard::draftChanged, this, [this] {
            m_importProblems.clear();
            refresh();
        });
        connect(m_wizard, &MatchingWizard::hubSchoolsImportFailed, this, &MatchingHubPage::importFailed);
        refresh();
    }

    QTableWidget *table() const { return m_table; }

    // Why the list cannot be kept as it is, or empty.
    QString whatIsWrong() const
    {
        const QList<HubSchool> &hub = m_wizard->hubSchools();
        if (hub.isEmpty())
            return tr("Import the hub's schools or type them in: there is nothing to match the SIS's schools to yet.");
        QSet<QString> ids;
        for (int row = 0; row < hub.size(); ++row) {
            const HubSchool &h = hub[row];
            if (h.id.trimmed().isEmpty())
                return tr("The school on row %1 needs its hub id.").arg(row + 1);
            if (h.name.trimmed().isEmpty())
                return tr("The school “%1” on row %2 needs a name.").arg(h.id).arg(row + 1);
            if (ids.contains(h.id))
                return tr("The hub id “%1” is on two rows: each hub school has its own.").arg(h.id);
            ids.insert(h.id);
        }
        return {};
    }

    bool isComplete() const override { return whatIsWrong().isEmpty(); }

    bool validatePage() override
    {
        QString error;
        if (m_wizard->save(&error))
            return true;
        setProblem(m_problems, error);
        return false;
    }

private:
    void chooseFile()
    {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import the hub's schools"), QString(),
                                                          tr("CSV files (*.csv *.txt);;All files (*)"));
        if (path.isEmpty())
            return;
        m_importProblems.clear();
        m_wizard->importHubSchools(path, nullptr);
        refresh();
    }

    void importFailed(const QString &file, const QStringList &problems)
    {
        // A long list is cut short: the first lines are what to fix first.
        constexpr int Shown = 8;
        m_importProblems = tr("Nothing was imported from “%1”:").arg(QFileInfo(file).fileName());
        for (int i = 0; i < std::min<int>(Shown, int(problems.size())); ++i)
            m_importProblems += u'\n' + problems[i];
        if (problems.size() > Shown)
            m_importProblems += u'\n' + tr("…and %n more.", nullptr, int(problems.size()) - Shown);
        refresh();
    }

    void edited(QTableWidgetItem *item)
    {
        const int row = item->row();
        if (row < 0 || row >= m_wizard->hubSchools().size())
            return;
        m_importProblems.clear();
        HubSchool school = m_wizard->hubSchools()[row];
        const QString text = item->text().simplified();
        switch (item->column()) {
        case IdColumn: school.id = text; break;
        case NameColumn: school.name = text; break;
        case NcesColumn: school.ncesId = text; break;
        case CityColumn: school.city = text; break;
        default: return;
        }
        if (!m_wizard->updateHubSchool(row, school))
            refresh(); // refused: show the school as it is
    }

    void refresh()
    {
        const QList<HubSchool> &hub = m_wizard->hubSchools();
        QHash<QString, const SchoolMatch *> matchInto;
        for (const SchoolMatch &m : m_wizard->matches()) {
            if (m.syncs())
                matchInto.insert(m.hubId, &m);
        }
        {
            const QSignalBlocker blocker(m_table);
            const int current = m_table->currentRow(), column = std::max(0, m_table->currentColumn());
            // None current while rows go, which would move it (and tell a screen reader so).
            if (hub.size() < m_table->rowCount())
                moveCurrentCell(m_table, -1, 0);
            m_table->setRowCount(int(hub.size()));
            for (int row = 0; row < hub.size(); ++row) {
                const HubSchool &h = hub[row];
                const bool locked = m_wizard->isHubSchoolLocked(h.id);
                const QStringList texts = {h.id, h.name, h.ncesId, h.city};
                for (int c = 0; c < texts.size(); ++c) {
                    auto *item = new QTableWidgetItem(texts[c]);
                    // A confirmed match goes to this school by its id: the id stays.
                    const bool editable = !(locked && c == IdColumn);
                    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | (editable ? Qt::ItemIsEditable : Qt::NoItemFlags));
                    m_table->setItem(row, c, item);
                }
                QString status;
                if (const SchoolMatch *m = matchInto.value(h.id)) {
                    status = m->isConfirmed() ? tr("Locked: %1 (%2)").arg(m->sisName, confirmedText(*m))
                                              : tr("Matched: %1").arg(m->sisName);
                }
                auto *statusItem = cell(status);
                if (locked)
                    statusItem->setToolTip(tr("A confirmed match goes to this school: its id cannot change, and it "
                                              "cannot be removed."));
                m_table->setItem(row, StatusColumn, statusItem);
            }
            // A row is current from the first, so that Remove is there to Tab to, as it is once a
            // row is chosen.
            if (current >= 0 && current < hub.size())
                moveCurrentCell(m_table, current, column);
            else if (!hub.isEmpty())
                moveCurrentCell(m_table, std::min(int(hub.size()) - 1, std::max(current, 0)), column);
        }
        m_count->setText(hub.isEmpty() ? QString() : tr("%Ln hub school(s).", nullptr, int(hub.size())));
        setProblem(m_problems, !m_importProblems.isEmpty() ? m_importProblems : whatIsWrong());
        updateButtons();
        emit completeChanged();
    }

    void updateButtons()
    {
        const int row = m_table->currentRow();
        const QList<HubSchool> &hub = m_wizard->hubSchools();
        const bool removable = row >= 0 && row < hub.size() && !m_wizard->isHubSchoolLocked(hub[row].id);
        m_remove->setEnabled(removable);
        m_remove->setToolTip(removable || row < 0 ? QString()
                                                  : tr("A confirmed match goes to this school: it cannot be removed."));
    }

    MatchingWizard *m_wizard;
    QTableWidget *m_table;
    QPushButton *m_import, *m_add, *m_remove;
    QLabel *m_count, *m_problems;
    QString m_importProblems;
};

// -- Page 2: the SIS's schools ----------------------------------------------------------------

class MatchingSisPage final : public QWizardPage
{
    Q_OBJECT

public:
    enum Column { RosterColumn, NameColumn, IdColumn, IdentifierColumn, StudentsColumn, TeachersColumn,
                  StaffColumn, GuardiansColumn, ClassesColumn, StatusColumn };

    explicit MatchingSisPage(MatchingWizard *wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
        , m_districts(wrappedLabel(this, QStringLiteral("districtNote")))
        , m_table(new QTableWidget(this))
        , m_summary(wrappedLabel(this))
    {
        setTitle(pageTitle(tr("The SIS's schools")));
        const ReadResult *latest = wizard->latest().get();
        const QString name = latest && latest->roster ? latest->roster->sourceName() : QString();
        setSubTitle(tr("The schools of the latest import%1. Tick each school to roster; a school left unticked "
                       "will not sync: none of its people or classes go to the hub. Space ticks and unticks.")
                        .arg(name.isEmpty() ? QString() : tr(", %1").arg(QFileInfo(name).fileName())));
        m_table->setObjectName(QStringLiteral("sisTable"));
        m_table->setAccessibleName(tr("SIS schools"));
        setUpTable(m_table, {tr("Roster"), tr("SIS school"), tr("SIS id"), tr("Identifier"), tr("Students"),
                             tr("Teachers"), tr("Other staff"), tr("Guardians"), tr("Classes"), tr("Status")});
        m_table->installEventFilter(this);
        m_districts->setText(districtText());
        m_districts->setVisible(!m_districts->text().isEmpty());

        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_districts);
        layout->addWidget(m_table, 1);
        layout->addWidget(m_summary);

        connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
            if (item->column() == RosterColumn)
                m_wizard->setRostered(item->data(Qt::UserRole).toString(), item->checkState() == Qt::Checked);
        });
        connect(m_wizard, &MatchingWizard::draftChanged, this, &MatchingSisPage::refresh);
        refresh();
    }

    QTableWidget *table() const { return m_table; }

    bool isComplete() const override { return !m_wizard->sisSchools().isEmpty(); }

protected:
    // Space ticks or unticks the school of the current row, whichever of its cells has focus.
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_table && event->type() == QEvent::KeyPress
            && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Space) {
            if (QTableWidgetItem *item = m_table->item(m_table->currentRow(), RosterColumn);
                item && (item->flags() & Qt::ItemIsUserCheckable))
                m_wizard->setRostered(item->data(Qt::UserRole).toString(), item->checkState() != Qt::Checked);
            return true;
        }
        return QWizardPage::eventFilter(watched, event);
    }

private:
    // The orgs rows that are not schools, named, and why they are not here.
    QString districtText() const
    {
        const ReadResult *latest = m_wizard->latest().get();
        if (!latest || !latest->roster)
            return tr("There is no import to match: import an export into the session first.");
        const Roster &roster = *latest->roster;
        const Table &orgs = roster.table(FileKind::Orgs);
        QStringList others;
        for (uint32_t o = 0; o < orgs.rowCount(); ++o) {
            if (roster.relations().isSchool(o))
                continue;
            others << tr("%1 (%2, %3)")
                          .arg(toQString(orgs.cell(o, OrgsField::Name)).trimmed(),
                               toQString(orgs.cell(o, OrgsField::Type)).trimmed(), toQString(orgs.sourcedId(o)));
        }
        if (others.isEmpty())
            return {};
        return tr("Not taken in: %1. The hub syncs schools only: a district row (or any org that is not a school) "
                  "just groups them, and its people sync through their schools.")
            .arg(QLocale().createSeparatedList(others));
    }

    void refresh()
    {
        const QList<SchoolMatch> &matches = m_wizard->matches();
        int rostered = 0, left = 0;
        {
            const QSignalBlocker blocker(m_table);
            const int current = m_table->currentRow(), column = std::max(0, m_table->currentColumn());
            if (matches.size() < m_table->rowCount())
                moveCurrentCell(m_table, -1, 0);
            m_table->setRowCount(int(matches.size()));
            for (int row = 0; row < matches.size(); ++row) {
                const SchoolMatch &m = matches[row];
                const SchoolSummary *s = m_wizard->summaryOf(m.sisId);
                auto *check = new QTableWidgetItem;
                check->setData(Qt::UserRole, m.sisId);
                check->setCheckState(m.selected ? Qt::Checked : Qt::Unchecked);
                check->setText(m.selected ? tr("Yes") : tr("No")); // the box alone is small at a distance
                check->setFlags(m.isConfirmed() ? Qt::ItemIsSelectable
                                                : Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
                check->setToolTip(m.isConfirmed() ? tr("%1: this cannot be changed.").arg(confirmedText(m))
                                                  : tr("Tick to roster this school, untick to leave it out."));
                m_table->setItem(row, RosterColumn, check);
                m_table->setItem(row, NameColumn, cell(m.sisName));
                m_table->setItem(row, IdColumn, cell(m.sisId));
                m_table->setItem(row, IdentifierColumn, cell(s ? s->identifier : QString()));
                const qint64 SchoolSummary::*counts[] = {&SchoolSummary::students, &SchoolSummary::teachers,
                                                         &SchoolSummary::otherStaff, &SchoolSummary::guardians,
                                                         &SchoolSummary::classes};
                for (int c = 0; c < 5; ++c)
                    m_table->setItem(row, StudentsColumn + c, s ? numberCell(s->*counts[c]) : cell(QString()));
                QString status;
                if (m.isConfirmed())
                    status = m.selected ? tr("%1: syncs to %2").arg(confirmedText(m), hubLabel(m_wizard->hubSchools(), m.hubId))
                                        : tr("%1: left out, does not sync").arg(confirmedText(m));
                else if (!s)
                    status = tr("Not in the latest import");
                else
                    status = m.selected ? tr("To roster") : tr("Left out: will not sync");
                m_table->setItem(row, StatusColumn, cell(status));
                if (s)
                    (m.selected ? rostered : left) += 1;
            }
            // The cell the person is on stays current (Space ticks its row's school, whichever it is).
            if (current >= 0 && current < matches.size())
                moveCurrentCell(m_table, current, column);
            else if (!matches.isEmpty())
                moveCurrentCell(m_table, 0, RosterColumn);
        }
        if (m_wizard->sisSchools().isEmpty())
            m_summary->setText(tr("The latest import lists no school in orgs.csv: there is nothing to match."));
        else
            m_summary->setText(tr("%1 to roster; %2 left out, which will not sync.")
                                   .arg(tr("%Ln school(s)", nullptr, rostered), tr("%Ln school(s)", nullptr, left)));
        emit completeChanged();
    }

    MatchingWizard *m_wizard;
    QLabel *m_districts;
    QTableWidget *m_table;
    QLabel *m_summary;
};

// -- Page 3: a hub school for each SIS school ---------------------------------------------------

class MatchingMatchPage final : public QWizardPage
{
    Q_OBJECT

public:
    enum SchoolColumn { SisColumn, HubColumn, ScoreColumn, StateColumn };
    enum SuggestionColumn { HubNameColumn, HubIdColumn, CityColumn, SuggestionScoreColumn, WhyColumn };

    explicit MatchingMatchPage(MatchingWizard *wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
        , m_auto(new QPushButton(tr("Match &automatically"), this))
        , m_autoNote(wrappedLabel(this, QStringLiteral("autoNote")))
        , m_schools(new QTableWidget(this))
        , m_detailTitle(wrappedLabel(this, QStringLiteral("detailTitle")))
        , m_detailState(wrappedLabel(this, QStringLiteral("detailState")))
        , m_filter(new QLineEdit(this))
        , m_suggestions(new QTableWidget(this))
        , m_match(new QPushButton(tr("&Match to the selected hub school"), this))
        , m_clear(new QPushButton(tr("C&lear this match"), this))
        , m_status(wrappedLabel(this, QStringLiteral("matchStatus")))
    {
        setTitle(pageTitle(tr("Match each school")));
        setSubTitle(tr("Choose the hub school for each SIS school. Suggestions are ranked by identifier (the NCES id) "
                       "and by how alike the names are, scored from 0 to 100. One hub school takes one SIS school."));
        m_auto->setObjectName(QStringLiteral("autoButton"));
        m_auto->setToolTip(tr("Matches each school whose best hub school has the same identifier, or a name scoring "
                              "%1 or more with no other school close: check each one afterwards.")
                               .arg(SchoolMatcher::AutoThreshold));
        m_schools->setObjectName(QStringLiteral("matchSchools"));
        m_schools->setAccessibleName(tr("SIS schools and their hub schools"));
        setUpTable(m_schools, {tr("SIS school"), tr("Hub school"), tr("Score"), tr("State")});
        m_suggestions->setObjectName(QStringLiteral("suggestionTable"));
        m_suggestions->setAccessibleName(tr("Hub schools, best suggestion first"));
        setUpTable(m_suggestions, {tr("Hub school"), tr("Hub id"), tr("City"), tr("Score"), tr("Why")});
        m_suggestions->installEventFilter(this);
        m_filter->setObjectName(QStringLiteral("hubFilter"));
        m_filter->setPlaceholderText(tr("Part of a hub school's name, id or city"));
        enableNamedClearButton(m_filter);
        m_match->setObjectName(QStringLiteral("matchButton"));
        m_clear->setObjectName(QStringLiteral("clearButton"));
        QFont titleFont = m_detailTitle->font();
        titleFont.setBold(true);
        m_detailTitle->setFont(titleFont);
        m_detailState->setMinimumHeight(m_detailState->fontMetrics().lineSpacing() * 2);
        styleProblemLabel(m_status);

        auto *top = new QHBoxLayout;
        top->addWidget(m_auto);
        top->addWidget(m_autoNote, 1);

        auto *detail = new QWidget(this);
        auto *detailLayout = new QVBoxLayout(detail);
        detailLayout->setContentsMargins(0, 0, 0, 0);
        detailLayout->addWidget(m_detailTitle);
        detailLayout->addWidget(m_detailState);
        auto *filterRow = new QHBoxLayout;
        auto *filterLabel = new QLabel(tr("&Find:"), detail);
        filterLabel->setBuddy(m_filter);
        filterRow->addWidget(filterLabel);
        filterRow->addWidget(m_filter, 1);
        detailLayout->addLayout(filterRow);
        detailLayout->addWidget(m_suggestions, 1);
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(m_match);
        buttons->addWidget(m_clear);
        buttons->addStretch(1);
        detailLayout->addLayout(buttons);

        auto *split = new QSplitter(Qt::Horizontal, this);
        split->addWidget(m_schools);
        split->addWidget(detail);
        // The schools' table shows four columns in full; the suggestions take what is left.
        split->setStretchFactor(0, 1);
        split->setStretchFactor(1, 1);
        split->setSizes({760, 600});
        split->setChildrenCollapsible(false);

        auto *layout = new QVBoxLayout(this);
        layout->addLayout(top);
        layout->addWidget(split, 1);
        layout->addWidget(m_status);

        connect(m_auto, &QPushButton::clicked, this, [this] {
            const int n = m_wizard->matchAutomatically();
            m_autoNote->setText(n > 0 ? tr("%n school(s) matched automatically: check each below. Undo takes them "
                                           "back.",
                                           nullptr, n)
                                      : tr("No school left could be matched automatically: each needs your choice."));
        });
        connect(m_schools, &QTableWidget::currentCellChanged, this, [this] { showSuggestions(); });
        connect(m_filter, &QLineEdit::textChanged, this, [this] { showSuggestions(); });
        connect(m_suggestions, &QTableWidget::currentCellChanged, this, [this] { updateButtons(); });
        connect(m_suggestions, &QTableWidget::doubleClicked, this, [this] { matchSelected(); });
        connect(m_match, &QPushButton::clicked, this, &MatchingMatchPage::matchSelected);
        connect(m_clear, &QPushButton::clicked, this, [this] { m_wizard->setMatch(currentSisId(), QString()); });
        connect(m_wizard, &MatchingWizard::draftChanged, this, &MatchingMatchPage::refresh);
        refresh();
    }

    QTableWidget *schoolsTable() const { return m_schools; }
    QTableWidget *suggestionTable() const { return m_suggestions; }

    // The schools still needing a hub school: rostered, in the latest import, not confirmed.
    QStringList unmatched() const
    {
        QStringList out;
        for (const SchoolMatch &m : m_wizard->matches()) {
            if (m.selected && m.hubId.isEmpty() && !m.isConfirmed() && m_wizard->summaryOf(m.sisId))
                out << m.sisName;
        }
        return out;
    }

    bool isComplete() const override { return !m_wizard->sisSchools().isEmpty() && unmatched().isEmpty(); }

    bool validatePage() override
    {
        QString error;
        if (m_wizard->save(&error))
            return true;
        setProblem(m_status, error);
        return false;
    }

    void initializePage() override
    {
        if (m_schools->currentRow() < 0 && m_schools->rowCount() > 0) {
            moveCurrentCell(m_schools, 0, SisColumn);
            showSuggestions();
        }
    }

protected:
    // Enter on a suggestion matches it, rather than pressing the wizard's Next.
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_suggestions && event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter) {
                matchSelected();
                return true;
            }
        }
        return QWizardPage::eventFilter(watched, event);
    }

private:
    QString currentSisId() const
    {
        const QTableWidgetItem *item = m_schools->item(m_schools->currentRow(), SisColumn);
        return item ? item->data(Qt::UserRole).toString() : QString();
    }

    const SisSchool *sisSchool(const QString &sisId) const
    {
        for (const SisSchool &s : m_wizard->sisSchools()) {
            if (s.sourcedId == sisId)
                return &s;
        }
        return nullptr;
    }

    void matchSelected()
    {
        const QTableWidgetItem *item = m_suggestions->item(m_suggestions->currentRow(), HubNameColumn);
        if (item && (item->flags() & Qt::ItemIsEnabled))
            m_wizard->setMatch(currentSisId(), item->data(Qt::UserRole).toString());
    }

    void refresh()
    {
        const QList<SchoolMatch> &matches = m_wizard->matches();
        {
            const QSignalBlocker blocker(m_schools);
            const QString current = currentSisId();
            m_schools->setRowCount(0);
            for (const SchoolMatch &m : matches) {
                const SisSchool *sis = sisSchool(m.sisId);
                if (!sis && !m.isConfirmed())
                    continue; // not in this import, and nothing to show about it
                const int row = m_schools->rowCount();
                m_schools->insertRow(row);
                auto *name = cell(m.sisName);
                name->setData(Qt::UserRole, m.sisId);
                name->setToolTip(m.sisId);
                m_schools->setItem(row, SisColumn, name);
                m_schools->setItem(row, HubColumn, cell(m.syncs() ? hubLabel(m_wizard->hubSchools(), m.hubId) : QString()));
                QString score;
                if (m.syncs() && sis) {
                    const MatchSuggestion s = m_wizard->matcher().score(*sis, m_wizard->matcher().indexOfHub(m.hubId));
                    score = number(s.score);
                }
                m_schools->setItem(row, ScoreColumn, cell(score, Qt::AlignRight | Qt::AlignVCenter));
                QString state;
                if (m.isConfirmed())
                    state = tr("Locked");
                else if (!m.selected)
                    state = tr("Left out");
                else if (m.hubId.isEmpty())
                    state = tr("Needs a hub school");
                else
                    state = tr("Matched");
                auto *stateItem = cell(state);
                if (m.isConfirmed())
                    stateItem->setToolTip(confirmedText(m));
                if (m.selected && m.hubId.isEmpty() && !m.isConfirmed()) {
                    QFont bold = stateItem->font();
                    bold.setBold(true);
                    stateItem->setFont(bold);
                }
                m_schools->setItem(row, StateColumn, stateItem);
                if (m.sisId == current)
                    moveCurrentCell(m_schools, row, 0);
            }
            if (m_schools->currentRow() < 0 && m_schools->rowCount() > 0)
                moveCurrentCell(m_schools, 0, 0);
        }
        const QStringList missing = unmatched();
        setProblem(m_status, missing.isEmpty()
                                 ? QString()
                                 : tr("Still to match: %1. Choose a hub school for each, or leave it out on the "
                                      "previous page (it will not sync).")
                                       .arg(QLocale().createSeparatedList(missing)));
        showSuggestions();
        emit completeChanged();
    }

    void showSuggestions()
    {
        const QString sisId = currentSisId();
        const SchoolMatch *m = m_wizard->matchOf(sisId);
        const SisSchool *sis = sisSchool(sisId);
        const bool changeable = m && sis && m->selected && !m->isConfirmed();
        m_detailTitle->setText(m ? tr("Hub school for %1 (%2)").arg(m->sisName, m->sisId) : tr("No school chosen"));
        if (!m)
            m_detailState->setText(QString());
        else if (m->isConfirmed())
            m_detailState->setText(m->selected ? tr("%1: it syncs to %2. A confirmed match cannot be changed; to remap "
                                                    "a school, contact the hub's support.")
                                                     .arg(confirmedText(*m), hubLabel(m_wizard->hubSchools(), m->hubId))
                                               : tr("%1 as left out: it does not sync. A confirmed school cannot be "
                                                    "changed; contact the hub's support.")
                                                     .arg(confirmedText(*m)));
        else if (!m->selected)
            m_detailState->setText(tr("Left out on the previous page: it will not sync. Tick it there to match it."));
        else if (m->hubId.isEmpty())
            m_detailState->setText(tr("Not matched yet. Pick its hub school below and press Enter."));
        else
            m_detailState->setText(tr("Matched to %1.").arg(hubLabel(m_wizard->hubSchools(), m->hubId)));
        m_filter->setEnabled(changeable);
        m_suggestions->setEnabled(changeable);

        const QSignalBlocker blocker(m_suggestions);
        m_suggestions->setRowCount(0);
        if (!sis) {
            updateButtons();
            return;
        }
        QHash<QString, const SchoolMatch *> takenBy;
        for (const SchoolMatch &other : m_wizard->matches()) {
            if (other.syncs() && other.sisId != sisId)
                takenBy.insert(other.hubId, &other);
        }
        const QList<HubSchool> &hub = m_wizard->hubSchools();
        const QString filter = m_filter->text().trimmed();
        int preferred = -1;
        for (const MatchSuggestion &s : m_wizard->matcher().rank(*sis)) {
            const HubSchool &h = hub[s.hubIndex];
            if (!filter.isEmpty() && !h.name.contains(filter, Qt::CaseInsensitive)
                && !h.id.contains(filter, Qt::CaseInsensitive) && !h.city.contains(filter, Qt::CaseInsensitive))
                continue;
            const int row = m_suggestions->rowCount();
            m_suggestions->insertRow(row);
            const SchoolMatch *taken = takenBy.value(h.id);
            QString why;
            if (taken)
                why = taken->isConfirmed() ? tr("Locked to %1").arg(taken->sisName) : tr("Taken by %1").arg(taken->sisName);
            else if (m->hubId == h.id)
                why = tr("The current match");
            else if (s.basis == MatchSuggestion::Basis::Identifier)
                why = tr("Same identifier");
            else if (s.score >= SchoolMatcher::AutoThreshold)
                why = tr("Names alike");
            else if (s.score >= SchoolMatcher::SuggestThreshold)
                why = tr("Names partly alike");
            else
                why = tr("Names differ");
            const QStringList texts = {h.name, h.id, h.city, number(s.score), why};
            for (int c = 0; c < texts.size(); ++c) {
                auto *item = cell(texts[c], c == SuggestionScoreColumn ? Qt::AlignRight | Qt::AlignVCenter
                                                                       : Qt::AlignLeft | Qt::AlignVCenter);
                // A hub school another school goes to cannot be chosen: one hub school, one SIS school.
                if (taken)
                    item->setFlags(Qt::NoItemFlags);
                m_suggestions->setItem(row, c, item);
            }
            m_suggestions->item(row, HubNameColumn)->setData(Qt::UserRole, h.id);
            if (preferred < 0 && (m->hubId == h.id || (m->hubId.isEmpty() && !taken)))
                preferred = row;
        }
        if (preferred >= 0)
            moveCurrentCell(m_suggestions, preferred, 0);
        updateButtons();
    }

    void updateButtons()
    {
        const SchoolMatch *m = m_wizard->matchOf(currentSisId());
        const bool changeable = m && m->selected && !m->isConfirmed() && sisSchool(m->sisId);
        const QTableWidgetItem *chosen = m_suggestions->item(m_suggestions->currentRow(), HubNameColumn);
        m_match->setEnabled(changeable && chosen && (chosen->flags() & Qt::ItemIsEnabled)
                            && chosen->data(Qt::UserRole).toString() != m->hubId);
        m_clear->setEnabled(changeable && !m->hubId.isEmpty());
        m_auto->setEnabled(!unmatched().isEmpty() && !m_wizard->hubSchools().isEmpty());
    }

    MatchingWizard *m_wizard;
    QPushButton *m_auto;
    QLabel *m_autoNote;
    QTableWidget *m_schools;
    QLabel *m_detailTitle, *m_detailState;
    QLineEdit *m_filter;
    QTableWidget *m_suggestions;
    QPushButton *m_match, *m_clear;
    QLabel *m_status;
};

// -- Page 4: what will sync, and what will not --------------------------------------------------

class MatchingReviewPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit MatchingReviewPage(MatchingWizard *wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
        , m_summary(wrappedLabel(this, QStringLiteral("reviewSummary")))
        , m_tree(new QTreeWidget(this))
    {
        setTitle(pageTitle(tr("Review")));
        setSubTitle(tr("What will sync into each hub school, and what will not sync at all. People in two schools "
                       "count in both."));
        m_tree->setObjectName(QStringLiteral("reviewTree"));
        m_tree->setAccessibleName(tr("What will sync"));
        m_tree->setColumnCount(7);
        m_tree->setHeaderLabels({tr("Hub school"), tr("SIS school"), tr("Students"), tr("Teachers"), tr("Other staff"),
                                 tr("Guardians"), tr("Classes")});
        m_tree->setRootIsDecorated(true);
        setUpTree(m_tree);
        m_tree->header()->setStretchLastSection(false);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_summary);
        layout->addWidget(m_tree, 1);
        connect(m_wizard, &MatchingWizard::draftChanged, this, [this] {
            if (m_wizard->currentPage() == this)
                refresh();
        });
    }

    QTreeWidget *tree() const { return m_tree; }

    void initializePage() override { refresh(); }

private:
    static QTreeWidgetItem *row(QTreeWidgetItem *parent, const QString &hub, const QString &sis,
                                const SchoolSummary *s)
    {
        QStringList texts = {hub, sis};
        if (s) {
            for (qint64 n : {s->students, s->teachers, s->otherStaff, s->guardians, s->classes})
                texts << number(n);
        }
        auto *item = new QTreeWidgetItem(parent, texts);
        for (int c = 2; c < 7; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        return item;
    }

    void refresh()
    {
        m_tree->clear();
        const SchoolMatchPlan plan = SchoolMatchPlan::make(m_wizard->summaries(), m_wizard->hubSchools(), m_wizard->matches());
        auto *syncing = new QTreeWidgetItem(m_tree, {tr("Will sync: %Ln hub school(s)", nullptr, int(plan.syncing.size()))});
        for (const SchoolMatchPlan::Syncing &s : plan.syncing) {
            QTreeWidgetItem *item = row(syncing, hubLabel(s.hub), s.school.name, &s.school);
            if (s.match.isConfirmed())
                item->setToolTip(0, confirmedText(s.match));
        }
        auto *notSyncing = new QTreeWidgetItem(m_tree, {tr("Will not sync")});
        for (const SchoolSummary &s : plan.deselected)
            row(notSyncing, tr("Left out"), s.name, &s);
        for (const SchoolSummary &s : plan.unmatched)
            row(notSyncing, tr("Not matched"), s.name, &s);
        const SchoolSummary &outside = plan.outsideSchools;
        if (outside.students + outside.teachers + outside.otherStaff + outside.guardians + outside.classes > 0)
            row(notSyncing, tr("In no known school"), SchoolSummaryText::noSchoolName(), &outside)
                ->setToolTip(1, SchoolSummaryText::noSchoolDescription());
        for (const HubSchool &h : plan.hubWithoutSchool)
            row(notSyncing, hubLabel(h), tr("No SIS school: nothing goes to it"), nullptr);
        for (QTreeWidgetItem *top : {syncing, notSyncing}) {
            QFont bold = top->font(0);
            bold.setBold(true);
            top->setFont(0, bold);
            top->setFirstColumnSpanned(true);
        }
        m_tree->expandAll();

        qint64 people = 0, classes = 0;
        for (const SchoolMatchPlan::Syncing &s : plan.syncing) {
            people += s.school.students + s.school.teachers + s.school.otherStaff + s.school.guardians;
            classes += s.school.classes;
        }
        m_summary->setText(tr("%1 go to %2, with %3 people and %4 classes. Not syncing: %5 left out, %6 not matched.")
                               .arg(tr("%Ln SIS school(s)", nullptr, int(plan.syncing.size())),
                                    tr("%Ln hub school(s)", nullptr, int(plan.syncing.size())), number(people),
                                    number(classes), number(qint64(plan.deselected.size())),
                                    number(qint64(plan.unmatched.size()))));
    }

    MatchingWizard *m_wizard;
    QLabel *m_summary;
    QTreeWidget *m_tree;
};

// -- Page 5: confirm --------------------------------------------------------------------------

class MatchingConfirmPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit MatchingConfirmPage(MatchingWizard *wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
        , m_warning(wrappedLabel(this, QStringLiteral("confirmWarning")))
        , m_list(new QTreeWidget(this))
        , m_understood(new QCheckBox(tr("I have checked each match, and I understand that confirming &locks it for good."), this))
        , m_error(wrappedLabel(this, QStringLiteral("confirmError")))
    {
        setTitle(pageTitle(tr("Confirm the matching")));
        setFinalPage(true);
        QFont big = m_warning->font();
        big.setPointSizeF(big.pointSizeF() * 1.1);
        big.setBold(true);
        m_warning->setFont(big);
        m_list->setObjectName(QStringLiteral("confirmList"));
        m_list->setAccessibleName(tr("Matches to confirm"));
        m_list->setColumnCount(2);
        m_list->setHeaderLabels({tr("SIS school"), tr("Goes to")});
        m_list->setRootIsDecorated(false);
        setUpTree(m_list);
        m_understood->setObjectName(QStringLiteral("understoodBox"));
        styleProblemLabel(m_error);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_warning);
        layout->addWidget(m_list, 1);
        layout->addWidget(m_understood);
        layout->addWidget(m_error);
        connect(m_understood, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    }

    void initializePage() override
    {
        m_understood->setChecked(false);
        setProblem(m_error, QString());
        m_list->clear();
        const bool pending = m_wizard->hasUnconfirmed();
        for (const SchoolMatch &m : m_wizard->matches()) {
            QString goesTo = m.selected ? hubLabel(m_wizard->hubSchools(), m.hubId) : tr("Left out: does not sync");
            if (m.isConfirmed())
                goesTo += u' ' + tr("(%1 earlier)").arg(confirmedText(m));
            auto *item = new QTreeWidgetItem(m_list, {MatchingWizard::tr("%1 (%2)").arg(m.sisName, m.sisId), goesTo});
            item->setDisabled(m.isConfirmed());
        }
        if (pending) {
            setSubTitle(tr("Confirming locks each school's match below, as the hub does."));
            m_warning->setText(tr("This cannot be undone. Once confirmed, a school's match cannot be changed here, from "
                                  "the command line, or in the hub's own setup: to remap a school you must contact the "
                                  "hub's support. Schools that appear in a later import can be matched and confirmed "
                                  "then."));
            wizard()->setButtonText(QWizard::FinishButton, tr("&Confirm and lock"));
        } else {
            setSubTitle(tr("Every school's match is confirmed already."));
            m_warning->setText(tr("There is nothing new to confirm. Confirmed matches stay as they are; to remap a school, "
                                  "contact the hub's support."));
            wizard()->setButtonText(QWizard::FinishButton, tr("&Close"));
        }
        m_understood->setVisible(pending);
        emit completeChanged();
    }

    bool isComplete() const override { return !m_wizard->hasUnconfirmed() || m_understood->isChecked(); }

    bool validatePage() override
    {
        if (!m_wizard->hasUnconfirmed())
            return true;
        QString error;
        if (m_wizard->confirm(&error))
            return true;
        setProblem(m_error, error);
        return false;
    }

private:
    MatchingWizard *m_wizard;
    QLabel *m_warning;
    QTreeWidget *m_list;
    QCheckBox *m_understood;
    QLabel *m_error;
};

// -- The wizard -------------------------------------------------------------------------------

MatchingWizard::MatchingWizard(SessionStore *store, std::shared_ptr<const ReadResult> latest, QWidget *parent)
    : MatchingWizard(store, std::move(latest), {}, parent)
{
}

MatchingWizard::MatchingWizard(SessionStore *store, std::shared_ptr<const ReadResult> latest,
                               std::vector<SchoolSummary> summaries, QWidget *parent)
    : QWizard(parent)
    , m_store(store)
    , m_latest(std::move(latest))
    , m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("matchingWizard"));
    // The session as the window names it: never the private file an untitled one waits in.
    if (m_store) {
        const QString session = isUnsavedSession(m_store->path()) ? tr("Untitled session")
                                                                  : QFileInfo(m_store->path()).completeBaseName();
        setWindowTitle(tr("Match schools – %1").arg(session));
    } else {
        setWindowTitle(tr("Match schools"));
    }
    setWizardStyle(QWizard::ModernStyle);
    setTitleFormat(Qt::RichText);      // pageTitle(): larger
    setSubTitleFormat(Qt::PlainText);  // may name an export or a school
    setOption(QWizard::NoBackButtonOnStartPage);
    QFont larger = font();
    larger.setPointSizeF(larger.pointSizeF() * FontScale);
    setFont(larger);
    // Room for the tables at that size where the screen has it; on a 1366 × 768 laptop the whole
    // wizard, its title bar and a panel included, stays on the screen and its tables scroll.
    {
        QSize size(1100, 720);
        if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableSize() - QSize(16, 48));
        resize(size);
    }

    if (m_latest && m_latest->roster && m_latest->isReadable()) {
        m_sis = SchoolMatcher::schoolsOf(*m_latest->roster);
        m_summaries = summaries.empty() ? summarizeSchools(*m_latest->roster, m_latest->findings) : std::move(summaries);
        for (qsizetype i = 0; i < qsizetype(m_summaries.size()); ++i) {
            if (m_summaries[size_t(i)].isSchool())
                m_summaryOf.insert(m_summaries[size_t(i)].sourcedId, i);
        }
    }
    load();

    // Undo and Redo as buttons, for everyone watching to see, and as Ctrl+Z and Ctrl+Shift+Z.
    setOption(QWizard::HaveCustomButton1);
    setOption(QWizard::HaveCustomButton2);
    setButtonText(QWizard::CustomButton1, tr("&Undo"));
    setButtonText(QWizard::CustomButton2, tr("Re&do"));
    setButtonLayout({QWizard::CustomButton1, QWizard::CustomButton2, QWizard::Stretch, QWizard::BackButton,
                     QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton});
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            m_undo->undo();
        else if (which == QWizard::CustomButton2)
            m_undo->redo();
    });
    auto *undo = new QAction(this);
    undo->setShortcuts(QKeySequence::Undo);
    connect(undo, &QAction::triggered, m_undo, &QUndoStack::undo);
    auto *redo = new QAction(this);
    redo->setShortcuts(QKeySequence::Redo);
    connect(redo, &QAction::triggered, m_undo, &QUndoStack::redo);
    addActions({undo, redo});
    connect(m_undo, &QUndoStack::indexChanged, this, &MatchingWizard::updateUndoButtons);
    connect(m_undo, &QUndoStack::cleanChanged, this, &MatchingWizard::updateUndoButtons);

    setPage(HubSchoolsPage, new MatchingHubPage(this));
    setPage(SisSchoolsPage, new MatchingSisPage(this));
    setPage(MatchPage, new MatchingMatchPage(this));
    setPage(ReviewPage, new MatchingReviewPage(this));
    setPage(ConfirmPage, new MatchingConfirmPage(this));
    setStartId(HubSchoolsPage);
    updateUndoButtons();
    // Tab goes along the buttons as they read, Undo and Redo first: made after the others, they
    // would come after Cancel.
    {
        QWidget *previous = nullptr;
        for (const WizardButton which : {QWizard::CustomButton1, QWizard::CustomButton2, QWizard::BackButton,
                                         QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton,
                                         QWizard::CancelButton}) {
            QAbstractButton *b = button(which);
            if (previous && b)
                setTabOrder(previous, b);
            if (b)
                previous = b;
        }
    }
}

MatchingWizard::~MatchingWizard()
{
    // The pages go after this wizard's own members: an open cell editor committing as it closes
    // must not reach a matching that is gone.
    blockSignals(true);
    m_undo->blockSignals(true);
    const QList<QWidget *> widgets = findChildren<QWidget *>();
    for (QWidget *w : widgets)
        w->blockSignals(true);
}

void MatchingWizard::load()
{
    if (m_store) {
        m_hub = m_store->hubSchools();
        m_matches = SchoolMatchPlan::workingMatches(m_sis, m_store->schoolMatches());
    }
    m_matcher = SchoolMatcher(m_hub);
}

const SchoolMatch *MatchingWizard::matchOf(const QString &sisId) const
{
    for (const SchoolMatch &m : m_matches) {
        if (m.sisId == sisId)
            return &m;
    }
    return nullptr;
}

const SchoolSummary *MatchingWizard::summaryOf(const QString &sisId) const
{
    const auto it = m_summaryOf.constFind(sisId);
    return it == m_summaryOf.constEnd() ? nullptr : &m_summaries[size_t(*it)];
}

bool MatchingWizard::hasUnconfirmed() const
{
    return std::any_of(m_matches.begin(), m_matches.end(), [](const SchoolMatch &m) { return !m.isConfirmed(); });
}

bool MatchingWizard::isHubSchoolLocked(const QString &hubId) const
{
    return std::any_of(m_matches.begin(), m_matches.end(),
                       [&](const SchoolMatch &m) { return m.isConfirmed() && m.syncs() && m.hubId == hubId; });
}

SchoolMatch *MatchingWizard::findMatch(Draft &draft, const QString &sisId) const
{
    for (SchoolMatch &m : draft.matches) {
        if (m.sisId == sisId)
            return &m;
    }
    return nullptr;
}

void MatchingWizard::applyDraft(const Draft &draft)
{
    const bool hubChanged = draft.hub != m_hub;
    m_hub = draft.hub;
    m_matches = draft.matches;
    if (hubChanged)
        m_matcher = SchoolMatcher(m_hub);
    emit draftChanged();
}

void MatchingWizard::change(const QString &what, const std::function<void(Draft &)> &edit)
{
    Draft before{m_hub, m_matches};
    Draft after = before;
    edit(after);
    if (after == before)
        return;
    m_undo->push(new MatchingDraftCommand(this, what, std::move(before), std::move(after)));
}

void MatchingWizard::updateUndoButtons()
{
    if (QAbstractButton *b = button(QWizard::CustomButton1)) {
        b->setEnabled(m_undo->canUndo());
        b->setToolTip(m_undo->canUndo() ? tr("Undo: %1 (Ctrl+Z)").arg(m_undo->undoText()) : QString());
    }
    if (QAbstractButton *b = button(QWizard::CustomButton2)) {
        b->setEnabled(m_undo->canRedo());
        b->setToolTip(m_undo->canRedo() ? tr("Redo: %1 (Ctrl+Shift+Z)").arg(m_undo->redoText()) : QString());
    }
}

bool MatchingWizard::importHubSchools(const QString &csvPath, QStringList *problems)
{
    const HubSchoolList list = HubSchoolList::readFile(csvPath);
    QStringList local;
    QStringList &out = problems ? *problems : local;
    out = list.problems;
    if (list.schools.isEmpty() && out.isEmpty())
        out << tr("%1 lists no school.").arg(QFileInfo(csvPath).fileName());
    if (!out.isEmpty()) {
        emit hubSchoolsImportFailed(csvPath, out);
        return false;
    }
    // The schools confirmed matches go to must stay.
    QSet<QString> ids;
    for (const HubSchool &h : list.schools)
        ids.insert(h.id);
    for (const SchoolMatch &m : std::as_const(m_matches)) {
        if (m.isConfirmed() && m.syncs() && !ids.contains(m.hubId)) {
            out << tr("The file lacks the hub school %1, to which the confirmed match of %2 goes (%3). Confirmed "
                      "matches cannot change: use a list that has it.")
                       .arg(hubLabel(m_hub, m.hubId), m.sisName, confirmedText(m));
        }
    }
    if (!out.isEmpty()) {
        emit hubSchoolsImportFailed(csvPath, out);
        return false;
    }
    change(tr("import the hub's schools from %1").arg(QFileInfo(csvPath).fileName()), [&](Draft &d) {
        d.hub = list.schools;
        for (SchoolMatch &m : d.matches) {
            if (!m.isConfirmed() && !m.hubId.isEmpty() && !ids.contains(m.hubId))
                m.hubId.clear();
        }
    });
    return true;
}

int MatchingWizard::addHubSchool()
{
    change(tr("add a hub school"), [](Draft &d) { d.hub.append(HubSchool()); });
    return int(m_hub.size()) - 1;
}

bool MatchingWizard::updateHubSchool(int row, const HubSchool &school)
{
    if (row < 0 || row >= m_hub.size())
        return false;
    const QString oldId = m_hub[row].id;
    if (school.id != oldId && isHubSchoolLocked(oldId))
        return false;
    change(tr("change the hub school %1").arg(school.name.isEmpty() ? school.id : school.name), [&](Draft &d) {
        d.hub[row] = school;
        if (school.id == oldId || oldId.isEmpty())
            return;
        // Matches go to a school by its id: they follow it.
        for (SchoolMatch &m : d.matches) {
            if (!m.isConfirmed() && m.hubId == oldId)
                m.hubId = school.id;
        }
    });
    return true;
}

bool MatchingWizard::removeHubSchool(int row)
{
    if (row < 0 || row >= m_hub.size() || isHubSchoolLocked(m_hub[row].id))
        return false;
    const HubSchool gone = m_hub[row];
    change(tr("remove the hub school %1").arg(gone.name.isEmpty() ? gone.id : gone.name), [&](Draft &d) {
        d.hub.removeAt(row);
        const bool stillThere = std::any_of(d.hub.begin(), d.hub.end(), [&](const HubSchool &h) { return h.id == gone.id; });
        for (SchoolMatch &m : d.matches) {
            if (!stillThere && !m.isConfirmed() && m.hubId == gone.id && !gone.id.isEmpty())
                m.hubId.clear();
        }
    });
    return true;
}

bool MatchingWizard::setRostered(const QString &sisId, bool rostered)
{
    const SchoolMatch *m = matchOf(sisId);
    if (!m || m->isConfirmed())
        return false;
    change(rostered ? tr("roster %1").arg(m->sisName) : tr("leave out %1").arg(m->sisName), [&](Draft &d) {
        SchoolMatch *target = findMatch(d, sisId);
        target->selected = rostered;
        if (!rostered)
            target->hubId.clear(); // a school that does not sync goes to no hub school
    });
    return true;
}

bool MatchingWizard::setMatch(const QString &sisId, const QString &hubId)
{
    const SchoolMatch *m = matchOf(sisId);
    if (!m || m->isConfirmed() || !m->selected)
        return false;
    if (!hubId.isEmpty()) {
        if (m_matcher.indexOfHub(hubId) < 0)
            return false;
        for (const SchoolMatch &other : std::as_const(m_matches)) {
            if (other.sisId != sisId && other.syncs() && other.hubId == hubId)
                return false; // one hub school takes one SIS school
        }
    }
    const QString what = hubId.isEmpty() ? tr("clear the match of %1").arg(m->sisName)
                                         : tr("match %1 to %2").arg(m->sisName, hubLabel(m_hub, hubId));
    change(what, [&](Draft &d) { findMatch(d, sisId)->hubId = hubId; });
    return true;
}

int MatchingWizard::matchAutomatically()
{
    QSet<QString> taken;
    for (const SchoolMatch &m : std::as_const(m_matches)) {
        if (m.syncs())
            taken.insert(m.hubId);
    }
    QList<SisSchool> open;
    for (const SisSchool &s : std::as_const(m_sis)) {
        const SchoolMatch *m = matchOf(s.sourcedId);
        if (m && m->selected && m->hubId.isEmpty() && !m->isConfirmed())
            open.append(s);
    }
    const QList<SchoolMatcher::Assignment> assigned = m_matcher.assign(open, taken);
    if (assigned.isEmpty())
        return 0;
    change(tr("match %n school(s) automatically", nullptr, int(assigned.size())), [&](Draft &d) {
        for (const SchoolMatcher::Assignment &a : assigned)
            findMatch(d, a.sisId)->hubId = a.hubId;
    });
    return int(assigned.size());
}

bool MatchingWizard::save(QString *error)
{
    if (!m_store) {
        if (error)
            *error = tr("There is no session to keep the matching in.");
        return false;
    }
    SessionError e;
    const bool hubChanged = m_store->hubSchools() != m_hub;
    const bool ok = (!hubChanged || m_store->setHubSchools(m_hub, &e))
        && (m_sis.isEmpty() && m_matches.isEmpty() ? true : m_store->setSchoolMatches(m_matches, &e));
    if (!ok) {
        if (error)
            *error = e.message;
        return false;
    }
    emit matchingSaved();
    return true;
}

bool MatchingWizard::confirm(QString *error)
{
    if (!save(error))
        return false;
    SessionError e;
    if (!m_store->confirmMatching(&e)) {
        if (error)
            *error = e.message;
        return false;
    }
    // Locked from here: nothing before the confirmation can be undone.
    m_undo->clear();
    load();
    emit draftChanged();
    emit matchingConfirmed();
    return true;
}

} // namespace rb

#include "matchingwizard.moc"

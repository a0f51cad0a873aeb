#include "tablepage.h"

#include "announcer.h"
#include "clearbutton.h"
#include "combofit.h"
#include "flowlayout.h"
#include "matching/synctarget.h"
#include "oneroster/exportreader.h"
#include "roster/roster.h"
#include "roster/rowquery.h"
#include "rostertablemodel.h"
#include "rostertableview.h"
#include "util/progress.h"
#include "util/text.h"
#include "util/workerpool.h"
#include "validation/findingindex.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFutureWatcher>
#include <QHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace rb {

namespace {

// Copying more cells than this at once is refused: the clipboard would hold hundreds of
// megabytes and the UI would stall building it.
constexpr qint64 MaxCopiedCells = 1'000'000;

// Severity filter choices, as bits of Severity values (0: no filter).
constexpr unsigned bit(Severity s) { return 1u << unsigned(s); }

// What a choice of the school filter stands for.
enum class SchoolChoice { All, School, NotMatched, Deselected };
// The school filter's items: Qt::UserRole holds a single school's SIS sourcedId, as
// setSchoolFilter() looks for it; ChoiceRole the SchoolChoice; SchoolsRole the SIS sourcedIds
// (a QByteArrayList) of the schools whose records the choice shows, empty for all.
constexpr int ChoiceRole = Qt::UserRole + 1;
constexpr int SchoolsRole = Qt::UserRole + 2;

// What a screen reader calls the table of `kind`.
QString tableName(FileKind kind)
{
    switch (kind) {
    case FileKind::Orgs: return TablePage::tr("Orgs table");
    case FileKind::Users: return TablePage::tr("Users table");
    case FileKind::Classes: return TablePage::tr("Classes table");
    case FileKind::Enrollments: return TablePage::tr("Enrollments table");
    case FileKind::Demographics: return TablePage::tr("Demographics table");
    default: return TablePage::tr("Table");
    }
}

// A tooltip's list of school names: a district may have hundreds.
QString schoolList(QStringList names)
{
    constexpr qsizetype Shown = 8;
    names.sort(Qt::CaseInsensitive);
    if (names.size() > Shown) {
        const int more = int(names.size() - Shown);
        names.resize(Shown);
        names << TablePage::tr("%n more", nullptr, more);
    }
    return QLocale().createSeparatedList(names);
}

} // namespace

struct TablePage::Request
{
    std::shared_ptr<const ReadResult> result;
    std::shared_ptr<const FindingIndex> index;
    FileKind kind = FileKind::Other;
    int sortColumn = -1;
    bool descending = false;
    std::shared_ptr<const std::vector<uint32_t>> sorted; // reusable when column and order match
    QString text;
    int textColumn = -1;
    int roleColumn = -1;
    QByteArray role;
    bool filterRole = false;
    QByteArrayList schools; // SIS sourcedIds: the records of any of them; empty for all
    unsigned severities = 0;
};

struct TablePage::Outcome
{
    bool cancelled = false;
    bool allRows = false; // no sort, no filter: file order
    std::vector<uint32_t> rows;
    std::shared_ptr<const std::vector<uint32_t>> sorted;
    int sortColumn = -1;
    bool descending = false;
};

namespace {

std::shared_ptr<TablePage::Outcome> runQuery(const TablePage::Request &req, const Progress *progress);

} // namespace

TablePage::TablePage(FileKind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_model(new RosterTableModel(kind, this))
    , m_view(new RosterTableView(this))
    , m_search(new QLineEdit(this))
    , m_searchColumn(new QComboBox(this))
    , m_role(new QComboBox(this))
    , m_school(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_clear(new QToolButton(this))
    , m_count(new QLabel(this))
    , m_announcer(new Announcer(this))
    , m_busy(new QLabel(this))
    , m_searchDelay(new QTimer(this))
    , m_watcher(new QFutureWatcher<std::shared_ptr<Outcome>>(this))
{
    m_search->setPlaceholderText(tr("Search this table (Ctrl+F)"));
    enableNamedClearButton(m_search, tr("Clear search"));
    // As wide as its hint at least, so that the hint is read in full however narrow the window.
    {
        QStyleOptionFrame option;
        option.initFrom(m_search);
        const int text = m_search->fontMetrics().horizontalAdvance(m_search->placeholderText());
        const int clearButton = m_search->fontMetrics().height() + 8;
        const QSize content(text + clearButton + 8, m_search->fontMetrics().height());
        m_search->setMinimumWidth(m_search->style()->sizeFromContents(QStyle::CT_LineEdit, &option, content, m_search).width());
    }
    m_search->setAccessibleName(tr("Search"));
    // Names for the platforms that name a box by its accessible name; on Linux a box is named by
    // its label (below), its name being its current choice.
    m_searchColumn->setAccessibleName(tr("Search in"));
    m_role->setAccessibleName(tr("Role"));
    m_school->setAccessibleName(tr("School"));
    m_severity->setAccessibleName(tr("Problems"));
    m_severity->addItem(tr("All rows"), 0u);
    m_severity->addItem(tr("Rows with problems"), FindingIndex::AllSeverities);
    m_severity->addItem(tr("Rows with errors"), bit(Severity::Error));
    m_severity->addItem(tr("Rows with holds"), bit(Severity::Hold));
    m_severity->addItem(tr("Rows with alerts"), bit(Severity::Alert));
    m_severity->addItem(tr("Rows with information"), bit(Severity::Info));
    fitPopupToItems(m_severity);
    m_role->setVisible(m_kind == FileKind::Users || m_kind == FileKind::Enrollments);
    // Each box as wide as its longest choice, so that a choice is read in full: the filter bar
    // flows onto a second row in a narrow window rather than cutting them short. The school box
    // alone is held to a dozen characters (schools have long names), with the name in full in its
    // list and tooltip.
    for (QComboBox *box : {m_searchColumn, m_role, m_severity})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_school->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_school->setMinimumContentsLength(12);
    m_clear->setText(tr("Clear filters"));
    m_clear->setToolTip(tr("Show every row of the table again"));

    // Each box with its label, which names it to a screen reader; a label stays with its box
    // when the bar flows onto another row.
    auto *columnLabel = new QLabel(tr("Search in:"), this);
    m_roleLabel = new QLabel(tr("Role:"), this);
    m_schoolLabel = new QLabel(tr("School:"), this);
    auto *severityLabel = new QLabel(tr("Problems:"), this);
    m_roleLabel->setVisible(!m_role->isHidden());
    auto *bar = new FlowLayout;
    bar->addWidget(m_search, 3);
    bar->addLabelled(columnLabel, m_searchColumn, 1);
    bar->addLabelled(m_roleLabel, m_role);
    bar->addLabelled(m_schoolLabel, m_school, 1);
    bar->addLabelled(severityLabel, m_severity);
    bar->addWidget(m_clear);
    bar->addStretch();
    bar->addWidget(m_busy);
    bar->addWidget(m_count);

    m_view->setModel(m_model);
    m_view->setAccessibleName(tableName(m_kind));
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->horizontalHeader()->setSectionsClickable(true);
    m_view->horizontalHeader()->setHighlightSections(true);
    m_view->horizontalHeader()->setDefaultSectionSize(140);
    // Column widths fit the first rows' values: measuring millions of rows would stall the window.
    m_view->horizontalHeader()->setResizeContentsPrecision(200);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    auto *copy = new QAction(tr("Copy"), m_view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &TablePage::copySelection);
    m_view->addAction(copy);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->frozenView()->addAction(copy);
    m_view->frozenView()->setContextMenuPolicy(Qt::ActionsContextMenu);

    // Typing waits for a pause before searching, so each key does not start a scan.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &TablePage::requestUpdate);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        requestUpdate();
    });
    for (QComboBox *box : {m_searchColumn, m_role, m_school, m_severity})
        connect(box, &QComboBox::activated, this, &TablePage::requestUpdate);
    // A school's name may be cut short in the box: its tooltip says it in full, with the SIS
    // school a hub school stands for.
    connect(m_school, &QComboBox::currentIndexChanged, m_school, [this](int index) {
        const QString tip = m_school->itemData(index, Qt::ToolTipRole).toString();
        m_school->setToolTip(tip.isEmpty() && index > 0 ? m_school->itemText(index) : tip);
    });
    connect(m_clear, &QToolButton::clicked, this, &TablePage::clearFilters);
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) {
                if (column == m_sortColumn && order == m_sortOrder)
                    return;
                m_sortColumn = column;
                m_sortOrder = order;
                requestUpdate();
            });
    connect(m_watcher, &QFutureWatcher<std::shared_ptr<Outcome>>::finished, this, &TablePage::applyOutcome);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // The selection model is kept across resets; follow the current cell again.
        connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &TablePage::emitCurrentRecord, Qt::UniqueConnection);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &TablePage::emitCurrentRecord,
            Qt::UniqueConnection);
    updateCountLabel();
}

TablePage::~TablePage()
{
    if (m_progress)
        m_progress->cancel();
    m_watcher->waitForFinished();
}

void TablePage::setSource(std::shared_ptr<const ReadResult> result, std::shared_ptr<const FindingIndex> index)
{
    if (m_progress)
        m_progress->cancel();
    m_watcher->waitForFinished();
    m_pending = false;
    m_running = false;
    m_result = std::move(result);
    m_index = std::move(index);
    m_sorted.reset();
    m_sortColumn = m_sortedColumn = -1;
    m_view->horizontalHeader()->blockSignals(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->horizontalHeader()->blockSignals(false);
    // Handing a model millions of rows costs its view's row header tens of milliseconds; a table
    // not shown yet gets its rows when it is shown or used, so that opening an export does not
    // spend that on all five tables at once. Fitting the columns, which measures a few hundred rows
    // of each, waits likewise.
    m_sourceDeferred = !isVisible();
    m_model->setSource(m_sourceDeferred ? nullptr : m_result, m_sourceDeferred ? nullptr : m_index.get());
    m_view->setNameColumns(nameColumns());
    m_columnsToSize = true;
    if (isVisible())
        sizeColumns();
    fillFilterChoices();
    m_search->blockSignals(true);
    m_search->clear();
    m_search->blockSignals(false);
    m_lastEmitted = UINT32_MAX;
    updateCountLabel();
    emit rowsUpdated();
}

void TablePage::applySource()
{
    if (!m_sourceDeferred)
        return;
    m_sourceDeferred = false;
    m_model->setSource(m_result, m_index.get());
}

std::vector<int> TablePage::nameColumns() const
{
    // Whose row it is: the record's id, and the name a person knows it by.
    const Table *table = this->table();
    if (!table)
        return {};
    std::vector<int> fields;
    switch (m_kind) {
    case FileKind::Users: fields = {UsersField::SourcedId, UsersField::GivenName, UsersField::FamilyName}; break;
    case FileKind::Classes: fields = {ClassesField::SourcedId, ClassesField::Title}; break;
    case FileKind::Orgs: fields = {OrgsField::SourcedId, OrgsField::Name}; break;
    case FileKind::Enrollments:
        fields = {EnrollmentsField::SourcedId, EnrollmentsField::ClassSourcedId, EnrollmentsField::UserSourcedId};
        break;
    default: fields = {0}; break; // the sourcedId
    }
    std::vector<int> columns;
    for (int field : fields) {
        if (const int column = table->columnForField(field); column >= 0)
            columns.push_back(column);
    }
    return columns;
}

const Table *TablePage::table() const
{
    return RosterTableModel::tableOf(m_result.get(), m_kind);
}

RosterTableModel *TablePage::model()
{
    applySource();
    return m_model;
}

void TablePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    applySource();
    if (m_columnsToSize)
        sizeColumns();
}

void TablePage::sizeColumns()
{
    m_columnsToSize = false;
    m_view->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_view->setColumnWidth(c, std::clamp(m_view->columnWidth(c), 60, 320));
}

void TablePage::fillFilterChoices()
{
    m_searchColumn->clear();
    m_role->clear();
    m_searchColumn->addItem(tr("All columns"), -1);
    m_role->addItem(tr("All roles"), QByteArray());
    m_severity->setCurrentIndex(0);
    fillSchoolChoices();
    fitPopupToItems(m_school);
    const Table *table = this->table();
    if (!table)
        return;
    for (int c = 0; c < table->columnCount(); ++c)
        m_searchColumn->addItem(QString::fromUtf8(table->headerCells().at(c)), c);
    // Roles: the values the file has, odd ones included, so a misspelt role can be listed.
    const int roleField = m_kind == FileKind::Users ? int(UsersField::Role)
        : m_kind == FileKind::Enrollments          ? int(EnrollmentsField::Role)
                                                   : -1;
    if (const int col = roleField < 0 ? -1 : table->columnForField(roleField); col >= 0 && !table->column(col).isPlain()) {
        const StringColumn &roles = table->column(col);
        QStringList values;
        for (uint32_t c = 0; c < roles.distinctCount(); ++c)
            values << toQString(roles.text(c));
        values.sort(Qt::CaseInsensitive);
        for (const QString &v : values)
            m_role->addItem(v.isEmpty() ? tr("(blank)") : v, v.toUtf8());
    }
    fitPopupToItems(m_searchColumn);
    fitPopupToItems(m_role);
}

void TablePage::fillSchoolChoices()
{
    m_school->clear();
    const auto add = [this](const QString &text, SchoolChoice choice, const QByteArrayList &ids,
                            const QString &tip) {
        m_school->addItem(text);
        const int i = m_school->count() - 1;
        if (choice == SchoolChoice::School)
            m_school->setItemData(i, ids.first());
        m_school->setItemData(i, int(choice), ChoiceRole);
        m_school->setItemData(i, QVariant::fromValue(ids), SchoolsRole);
        m_school->setItemData(i, tip, Qt::ToolTipRole);
    };
    add(tr("All schools"), SchoolChoice::All, {}, {});
    const Table *table = this->table();
    if (!table)
        return;

    // The SIS's schools: orgs of type school.
    struct School
    {
        QString name; // the SIS's, or its sourcedId when it has none
        QByteArray id;
    };
    const Table &orgs = m_result->roster->table(FileKind::Orgs);
    const Relations &relations = m_result->roster->relations();
    std::vector<School> schools;
    for (uint32_t r = 0; r < orgs.rowCount(); ++r) {
        if (!relations.isSchool(r) || orgs.sourcedId(r).empty())
            continue;
        const QString name = toQString(orgs.cell(r, OrgsField::Name));
        const QByteArray id(orgs.sourcedId(r).data(), qsizetype(orgs.sourcedId(r).size()));
        schools.push_back({name.isEmpty() ? QString::fromUtf8(id) : name, id});
    }
    m_school->setVisible(m_kind != FileKind::Manifest && !schools.empty());
    m_schoolLabel->setVisible(!m_school->isHidden());

    if (m_matches.isEmpty()) {
        // Nothing matched yet: the SIS's schools by their own names.
        std::sort(schools.begin(), schools.end(),
                  [](const School &a, const School &b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
        for (const School &school : schools)
            add(school.name, SchoolChoice::School, {school.id}, {});
        return;
    }

    // Matched: each school under the hub school it syncs into, the name the admin and the hub
    // know it by. The SIS's name is in the tooltip: a box squeezed by the docks cuts a longer
    // text short, and the hub's name is what must read at a glance. Only two hub schools of the
    // same name need it in the text, to be told apart.
    const QHash<QString, SyncTarget> targets = syncTargets(m_matches, m_hubSchools);
    std::vector<std::pair<SyncTarget, const School *>> matched;
    QByteArrayList notMatched, deselected;
    QStringList notMatchedNames, deselectedNames;
    for (const School &school : schools) {
        const SyncTarget target = targets.value(QString::fromUtf8(school.id));
        if (target.state == SyncTarget::State::LeftOut) {
            deselected << school.id;
            deselectedNames << school.name;
        } else if (target.state == SyncTarget::State::Matched) {
            matched.emplace_back(target, &school);
        } else {
            notMatched << school.id;
            notMatchedNames << school.name;
        }
    }
    std::sort(matched.begin(), matched.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.first.hubName, b.first.hubName) < 0;
    });
    for (const auto &[target, school] : matched) {
        add(target.hubNameShared ? tr("%1 (SIS: %2)").arg(target.hubName, school->name) : target.hubName,
            SchoolChoice::School, {school->id},
            tr("Hub school %1 (%2), matched to the SIS's %3 (%4)")
                .arg(target.hubName, target.hubId, school->name, QString::fromUtf8(school->id)));
    }
    if (notMatched.isEmpty() && deselected.isEmpty())
        return;
    if (!matched.empty())
        m_school->insertSeparator(m_school->count());
    if (!notMatched.isEmpty()) {
        add(tr("Not matched yet"), SchoolChoice::NotMatched, notMatched,
            tr("The records of the schools not matched to a hub school yet: %1").arg(schoolList(notMatchedNames)));
    }
    if (!deselected.isEmpty()) {
        add(tr("Left out (will not sync)"), SchoolChoice::Deselected, deselected,
            tr("The records of the schools left out of the matching, which do not sync: %1")
                .arg(schoolList(deselectedNames)));
    }
}

void TablePage::setSchoolMatching(const QList<SchoolMatch> &matches, const QList<HubSchool> &hubSchools)
{
    if (matches == m_matches && hubSchools == m_hubSchools)
        return;
    m_matches = matches;
    m_hubSchools = hubSchools;
    const QVariant choice = m_school->currentData(ChoiceRole);
    const QVariant school = m_school->currentData();
    const QByteArrayList shown = m_school->currentData(SchoolsRole).value<QByteArrayList>();
    fillSchoolChoices();
    fitPopupToItems(m_school);
    // The same choice when it is still there (a school is found by its SIS id, under whichever
    // name); else all schools.
    for (int i = 0; i < m_school->count() && choice.isValid(); ++i) {
        if (m_school->itemData(i, ChoiceRole) == choice && m_school->itemData(i) == school) {
            m_school->setCurrentIndex(i);
            break;
        }
    }
    // The rows shown must follow a choice that now stands for other schools, or that is gone.
    if (m_school->currentData(SchoolsRole).value<QByteArrayList>() != shown)
        requestUpdate();
}

void TablePage::requestUpdate()
{
    applySource();
    if (!m_model->table())
        return;
    if (m_running) {
        // The running query answers an older question: stop it; the newest starts when it ends.
        m_pending = true;
        m_progress->cancel();
        return;
    }
    startQuery();
}

void TablePage::startQuery()
{
    m_pending = false;
    m_restoreRow = currentRecord();
    m_restoreColumn = std::max(0, m_view->currentIndex().column());
    Request req;
    req.result = m_result;
    req.index = m_index;
    req.kind = m_kind;
    req.sortColumn = m_sortColumn;
    req.descending = m_sortOrder == Qt::DescendingOrder;
    if (m_sorted && m_sortedColumn == m_sortColumn && m_sortedOrder == m_sortOrder)
        req.sorted = m_sorted;
    req.text = m_search->text();
    req.textColumn = m_searchColumn->currentData().toInt();
    if (!m_role->isHidden() && m_role->currentIndex() > 0) {
        req.filterRole = true;
        req.role = m_role->currentData().toByteArray();
        req.roleColumn = m_model->table()->columnForField(m_kind == FileKind::Users ? int(UsersField::Role)
                                                                                     : int(EnrollmentsField::Role));
    }
    req.schools = m_school->currentData(SchoolsRole).value<QByteArrayList>();
    req.severities = m_severity->currentData().toUInt();
    m_progress = std::make_shared<Progress>();
    std::shared_ptr<Progress> progress = m_progress;
    m_running = true;
    m_busy->setText(req.sortColumn >= 0 && !req.sorted ? tr("Sorting…") : tr("Filtering…"));
    m_watcher->setFuture(QtConcurrent::run(workerPool(), [req, progress] { return runQuery(req, progress.get()); }));
}

void TablePage::applyOutcome()
{
    const std::shared_ptr<Outcome> outcome = m_watcher->result();
    m_running = false;
    m_busy->clear();
    if (m_pending || !outcome || outcome->cancelled) {
        if (m_pending)
            startQuery();
        return;
    }
    if (outcome->sorted) {
        m_sorted = outcome->sorted;
        m_sortedColumn = outcome->sortColumn;
        m_sortedOrder = outcome->descending ? Qt::DescendingOrder : Qt::AscendingOrder;
    }
    const uint32_t keep = m_restoreRow;
    const int keepColumn = m_restoreColumn;
    if (outcome->allRows)
        m_model->showAllRows();
    else
        m_model->setRows(std::move(outcome->rows));
    // Keep the record the admin was on, if it is still shown; else start at the top.
    const int viewRow = keep == UINT32_MAX ? -1 : m_model->viewRow(keep);
    if (viewRow >= 0) {
        const QModelIndex index = m_model->index(viewRow, keepColumn);
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    } else {
        m_view->scrollToTop();
    }
    updateCountLabel();
    // What the filter or sort asked for came to: said, for one who does not see the count. A page
    // not shown has nothing to say.
    if (isVisible())
        m_announcer->announce(m_count->text());
    emit rowsUpdated();
}

void TablePage::updateCountLabel()
{
    const Table *table = this->table();
    if (!table) {
        m_count->clear();
        return;
    }
    const QLocale locale;
    if (m_sourceDeferred || m_model->showsAllRows())
        m_count->setText(tr("%n row(s)", nullptr, int(table->rowCount())));
    else
        m_count->setText(tr("%1 of %2 rows").arg(locale.toString(m_model->rowCount()),
                                                 locale.toString(qulonglong(table->rowCount()))));
}

QTableView *TablePage::view() const
{
    return m_view;
}

QList<QWidget *> TablePage::focusOrder() const
{
    return {m_search, m_searchColumn, m_role, m_school, m_severity, m_clear, m_view};
}

bool TablePage::isBusy() const
{
    return m_running || m_pending;
}

uint32_t TablePage::currentRecord() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->tableRow(current.row()) : UINT32_MAX;
}

void TablePage::emitCurrentRecord()
{
    const uint32_t row = currentRecord();
    if (row == m_lastEmitted || row == UINT32_MAX)
        return;
    m_lastEmitted = row;
    emit currentRecordChanged(m_kind, row);
}

void TablePage::showRecord(uint32_t row, int column)
{
    applySource();
    const Table *table = m_model->table();
    if (!table || row >= table->rowCount())
        return;
    int viewRow = m_model->viewRow(row);
    if (viewRow < 0) {
        // Filtered out: show every row again, in the sort already computed, and look again.
        m_search->blockSignals(true);
        m_search->clear();
        m_search->blockSignals(false);
        m_role->setCurrentIndex(0);
        m_school->setCurrentIndex(0);
        m_severity->setCurrentIndex(0);
        if (m_sorted && m_sortedColumn == m_sortColumn && m_sortedOrder == m_sortOrder)
            m_model->setRows(*m_sorted);
        else
            m_model->showAllRows();
        updateCountLabel();
        viewRow = m_model->viewRow(row);
    }
    if (viewRow < 0)
        return;
    const QModelIndex index = m_model->index(viewRow, std::clamp(column, 0, std::max(0, table->columnCount() - 1)));
    m_view->setCurrentIndex(index);
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void TablePage::setSchoolFilter(const QString &schoolId)
{
    const int i = schoolId.isEmpty() ? 0 : m_school->findData(schoolId.toUtf8());
    m_school->setCurrentIndex(std::max(0, i));
    requestUpdate();
}

void TablePage::setSearchText(const QString &text)
{
    m_search->setText(text);
    m_searchDelay->stop();
    requestUpdate();
}

void TablePage::sortBy(int column, Qt::SortOrder order)
{
    // Through the header, so its indicator shows the sort.
    m_view->horizontalHeader()->setSortIndicator(column, order);
}

void TablePage::clearFilters()
{
    m_search->blockSignals(true);
    m_search->clear();
    m_search->blockSignals(false);
    m_searchColumn->setCurrentIndex(0);
    m_role->setCurrentIndex(0);
    m_school->setCurrentIndex(0);
    m_severity->setCurrentIndex(0);
    requestUpdate();
}

void TablePage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void TablePage::copySelection()
{
    const QItemSelection selection = m_view->selectionModel()->selection();
    if (selection.isEmpty())
        return;
    // The selected block's bounds; cells outside the selection inside them copy as blanks, the
    // way spreadsheets paste a ragged selection.
    int top = INT_MAX, bottom = -1, left = INT_MAX, right = -1;
    for (const QItemSelectionRange &range : selection) {
        top = std::min(top, range.top());
        bottom = std::max(bottom, range.bottom());
        left = std::min(left, range.left());
        right = std::max(right, range.right());
    }
    const qint64 cells = qint64(bottom - top + 1) * (right - left + 1);
    if (cells > MaxCopiedCells) {
        QMessageBox::information(this, tr("Copy"),
                                 tr("The selection has %1 cells; at most %2 can be copied at once. "
                                    "Filter the table or select fewer rows, or export the findings instead.")
                                     .arg(QLocale().toString(cells), QLocale().toString(MaxCopiedCells)));
        return;
    }
    QString text;
    for (int r = top; r <= bottom; ++r) {
        for (int c = left; c <= right; ++c) {
            if (c > left)
                text += QLatin1Char('\t');
            if (selection.contains(m_model->index(r, c)))
                text += m_model->index(r, c).data().toString();
        }
        text += QLatin1Char('\n');
    }
    QApplication::clipboard()->setText(text);
}

namespace {

std::shared_ptr<TablePage::Outcome> runQuery(const TablePage::Request &req, const Progress *progress)
{
    auto out = std::make_shared<TablePage::Outcome>();
    const Roster &roster = *req.result->roster;
    const Table &table = roster.table(req.kind);
    bool cancelled = false;

    // The order: the sort asked for, computed unless the last one still holds.
    out->sortColumn = req.sortColumn;
    out->descending = req.descending;
    if (req.sortColumn >= 0) {
        if (req.sorted) {
            out->sorted = req.sorted;
        } else {
            auto rows = std::make_shared<std::vector<uint32_t>>(
                sortedRows(table, req.sortColumn, req.descending, progress, &cancelled));
            if (cancelled) {
                out->cancelled = true;
                return out;
            }
            out->sorted = std::move(rows);
        }
    }

    RowQuery query;
    query.text = req.text;
    query.textColumn = req.textColumn;
    if (req.filterRole && req.roleColumn >= 0)
        query.equals.emplace_back(req.roleColumn, req.role);
    std::vector<uint8_t> mask;
    if (req.severities != 0 && req.index)
        mask = req.index->rowMask(req.kind, table.rowCount(), req.severities);
    if (!req.schools.isEmpty()) {
        // The records of any of the schools asked for: one school, or a set of them.
        switch (req.kind) {
        case FileKind::Orgs:
            query.equalsAny.emplace_back(table.columnForField(OrgsField::SourcedId), req.schools);
            break;
        case FileKind::Users:
            query.listContainsAny.emplace_back(table.columnForField(UsersField::OrgSourcedIds), req.schools);
            break;
        case FileKind::Classes:
            query.equalsAny.emplace_back(table.columnForField(ClassesField::SchoolSourcedId), req.schools);
            break;
        case FileKind::Enrollments:
            query.equalsAny.emplace_back(table.columnForField(EnrollmentsField::SchoolSourcedId), req.schools);
            break;
        case FileKind::Demographics: {
            // A demographics row belongs to the schools of the student it describes.
            const Table &orgsTable = roster.table(FileKind::Orgs);
            std::vector<uint32_t> schoolRows;
            for (const QByteArray &id : req.schools) {
                if (const uint32_t row = orgsTable.rowForId(std::string_view(id.constData(), size_t(id.size())));
                    row != Table::NoRow)
                    schoolRows.push_back(row);
            }
            std::sort(schoolRows.begin(), schoolRows.end());
            const Table &users = roster.table(FileKind::Users);
            const Relations &relations = roster.relations();
            std::vector<uint8_t> inSchool(table.rowCount(), 0);
            for (uint32_t r = 0; r < table.rowCount() && !schoolRows.empty(); ++r) {
                const uint32_t u = users.rowForId(table.sourcedId(r));
                if (u == Table::NoRow)
                    continue;
                const auto orgs = relations.orgsOfUser(u);
                inSchool[r] = std::any_of(orgs.begin(), orgs.end(), [&schoolRows](uint32_t org) {
                    return std::binary_search(schoolRows.begin(), schoolRows.end(), org);
                });
            }
            if (mask.empty()) {
                mask = std::move(inSchool);
            } else {
                for (size_t r = 0; r < mask.size(); ++r)
                    mask[r] = mask[r] && inSchool[r];
            }
            break;
        }
        default: break;
        }
    }
    if (!mask.empty())
        query.rowMask = &mask;

    if (query.isEmpty()) {
        if (out->sorted)
            out->rows = *out->sorted;
        else
            out->allRows = true;
        return out;
    }
    static const std::vector<uint32_t> fileOrder;
    out->rows = filterRows(table, query, out->sorted ? *out->sorted : fileOrder, progress, &cancelled);
    out->cancelled = cancelled;
    return out;
}

} // namespace

} // namespace rb

#include "findingspanel.h"

#include "announcer.h"
#include "combofit.h"
#include "flowlayout.h"
#include "linkcolours.h"
#include "matching/synctarget.h"
#include "ruletext.h"
#include "oneroster/exportreader.h"
#include "severityicons.h"
#include "textpane.h"
#include "treeview.h"
#include "validation/findingschools.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QResizeEvent>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace rb {

namespace {

constexpr Severity SeverityOrder[] = {Severity::Error, Severity::Hold, Severity::Alert, Severity::Info};

// The explanation's HTML names severity icons as "severity:error" and so on; they are drawn by
// severityIcon(), not shipped as files.
const QString SeverityScheme = QStringLiteral("severity");

class ExplanationBrowser final : public TextPane
{
public:
    using TextPane::TextPane;

    static int iconSize(const QFontMetrics &metrics) { return std::max(16, metrics.height()); }

    QVariant loadResource(int type, const QUrl &name) override
    {
        if (type == QTextDocument::ImageResource && name.scheme() == SeverityScheme) {
            for (Severity s : SeverityOrder) {
                if (name.path() == RuleCatalogue::severityKey(s)) {
                    const int size = iconSize(fontMetrics());
                    return severityIcon(s).pixmap(QSize(size, size), devicePixelRatioF());
                }
            }
        }
        return TextPane::loadResource(type, name);
    }
};

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

FindingsPanel::FindingsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new FindingTreeModel(this))
    , m_severityCombo(new QComboBox(this))
    , m_fileCombo(new QComboBox(this))
    , m_schoolCombo(new QComboBox(this))
    , m_hideAcknowledged(new QCheckBox(tr("Hi&de acknowledged"), this))
    , m_acknowledge(new QAction(acknowledgedIcon(), tr("&Acknowledge Finding…"), this))
    , m_takeBack(new QAction(tr("&Take Back Acknowledgement"), this))
    , m_countLabel(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_view(new TreeView(m_splitter))
    , m_explanation(new ExplanationBrowser(m_splitter))
    , m_announcer(new Announcer(this))
{
    // Mnemonics that leave Alt+F, Alt+E, Alt+V, Alt+S and Alt+H to the window's menus.
    auto *severityLabel = new QLabel(tr("Severit&y:"), this);
    severityLabel->setBuddy(m_severityCombo);
    auto *fileLabel = new QLabel(tr("Fi&le:"), this);
    fileLabel->setBuddy(m_fileCombo);
    auto *schoolLabel = new QLabel(tr("S&chool:"), this);
    schoolLabel->setBuddy(m_schoolCombo);
    for (QComboBox *combo : {m_severityCombo, m_fileCombo, m_schoolCombo})
        connect(combo, &QComboBox::activated, this, &FindingsPanel::filtersChanged);
    // Severities and files are short words; schools have long names, cut short in the box (in
    // full in its list and tooltip) so that a narrow panel is not pushed wider.
    m_severityCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_fileCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    makeSqueezable(m_schoolCombo, 14);
    // Names for style sheets, tests and the window's saved state.
    m_severityCombo->setObjectName(QStringLiteral("severityFilter"));
    m_fileCombo->setObjectName(QStringLiteral("fileFilter"));
    m_schoolCombo->setObjectName(QStringLiteral("schoolFilter"));
    m_hideAcknowledged->setObjectName(QStringLiteral("hideAcknowledged"));
    m_hideAcknowledged->setToolTip(tr("Leave out the findings someone has looked at and acknowledged"));
    connect(m_hideAcknowledged, &QCheckBox::toggled, this, &FindingsPanel::filtersChanged);
    m_countLabel->setObjectName(QStringLiteral("findingCount"));
    m_splitter->setObjectName(QStringLiteral("findingsSplitter"));
    m_view->setObjectName(QStringLiteral("findingTree"));
    m_explanation->setObjectName(QStringLiteral("ruleExplanation"));
    m_severityCombo->setAccessibleName(tr("Severity"));
    m_fileCombo->setAccessibleName(tr("File"));
    m_schoolCombo->setAccessibleName(tr("School"));

    // The filters flow onto more rows when the panel is narrow; a label stays with its box.
    auto *filterRow = new FlowLayout;
    filterRow->addLabelled(severityLabel, m_severityCombo);
    filterRow->addLabelled(fileLabel, m_fileCombo);
    filterRow->addLabelled(schoolLabel, m_schoolCombo, 1);
    filterRow->addWidget(m_hideAcknowledged);
    filterRow->addStretch();
    filterRow->addWidget(m_countLabel);

    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Findings by rule"));
    // Every row is one line of text, which lets the view skip measuring rows: with hundreds of
    // thousands of findings that is what keeps scrolling smooth.
    m_view->setUniformRowHeights(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAllColumnsShowFocus(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // activated() opens and closes a rule row, for Enter as for a double click; letting the view
    // expand on double click as well would undo it.
    m_view->setExpandsOnDoubleClick(false);
    m_view->header()->setStretchLastSection(false);
    // The problem column takes the room the others leave (see fitProblemColumn()).
    m_view->viewport()->installEventFilter(this);

    m_explanation->setAccessibleName(tr("Explanation"));
    // Read-only text: Tab moves on to the next control rather than through the text.
    m_explanation->setTabChangesFocus(true);
    LinkColours::follow(m_explanation); // its links follow View ▸ Dark Palette
    m_explanation->setPlaceholderText(tr("Choose a rule or a finding to see what the hub will do and how to fix it."));

    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_explanation);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filterRow);
    layout->addWidget(m_splitter, 1);

    // No focus proxy for the panel: Tab takes a widget with one for its proxy wherever the widget
    // is in the order, and would jump from anywhere to the list.
    const QList<QWidget *> order = focusOrder();
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { currentChanged(current); });
    connect(m_view, &QTreeView::activated, this, &FindingsPanel::activated);

    // Acknowledging: from the row's context menu, or the keys while the list has focus.
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeFinding"));
    m_acknowledge->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_acknowledge->setShortcutContext(Qt::WidgetShortcut);
    m_acknowledge->setStatusTip(tr("Mark the finding as looked at, with a note saying why it can stay"));
    m_takeBack->setObjectName(QStringLiteral("takeBackAcknowledgement"));
    m_takeBack->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_takeBack->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(m_acknowledge);
    m_view->addAction(m_takeBack);
    connect(m_acknowledge, &QAction::triggered, this, [this] {
        if (const qsizetype finding = currentFinding(); finding >= 0 && m_acknowledgeable)
            emit acknowledgeRequested(finding);
    });
    connect(m_takeBack, &QAction::triggered, this, [this] {
        const qsizetype finding = currentFinding();
        if (finding >= 0 && m_acknowledgeable && m_model->acknowledged().contains(uint32_t(finding)))
            emit takeBackRequested(finding);
    });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &FindingsPanel::showContextMenu);
    // A reset of the model resets the header too; the widths the user chose stay.
    connect(m_model, &QAbstractItemModel::modelReset, this, &FindingsPanel::sizeColumns);
    connect(m_view->header(), &QHeaderView::sectionResized, this, [this](int column, int, int width) {
        if (m_sizingColumns)
            return;
        m_userWidths.insert(column, width);
        // The problem's sentence takes what another column gave up, or gives what it took.
        if (column != FindingTreeModel::ProblemColumn)
            QMetaObject::invokeMethod(this, &FindingsPanel::fitProblemColumn, Qt::QueuedConnection);
    });

    fillFilters();
    sizeColumns();
    updateCount();
    updateAcknowledgeActions();
}

FindingsPanel::~FindingsPanel() = default;

void FindingsPanel::setAcknowledgeable(bool on)
{
    m_acknowledgeable = on;
    updateAcknowledgeActions();
}

void FindingsPanel::setAcknowledged(QHash<uint32_t, QString> acknowledged)
{
    const bool hiding = m_model->filter().hideAcknowledged;
    if (hiding) {
        // The rows change: keep the reader's place as a filter change does.
        FindingFilter filter = m_model->filter();
        filter.hideAcknowledged = false;
        applyFilter(filter);
        m_model->setAcknowledged(std::move(acknowledged));
        filter.hideAcknowledged = true;
        applyFilter(filter);
    } else {
        m_model->setAcknowledged(std::move(acknowledged));
        // The explanation says whether its finding is acknowledged.
        const QModelIndex current = m_view->currentIndex();
        if (const std::optional<RuleId> rule = m_model->ruleOf(current)) {
            m_explanationHtml = explanationHtml(*rule, m_model->findingIndex(current));
            m_explanation->setHtml(m_explanationHtml);
        }
    }
    updateCount();
    updateAcknowledgeActions();
}

qsizetype FindingsPanel::currentFinding() const
{
    return m_model->findingIndex(m_view->currentIndex());
}

void FindingsPanel::updateAcknowledgeActions()
{
    const qsizetype finding = currentFinding();
    const bool acknowledged = finding >= 0 && m_model->acknowledged().contains(uint32_t(finding));
    m_acknowledge->setEnabled(m_acknowledgeable && finding >= 0);
    m_acknowledge->setText(acknowledged ? tr("Edit &Acknowledgement Note…") : tr("&Acknowledge Finding…"));
    m_takeBack->setEnabled(m_acknowledgeable && acknowledged);
    m_hideAcknowledged->setEnabled(m_model->result() != nullptr);
}

void FindingsPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (m_model->findingIndex(index) < 0)
        return;
    if (index != m_view->currentIndex())
        m_view->setCurrentIndex(index);
    updateAcknowledgeActions();
    if (!m_acknowledgeable) {
        QMenu menu(this);
        QAction *why = menu.addAction(tr("Open or save a session to acknowledge findings"));
        why->setEnabled(false);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
        return;
    }
    QMenu menu(this);
    menu.addAction(m_acknowledge);
    menu.addAction(m_takeBack);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

const ReadResult *FindingsPanel::result() const
{
    return m_model->result();
}

void FindingsPanel::setResult(std::shared_ptr<const ReadResult> result, FindingSchools schools)
{
    m_ruleTotals.assign(size_t(RuleCount), 0);
    m_maxLine = 0;
    m_maxColumn = 0;
    if (result) {
        for (const Finding &f : result->findings.items()) {
            if (size_t(f.rule) < m_ruleTotals.size())
                ++m_ruleTotals[size_t(f.rule)];
            m_maxLine = std::max(m_maxLine, f.line);
            m_maxColumn = std::max(m_maxColumn, int(f.column));
        }
    }
    m_model->setResult(std::move(result), std::move(schools));
    m_model->setFilter(FindingFilter());
    fillFilters();
    m_view->collapseAll();
    clearExplanation();
    selectRow(m_model->index(0, 0));
    updateCount();
}

void FindingsPanel::fillFilters()
{
    const bool hasResult = m_model->result() != nullptr;
    const QSignalBlocker blockSeverity(m_severityCombo);
    const QSignalBlocker blockFile(m_fileCombo);
    const QSignalBlocker blockSchool(m_schoolCombo);

    m_severityCombo->clear();
    m_severityCombo->addItem(tr("All severities"), int(FindingFilter::AllSeverities));
    m_severityCombo->addItem(severityIcon(Severity::Error), tr("Errors"), int(FindingFilter::bit(Severity::Error)));
    m_severityCombo->addItem(severityIcon(Severity::Hold), tr("Holds"), int(FindingFilter::bit(Severity::Hold)));
    m_severityCombo->addItem(severityIcon(Severity::Alert), tr("Alerts"), int(FindingFilter::bit(Severity::Alert)));
    m_severityCombo->addItem(severityIcon(Severity::Info), tr("Information"), int(FindingFilter::bit(Severity::Info)));

    m_fileCombo->clear();
    m_fileCombo->addItem(tr("All files"), -1);
    for (FileKind kind : m_model->fileKinds()) {
        m_fileCombo->addItem(kind == FileKind::Other ? tr("Other files") : Schema::fileName(kind), int(kind));
    }

    fillSchoolChoices();

    for (QComboBox *combo : {m_severityCombo, m_fileCombo, m_schoolCombo}) {
        fitPopupToItems(combo);
        combo->setCurrentIndex(0);
        combo->setEnabled(hasResult);
    }
    const QSignalBlocker blockHide(m_hideAcknowledged);
    m_hideAcknowledged->setChecked(false);
    m_hideAcknowledged->setEnabled(hasResult);
}

void FindingsPanel::fillSchoolChoices()
{
    m_schoolCombo->clear();
    m_schoolCombo->addItem(tr("All schools"), -1);
    const std::vector<QString> &ids = m_model->schoolIds();
    const ReadResult *result = m_model->result();
    const Roster *roster = result ? result->roster.get() : nullptr;
    struct School
    {
        QString name;
        QString id;
        uint32_t index;
    };
    const auto byName = [](const School &a, const School &b) {
        const int cmp = a.name.localeAwareCompare(b.name);
        return cmp != 0 ? cmp < 0 : a.id < b.id;
    };
    // Each entry keeps its school's index as data, whatever it is called: the filter takes that.
    const auto add = [this](const QString &text, const School &school, const QString &tip) {
        m_schoolCombo->addItem(text, school.index);
        m_schoolCombo->setItemData(m_schoolCombo->count() - 1, tip, Qt::ToolTipRole);
    };
    std::vector<School> schools;
    for (uint32_t i = 1; i < ids.size(); ++i)
        schools.push_back({roster ? schoolDisplayName(*roster, ids[i]) : ids[i], ids[i], i});

    if (m_matches.isEmpty()) {
        // Nothing matched yet: the SIS's schools by their own names.
        std::sort(schools.begin(), schools.end(), byName);
        for (const School &school : schools)
            add(school.name, school, school.id);
    } else {
        // Matched: each school under the hub school it syncs into, as the tables' filters offer
        // it, with the SIS's name in the tooltip; only two hub schools of the same name need it
        // in the text, to be told apart. The schools not matched yet and those left out keep
        // their SIS names, saying so, after them; then what is no school in the matching (the
        // district, an org the export does not list) as before.
        const QHash<QString, SyncTarget> targets = syncTargets(m_matches, m_hubSchools);
        const auto isSchool = [roster](const QString &id) {
            if (!roster)
                return false;
            const uint32_t row = roster->table(FileKind::Orgs).rowForId(id.toStdString());
            return row != Table::NoRow && roster->relations().isSchool(row);
        };
        std::vector<std::pair<SyncTarget, School>> matched;
        std::vector<School> notMatched, leftOut, others;
        for (const School &school : schools) {
            const auto target = targets.constFind(school.id);
            const bool known = target != targets.constEnd();
            if (known && target->state == SyncTarget::State::LeftOut)
                leftOut.push_back(school);
            else if (known && target->state == SyncTarget::State::Matched)
                matched.emplace_back(*target, school);
            else if (known || isSchool(school.id))
                notMatched.push_back(school);
            else
                others.push_back(school);
        }
        std::sort(matched.begin(), matched.end(), [&byName](const auto &a, const auto &b) {
            const int byHub = a.first.hubName.localeAwareCompare(b.first.hubName);
            return byHub != 0 ? byHub < 0 : byName(a.second, b.second);
        });
        for (const auto &[target, school] : matched) {
            add(target.hubNameShared ? tr("%1 (SIS: %2)").arg(target.hubName, school.name) : target.hubName, school,
                tr("Hub school %1 (%2), matched to the SIS's %3 (%4)")
                    .arg(target.hubName, target.hubId, school.name, school.id));
        }
        if (!matched.empty() && (!notMatched.empty() || !leftOut.empty() || !others.empty()))
            m_schoolCombo->insertSeparator(m_schoolCombo->count());
        for (std::vector<School> *list : {&notMatched, &leftOut, &others})
            std::sort(list->begin(), list->end(), byName);
        for (const School &school : notMatched) {
            add(tr("%1 (not matched yet)").arg(school.name), school,
                tr("The SIS's %1 (%2), not matched to a hub school yet").arg(school.name, school.id));
        }
        for (const School &school : leftOut) {
            add(tr("%1 (left out, will not sync)").arg(school.name), school,
                tr("The SIS's %1 (%2), left out in the matching: its records do not sync")
                    .arg(school.name, school.id));
        }
        for (const School &school : others)
            add(school.name, school, school.id);
    }
    // Findings on a file or a header belong to no school; they get an entry of their own.
    if (!m_model->schoolFindingCounts().empty() && m_model->schoolFindingCounts()[0] > 0)
        m_schoolCombo->addItem(tr("No school (files, headers, manifest)"), 0);
}

void FindingsPanel::setSchoolMatching(const QList<SchoolMatch> &matches, const QList<HubSchool> &hubSchools)
{
    if (matches == m_matches && hubSchools == m_hubSchools)
        return;
    m_matches = matches;
    m_hubSchools = hubSchools;
    const QSignalBlocker block(m_schoolCombo);
    const QVariant choice = m_schoolCombo->currentData();
    fillSchoolChoices();
    fitPopupToItems(m_schoolCombo);
    // The same school under its new name, so the filter in force still matches the box.
    const int kept = choice.isValid() ? m_schoolCombo->findData(choice) : -1;
    m_schoolCombo->setCurrentIndex(std::max(kept, 0));
    if (kept < 0)
        filtersChanged();
}

void FindingsPanel::setFilter(const FindingFilter &filter)
{
    {
        const QSignalBlocker blockSeverity(m_severityCombo);
        const QSignalBlocker blockFile(m_fileCombo);
        const QSignalBlocker blockSchool(m_schoolCombo);
        m_severityCombo->setCurrentIndex(m_severityCombo->findData(int(filter.severities)));
        m_fileCombo->setCurrentIndex(m_fileCombo->findData(filter.file ? int(*filter.file) : -1));
        m_schoolCombo->setCurrentIndex(m_schoolCombo->findData(filter.school ? int(*filter.school) : -1));
        const QSignalBlocker blockHide(m_hideAcknowledged);
        m_hideAcknowledged->setChecked(filter.hideAcknowledged);
    }
    applyFilter(filter);
}

FindingFilter FindingsPanel::filter() const
{
    return m_model->filter();
}

QList<QWidget *> FindingsPanel::focusOrder() const
{
    return {m_severityCombo, m_fileCombo, m_schoolCombo, m_hideAcknowledged, m_view, m_explanation};
}

void FindingsPanel::filtersChanged()
{
    FindingFilter filter;
    bool ok = false;
    const int severities = m_severityCombo->currentData().toInt(&ok);
    filter.severities = ok ? uint8_t(severities) : FindingFilter::AllSeverities;
    const int file = m_fileCombo->currentData().toInt(&ok);
    if (ok && file >= 0)
        filter.file = FileKind(file);
    const int school = m_schoolCombo->currentData().toInt(&ok);
    if (ok && school >= 0)
        filter.school = uint32_t(school);
    filter.hideAcknowledged = m_hideAcknowledged->isChecked();
    const bool changed = filter != m_model->filter();
    applyFilter(filter);
    // The person changed a filter: what it leaves is said, where a sighted one reads the count.
    if (changed)
        m_announcer->announce(m_countLabel->text());
}

void FindingsPanel::applyFilter(const FindingFilter &filter)
{
    if (filter == m_model->filter())
        return;
    // Keep what the reader was looking at through the reset: the current row if it is still
    // shown, else its rule, and the rules they had opened.
    const QModelIndex current = m_view->currentIndex();
    const qsizetype finding = m_model->findingIndex(current);
    const std::optional<RuleId> rule = m_model->ruleOf(current);
    std::vector<RuleId> expanded;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (m_view->isExpanded(index))
            expanded.push_back(*m_model->ruleOf(index));
    }

    m_model->setFilter(filter);

    for (RuleId r : expanded) {
        const QModelIndex index = m_model->indexOfRule(r);
        if (index.isValid())
            m_view->expand(index);
    }
    QModelIndex restore = finding >= 0 ? m_model->indexOfFinding(size_t(finding)) : QModelIndex();
    if (!restore.isValid() && rule)
        restore = m_model->indexOfRule(*rule);
    if (!restore.isValid())
        restore = m_model->index(0, 0);
    selectRow(restore);
    updateCount();
}

void FindingsPanel::selectRow(const QModelIndex &index)
{
    if (!index.isValid()) {
        m_view->setCurrentIndex({});
        clearExplanation();
        return;
    }
    if (index.parent().isValid())
        m_view->expand(index.parent());
    // setCurrentIndex() reports a change only; a row that already was current is explained again
    // here, since the filter or the result may have changed what it says.
    const bool wasCurrent = m_view->currentIndex() == index;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    if (wasCurrent)
        currentChanged(index);
}

void FindingsPanel::clearExplanation()
{
    m_explanation->clear();
    m_explanationHtml.clear();
}

void FindingsPanel::currentChanged(const QModelIndex &current)
{
    updateAcknowledgeActions();
    const std::optional<RuleId> rule = m_model->ruleOf(current);
    if (!rule) {
        clearExplanation();
        return;
    }
    const qsizetype finding = m_model->findingIndex(current);
    const QString html = explanationHtml(*rule, finding);
    // Arrowing through a rule's findings must not rebuild an unchanged text (and lose its scroll).
    if (html != m_explanationHtml) {
        m_explanation->setHtml(html);
        m_explanationHtml = html;
    }
    if (finding >= 0)
        emit findingSelected(finding);
}

void FindingsPanel::activated(const QModelIndex &index)
{
    const qsizetype finding = m_model->findingIndex(index);
    if (finding >= 0) {
        emit findingActivated(finding);
        return;
    }
    const QModelIndex ruleRow = index.sibling(index.row(), 0);
    m_view->setExpanded(ruleRow, !m_view->isExpanded(ruleRow));
}

void FindingsPanel::showRule(RuleId rule)
{
    if (size_t(rule) >= size_t(RuleCount))
        return;
    QModelIndex index = m_model->indexOfRule(rule);
    if (!index.isValid() && size_t(rule) < m_ruleTotals.size() && m_ruleTotals[size_t(rule)] > 0) {
        setFilter(FindingFilter());
        index = m_model->indexOfRule(rule);
    }
    if (index.isValid()) {
        selectRow(index);
        return;
    }
    // Not in this export: still worth explaining, with nothing chosen in the list.
    m_view->selectionModel()->clear();
    m_explanationHtml = explanationHtml(rule);
    m_explanation->setHtml(m_explanationHtml);
}

void FindingsPanel::showFinding(qsizetype findingIndex)
{
    if (findingIndex < 0 || !m_model->result() || size_t(findingIndex) >= m_model->result()->findings.size())
        return;
    QModelIndex index = m_model->indexOfFinding(size_t(findingIndex));
    if (!index.isValid()) {
        setFilter(FindingFilter());
        index = m_model->indexOfFinding(size_t(findingIndex));
    }
    selectRow(index);
}

QString FindingsPanel::explanationHtml(RuleId rule, qsizetype findingIndex) const
{
    const Rule &r = RuleCatalogue::rule(rule);
    const Severity severity = r.severity;
    const size_t total = size_t(rule) < m_ruleTotals.size() ? m_ruleTotals[size_t(rule)] : 0;
    const int iconSize = ExplanationBrowser::iconSize(m_explanation->fontMetrics());

    const QString found = total > 0
        ? tr("%Ln finding(s) in this export", nullptr, int(std::min<size_t>(total, INT_MAX)))
        : tr("Not found in this export");
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(RuleCatalogue::title(rule)));
    html += QStringLiteral("<p><img src=\"%1:%2\" width=\"%3\" height=\"%3\" style=\"vertical-align:middle\">"
                           "&nbsp;<b>%4</b> &nbsp;·&nbsp; <code>%5</code> &nbsp;·&nbsp; %6</p>")
                .arg(SeverityScheme, RuleCatalogue::severityKey(severity), QString::number(iconSize),
                     esc(RuleText::severityWord(severity)), esc(RuleCatalogue::code(rule)),
                     esc(found));

    const ReadResult *result = m_model->result();
    if (result && findingIndex >= 0 && size_t(findingIndex) < result->findings.size()) {
        const Finding &f = result->findings.at(size_t(findingIndex));
        QString where = result->findings.fileName(f);
        if (f.line > 0)
            where += tr(", line %1").arg(QLocale().toString(f.line));
        if (f.column > 0)
            where += tr(", column %1").arg(QLocale().toString(f.column));
        const QString field = result->fieldName(f);
        if (!field.isEmpty())
            where += QStringLiteral(" (%1)").arg(field);
        const QString record = result->recordLabel(f);
        if (!record.isEmpty())
            where += QStringLiteral(" · ") + record;
        const uint32_t school = m_model->schoolOf(size_t(findingIndex));
        if (school > 0 && result->roster) {
            where += QStringLiteral(" · ")
                + schoolDisplayName(*result->roster, m_model->schoolIds()[school]);
        }
        html += QStringLiteral("<p><b>%1</b> %2<br><i>%3</i></p>")
                    .arg(esc(tr("This finding:")), esc(result->message(f)), esc(where));
        const QString acknowledged = m_model->acknowledged().value(uint32_t(findingIndex));
        if (!acknowledged.isEmpty())
            html += QStringLiteral("<p>✓ <i>%1</i></p>").arg(esc(acknowledged));
    }

    html += RuleText::adviceHtml(rule);
    return html;
}

void FindingsPanel::updateCount()
{
    const size_t total = m_model->totalCount();
    const size_t shown = m_model->shownCount();
    const int totalInt = int(std::min<size_t>(total, INT_MAX));
    if (!m_model->result())
        m_countLabel->setText(tr("No export open"));
    else if (shown == total)
        m_countLabel->setText(tr("%Ln finding(s)", nullptr, totalInt));
    else if (shown == 0)
        m_countLabel->setText(tr("No finding matches these filters (%Ln in all)", nullptr, totalInt));
    else
        m_countLabel->setText(tr("%1 of %Ln finding(s) shown", nullptr, totalInt).arg(QLocale().toString(qint64(shown))));
}

void FindingsPanel::sizeColumns()
{
    QHeaderView *header = m_view->header();
    m_sizingColumns = true;
    // Each column as wide as what it holds, so that the problem's sentence gets the room; widths
    // come from the font and from a few values rather than from every row, which would read every
    // visible finding's text on each reset.
    const QFontMetrics metrics(m_view->font());
    const int padding = 2 * m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 12;
    const auto headerWidth = [&](int column) {
        return metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
    };
    const auto fit = [&](int column, int content) {
        header->resizeSection(column, m_userWidths.value(column, std::max(content, headerWidth(column)) + padding));
    };
    const QFontMetrics codeMetrics(FindingTreeModel::codeFont(m_view->font()));
    int codeWidth = 0;
    for (size_t r = 0; r < m_ruleTotals.size(); ++r) {
        if (m_ruleTotals[r] > 0)
            codeWidth = std::max(codeWidth, codeMetrics.horizontalAdvance(RuleCatalogue::code(RuleId(r))));
    }
    fit(FindingTreeModel::CodeColumn, codeWidth);
    int severityWidth = 0;
    for (Severity s : SeverityOrder)
        severityWidth = std::max(severityWidth, metrics.horizontalAdvance(RuleText::severityWord(s)));
    fit(FindingTreeModel::SeverityColumn, severityWidth);
    // The record's id and name: as wide as the first findings' need, within reason.
    int recordWidth = 0;
    if (const ReadResult *result = m_model->result()) {
        const size_t sample = std::min<size_t>(result->findings.size(), 64);
        for (size_t i = 0; i < sample; ++i)
            recordWidth = std::max(recordWidth, metrics.horizontalAdvance(result->recordLabel(result->findings.at(i))));
    }
    fit(FindingTreeModel::RecordColumn, std::min(recordWidth, 24 * metrics.averageCharWidth()));
    int fileWidth = 0;
    for (FileKind kind : m_model->fileKinds()) {
        if (kind != FileKind::Other)
            fileWidth = std::max(fileWidth, metrics.horizontalAdvance(Schema::fileName(kind)));
    }
    fit(FindingTreeModel::FileColumn, fileWidth);
    fit(FindingTreeModel::LineColumn, m_maxLine > 0 ? metrics.horizontalAdvance(QLocale().toString(m_maxLine)) : 0);
    fit(FindingTreeModel::ColumnColumn, m_maxColumn > 0 ? metrics.horizontalAdvance(QLocale().toString(m_maxColumn)) : 0);
    m_sizingColumns = false;
    fitProblemColumn();
}

void FindingsPanel::fitProblemColumn()
{
    QHeaderView *header = m_view->header();
    const QScopedValueRollback sizing(m_sizingColumns, true);
    if (const auto chosen = m_userWidths.constFind(FindingTreeModel::ProblemColumn); chosen != m_userWidths.cend()) {
        header->resizeSection(FindingTreeModel::ProblemColumn, *chosen);
        return;
    }
    int others = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (column != FindingTreeModel::ProblemColumn && !header->isSectionHidden(column))
            others += header->sectionSize(column);
    }
    // The problem column takes the room the others leave, but never so little that it cannot be
    // read: a narrow panel scrolls sideways instead.
    const int readable = 36 * m_view->fontMetrics().averageCharWidth();
    header->resizeSection(FindingTreeModel::ProblemColumn, std::max(readable, m_view->viewport()->width() - others));
}

bool FindingsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitProblemColumn();
    return QWidget::eventFilter(watched, event);
}

void FindingsPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Docked along the bottom the panel is wide: the explanation goes beside the list. Docked at
    // a side it is tall: below it.
    const Qt::Orientation orientation =
        event->size().width() > event->size().height() * 2 ? Qt::Horizontal : Qt::Vertical;
    if (m_splitter->orientation() != orientation)
        m_splitter->setOrientation(orientation);
}

} // namespace rb

#include "rulesdialog.h"


#include "clearbutton.h"
#include "flowlayout.h"
#include "ruletext.h"
#include "severityicons.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace rb {

namespace {

constexpr Severity SeverityOrder[] = {Severity::Error, Severity::Hold, Severity::Alert, Severity::Info};
constexpr int RuleRole = Qt::UserRole;

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// Everything a search looks in: the code, the title, what happens and how to fix it, in the
// language shown.
QString searchableText(RuleId rule)
{
    QStringList parts{RuleCatalogue::code(rule), RuleCatalogue::title(rule), RuleCatalogue::whatHappens(rule),
                      RuleCatalogue::howToFix(rule)};
    for (const char *sis : {"aeries", "clever", "classlink"})
        parts << RuleCatalogue::fixFor(rule, QString::fromLatin1(sis));
    return parts.join(u' ');
}

} // namespace

RulesDialog::RulesDialog(QWidget *parent)
    : QDialog(parent)
    , m_pages(new QTabWidget(this))
    , m_search(new QLineEdit(this))
    , m_severity(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_details(new QTextBrowser(this))
    , m_glossary(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("rulesDialog"));
    setWindowTitle(tr("Rules and Glossary"));

    // -- Rules: a search and a severity above the list, the chosen rule explained beside it.
    auto *rulesPage = new QWidget(m_pages);
    m_search->setObjectName(QStringLiteral("ruleSearch"));
    m_search->setPlaceholderText(tr("Search codes, titles and explanations"));
    enableNamedClearButton(m_search);
    m_search->setAccessibleName(tr("Search the rules"));
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(m_search->placeholderText())
                              + m_search->fontMetrics().height() + 24);
    auto *searchLabel = new QLabel(tr("Sea&rch:"), rulesPage);
    searchLabel->setBuddy(m_search);

    m_severity->setObjectName(QStringLiteral("ruleSeverity"));
    m_severity->setAccessibleName(tr("Severity"));
    m_severity->addItem(tr("All severities"), -1);
    for (Severity s : SeverityOrder)
        m_severity->addItem(severityIcon(s), RuleText::severityWord(s), int(s));
    m_severity->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *severityLabel = new QLabel(tr("Se&verity:"), rulesPage);
    severityLabel->setBuddy(m_severity);

    m_count->setObjectName(QStringLiteral("ruleCount"));

    m_list->setObjectName(QStringLiteral("ruleList"));
    m_list->setAccessibleName(tr("Rules"));
    m_list->setHeaderLabels({tr("Code"), tr("Title"), tr("Severity")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Interactive);

    m_details->setObjectName(QStringLiteral("ruleDetails"));
    m_details->setAccessibleName(tr("The rule explained"));
    m_details->setOpenLinks(false);
    m_details->setTabChangesFocus(true);
    m_details->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_details->setPlaceholderText(tr("Choose a rule to see what the hub will do and how to fix it."));

    auto *filters = new FlowLayout;
    filters->addLabelled(searchLabel, m_search, 1);
    filters->addLabelled(severityLabel, m_severity);
    filters->addStretch();
    filters->addWidget(m_count);

    auto *splitter = new QSplitter(Qt::Horizontal, rulesPage);
    splitter->addWidget(m_list);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *rulesLayout = new QVBoxLayout(rulesPage);
    rulesLayout->addLayout(filters);
    rulesLayout->addWidget(splitter, 1);
    m_pages->addTab(rulesPage, tr("Rules"));

    // -- Glossary.
    m_glossary->setObjectName(QStringLiteral("glossary"));
    m_glossary->setAccessibleName(tr("Glossary"));
    m_glossary->setOpenLinks(false);
    m_glossary->setTabChangesFocus(true);
    m_glossary->setHtml(glossaryHtml());
    m_pages->addTab(m_glossary, tr("Glossary"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &RulesDialog::applyFilter);
    connect(m_severity, &QComboBox::currentIndexChanged, this, &RulesDialog::applyFilter);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &RulesDialog::explainCurrent);

    fillList();
    applyFilter();

    // Room for the list and the explanation side by side, within any screen the window is on.
    QSize size(fontMetrics().averageCharWidth() * 140, fontMetrics().lineSpacing() * 36);
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 9 / 10);
    resize(size);
    m_search->setFocus();
}

RulesDialog::~RulesDialog() = default;

void RulesDialog::fillList()
{
    for (int r = 0; r < RuleCount; ++r) {
        const RuleId rule = RuleId(r);
        const Severity severity = RuleCatalogue::severity(rule);
        auto *item = new QTreeWidgetItem(m_list, {RuleCatalogue::code(rule), RuleCatalogue::title(rule),
                                                  RuleText::severityWord(severity)});
        item->setIcon(2, severityIcon(severity));
        item->setData(0, RuleRole, r);
        item->setToolTip(1, RuleCatalogue::title(rule));
    }
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(2);
}

void RulesDialog::applyFilter()
{
    const QString text = m_search->text().simplified();
    const int severity = m_severity->currentData().toInt();
    int shown = 0;
    QTreeWidgetItem *firstShown = nullptr;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        const RuleId rule = RuleId(item->data(0, RuleRole).toInt());
        bool match = severity < 0 || int(RuleCatalogue::severity(rule)) == severity;
        if (match && !text.isEmpty()) {
            const QString haystack = searchableText(rule);
            // Every word typed, in any order.
            for (const QString &word : text.split(u' '))
                match = match && haystack.contains(word, Qt::CaseInsensitive);
        }
        item->setHidden(!match);
        if (match) {
            ++shown;
            if (!firstShown)
                firstShown = item;
        }
    }
    m_count->setText(shown == RuleCount ? tr("%n rule(s)", nullptr, RuleCount)
                                        : tr("%1 of %n rule(s)", nullptr, RuleCount).arg(shown));
    // The rule explained stays when it is still listed; else the first one listed.
    QTreeWidgetItem *current = m_list->currentItem();
    if (!current || current->isHidden())
        m_list->setCurrentItem(firstShown);
    if (!firstShown)
        m_details->clear();
}

void RulesDialog::explainCurrent()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || item->isHidden()) {
        m_details->clear();
        return;
    }
    m_details->setHtml(ruleHtml(RuleId(item->data(0, RuleRole).toInt())));
}

QList<RuleId> RulesDialog::shownRules() const
{
    QList<RuleId> rules;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (!m_list->topLevelItem(i)->isHidden())
            rules << RuleId(m_list->topLevelItem(i)->data(0, RuleRole).toInt());
    }
    return rules;
}

std::optional<RuleId> RulesDialog::currentRule() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || item->isHidden())
        return std::nullopt;
    return RuleId(item->data(0, RuleRole).toInt());
}

void RulesDialog::showPage(Page page)
{
    m_pages->setCurrentIndex(page == GlossaryPage ? 1 : 0);
    if (page == GlossaryPage)
        m_glossary->setFocus();
    else
        m_search->setFocus();
}

void RulesDialog::showRule(RuleId rule)
{
    if (int(rule) >= RuleCount)
        return;
    showPage(RulesPage);
    if (!shownRules().contains(rule)) {
        m_search->clear();
        m_severity->setCurrentIndex(0);
    }
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, RuleRole).toInt() == int(rule))
            m_list->setCurrentItem(m_list->topLevelItem(i));
    }
}

QString RulesDialog::ruleHtml(RuleId rule)
{
    const Rule &r = RuleCatalogue::rule(rule);
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(RuleCatalogue::title(rule)));
    html += QStringLiteral("<p><b>%1</b> &nbsp;·&nbsp; <code>%2</code></p>")
                .arg(esc(RuleText::severityWord(r.severity)), esc(RuleCatalogue::code(rule)));
    if (r.file != FileKind::Other) {
        const QString field = QString::fromLatin1(r.field);
        const QString file = Schema::fileName(r.file);
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(field.isEmpty() ? tr("In %1.").arg(file) : tr("In %1, column %2.").arg(file, field)));
    }
    html += RuleText::adviceHtml(rule);
    return html;
}

QString RulesDialog::glossaryHtml()
{
    const std::pair<QString, QString> terms[] = {
        {tr("Error"),
         tr("The hub refuses the record (the account, class or enrollment is not created), or the whole upload, "
            "until it is fixed.")},
        {tr("Alert"),
         tr("The hub creates the record, but something in it is missing or not as intended: a parent no message can "
            "reach, a class without a teacher.")},
        {tr("Hold"),
         tr("The hub stops the school's sync and waits for its support to review it: nothing of that school changes "
            "in the hub until the hold is released.")},
        {tr("Information"), tr("Worth knowing; nothing is lost and nothing needs doing.")},
        {tr("Finding"), tr("One problem Rosterbench found, on a file, a row or a cell, by one of its rules.")},
        {tr("Acknowledged"),
         tr("A finding someone has looked at and accepted, with a note saying why it can stay (\"the school fixes it on "
            "Monday\"). It is kept in the session with their name, ticked in the list, and left out with Hide "
            "acknowledged. It still reaches the hub as it is.")},
        {tr("Hub school"),
         tr("A school as the hub knows it, by the hub's name and id. Matching says which of the SIS's schools syncs "
            "into which hub school; a school not matched, or left out, does not sync.")},
        {tr("SIS"), tr("The Student Information System the district keeps its roster in (Aeries, PowerSchool…), "
                       "which writes the export or which the hub pulls from.")},
        {tr("Import"),
         tr("One export or pull kept in the session, byte for byte, with when and by whom it was opened. The Import "
            "list shows the session's imports, newest first; each next import is compared with the one before.")},
        {tr("Session"),
         tr("The file (.rosterbench) that keeps a district's review over days: its imports, what was acknowledged, "
            "the school matching and a history of it all. It can be handed to a colleague.")},
    };
    QString html = QStringLiteral("<dl>");
    for (const auto &[term, meaning] : terms)
        html += QStringLiteral("<dt><b>%1</b></dt><dd>%2</dd>").arg(esc(term), esc(meaning));
    return html + QStringLiteral("</dl>");
}

} // namespace rb

#include "overviewpage.h"

#include "oneroster/exportreader.h"
#include "overviewmodel.h"
#include "tableview.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace rb {

OverviewPage::OverviewPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new OverviewModel(this))
    , m_proxy(new OverviewSortModel(this))
    , m_summary(new QLabel(this))
    , m_view(new TableView(this))
{
    m_proxy->setSourceModel(m_model);

    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont summaryFont = m_summary->font();
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.15);
    m_summary->setFont(summaryFont);

    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Schools table"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    // A row is named by its school (the model's row headers): hidden, as the name is the first column.
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    // Every column as wide as its content, so that no school's name is cut short; readiness,
    // last, takes what room is left.
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Measured on the first rows only: a district of a thousand schools would hold the window up.
    header->setResizeContentsPrecision(20);
    header->setStretchLastSection(true);
    // Readiness right after the school's name (and its hub school, once matched): the verdict is
    // what the page is for, and it must not scroll out of sight in a narrow window. The numbers
    // follow. Where each school syncs means nothing before the schools are matched: the proxy has
    // no such column until then.
    header->moveSection(header->visualIndex(OverviewModel::ReadinessColumn),
                        header->visualIndex(OverviewModel::IdentifierColumn));
    header->setStretchLastSection(false);
    header->setHighlightSections(false);
    // Unsorted at first: orgs.csv's own order is the one the district knows. A click on a
    // header sorts from then on.
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);

    connect(m_view, &QAbstractItemView::activated, this, &OverviewPage::activate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    updateSummary();
}

OverviewPage::~OverviewPage() = default;

void OverviewPage::setResult(std::shared_ptr<const ReadResult> result)
{
    m_result = std::move(result);
    m_model->setResult(m_result);
    updateSummary();
}

void OverviewPage::setResult(std::shared_ptr<const ReadResult> result, std::vector<SchoolSummary> schools,
                             SchoolSummary totals)
{
    m_result = std::move(result);
    if (m_result && m_result->roster && m_result->isReadable())
        m_model->setSummaries(std::move(schools), std::move(totals));
    else
        m_model->clear();
    updateSummary();
}

void OverviewPage::setSchoolMatching(const QList<SchoolMatch> &matches, const QList<HubSchool> &hubSchools)
{
    m_model->setSchoolMatching(matches, hubSchools);
    const bool shown = m_model->hasSchoolMatching();
    if (shown == m_proxy->isHubSchoolShown())
        return;
    m_proxy->setHubSchoolShown(shown);
    // Added at the end: moved to right after the school's name.
    if (shown) {
        QHeaderView *header = m_view->horizontalHeader();
        header->moveSection(header->visualIndex(OverviewModel::HubSchoolColumn),
                            header->visualIndex(OverviewModel::SchoolColumn) + 1);
    }
}

QString OverviewPage::summaryText() const
{
    if (!m_result)
        return tr("No export open.");
    if (!m_result->roster || !m_result->isReadable())
        return tr("The export could not be read, so there is no overview of its schools.");

    int schools = 0, ready = 0, attention = 0, blocked = 0;
    const SchoolSummary *outside = nullptr;
    for (const SchoolSummary &s : m_model->schools()) {
        if (!s.isSchool()) {
            outside = &s;
            continue;
        }
        ++schools;
        switch (s.readiness) {
        case Readiness::Ready: ++ready; break;
        case Readiness::NeedsAttention: ++attention; break;
        case Readiness::Blocked: ++blocked; break;
        }
    }
    QString text;
    if (schools == 0) {
        text = tr("orgs.csv lists no school.");
    } else {
        // Only the states some school is in: "3 schools: 3 blocked." reads at a glance.
        QStringList states;
        if (ready > 0)
            states.append(tr("%Ln ready", nullptr, ready));
        if (attention > 0)
            states.append(tr("%Ln needing attention", nullptr, attention));
        if (blocked > 0)
            states.append(tr("%Ln blocked", nullptr, blocked));
        text = tr("%1: %2.").arg(tr("%Ln school(s)", nullptr, schools), QLocale().createSeparatedList(states));
    }

    if (outside) {
        QStringList parts;
        auto clamp = [](qint64 n) { return int(std::min<qint64>(n, INT_MAX)); };
        const qint64 users = outside->students + outside->teachers + outside->otherStaff + outside->guardians;
        if (users > 0)
            parts.append(tr("%Ln user(s)", nullptr, clamp(users)));
        if (outside->classes > 0)
            parts.append(tr("%Ln class(es)", nullptr, clamp(outside->classes)));
        if (outside->enrollments > 0)
            parts.append(tr("%Ln enrollment(s)", nullptr, clamp(outside->enrollments)));
        for (Severity s : {Severity::Error, Severity::Hold, Severity::Alert, Severity::Info}) {
            if (outside->findings[s] > 0)
                parts.append(SchoolSummaryText::findingCount(s, outside->findings[s]));
        }
        if (!parts.isEmpty())
            text += u' ' + tr("Outside any school: %1.").arg(QLocale().createSeparatedList(parts));
    }
    return text;
}

void OverviewPage::updateSummary()
{
    m_summary->setText(summaryText());
}

void OverviewPage::activate(const QModelIndex &index)
{
    const QModelIndex source = m_proxy->mapToSource(index);
    if (!source.isValid() || m_model->kindAt(source.row()) == OverviewModel::RowKind::Totals)
        return;
    if (const SchoolSummary *s = m_model->summaryAt(source.row()))
        emit schoolActivated(s->orgRow);
}

} // namespace rb

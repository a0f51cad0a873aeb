#pragma once

#include "findingtreemodel.h"
#include "matching/schoolmatch.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <memory>
#include <vector>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QSplitter;
class QTreeView;

namespace rb {

class Announcer;
class TextPane;
struct ReadResult;

// The findings of a check, grouped by rule, with filters by severity, file and school above them
// and an explanation of the chosen rule beside or below: what the hub will do, and how to fix it,
// in general and in each SIS. Self-contained, to be docked into the review window.
//
// Keyboard: Tab goes from the filters to the list to the explanation; in the list, Enter opens a
// rule's findings or activates a finding. A screen reader hears the findings a filter leaves
// ("13 of 389 findings shown") as they change.
class FindingsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsPanel)

public:
    explicit FindingsPanel(QWidget *parent = nullptr);
    ~FindingsPanel() override;

    // Shows a check's findings, with every filter reset. Null empties the panel.
    // `schools`, if given, are the findings' schools from schoolsOfFindings, worked out
    // beforehand; see FindingTreeModel::setResult.
    void setResult(std::shared_ptr<const ReadResult> result, FindingSchools schools = {});
    const ReadResult *result() const;

    // The session's school matching, which the school filter speaks in: once there is one, each
    // matched school is offered under its hub school's name (the SIS's in the tooltip), then the
    // schools not matched yet and those left out under their SIS names, saying so. Each entry
    // still stands for one school of model()->schoolIds(), so filtering is the same; the choice
    // made stays. Kept across results.
    void setSchoolMatching(const QList<SchoolMatch> &matches, const QList<HubSchool> &hubSchools);

    // Filters the list as if chosen in the filter row (a school index is one of
    // model()->schoolIds()).
    void setFilter(const FindingFilter &filter);
    FindingFilter filter() const;

    // Selects a rule's row and explains the rule. If the filters hide the rule's findings they are
    // cleared; a rule without findings is still explained.
    void showRule(RuleId rule);
    // Selects a finding's row, opening its rule, and explains it; filters hiding it are cleared.
    void showFinding(qsizetype findingIndex);

    // The explanation of a rule, and of one of its findings when `findingIndex` is not -1, as the
    // panel shows it.
    QString explanationHtml(RuleId rule, qsizetype findingIndex = -1) const;

    // Whether findings can be acknowledged (a session is open to keep it in).
    void setAcknowledgeable(bool on);
    // The findings acknowledged, with what to say of each; see FindingTreeModel::setAcknowledged.
    void setAcknowledged(QHash<uint32_t, QString> acknowledged);
    // The finding of the current row, -1 on a rule row or none.
    qsizetype currentFinding() const;
    QAction *acknowledgeAction() const { return m_acknowledge; }
    QAction *takeBackAction() const { return m_takeBack; }

    FindingTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    // The panel's controls in the order Tab goes through them: the filters, the list, the
    // explanation.
    QList<QWidget *> focusOrder() const;

signals:
    // The user chose a finding to act on: a double click, or Enter on its row.
    void findingActivated(qsizetype findingIndex);
    // The current row moved onto a finding, by mouse, keyboard or showFinding().
    void findingSelected(qsizetype findingIndex);
    // The user asked to acknowledge a finding (with a note the window asks for), or to take an
    // acknowledgement back.
    void acknowledgeRequested(qsizetype findingIndex);
    void takeBackRequested(qsizetype findingIndex);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fillFilters();
    void fillSchoolChoices();
    void applyFilter(const FindingFilter &filter);
    void filtersChanged();
    void currentChanged(const QModelIndex &current);
    void activated(const QModelIndex &index);
    void selectRow(const QModelIndex &index);
    void clearExplanation();
    void updateCount();
    void sizeColumns();
    void fitProblemColumn();
    void updateAcknowledgeActions();
    void showContextMenu(const QPoint &pos);

    FindingTreeModel *m_model = nullptr;
    QComboBox *m_severityCombo = nullptr;
    QComboBox *m_fileCombo = nullptr;
    QComboBox *m_schoolCombo = nullptr;
    QCheckBox *m_hideAcknowledged = nullptr;
    QAction *m_acknowledge = nullptr;
    QAction *m_takeBack = nullptr;
    bool m_acknowledgeable = false;
    QLabel *m_countLabel = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeView *m_view = nullptr;
    TextPane *m_explanation = nullptr;
    Announcer *m_announcer = nullptr;
    QString m_explanationHtml;        // what m_explanation shows
    std::vector<size_t> m_ruleTotals; // per RuleId, findings in the whole result
    uint32_t m_maxLine = 0;           // the largest line and column findings name, to size their columns
    int m_maxColumn = 0;
    QHash<int, int> m_userWidths;     // column → the width the user dragged it to, kept across resets
    bool m_sizingColumns = false;     // the panel itself is sizing columns: not the user
    QList<SchoolMatch> m_matches;     // the session's school matching, for the school filter
    QList<HubSchool> m_hubSchools;
};

} // namespace rb

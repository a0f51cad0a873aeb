#pragma once

#include "validation/rulecatalogue.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;

namespace rb {

// Help ▸ Rules and Help ▸ Glossary: every rule Rosterbench checks, to search and filter by
// severity, with what the hub does about it, how to fix it and where the rule comes from; and the
// words the window uses (error, hold, acknowledged, hub school…), each said once in plain words.
// It reads the catalogue only: it needs no export open.
class RulesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RulesDialog)

public:
    enum Page { RulesPage, GlossaryPage };

    explicit RulesDialog(QWidget *parent = nullptr);
    ~RulesDialog() override;

    void showPage(Page page);
    // Lists and explains one rule, clearing the search and filter when they hide it.
    void showRule(RuleId rule);

    // The rules listed, in the catalogue's order, with the search and filter in force.
    QList<RuleId> shownRules() const;
    // The rule explained, if any.
    std::optional<RuleId> currentRule() const;

    QTabWidget *pages() const { return m_pages; }
    QLineEdit *searchBox() const { return m_search; }
    QComboBox *severityFilter() const { return m_severity; }
    QTreeWidget *ruleList() const { return m_list; }
    QTextBrowser *details() const { return m_details; }
    QTextBrowser *glossary() const { return m_glossary; }

    // What the glossary page says, as HTML.
    static QString glossaryHtml();
    // What the details say of one rule, as HTML.
    static QString ruleHtml(RuleId rule);

private:
    void fillList();
    void applyFilter();
    void explainCurrent();

    QTabWidget *m_pages = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_severity = nullptr;
    QLabel *m_count = nullptr;
    QTreeWidget *m_list = nullptr;
    QTextBrowser *m_details = nullptr;
    QTextBrowser *m_glossary = nullptr;
};

} // namespace rb

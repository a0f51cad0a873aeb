#include "ruletext.h"

namespace rb {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

QString RuleText::severityWord(Severity severity)
{
    const QString word = RuleCatalogue::severityName(severity);
    return word.isEmpty() ? word : word.at(0).toUpper() + word.mid(1);
}

QString RuleText::adviceHtml(RuleId rule)
{
    QString html = QStringLiteral("<p><b>%1</b> %2</p><p><b>%3</b> %4</p>")
                       .arg(esc(tr("What will happen:")), esc(RuleCatalogue::whatHappens(rule)),
                            esc(tr("How to fix it:")), esc(RuleCatalogue::howToFix(rule)));
    // The SIS a district uses often has its own screen or setting for the fix.
    const struct
    {
        const char *key;
        const char *name;
    } systems[] = {{"aeries", "Aeries"}, {"clever", "Clever"}, {"classlink", "ClassLink"}};
    for (const auto &sis : systems) {
        const QString hint = RuleCatalogue::fixFor(rule, QString::fromLatin1(sis.key));
        if (!hint.isEmpty()) {
            html += QStringLiteral("<p><b>%1</b> %2</p>")
                        .arg(esc(tr("In %1:").arg(QString::fromLatin1(sis.name))), esc(hint));
        }
    }
    if (const QString sources = RuleCatalogue::sourceLine(rule); !sources.isEmpty())
        html += QStringLiteral("<p><small>%1</small></p>").arg(esc(sources));
    return html;
}

} // namespace rb

#pragma once

#include "validation/rulecatalogue.h"

#include <QCoreApplication>
#include <QString>

namespace rb {

// How the window words a rule wherever it explains one (the findings panel, Help ▸ Rules): one
// place, so the two never drift apart.
class RuleText final
{
    Q_DECLARE_TR_FUNCTIONS(RuleText)

public:
    // "Error", "Hold", "Alert", "Information": the catalogue's word for a severity, capitalised to
    // stand alone (the catalogue's words are lower case to sit inside sentences).
    static QString severityWord(Severity severity);

    // What the hub will do, how to fix it, the hints for the SIS that have their own, and where
    // the rule comes from, as HTML paragraphs.
    static QString adviceHtml(RuleId rule);
};

} // namespace rb

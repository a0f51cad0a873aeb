#include "acknowledgements.h"

#include "oneroster/exportreader.h"
#include "validation/rulecatalogue.h"

#include <QSet>

namespace rb {

namespace {

// Where a finding is: what format 3 named it by, and what narrows the findings looked at closer.
struct Place
{
    int rule;
    int kind;
    uint32_t line;
    int column;
    bool operator==(const Place &) const = default;
};

size_t qHash(const Place &p, size_t seed = 0)
{
    return qHashMulti(seed, p.rule, p.kind, p.line, p.column);
}

Place placeOf(const Finding &f)
{
    return {int(f.rule), int(f.kind), f.line, int(f.column)};
}

// What a finding is about, beyond its place.
struct Subject
{
    QString record;
    QString detail;
};

Subject subjectOf(const ReadResult &result, const Finding &f)
{
    const FindingList &findings = result.findings;
    Subject s;
    if (f.row != Finding::NoRow)
        s.record = result.recordId(f);
    else if (f.rule == RuleId::SessionSchoolRemoved)
        s.record = findings.string(f.arg1); // the school, as the import before named it
    else
        s.record = findings.fileName(f);
    switch (f.rule) {
    // More than once on one cell or one file, told apart by what they name.
    case RuleId::UserAgentUnknown:         // each parent id a student names that is not a parent
    case RuleId::ClassGradesInvalid:       // each grade of a class's list
    case RuleId::HeaderMissing:            // each field a file's header lacks
    case RuleId::ManifestPropertyMissing:  // each property the manifest lacks
    case RuleId::UserEmergencyContact:     // each emergency item of a contact type
        s.detail = findings.string(f.arg1);
        break;
    case RuleId::UserEmailShared:          // the account that keeps the email, one for each
        s.detail = findings.string(f.arg2);
        break;
    default:
        break;
    }
    return s;
}

} // namespace

Acknowledgement acknowledgementOf(const ReadResult &result, size_t findingIndex, qint64 importId)
{
    const Finding &f = result.findings.at(findingIndex);
    const Subject subject = subjectOf(result, f);
    Acknowledgement ack;
    ack.importId = importId;
    ack.ruleCode = RuleCatalogue::code(f.rule);
    ack.kind = f.kind;
    ack.line = f.line;
    ack.column = f.column;
    ack.recordId = subject.record;
    ack.detail = subject.detail;
    return ack;
}

QHash<uint32_t, Acknowledgement> acknowledgedFindings(const ReadResult &result,
                                                      const QList<Acknowledgement> &acknowledgements)
{
    QHash<uint32_t, Acknowledgement> out;
    if (acknowledgements.isEmpty())
        return out;
    QMultiHash<Place, const Acknowledgement *> byPlace;
    for (const Acknowledgement &ack : acknowledgements) {
        if (const std::optional<RuleId> rule = RuleCatalogue::findByCode(ack.ruleCode))
            byPlace.insert(Place{int(*rule), int(ack.kind), ack.line, ack.column}, &ack);
    }
    QSet<Place> placesTaken; // of format 3's acknowledgements, each given to one finding
    const std::vector<Finding> &items = result.findings.items();
    for (size_t i = 0; i < items.size(); ++i) {
        const Place place = placeOf(items[i]);
        auto [it, end] = byPlace.equal_range(place);
        if (it == end)
            continue; // most findings: no acknowledgement at their place, nothing more to look at
        const Subject subject = subjectOf(result, items[i]);
        const Acknowledgement *own = nullptr, *ofPlace = nullptr;
        for (; it != end; ++it) {
            const Acknowledgement *a = *it;
            if (a->byPlace)
                ofPlace = a;
            else if (a->recordId == subject.record && a->detail == subject.detail)
                own = a;
        }
        if (own)
            out.insert(uint32_t(i), *own);
        else if (ofPlace && !placesTaken.contains(place)) {
            out.insert(uint32_t(i), *ofPlace);
            placesTaken.insert(place);
        }
    }
    return out;
}

} // namespace rb

#include "acknowledgedfindings.h"

#include "oneroster/exportreader.h"

#include <array>
#include <vector>

namespace rb {

Acknowledgement acknowledgementKey(const ReadResult &result, size_t findingIndex, qint64 importId)
{
    const Finding &f = result.findings.at(findingIndex);
    Acknowledgement ack;
    ack.importId = importId;
    ack.ruleCode = RuleCatalogue::code(f.rule);
    ack.kind = f.kind;
    ack.line = f.line;
    ack.column = f.column;
    ack.recordId = result.recordId(f);
    return ack;
}

QHash<uint32_t, Acknowledgement> acknowledgedFindingsOf(const ReadResult &result,
                                                        const QList<Acknowledgement> &acknowledgements,
                                                        qint64 importId)
{
    QHash<uint32_t, Acknowledgement> out;
    if (acknowledgements.isEmpty())
        return out;
    std::array<std::vector<const Acknowledgement *>, RuleCount> byRule;
    for (const Acknowledgement &ack : acknowledgements) {
        if (const std::optional<RuleId> rule = RuleCatalogue::findByCode(ack.ruleCode))
            byRule[size_t(*rule)].push_back(&ack);
    }
    const std::vector<Finding> &items = result.findings.items();
    for (size_t i = 0; i < items.size(); ++i) {
        const std::vector<const Acknowledgement *> &candidates = byRule[size_t(items[i].rule)];
        if (candidates.empty())
            continue;
        const Acknowledgement key = acknowledgementKey(result, i, importId);
        for (const Acknowledgement *ack : candidates) {
            if (ack->sameFinding(key)) {
                out.insert(uint32_t(i), *ack);
                break;
            }
        }
    }
    return out;
}

} // namespace rb

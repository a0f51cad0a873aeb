#include "orgspeek.h"

#include "oneroster/csvparser.h"
#include "oneroster/exportsource.h"
#include "util/text.h"

#include <QIODevice>

#include <memory>
#include <string_view>

namespace rb {

namespace {

// Collects the ids of the rows whose type is "school", by the header's own column order.
class SchoolIds final : public CsvHandler
{
public:
    QSet<QString> ids;

    void record(const std::string_view *cells, int count, uint32_t) override
    {
        if (m_header) {
            m_header = false;
            for (int c = 0; c < count; ++c) {
                if (trimmedCell(cells[c]) == "sourcedId")
                    m_id = c;
                else if (trimmedCell(cells[c]) == "type")
                    m_type = c;
            }
            return;
        }
        if (m_id < 0 || m_type < 0 || m_id >= count || m_type >= count)
            return;
        // As the roster takes it (Relations): the type exactly "school".
        if (cells[m_type] == "school" && !trimmedCell(cells[m_id]).empty()) {
            const std::string_view id = trimmedCell(cells[m_id]);
            ids.insert(QString::fromUtf8(id.data(), qsizetype(id.size())));
        }
    }
    void problem(CsvProblem, uint32_t, int, std::string_view) override {}

private:
    bool m_header = true;
    int m_id = -1;
    int m_type = -1;
};

} // namespace

std::optional<QSet<QString>> peekSchoolIds(const QStringList &paths, qint64 maxBytes)
{
    QString error;
    const std::unique_ptr<ExportSource> source = ExportSource::open(paths, &error);
    if (!source)
        return std::nullopt;
    // orgs.csv nearest the top, as the reader chooses the folder that holds the roster.
    const SourceEntry *orgs = nullptr;
    for (const SourceEntry &e : source->entries()) {
        if (e.fileName.compare(QLatin1String("orgs.csv"), Qt::CaseInsensitive) != 0)
            continue;
        if (!orgs || e.folder.size() < orgs->folder.size())
            orgs = &e;
    }
    if (!orgs || orgs->size > maxBytes)
        return std::nullopt;
    const std::unique_ptr<QIODevice> device = source->openEntry(*orgs, &error);
    if (!device)
        return std::nullopt;
    SchoolIds handler;
    CsvParser parser(handler);
    qint64 total = 0;
    while (true) {
        const QByteArray chunk = device->read(64 * 1024);
        if (chunk.isEmpty())
            break;
        total += chunk.size();
        if (total > maxBytes || !parser.feed(chunk.constData(), size_t(chunk.size())))
            return std::nullopt;
    }
    if (!parser.finish() || handler.ids.isEmpty())
        return std::nullopt;
    return handler.ids;
}

} // namespace rb

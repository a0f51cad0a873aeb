#include "manifest.h"

#include "roster/roster.h"
#include "roster/table.h"
#include "util/text.h"
#include "validation/finding.h"

#include <QCoreApplication>
#include <QHash>

namespace rb::Manifest {

namespace {

// Gives lupdate and the translator one context for this file's strings.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Manifest)
};

} // namespace

QString value(const Table &manifest, const QString &property)
{
    for (size_t r = 0; r < manifest.rowCount(); ++r) {
        if (toQString(manifest.cell(r, ManifestField::PropertyName)) == property)
            return toQString(manifest.cell(r, ManifestField::Value));
    }
    return {};
}

QString systemName(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Aeries: return QStringLiteral("Aeries");
    case SourceKind::ClassLink: return QStringLiteral("ClassLink");
    case SourceKind::Clever: return QStringLiteral("Clever");
    case SourceKind::OneRosterCsv: break;
    }
    return {};
}

SourceKind sourceKind(const Table &manifest)
{
    if (!manifest.isPresent() || manifest.columnCount() == 0)
        return SourceKind::OneRosterCsv;
    const QString name = value(manifest, QStringLiteral("source.systemName")).trimmed();
    for (SourceKind kind : {SourceKind::Aeries, SourceKind::ClassLink, SourceKind::Clever}) {
        if (name.compare(systemName(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return SourceKind::OneRosterCsv;
}

void check(const Table &manifest, const QSet<QString> &presentFiles, FindingList &findings)
{
    struct Entry
    {
        QString value;
        uint32_t row;
    };
    QHash<QString, Entry> entries;
    const int valueColumn = manifest.columnForField(ManifestField::Value) + 1;
    const int nameColumn = manifest.columnForField(ManifestField::PropertyName) + 1;
    auto where = [&](uint32_t row, int column) {
        FindingList::Where w;
        w.file = manifest.entryName();
        w.kind = FileKind::Manifest;
        w.row = row;
        w.line = row == Table::NoRow ? 0 : manifest.lineOf(row);
        w.column = column;
        return w;
    };

    for (size_t r = 0; r < manifest.rowCount(); ++r) {
        const QString name = toQString(manifest.cell(r, ManifestField::PropertyName));
        if (name.isEmpty() || entries.contains(name))
            continue;
        entries.insert(name, {toQString(manifest.cell(r, ManifestField::Value)), uint32_t(r)});
        const bool known = name == QLatin1String("manifest.version")
            || name == QLatin1String("oneroster.version")
            || name.startsWith(QLatin1String("source."))
            || Schema::manifestFileProperties().contains(name.toUtf8());
        if (!known)
            findings.add(RuleId::ManifestPropertyUnknown, where(uint32_t(r), nameColumn), name);
    }

    auto require = [&](const QString &name) -> const Entry * {
        auto it = entries.constFind(name);
        if (it == entries.constEnd()) {
            findings.add(RuleId::ManifestPropertyMissing, where(Table::NoRow, 0), name);
            return nullptr;
        }
        return &it.value();
    };

    if (const Entry *e = require(QStringLiteral("manifest.version")); e && e->value != QLatin1String("1.0"))
        findings.add(RuleId::ManifestVersion, where(e->row, valueColumn), e->value);
    if (const Entry *e = require(QStringLiteral("oneroster.version")); e && e->value != QLatin1String("1.1"))
        findings.add(RuleId::ManifestOneRosterVersion, where(e->row, valueColumn), e->value);

    for (const QByteArray &property : Schema::manifestFileProperties()) {
        const QString name = QString::fromLatin1(property);
        // file.users describes users.csv, file.classResources classResources.csv, and so on.
        const QString fileName = name.mid(5) + QLatin1String(".csv");
        const bool present = presentFiles.contains(fileName);
        auto it = entries.constFind(name);
        if (it == entries.constEnd()) {
            // No row reads as absent, which is only wrong when the file is there.
            if (present)
                findings.add(RuleId::ManifestPropertyMissing, where(Table::NoRow, 0), name);
            continue;
        }
        const Entry *e = &it.value();
        const QString &v = e->value;
        if (v != QLatin1String("absent") && v != QLatin1String("bulk") && v != QLatin1String("delta")) {
            findings.add(RuleId::ManifestFileValue, where(e->row, valueColumn), name, v);
            continue;
        }
        const QString said = QStringLiteral("%1=%2").arg(name, v);
        if (v == QLatin1String("absent") && present) {
            findings.add(RuleId::ManifestFileMismatch, where(e->row, valueColumn), said,
                         Tr::tr("%1 is in the export").arg(fileName));
        } else if (v != QLatin1String("absent") && !present) {
            findings.add(RuleId::ManifestFileMismatch, where(e->row, valueColumn), said,
                         Tr::tr("%1 is not in the export").arg(fileName));
        }
    }
}

} // namespace rb::Manifest

#include "exportwriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace rb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExportWriter)
};

} // namespace

ExportWriter::Record::Record(FileKind kind)
    : m_kind(kind)
{
    const qsizetype fields = kind == FileKind::Other ? 0 : Schema::header(kind).size();
    m_values.resize(fields);
}

ExportWriter::Record &ExportWriter::Record::set(int field, const QString &value)
{
    if (field >= 0 && field < m_values.size())
        m_values[field] = value;
    return *this;
}

ExportWriter::Record &ExportWriter::Record::setMetadata(const QString &name, const QString &value)
{
    if (!value.isEmpty())
        m_metadata.append({name, value});
    return *this;
}

ExportWriter::ExportWriter() = default;

QByteArray ExportWriter::csvCell(const QString &value)
{
    QByteArray bytes = value.toUtf8();
    if (!bytes.contains(',') && !bytes.contains('"') && !bytes.contains('\n') && !bytes.contains('\r'))
        return bytes;
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}

void ExportWriter::add(const Record &record)
{
    if (record.m_kind == FileKind::Other || record.m_kind == FileKind::Manifest)
        return;
    File &file = m_files[size_t(record.m_kind)];
    file.offsets.push_back(file.lines.size());
    for (qsizetype i = 0; i < record.m_values.size(); ++i) {
        if (i > 0)
            file.lines.append(',');
        file.lines.append(csvCell(record.m_values.at(i)));
    }
    const size_t row = file.offsets.size() - 1;
    for (const auto &[name, value] : record.m_metadata) {
        qsizetype column = file.metadataNames.indexOf(name);
        if (column < 0) {
            column = file.metadataNames.size();
            file.metadataNames.append(name);
        }
        file.extras.push_back({row, int(column), value});
    }
}

void ExportWriter::setManifestProperty(const QString &name, const QString &value)
{
    for (auto &entry : m_manifestExtras) {
        if (entry.first == name) {
            entry.second = value;
            return;
        }
    }
    m_manifestExtras.append({name, value});
}

bool ExportWriter::isWritten(FileKind kind) const
{
    return kind != FileKind::Manifest && (Schema::isRequired(kind) || count(kind) > 0);
}

QByteArray ExportWriter::fileBytes(FileKind kind) const
{
    const File &file = m_files[size_t(kind)];
    QByteArray out = Schema::header(kind).join(',');
    for (const QString &name : file.metadataNames)
        out += ',' + csvCell(QStringLiteral("metadata.") + name);
    out += '\n';
    const qsizetype extraColumns = file.metadataNames.size();
    QStringList extraCells(extraColumns);
    size_t nextExtra = 0;
    for (size_t row = 0; row < file.offsets.size(); ++row) {
        const qsizetype begin = file.offsets[row];
        const qsizetype end = row + 1 < file.offsets.size() ? file.offsets[row + 1] : file.lines.size();
        out.append(file.lines.constData() + begin, end - begin);
        if (extraColumns > 0) {
            extraCells.fill(QString());
            while (nextExtra < file.extras.size() && file.extras[nextExtra].row == row) {
                extraCells[file.extras[nextExtra].column] = file.extras[nextExtra].value;
                ++nextExtra;
            }
            for (const QString &cell : std::as_const(extraCells))
                out += ',' + csvCell(cell);
        }
        out += '\n';
    }
    return out;
}

QByteArray ExportWriter::manifestBytes() const
{
    QByteArray out = "propertyName,value\nmanifest.version,1.0\noneroster.version,1.1\n";
    for (const QByteArray &property : Schema::manifestFileProperties()) {
        // file.users describes users.csv, and so on.
        const FileKind kind = Schema::kindForFileName(QString::fromLatin1(property.mid(5)) + QLatin1String(".csv"));
        const bool written = kind != FileKind::Other && isWritten(kind);
        out += property + (written ? ",bulk\n" : ",absent\n");
    }
    for (const auto &[name, value] : m_manifestExtras)
        out += csvCell(name) + ',' + csvCell(value) + '\n';
    return out;
}

QByteArray ExportWriter::zip(QString *error) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QuaZip zip(&buffer);
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return QByteArray();
    };
    if (!zip.open(QuaZip::mdCreate))
        return fail(Tr::tr("The export could not be written: the zip could not be created."));
    const QDateTime now = QDateTime::currentDateTime();
    for (int k = 0; k < KnownFileKindCount; ++k) {
        const FileKind kind = FileKind(k);
        if (kind != FileKind::Manifest && !isWritten(kind))
            continue;
        const QByteArray content = kind == FileKind::Manifest ? manifestBytes() : fileBytes(kind);
        QuaZipFile out(&zip);
        QuaZipNewInfo info(Schema::fileName(kind));
        info.dateTime = now;
        if (!out.open(QIODevice::WriteOnly, info) || out.write(content) != content.size()) {
            return fail(Tr::tr("The export could not be written: %1 could not be added to the zip.")
                            .arg(Schema::fileName(kind)));
        }
        out.close();
        if (out.getZipError() != ZIP_OK) {
            return fail(Tr::tr("The export could not be written: %1 could not be added to the zip.")
                            .arg(Schema::fileName(kind)));
        }
    }
    zip.close();
    if (zip.getZipError() != ZIP_OK)
        return fail(Tr::tr("The export could not be written: the zip could not be finished."));
    return bytes;
}

} // namespace rb

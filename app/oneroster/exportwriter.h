#pragma once

#include "oneroster/schema.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace rb {

// Writes records as a OneRoster 1.1 CSV export: a zip holding manifest.csv and one bulk file per
// kind, every OneRoster header present, extra facts in `metadata.*` columns on the right. It is
// how a pull from an SIS becomes the same kind of export a district would upload, so that it is
// read, checked and kept exactly like one.
//
// Rows are encoded as they are added (one string per file, not one object per cell), so a large
// district costs about what its CSV files weigh.
class ExportWriter final
{
public:
    // One row of one file: values by OneRoster field (the field enums of schema.h), and
    // `metadata.*` values by name without the prefix ("preferredLanguage").
    class Record
    {
    public:
        explicit Record(FileKind kind);

        Record &set(int field, const QString &value);
        Record &setMetadata(const QString &name, const QString &value);

        FileKind kind() const { return m_kind; }
        const QString &value(int field) const { return m_values.at(field); }

    private:
        friend class ExportWriter;
        FileKind m_kind;
        QStringList m_values;
        QList<QPair<QString, QString>> m_metadata;
    };

    ExportWriter();

    // Files written even when they get no record (the six the hub requires are always written).
    void add(const Record &record);
    size_t count(FileKind kind) const { return m_files[size_t(kind)].offsets.size(); }

    // A `source.*` or other property written at the end of manifest.csv ("source.systemName").
    void setManifestProperty(const QString &name, const QString &value);

    // The zip's bytes; empty with `error` set if it could not be written.
    QByteArray zip(QString *error = nullptr) const;

    // One cell as OneRoster CSV writes it: quoted when it holds a comma, a quote or a line break.
    static QByteArray csvCell(const QString &value);

private:
    struct File
    {
        QByteArray lines;                // the OneRoster columns of each row, no line ends
        std::vector<qsizetype> offsets;  // where each row starts in `lines`
        QStringList metadataNames;       // in order of first use
        // Sparse: (row, metadata column, value), few next to the rows themselves.
        struct Extra
        {
            size_t row;
            int column;
            QString value;
        };
        std::vector<Extra> extras;
    };

    QByteArray fileBytes(FileKind kind) const;
    QByteArray manifestBytes() const;
    bool isWritten(FileKind kind) const;

    std::array<File, KnownFileKindCount> m_files;
    QList<QPair<QString, QString>> m_manifestExtras;
};

} // namespace rb

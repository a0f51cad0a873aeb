#pragma once

#include "matching/schoolmatch.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace rb {

// The hub's schools as read from a CSV file the hub (or a spreadsheet) gives: a header row naming
// the columns, then one school per row.
//
// Columns are found by their header, in any order, whatever their case and spacing:
// `id` and `name` are required, `nces_id` (or "NCES ID", "ncesId") and `city` optional, others
// ignored. A byte-order mark, CRLF line ends, Excel's quoting ("a ""quoted"" word") and blank
// rows are fine.
//
// Every row that cannot be taken (no id, no name, an id seen before, too many cells, text that is
// not UTF-8, an NCES id Excel turned into a number) gives a problem naming the file and line, as
// do a missing column and a file that is not CSV at all. Reading never stops at the first problem,
// so that one pass over the file lists everything to fix.
struct HubSchoolList
{
    // Larger than any district's list of schools by far: a bigger file is not one.
    static constexpr qint64 MaxBytes = qint64(16) << 20;

    QList<HubSchool> schools; // the rows that could be read, in the file's order
    QStringList problems;     // for people: "hub-schools.csv, line 4: …"

    // Whether the list can be taken as the hub's schools: read without a problem, and not empty.
    bool isUsable() const { return problems.isEmpty() && !schools.isEmpty(); }

    static HubSchoolList readFile(const QString &path);
    // `fileName` names the data in messages.
    static HubSchoolList readData(const QByteArray &data, const QString &fileName);
};

} // namespace rb

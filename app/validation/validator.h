#pragma once

#include "validation/finding.h"

#include <QDate>
#include <QString>

namespace rb {

class Progress;
class Roster;

struct ValidationOptions
{
    QDate today = QDate::currentDate(); // birth dates after it are in the future
    QString phoneRegion = QStringLiteral("US"); // how numbers without a country code are read
};

// Applies every data rule of the catalogue to a roster: what the hub would refuse, create
// incompletely or hold, record by record. The checks of users and of enrollments run in parallel;
// each table is scanned once, and values are judged once per distinct value, not once per row.
class Validator final
{
public:
    explicit Validator(const Roster &roster, ValidationOptions options = {});

    // Applies the rules. When `progress` is cancelled, stops early and returns what it found so
    // far; the caller must then treat the result as incomplete.
    FindingList run(const Progress *progress = nullptr) const;

private:
    const Roster &m_roster;
    ValidationOptions m_options;
};

} // namespace rb

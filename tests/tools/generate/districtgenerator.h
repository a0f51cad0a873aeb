#pragma once

#include "defects.h"

#include <QString>

#include <array>
#include <cstdint>
#include <vector>

namespace rb {

// Fixed districts the generator can write instead of a random one.
enum class Preset : uint8_t {
    None,
    // Lakeview Unified School District: the bundled sample (resources/sample/lakeview), three
    // named schools, 150 students and its planted problems (replaced by any defect option).
    // --students, --schools and --seed are ignored.
    Lakeview,
};

struct GeneratorOptions
{
    uint64_t students = 0;
    int schools = 0;  // 0: about one school per 600 students, at least 2
    uint64_t seed = 1;
    int level = 6;    // zip compression, 0 (stored) to 9
    QString out;      // a .zip file, or a folder
    Preset preset = Preset::None;
    // Probability per eligible row of each defect, 0 to 1.
    std::array<double, DefectCount> rates{};
    // Plant the defect at this eligible row (1 = the first row that can carry it); 0 = none.
    std::array<uint64_t, DefectCount> plantAt{};
    // Rates or plants were given explicitly: a preset keeps them instead of its own problems.
    bool defectsGiven = false;

    bool writesZip() const;
};

struct GeneratedFile
{
    QString name;
    uint64_t rows = 0;  // data rows, the header not counted
    uint64_t bytes = 0; // uncompressed
};

struct GeneratorSummary
{
    std::vector<GeneratedFile> files;
    uint64_t zipBytes = 0; // 0 when writing a folder
    std::array<uint64_t, DefectCount> defects{};
    QString districtName;
    uint64_t schools = 0;
    uint64_t students = 0;
    uint64_t guardians = 0;
    uint64_t teachers = 0;
    uint64_t administrators = 0;
    uint64_t aides = 0;
    uint64_t classes = 0;
    uint64_t enrollments = 0;

    uint64_t totalRows() const;
    uint64_t totalBytes() const;
};

// Writes one synthetic district: the six OneRoster 1.1 CSV files (bulk, status and
// dateLastModified blank) into a zip or a folder. The same options give byte-identical CSV on
// every machine; the rows are streamed, so memory stays small whatever the size.
class DistrictGenerator final
{
public:
    explicit DistrictGenerator(GeneratorOptions options);

    // Generates and writes the export. On failure returns false with a message in `error` and
    // leaves no partial output behind.
    bool run(QString *error);
    const GeneratorSummary &summary() const { return m_summary; }

    // The options of a preset applied over `options` (seed, sizes, planted defects).
    static GeneratorOptions withPreset(GeneratorOptions options);

private:
    GeneratorOptions m_options;
    GeneratorSummary m_summary;
};

} // namespace rb

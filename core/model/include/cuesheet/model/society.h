#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace cuesheet {

// A performing-rights society and its CISAC society code.
struct Society {
    QString code;        // short name used on cue sheets: "ASCAP"
    int cisacNumber = 0; // 10 for ASCAP, 21 for BMI ...
    QString name;
    QString country; // ISO 3166 alpha-2
};

// The society table. It is data (resources/societies.tsv, compiled in); add a row there to
// extend it.
class SocietyTable {
public:
    // The table shipped with the program.
    static SocietyTable builtIn();
    // Parses the TSV format of resources/societies.tsv; rows that fail are reported in
    // *error (line and reason) and the result is empty.
    static SocietyTable fromTsv(const QString& text, QString* error);

    const std::vector<Society>& all() const { return societies_; }
    // By code (case-insensitive) or by CISAC number written as digits ("10", "010").
    std::optional<Society> find(const QString& codeOrNumber) const;

private:
    std::vector<Society> societies_;
};

} // namespace cuesheet

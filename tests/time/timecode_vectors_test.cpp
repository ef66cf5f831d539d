// Every line of tests/data/timecode/vectors.tsv, in both directions.
#include "cuesheet/time/timecode.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace cuesheet;

namespace {

struct Vector {
    std::string rate;
    bool drop;
    std::string frame; // a number, or "invalid"
    std::string timecode;
    int line;
};

std::vector<Vector> loadVectors() {
    std::ifstream in(std::string(CUESHEET_TEST_DATA_DIR) + "/timecode/vectors.tsv");
    REQUIRE(in.good());
    std::vector<Vector> vectors;
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (line.empty() || line[0] == '#')
            continue;
        std::istringstream fields(line);
        Vector v;
        std::string drop;
        std::getline(fields, v.rate, '\t');
        std::getline(fields, drop, '\t');
        std::getline(fields, v.frame, '\t');
        std::getline(fields, v.timecode, '\t');
        v.drop = drop == "1";
        v.line = number;
        vectors.push_back(v);
    }
    return vectors;
}

} // namespace

TEST_CASE("timecode vectors convert both ways") {
    const auto vectors = loadVectors();
    REQUIRE(vectors.size() >= 19);
    int valid = 0;
    int invalid = 0;
    for (const auto& v : vectors) {
        INFO("vectors.tsv line " << v.line << ": " << v.rate << " drop=" << v.drop << " "
                                 << v.timecode);
        const auto rate = FrameRate::parse(v.rate);
        REQUIRE(rate.ok());
        const TimecodeFormat format{rate.value(), v.drop};
        const auto parsed = parseTimecode(v.timecode, format);
        if (v.frame == "invalid") {
            CHECK_FALSE(parsed.ok());
            CHECK_FALSE(parsed.error().empty());
            ++invalid;
            continue;
        }
        const std::int64_t frame = std::stoll(v.frame);
        REQUIRE(parsed.ok());
        CHECK(parsed.value() == frame);
        CHECK(formatTimecode(frame, format) == v.timecode);
        ++valid;
    }
    CHECK(valid == 16);
    CHECK(invalid == 3);
}

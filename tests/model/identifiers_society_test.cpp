#include "cuesheet/model/identifiers.h"
#include "cuesheet/model/society.h"

#include "model_test_support.h"

using namespace cuesheet;

// IPI name number: the first nine digits weighted 10, 9, ..., 2; the last two digits are
// (101 - sum mod 101) mod 100, which is 00 when the sum is a multiple of 101 (CISAC IPI).
//   123456789: 1*10 + 2*9 + 3*8 + 4*7 + 5*6 + 6*5 + 7*4 + 8*3 + 9*2
//            = 10 + 18 + 24 + 28 + 30 + 30 + 28 + 24 + 18 = 210
//            210 mod 101 = 8; (101 - 8) mod 100 = 93          -> 12345678993
//   000522100: 5*7 + 2*6 + 2*5 + 1*4 = 61; 101 - 61 = 40      -> 00052210040
//   000000102: 1*4 + 2*2 = 8; 101 - 8 = 93                    -> 00000010293
//   001001001: 1*8 + 1*5 + 1*2 = 15; 101 - 15 = 86            -> 00100100186
//   900000210: 9*10 + 2*4 + 1*3 = 101; remainder 0            -> 90000021000
//   900000300: 9*10 + 3*4 = 102; remainder 1, (101 - 1) mod 100 = 0 -> 90000030000
TEST_CASE("IPI name numbers: 11 digits with a mod-101 check") {
    for (const char* valid : {"12345678993", "00052210040", "00000010293", "00100100186",
                              "90000021000", "90000030000", " 12345678993 "}) {
        INFO(valid);
        CHECK(checkIpiNameNumber(valid).isEmpty());
    }
    SECTION("one digit changed fails") {
        for (const char* changed : {"12345678893", "22345678993", "12345678994", "12345678903",
                                    "00052210041", "00052211040", "90000030001"}) {
            INFO(changed);
            const QString problem = checkIpiNameNumber(changed);
            CHECK(problem.contains(changed));
            CHECK(problem.contains("check"));
        }
    }
    SECTION("10 or 12 digits, or other characters, fail") {
        for (const char* wrong : {"1234567899", "123456789930", "", "1234567899X", "I2345678993"}) {
            INFO(wrong);
            CHECK(checkIpiNameNumber(wrong).contains("11 digits"));
        }
    }
}

TEST_CASE("ISWC: T, nine digits and a check digit") {
    // T-034.524.680-1: 1 + 1*0 + 2*3 + 3*4 + 4*5 + 5*2 + 6*4 + 7*6 + 8*8 + 9*0 = 179;
    // (10 - 179 mod 10) mod 10 = 1.
    CHECK(checkIswc("T-034.524.680-1").isEmpty());
    CHECK(checkIswc("T0345246801").isEmpty());
    CHECK(checkIswc("t-034.524.680-1").isEmpty());
    CHECK(normalizedIswc(" T-034.524.680-1 ") == "T0345246801");
    // T-000.000.001-?: 1 + 9*1 = 10 -> check (10 - 0) mod 10 = 0.
    CHECK(checkIswc("T-000.000.001-0").isEmpty());
    CHECK(checkIswc("T-000.000.001-1").contains("check digit should be 0"));

    CHECK(checkIswc("T-034.524.680-2").contains("check digit should be 1"));
    CHECK(checkIswc("T-034.524.690-1").contains("check digit"));
    for (const char* wrong :
         {"034.524.680-1", "T-034.524.68-1", "T-034.524.680-12", "", "X-034.524.680-1"}) {
        INFO(wrong);
        CHECK(checkIswc(wrong).contains("expected T followed by 9 digits"));
    }
}

TEST_CASE("ISRC: two letters, three letters or digits, seven digits") {
    for (const char* valid : {"USRC17607839", "US-RC1-76-07839", "gbaye0601498", "FR1A01234567"}) {
        INFO(valid);
        CHECK(checkIsrc(valid).isEmpty());
    }
    CHECK(normalizedIsrc("us-rc1-76-07839") == "USRC17607839");
    for (const char* wrong :
         {"USRC1760783", "USRC176078390", "1SRC17607839", "USRC1760783X", "US_RC17607839", ""}) {
        INFO(wrong);
        CHECK(checkIsrc(wrong).contains("ISRC"));
    }
}

TEST_CASE("the built-in society table holds the societies cue sheets name") {
    const SocietyTable table = SocietyTable::builtIn();
    // CISAC society codes (DESIGN.md section 2 and the CISAC society code table).
    const std::vector<std::pair<QString, int>> numbered{{"ASCAP", 10},  {"BMI", 21}, {"SESAC", 71},
                                                        {"SOCAN", 101}, {"PRS", 52}, {"GEMA", 35},
                                                        {"SACEM", 58},  {"APRA", 8}};
    for (const auto& [code, number] : numbered) {
        INFO(code.toStdString());
        const auto byCode = table.find(code);
        REQUIRE(byCode.has_value());
        CHECK(byCode->code == code);
        CHECK(byCode->cisacNumber == number);
        CHECK_FALSE(byCode->name.isEmpty());
        const auto byNumber = table.find(QString::number(number));
        REQUIRE(byNumber.has_value());
        CHECK(byNumber->code == code);
    }
    for (const char* code :
         {"JASRAC", "SIAE", "SGAE", "STIM", "BUMA", "KODA", "TONO", "TEOSTO", "IMRO", "SAMRO"}) {
        INFO(code);
        const auto society = table.find(code);
        REQUIRE(society.has_value());
        CHECK(society->cisacNumber > 0);
        CHECK(society->country.size() == 2);
    }
    CHECK(table.find("ascap")->code == "ASCAP");
    CHECK(table.find("010")->code == "ASCAP");
    CHECK(table.find("008")->code == "APRA");
    CHECK_FALSE(table.find("XYZ"));
    CHECK_FALSE(table.find("999"));
}

TEST_CASE("a society table reads from TSV and refuses a malformed row by line number") {
    QString error;
    const auto table = SocietyTable::fromTsv("# code\tcisac\tcountry\tname\n"
                                             "ABC\t7\tXX\tA Big Collective\n"
                                             "\n"
                                             "def\t12\tYY\tDef Society\n",
                                             &error);
    CHECK(error.isEmpty());
    REQUIRE(table.all().size() == 2);
    CHECK(table.all()[1].code == "DEF");
    CHECK(table.all()[1].cisacNumber == 12);
    CHECK(table.all()[1].country == "YY");
    CHECK(table.all()[1].name == "Def Society");

    const auto badNumber = SocietyTable::fromTsv("ABC\t7\tXX\tA Big Collective\n"
                                                 "# comment\n"
                                                 "DEF\tseven\tYY\tDef Society\n",
                                                 &error);
    CHECK(badNumber.all().empty());
    CHECK(error.contains("line 3"));
    error.clear();
    const auto missingColumn = SocietyTable::fromTsv("ABC\t7\tA Big Collective\n", &error);
    CHECK(missingColumn.all().empty());
    CHECK(error.contains("line 1"));
}

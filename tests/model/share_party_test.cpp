#include "cuesheet/model/party_text.h"
#include "cuesheet/model/share.h"

#include "model_test_support.h"

using namespace cuesheet;

TEST_CASE("shares parse to exact hundredths of a percent") {
    CHECK(Share::parse("50") == Share::fromHundredths(5000));
    CHECK(Share::parse("33.33") == Share::fromHundredths(3333));
    CHECK(Share::parse("12.5") == Share::fromHundredths(1250));
    CHECK(Share::parse("50%") == Share::fromHundredths(5000));
    CHECK(Share::parse(" 7.05 ") == Share::fromHundredths(705));
    CHECK(Share::parse("0") == Share::fromHundredths(0));
    CHECK(Share::parse("100") == Share::whole());
    CHECK(Share::parse("100.00") == Share::whole());
}

TEST_CASE("shares outside 0..100 or with more than two decimals are refused") {
    for (const char* text : {"100.01", "-1", "1.234", "abc", "", "1000", "50%%", "1,5"}) {
        INFO(text);
        CHECK_FALSE(Share::parse(text).has_value());
    }
}

TEST_CASE("thirds written to two decimals total exactly 100") {
    const auto a = Share::parse("33.33");
    const auto b = Share::parse("33.33");
    const auto c = Share::parse("33.34");
    REQUIRE((a && b && c));
    CHECK(*a + *b + *c == Share::whole());
    CHECK(*a + *b + *a != Share::whole());
}

TEST_CASE("shares print without trailing zeros and read back to the same value") {
    CHECK(Share::fromHundredths(5000).toText() == "50");
    CHECK(Share::fromHundredths(3333).toText() == "33.33");
    CHECK(Share::fromHundredths(1250).toText() == "12.5");
    CHECK(Share::fromHundredths(5).toText() == "0.05");
    CHECK(Share::fromHundredths(0).toText() == "0");
    CHECK(Share::whole().toText() == "100");
    for (std::int64_t h = 0; h <= 10000; ++h) {
        const auto back = Share::parse(Share::fromHundredths(h).toText());
        REQUIRE(back.has_value());
        REQUIRE(back->hundredths() == h);
    }
}

TEST_CASE("party roles have CWR codes and a side") {
    const std::vector<std::tuple<PartyRole, QString, bool>> roles{
        {PartyRole::Composer, "C", true},        {PartyRole::Author, "A", true},
        {PartyRole::ComposerAuthor, "CA", true}, {PartyRole::Arranger, "AR", true},
        {PartyRole::Publisher, "E", false},      {PartyRole::SubPublisher, "SE", false},
        {PartyRole::Administrator, "AM", false}};
    for (const auto& [role, code, writer] : roles) {
        CHECK(toCode(role) == code);
        CHECK(partyRoleFromCode(code) == role);
        CHECK(partyRoleFromCode(code.toLower()) == role);
        CHECK(isWriterRole(role) == writer);
    }
    CHECK_FALSE(partyRoleFromCode("X"));
}

TEST_CASE("party text NAME:ROLE:SOCIETY:IPI:SHARE") {
    QString error;
    const auto jane = partyFromText("Jane Roe:C:PRS:00052210040:50", PartySide::Writer, &error);
    REQUIRE(jane.has_value());
    CHECK(jane->name == "Jane Roe");
    CHECK(jane->role == PartyRole::Composer);
    CHECK(jane->society == "PRS");
    CHECK(jane->ipiNameNumber == "00052210040");
    CHECK(jane->share == Share::fromHundredths(5000));

    SECTION("society is upper-cased; society and IPI may be empty") {
        const auto p = partyFromText("Max Muster:A:gema::33.33", PartySide::Writer, &error);
        REQUIRE(p.has_value());
        CHECK(p->society == "GEMA");
        CHECK(p->role == PartyRole::Author);
        CHECK(p->share == Share::fromHundredths(3333));
        const auto q = partyFromText("Nobody:CA:::100", PartySide::Writer, &error);
        REQUIRE(q.has_value());
        CHECK(q->society.isEmpty());
        CHECK(q->ipiNameNumber.isEmpty());
    }
    SECTION("an empty role defaults by side") {
        const auto w = partyFromText("Jane Roe::PRS::50", PartySide::Writer, &error);
        REQUIRE(w.has_value());
        CHECK(w->role == PartyRole::Composer);
        const auto p = partyFromText("Rail Music Ltd::PRS::100", PartySide::Publisher, &error);
        REQUIRE(p.has_value());
        CHECK(p->role == PartyRole::Publisher);
    }
    SECTION("a name may contain ':' because fields are split from the right") {
        const auto p = partyFromText("Ratatat: Live at 5:AR:ASCAP::25", PartySide::Writer, &error);
        REQUIRE(p.has_value());
        CHECK(p->name == "Ratatat: Live at 5");
        CHECK(p->role == PartyRole::Arranger);
        CHECK(p->society == "ASCAP");
        CHECK(p->share == Share::fromHundredths(2500));
    }
    SECTION("a role of the other side is refused, naming the side and the text") {
        CHECK_FALSE(partyFromText("Rail Music Ltd:E:PRS::100", PartySide::Writer, &error));
        CHECK(error.contains("writer"));
        CHECK(error.contains("Rail Music Ltd:E:PRS::100"));
        CHECK(error.contains("publisher role"));
        error.clear();
        CHECK_FALSE(partyFromText("Jane Roe:CA:PRS::100", PartySide::Publisher, &error));
        CHECK(error.contains("publisher"));
        CHECK(error.contains("writer role"));
    }
    SECTION("malformed text is refused with a reason") {
        CHECK_FALSE(partyFromText("Jane Roe:C:50", PartySide::Writer, &error));
        CHECK(error.contains("NAME:ROLE:SOCIETY:IPI:SHARE"));
        CHECK_FALSE(partyFromText(":C:PRS::50", PartySide::Writer, &error));
        CHECK(error.contains("name"));
        CHECK_FALSE(partyFromText("Jane Roe:Q:PRS::50", PartySide::Writer, &error));
        CHECK(error.contains("'Q'"));
        CHECK_FALSE(partyFromText("Jane Roe:C:PRS::fifty", PartySide::Writer, &error));
        CHECK(error.contains("share 'fifty'"));
        CHECK_FALSE(partyFromText("Jane Roe:C:PRS::100.01", PartySide::Writer, &error));
        CHECK(error.contains("share"));
    }
}

TEST_CASE("party text round-trips and prints for US cue sheets") {
    const Party p =
        test::party("Ratatat: Live", PartyRole::ComposerAuthor, 3333, "ASCAP", "12345678993");
    CHECK(partyToText(p) == "Ratatat: Live:CA:ASCAP:12345678993:33.33");
    QString error;
    CHECK(partyFromText(partyToText(p), PartySide::Writer, &error) == p);
    const Party publisher = test::party("Rail Music", PartyRole::SubPublisher, 10000);
    CHECK(partyFromText(partyToText(publisher), PartySide::Publisher, &error) == publisher);

    CHECK(partyForDisplay(test::party("Jane Roe", PartyRole::Composer, 5000, "PRS")) ==
          "Jane Roe (PRS) 50%");
    CHECK(partyForDisplay(test::party("Jane Roe", PartyRole::Composer, 1250)) == "Jane Roe 12.5%");
}

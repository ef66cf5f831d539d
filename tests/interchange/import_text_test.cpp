#include "cuesheet/interchange/import_text.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace cuesheet;

TEST_CASE("UTF-8 validation follows the standard", "[interchange][text]") {
    CHECK(isValidUtf8(QByteArray("plain ascii")));
    CHECK(isValidUtf8(
        QByteArray("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x8E\xB5"))); // e-acute, euro, note
    CHECK_FALSE(isValidUtf8(QByteArray("caf\xE9")));               // Latin-1 byte
    CHECK_FALSE(isValidUtf8(QByteArray("\xC0\xAF")));              // overlong '/'
    CHECK_FALSE(isValidUtf8(QByteArray("\xE0\x80\xAF")));          // overlong, 3 bytes
    CHECK_FALSE(isValidUtf8(QByteArray("\xED\xA0\x80")));          // a surrogate
    CHECK_FALSE(isValidUtf8(QByteArray("\xF4\x90\x80\x80")));      // above U+10FFFF
    CHECK_FALSE(isValidUtf8(QByteArray("\xE2\x82")));              // cut short
    CHECK_FALSE(isValidUtf8(QByteArray("\x80")));                  // a lone continuation
}

TEST_CASE("lines split at CRLF, CR and LF and keep their numbers", "[interchange][text]") {
    const auto text = decodeImportText(QByteArray("one\r\ntwo\rthree\nfour"));
    REQUIRE(text.ok());
    const auto& lines = text.value().lines;
    REQUIRE(lines.size() == 4);
    CHECK(lines[0].text == QStringLiteral("one"));
    CHECK(lines[1].text == QStringLiteral("two"));
    CHECK(lines[2].text == QStringLiteral("three"));
    CHECK(lines[3].text == QStringLiteral("four"));
    CHECK(lines[3].number == 4);
    // A final line end does not make an extra line; an empty line in between counts.
    const auto trailing = decodeImportText(QByteArray("a\n\nb\n"));
    REQUIRE(trailing.ok());
    REQUIRE(trailing.value().lines.size() == 3);
    CHECK(trailing.value().lines[1].text.isEmpty());
    CHECK(trailing.value().lines[2].number == 3);
}

TEST_CASE("encodings: BOM, UTF-8, Latin-1 fallback, UTF-16 with BOM", "[interchange][text]") {
    const auto bom = decodeImportText(QByteArray("\xEF\xBB\xBFTITLE: X"));
    REQUIRE(bom.ok());
    CHECK(bom.value().hadByteOrderMark);
    CHECK(bom.value().lines.at(0).text == QStringLiteral("TITLE: X"));

    const auto latin1 = decodeImportText(QByteArray("Se\xF1or"));
    REQUIRE(latin1.ok());
    CHECK(latin1.value().encoding == QStringLiteral("ISO-8859-1"));
    CHECK(latin1.value().lines.at(0).text == QStringLiteral(u"Se\u00F1or"));

    QByteArray utf16("\xFF\xFE", 2);
    for (char c : QByteArray("A\r\nB")) {
        utf16.append(c);
        utf16.append('\0');
    }
    const auto wide = decodeImportText(utf16);
    REQUIRE(wide.ok());
    CHECK(wide.value().encoding == QStringLiteral("UTF-16LE"));
    REQUIRE(wide.value().lines.size() == 2);
    CHECK(wide.value().lines[1].text == QStringLiteral("B"));
}

TEST_CASE("a UTF-8 BOM over invalid UTF-8 is refused", "[interchange][text]") {
    const auto text = decodeImportText(QByteArray("\xEF\xBB\xBFSe\xF1or"));
    CHECK_FALSE(text.ok());
    CHECK_THAT(text.error(), Catch::Contains("byte-order mark"));
}

TEST_CASE("binary data and over-long lines", "[interchange][text]") {
    const auto nul = decodeImportText(QByteArray("abc\0def", 7));
    CHECK_FALSE(nul.ok());
    CHECK_THAT(nul.error(), Catch::Contains("NUL"));

    QByteArray controls;
    for (int i = 0; i < 1000; ++i)
        controls.append(static_cast<char>(i % 8 + 1));
    const auto binary = decodeImportText(controls);
    CHECK_FALSE(binary.ok());
    CHECK_THAT(binary.error(), Catch::Contains("binary"));

    TextInputLimits limits;
    limits.maxLineCharacters = 10;
    const auto longLine = decodeImportText(QByteArray("short\n0123456789AB\nok"), limits);
    REQUIRE(longLine.ok());
    const auto& lines = longLine.value().lines;
    REQUIRE(lines.size() == 3);
    CHECK(lines[1].tooLong);
    CHECK(lines[1].text.isEmpty());
    CHECK_FALSE(lines[2].tooLong);

    limits.maxFileBytes = 4;
    const auto large = decodeImportText(QByteArray("12345"), limits);
    CHECK_FALSE(large.ok());
    CHECK_THAT(large.error(), Catch::Contains("larger than"));
}

TEST_CASE("reading a file refuses missing and oversized files by name", "[interchange][text]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto missing = readImportFile(dir.filePath(QStringLiteral("nope.edl")));
    CHECK_FALSE(missing.ok());
    CHECK_THAT(missing.error(), Catch::Contains("nope.edl") && Catch::Contains("no such file"));

    const QString path = dir.filePath(QStringLiteral("big.edl"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(100, 'x'));
    file.close();
    TextInputLimits limits;
    limits.maxFileBytes = 50;
    const auto big = readImportFile(path, limits);
    CHECK_FALSE(big.ok());
    CHECK_THAT(big.error(), Catch::Contains("big.edl") && Catch::Contains("larger than"));
    limits.maxFileBytes = 100;
    const auto fits = readImportFile(path, limits);
    REQUIRE(fits.ok());
    CHECK(fits.value().size() == 100);
}

// Catch2 main for widget tests: a QApplication (widgets need one; a QGuiApplication is not
// enough) on the offscreen platform, so the tests run without a display.
#include "catch_session.h"

#include <QApplication>

int main(int argc, char* argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    return runCatchSession(argc, argv);
}

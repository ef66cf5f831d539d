// Catch2 main for tests of Qt-based core code: a QGuiApplication on the offscreen platform
// (no display needed), created before any test runs.
#include "catch_session.h"

#include <QGuiApplication>

int main(int argc, char* argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    return runCatchSession(argc, argv);
}

// Catch2 main for tests without Qt (core/time).
#include "catch_session.h"

int main(int argc, char* argv[]) {
    return runCatchSession(argc, argv);
}

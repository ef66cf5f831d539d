// Catch2 v2 is header-only: the translation unit that defines CATCH_CONFIG_RUNNER compiles
// the whole framework (the slowest file of the test build). It is compiled here once, and the
// mains (catch_main_*.cpp) call runCatchSession.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "catch_session.h"

int runCatchSession(int argc, char* argv[]) {
    return Catch::Session().run(argc, argv);
}

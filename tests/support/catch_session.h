#pragma once

// Runs the Catch2 tests selected by the command line (defined with the framework in
// catch_implementation.cpp, the only file that sees Catch::Session).
int runCatchSession(int argc, char* argv[]);

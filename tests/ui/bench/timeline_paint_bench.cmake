# Timeline paint benchmark (run_timeline_bench.sh writes its section of docs/performance.md).
# Included from tests/ui/CMakeLists.txt; built with the tests, never registered with add_test.
add_executable(timeline_paint_bench ${CMAKE_CURRENT_LIST_DIR}/timeline_paint_bench.cpp)
target_link_libraries(timeline_paint_bench PRIVATE cuesheet_ui Qt6::Widgets cuesheet_warnings)

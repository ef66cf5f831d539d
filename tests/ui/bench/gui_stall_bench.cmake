# gui_stall_bench: the longest GUI-thread stall while the editor window builds a film's
# waveform and thumbnails (DESIGN.md section 4, bar < 50 ms). Run by run_gui_stall_bench.sh.
add_executable(gui_stall_bench ${CMAKE_CURRENT_LIST_DIR}/gui_stall_bench.cpp)
target_link_libraries(gui_stall_bench PRIVATE cuesheet_ui cuesheet_warnings)

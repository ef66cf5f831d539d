#!/usr/bin/env bash
# Timeline paint benchmark (DESIGN.md section 4: "timeline paint, 1920 px, 5 000 cues, 2-hour
# waveform: < 16 ms"). Runs timeline_paint_bench at device pixel ratio 1 and 2 and writes the
# "## Timeline paint" section of docs/performance.md (replacing that section only; the other
# sections belong to other benchmarks).
#
# Usage: tests/ui/bench/run_timeline_bench.sh BUILD_DIR [--frames N] [--no-write]
#   BUILD_DIR   a CMake build directory where the target timeline_paint_bench is built
#   --frames N  frames per scenario (default 300)
#   --no-write  print the section instead of writing docs/performance.md
set -euo pipefail

build_dir=""
frames=300
write=1
while [[ $# -gt 0 ]]; do
    case "$1" in
        --frames) frames="$2"; shift ;;
        --no-write) write=0 ;;
        *) build_dir="$1" ;;
    esac
    shift
done

bench="$build_dir/tests/ui/timeline_paint_bench"
if [[ -z "$build_dir" || ! -x "$bench" ]]; then
    echo "usage: $0 BUILD_DIR (with the target timeline_paint_bench built)" >&2
    exit 2
fi
repo="$(cd "$(dirname "$0")/../../.." && pwd)"
doc="$repo/docs/performance.md"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$bench" --frames "$frames" --scale 1 > "$work/x1.txt"
"$bench" --frames "$((frames / 2))" --scale 2 > "$work/x2.txt"
value() { awk -v k="$2" '$1 == k { print $2 }' "$1"; }
verdict() { awk -v v="$1" 'BEGIN { print (v < 16) ? "yes" : "NO" }'; }
table() { sed -n '/^| scenario/,$p' "$1"; }

{
    echo "## Timeline paint"
    echo
    echo "Machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(free -g | awk '/Mem:/ { print $2 }') GiB RAM;" \
         "date $(date -u '+%Y-%m-%d %H:%M UTC'); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
    echo "Command: \`tests/ui/bench/run_timeline_bench.sh BUILD_DIR --frames $frames\`" \
         "(RelWithDebInfo, offscreen platform)."
    echo
    echo "A 2-hour film at 23.976 fps with 5 000 cues on three lanes (2 s to 3 min long, so cues of"
    echo "a lane overlap), 1 in 97 selected, a 48 kHz stereo waveform pyramid, 720 thumbnails, in"
    echo "and out marks; the timeline's 1920 x 400 viewport rendered into an image"
    echo "(\`QWidget::render\`, i.e. the widget's own paint event) frame after frame: fit = whole"
    echo "film; scroll = 10 minutes per view, 1/30 view per frame across the film; zoom = whole film"
    echo "to 48 px per frame and back around a moving anchor; deep = scrolling at 48 px per frame;"
    echo "play = the playhead advancing at 60 Hz (only the strips it leaves and enters repaint);"
    echo "edit = one cue in view retagged per frame, repainting what the view asks for it (precise"
    echo "repaints: its lane), which was $(value "$work/x1.txt" edit_area_percent) % of the viewport on average"
    echo "(100 % before the view redrew only what a change touches)."
    echo "Wall time is what the user waits, including time the thread was preempted on this shared"
    echo "machine; CPU time is the thread's own work for the frame."
    echo
    echo "Bar < 16 ms per frame (full-view repaints: fit, scroll, zoom, deep):"
    echo
    echo "| device pixel ratio | wall median (ms) | wall p95 (ms) | wall max (ms) | CPU median (ms) | CPU p95 (ms) | CPU max (ms) | CPU p95 < 16 ms |"
    echo "|---|---|---|---|---|---|---|---|"
    for scale in 1 2; do
        f="$work/x$scale.txt"
        echo "| $scale | $(value "$f" full_median_ms) | $(value "$f" full_p95_ms) | $(value "$f" full_max_ms) |" \
             "$(value "$f" full_cpu_median_ms) | $(value "$f" full_cpu_p95_ms) | $(value "$f" full_cpu_max_ms) |" \
             "$(verdict "$(value "$f" full_cpu_p95_ms)") |"
    done
    echo
    echo "Per scenario, device pixel ratio 1 (1920 x 400 device pixels):"
    echo
    table "$work/x1.txt"
    echo
    echo "Per scenario, device pixel ratio 2 (3840 x 800 device pixels):"
    echo
    table "$work/x2.txt"
    echo
} > "$work/section.md"

if [[ $write == 0 ]]; then
    cat "$work/section.md"
    exit 0
fi
if [[ ! -f "$doc" ]]; then
    printf '# Performance\n\nMeasured by the benchmark programs in tests/; each section is written by its script.\n\n' > "$doc"
fi
# Replace our section (from its heading to the next "## " heading) or append it.
awk -v section="$work/section.md" '
    BEGIN { while ((getline line < section) > 0) text = text line "\n" }
    /^## / { if (skipping) skipping = 0 }
    /^## Timeline paint$/ { printf "%s", text; skipping = 1; done = 1; next }
    !skipping { print }
    END { if (!done) printf "\n%s", text }
' "$doc" > "$work/performance.md"
cp "$work/performance.md" "$doc"
echo "wrote the Timeline paint section of $doc"

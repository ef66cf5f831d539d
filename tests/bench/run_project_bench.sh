#!/usr/bin/env bash
# Builds and runs the project-file benchmark; prints the figures and the machine.
# Usage: tests/bench/run_project_bench.sh [BUILD_DIR]   (default build/dev)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
build=${1:-build/dev}
cmake --build "$build" --target project_bench >/dev/null
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(date -u +%Y-%m-%d)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
"$build/tests/bench/project_bench"

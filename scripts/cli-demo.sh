#!/usr/bin/env bash
# The command-line demo: creates a project, adds cues of each kind, validates, exports CSV.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
cuesheet=${CUESHEET:-build/dev/app/cuesheet}
demo=$(mktemp -d)/demo.cuesheet
run() { echo "\$ cuesheet $*"; "$cuesheet" "$@"; echo; }

run new "$demo" --title "Night Train" --rate 24000/1001 --start 01:00:00:00 --running-time 01:32:10:00
run set "$demo" company "Northern Lights Pictures"
run add-cue "$demo" --in 01:00:00:00 --out 01:01:45:12 --title "Night Train (Main Title)" --theme main \
    --writer "Ada Composer:C:PRS:00014107338:100" --publisher "Lantern Music:E:PRS::100"
run add-cue "$demo" --in 01:12:03:08 --out 01:14:40:00 --title "Dance Hall Stomp" --kind song \
    --diegesis diegetic --visual --writer "Ben Writer:CA:ASCAP::100" --publisher "Stomp Songs:E:ASCAP::100"
run add-cue "$demo" --in 01:20:10:00 --out 01:22:00:00 --title "Radio Heartbeat" --kind song \
    --diegesis diegetic --writer "Cy Lyric:A:SOCAN::50" --writer "Dee Tune:C:SOCAN::50"
run add-cue "$demo" --in 01:45:00:00 --out 01:46:10:00 --title "Night Train (Main Title)" --diegesis non-diegetic
run list "$demo"
run validate "$demo" || true
run export "$demo" --format csv --profile us
echo "The project file is $demo; try: $cuesheet list $demo --json"

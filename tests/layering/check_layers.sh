#!/usr/bin/env bash
# The layers of docs/architecture.md, checked on the sources: a lower layer never includes a
# higher one. (The CMake link lines enforce the same for libraries; this catches a header
# reached through an include path it should not use.)
set -u
root=${1:?usage: check_layers.sh SOURCE_DIR}
cd "$root" || exit 2
status=0
check() { # description, folder, pattern
  local hits
  # shellcheck disable=SC2086 # $2 may list several folders
  hits=$(grep -rnE "$3" $2 2>/dev/null | head -5)
  if [ -n "$hits" ]; then
    echo "layering: $1"
    echo "$hits"
    status=1
  fi
}
check "core/time must not use Qt" core/time '#\s*include\s*[<"]Q'
check "core never includes widgets or ui/" core '#\s*include\s*[<"](QtWidgets|QWidget|QMainWindow|QDialog|QApplication|QAbstractButton|cuesheet/ui/)'
check "core/model never includes store, media, interchange" core/model '#\s*include\s*"cuesheet/(store|media|interchange)/'
check "core/store never includes media or interchange" core/store '#\s*include\s*"cuesheet/(media|interchange)/'
check "core/interchange never includes media" core/interchange '#\s*include\s*"cuesheet/media/'
check "core/model, store, interchange, media never include workflow" "core/model core/store core/interchange core/media" '#\s*include\s*"cuesheet/workflow/'
check "core/media's public headers never include FFmpeg (its handles are private to src/)" core/media/include '#\s*include\s*[<"](lib(avformat|avcodec|avutil|swresample|swscale)/|ffmpeg_handles\.h)'
check "ui never includes FFmpeg headers" ui '#\s*include\s*[<"]lib(avformat|avcodec|avutil|swresample|swscale)/'
check "ui never includes the private FFmpeg handles" ui 'ffmpeg_handles\.h'
[ $status -eq 0 ] && echo "layering: all layers point down"
exit $status

#!/usr/bin/env bash
# Instructions (valgrind's callgrind, all threads) of the release binaries: the reader's first
# frame on an 80x24 pty (`script`; `q` waits in its input until the frame is drawn), the
# bundled search, and the floor. Counts do not move with the machine's load, unlike timings.
#   Tests/Scripts/instructions.sh [BUILD_DIR]      (default .build/release; needs valgrind)
set -euo pipefail
cd "$(dirname "$0")/../.."
source Tests/Scripts/release-copies.sh "${1:-.build/release}" baclofen bench-hello

count() { grep -a "Collected" "$1" | tail -1 | awk '{ print $NF }'; }
callgrind() { valgrind --tool=callgrind --callgrind-out-file="$work/out.%p" "$@"; }

printf q | script -qfec "stty cols 80 rows 24; valgrind --tool=callgrind \
  --callgrind-out-file=$work/frame.out $work/baclofen" /dev/null >"$work/frame.log" 2>&1
echo "first frame: $(count "$work/frame.log")"
callgrind "$work/baclofen" search "withdrawal seizures" --json >/dev/null 2>"$work/search.log"
echo "search \"withdrawal seizures\" --json: $(count "$work/search.log")"
callgrind "$work/bench-hello" >/dev/null 2>"$work/hello.log"
echo "bench-hello: $(count "$work/hello.log")"

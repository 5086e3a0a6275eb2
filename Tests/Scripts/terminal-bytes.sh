#!/usr/bin/env bash
# Bytes the reader writes to the terminal for one line of scrolling and for one page, next to
# `less` on the same text, measured through a pty (`script`) inside tmux.
#   Tests/Scripts/terminal-bytes.sh [WIDTH] [HEIGHT]     (needs a release build: swift build -c release)
set -euo pipefail
cd "$(dirname "$0")/../.."
width=${1:-60}
height=${2:-30}
binary=.build/release/baclofen
work=$(mktemp -d)
trap 'tmux -L bytes kill-server 2>/dev/null || true; rm -rf "$work"' EXIT

size() { stat -c %s "$1"; }
settle() { sleep 0.6; }

# measure NAME COMMAND FIRST_KEYS: start COMMAND in a pty, press FIRST_KEYS, then scroll 20
# single lines and 3 pages; prints the mean bytes per line and per page (lines differ in
# length, and blank ones cost almost nothing, so one line alone says little).
measure() {
  local name=$1 command=$2 first=$3 log=$work/$1.typescript
  tmux -L bytes kill-server 2>/dev/null || true
  tmux -L bytes new-session -d -x "$width" -y "$height" \
    "TERM=xterm-256color script -qfc \"$command\" $log"
  settle
  [ -n "$first" ] && tmux -L bytes send-keys $first && settle
  # One line first, so the status line has left the article heading: steady-state scrolling.
  tmux -L bytes send-keys j; settle
  local before=$(size "$log")
  for _ in $(seq 20); do tmux -L bytes send-keys j; sleep 0.15; done; settle
  local lines=$(size "$log")
  for _ in 1 2 3; do tmux -L bytes send-keys Space; sleep 0.3; done; settle
  local pages=$(size "$log")
  printf '%-10s one line: %5d bytes   one page: %6d bytes\n' "$name" \
    $(((lines - before) / 20)) $(((pages - lines) / 3))
  tmux -L bytes send-keys q; settle
}

"$binary" show ria-aud --width $((width - 2)) > "$work/text.txt"
echo "terminal ${width}x${height}"
# Tab moves the focus to the reader; below 70 columns it then fills the screen, from 70 `c`
# gives it the whole width (full-width reading). Side by side, the text pane is measured too:
# a terminal cannot scroll half its width, so that pane is redrawn.
if [ "$width" -ge 70 ]; then
  measure two-pane "$binary" "Tab"
  measure baclofen "$binary" "Tab c"
else
  measure baclofen "$binary" "Tab"
fi
measure less "less $work/text.txt" ""

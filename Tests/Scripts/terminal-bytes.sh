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

# measure NAME COMMAND FIRST_KEYS: start COMMAND in a pty, press FIRST_KEYS, then j and space.
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
  tmux -L bytes send-keys j; settle
  local line=$(size "$log")
  tmux -L bytes send-keys Space; settle
  local page=$(size "$log")
  printf '%-10s one line: %5d bytes   one page: %6d bytes\n' "$name" $((line - before)) $((page - line))
  tmux -L bytes send-keys q; settle
}

"$binary" show august-overview --width $((width - 2)) > "$work/text.txt"
echo "terminal ${width}x${height}"
# Tab moves the focus to the reader; below 70 columns it then fills the screen.
measure baclofen "$binary" "Tab"
measure less "less $work/text.txt" ""

#!/usr/bin/env bash
# The long monkey run, in two parts.
# 1. A million random events (keys, pastes, mouse, resizes 1×1…300×100) against the headless
#    app, optimised, every invariant checked after every event.
# 2. The real binary in tmux, ROUNDS times: random keys and pastes, then a random signal that
#    ends a process (terminating or crash); `stty -g` must come back identical every time.
#    Every other round reads a copy of Content/ through the index cache, which is damaged at
#    random before the round (bytes flipped, cut short, replaced by a FIFO) or cut short under
#    the running reader: the reader must still come up and be restored.
#   Tests/Scripts/monkey.sh [EVENTS] [SEED] [ROUNDS]     (EVENTS=0 or ROUNDS=0 skips a part)
# A debug build with -O in its own folder: release builds link the Swift runtime statically,
# and swift-testing comes only as a shared library, so a release test bundle does not link.
# BACLOFEN=path runs part 2 against that binary instead of building one.
set -euo pipefail
cd "$(dirname "$0")/../.."
events=${1:-1000000}
seed=${2:-20261121}
rounds=${3:-100}
if [ "$events" -gt 0 ]; then
  MONKEY_EVENTS=$events MONKEY_SEED=$seed \
    swift test --scratch-path .build-monkey -Xswiftc -O --filter MonkeyTests
fi
[ "$rounds" -gt 0 ] || exit 0

binary=${BACLOFEN:-}
if [ -z "$binary" ]; then
  swift build --scratch-path .build-monkey -Xswiftc -O --product baclofen >/dev/null
  binary=$PWD/.build-monkey/debug/baclofen
fi
RANDOM=$seed
dir=$(mktemp -d)
socket=monkey-$$
tmux -L "$socket" new-session -d -x 100 -y 30 \
  "env PS1='$ ' TERM=tmux-256color LANG=C.UTF-8 XDG_STATE_HOME=$dir/state XDG_CACHE_HOME=$dir/cache bash --norc --noprofile -i"
trap 'tmux -L "$socket" kill-server 2>/dev/null; rm -rf "$dir"' EXIT
pane() { tmux -L "$socket" capture-pane -p -t 0; }
keys() { tmux -L "$socket" send-keys -t 0 "$@"; }
wait_for() {
  for _ in $(seq 200); do pane | grep -qF -- "$1" && return 0; sleep 0.05; done
  echo "round $round: timed out waiting for $1" >&2; pane >&2; exit 1
}
keys -l "stty -g > $dir/before; echo ready-\$((40 + 2))"; keys Enter; wait_for ready-42
cp -R Content "$dir/content"
# Damages the index cache of the content copy, if one was written: a flipped byte (same size
# and time), a cut, or a FIFO in its place.
damage_cache() {
  local file
  file=$(ls "$dir"/cache/baclofen/index-* 2>/dev/null | head -n 1) || true
  [ -n "$file" ] || return 0
  case $((RANDOM % 3)) in
    0)
      local size offset
      size=$(stat -c %s "$file")
      offset=$(((RANDOM * 32768 + RANDOM) % (size > 0 ? size : 1)))
      printf "$(printf '\\x%02x' $((RANDOM % 256)))" | dd of="$file" bs=1 seek="$offset" conv=notrunc 2>/dev/null
      ;;
    1) truncate -s $((RANDOM % 4096)) "$file" ;;
    2) rm -f "$file" && mkfifo "$file" ;;
  esac
}
signals=(TERM HUP INT QUIT USR1 USR2 ALRM PIPE XCPU VTALRM PROF SEGV BUS ILL ABRT FPE TRAP SYS)
moves=(Down Up PageDown Tab Enter ']' '[' w Escape s 1 2 Escape '?' Escape)
for round in $(seq "$rounds"); do
  content=""
  if [ $((round % 2)) -eq 0 ]; then
    content="--content $dir/content"
    damage_cache
  fi
  keys -l "clear; sh -c 'echo \$\$ > $dir/pid; exec env SWIFT_BACKTRACE=enable=no $binary $content'; echo \"exit $round: \$?\"; stty -g > $dir/after; echo done-\$(($round + 100000))"
  keys Enter
  wait_for "Never stop baclofen suddenly"
  # Cut the cache short under the running reader (it must not be memory-mapped).
  if [ -n "$content" ] && [ $((RANDOM % 2)) -eq 0 ]; then
    for file in "$dir"/cache/baclofen/index-*; do [ -f "$file" ] && truncate -s 0 "$file"; done
  fi
  for _ in $(seq $((RANDOM % 12))); do
    if [ $((RANDOM % 4)) -eq 0 ]; then
      # A paste into the search line, up to 100 KB of random text: only once the line is
      # open, since on other screens its letters are keys (q quits, and the rest would
      # reach the shell).
      keys Escape Escape /
      searching=no
      for _ in $(seq 40); do
        if pane | grep -q "Search:"; then searching=yes; break; fi
        sleep 0.05
      done
      if [ $searching = yes ]; then
        head -c $((RANDOM * 3)) /dev/urandom | base64 -w 0 | tr '+/' ' .' > "$dir/paste"
        tmux -L "$socket" load-buffer "$dir/paste"; tmux -L "$socket" paste-buffer -t 0
        # Esc comes after the paste, so once the line is closed the paste was all read
        # (a signal before that would leave the rest of it to the shell).
        keys Escape
        for _ in $(seq 200); do pane | grep -q "Search:" || break; sleep 0.05; done
      fi
      keys Escape
    else
      keys "${moves[RANDOM % ${#moves[@]}]}"
    fi
  done
  signal=${signals[RANDOM % ${#signals[@]}]}
  kill -"$signal" "$(cat "$dir/pid")"
  wait_for "done-$((round + 100000))"
  if ! cmp -s "$dir/before" "$dir/after"; then
    echo "round $round: SIG$signal left the terminal changed" >&2; exit 1
  fi
done
echo "$rounds rounds: the terminal was restored after every signal, cache damage included"

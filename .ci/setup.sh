#!/usr/bin/env bash
# Installs the system libraries and tools the project needs (Debian), only when missing:
# ncursesw headers for the terminal UI, SQLite (with FTS5) headers for search, tmux for the
# end-to-end tests. Needs root or sudo when something is missing; otherwise does nothing.
set -euo pipefail

missing=()
[ -f /usr/include/ncursesw/curses.h ] || missing+=(libncurses-dev)
[ -f /usr/include/sqlite3.h ] || missing+=(libsqlite3-dev)
command -v tmux >/dev/null 2>&1 || missing+=(tmux)
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"

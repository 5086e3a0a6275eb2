# Sourced by the callgrind scripts, from the package's root: a scratch home and terminal for
# the run, and copies of the release binaries named as arguments in "$work", stripped of
# their debug information (valgrind 3.19 cannot read their DWARF 5). Sets $build and $work.
#   source Tests/Scripts/release-copies.sh BUILD_DIR NAME...
build=$1
shift
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work/home XDG_CACHE_HOME=$work/home/cache XDG_STATE_HOME=$work/home/state
export TERM=xterm-256color LANG=C.UTF-8
mkdir -p "$HOME"
for name in "$@"; do strip -g -o "$work/$name" "$build/$name"; done

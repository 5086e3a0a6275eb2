#!/usr/bin/env bash
# The test suite under AddressSanitizer and ThreadSanitizer, each in its own build folder.
#   Tests/Scripts/sanitizers.sh [address|thread ...]    (default: both; each takes a full build)
set -euo pipefail
cd "$(dirname "$0")/../.."
for sanitizer in "${@:-address thread}"; do
  for s in $sanitizer; do
    echo "== swift test --sanitize=$s"
    # The long monkey run is skipped here: under a sanitizer it adds minutes and tests
    # nothing the other suites do not (Tests/Scripts/monkey.sh runs it in release).
    # Leak reports are off: they flag the test fixtures kept in globals and the memory
    # ncurses keeps until exit, and a child's leak report would change its exit status.
    ASAN_OPTIONS=detect_leaks=0 swift test --sanitize="$s" --scratch-path ".build-$s" \
      --skip MonkeyTests
  done
done

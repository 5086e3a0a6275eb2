#!/usr/bin/env bash
# The long monkey run: a million random events (keys, mouse, resizes 1×1…300×100) against
# the headless app, optimised, every invariant checked after every event.
#   Tests/Scripts/monkey.sh [EVENTS] [SEED]
# A debug build with -O in its own folder: release builds link the Swift runtime statically,
# and swift-testing comes only as a shared library, so a release test bundle does not link.
set -euo pipefail
cd "$(dirname "$0")/../.."
MONKEY_EVENTS=${1:-1000000} MONKEY_SEED=${2:-20261121} \
  swift test --scratch-path .build-monkey -Xswiftc -O --filter MonkeyTests

#!/usr/bin/env bash
# The long monkey run: a million random events (keys, mouse, resizes 1×1…300×100) against
# the headless app in a release build, every invariant checked after every event.
#   Tests/Scripts/monkey.sh [EVENTS] [SEED]
set -euo pipefail
cd "$(dirname "$0")/../.."
MONKEY_EVENTS=${1:-1000000} MONKEY_SEED=${2:-20261121} \
  swift test -c release --filter MonkeyTests

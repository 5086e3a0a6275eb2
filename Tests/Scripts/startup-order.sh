#!/usr/bin/env bash
# Lists the functions of the release binary that a bundled search and the reader's first frame
# run, in the order callgrind first meets them, into Sources/baclofen/Linking/startup-order.txt:
# the linker lays them out together (`--symbol-ordering-file` in Package.swift), so start-up
# touches fewer pages of the binary. Rerun after large changes; names the binary no longer
# has are skipped.
#   Tests/Scripts/startup-order.sh [BUILD_DIR]      (default .build/release; needs valgrind)
set -euo pipefail
cd "$(dirname "$0")/../.."
source Tests/Scripts/release-copies.sh "${1:-.build/release}" baclofen
grind="valgrind --tool=callgrind --demangle=no"
printf q | script -qfec "stty cols 80 rows 24; $grind --callgrind-out-file=$work/frame.out \
  $work/baclofen" /dev/null >/dev/null 2>&1
$grind --callgrind-out-file="$work/search.out" "$work/baclofen" search "withdrawal seizures" \
  --json >/dev/null 2>&1
order=Sources/baclofen/Linking/startup-order.txt
python3 - "$work/baclofen" "$work/frame.out" "$work/search.out" >"$order" <<'PY'
import re, sys

binary, outputs = sys.argv[1], sys.argv[2:]
seen = set()
for path in outputs:
    objects, functions, current = {}, {}, None
    for line in open(path):
        line = line.rstrip("\n")
        # callgrind names an object or function in full once, then by its number.
        if m := re.match(r"^(c?ob)=\((\d+)\)(?: (.*))?$", line):
            if m[3]:
                objects[m[2]] = m[3]
            if m[1] == "ob":
                current = objects.get(m[2])
        elif m := re.match(r"^(c?fn)=\((\d+)\)(?: (.*))?$", line):
            if m[3]:
                functions[m[2]] = m[3]
            name = re.sub(r"'\d+$", "", functions.get(m[2], ""))
            if m[1] == "fn" and current == binary and name and not name.startswith("0x"):
                if name not in seen:
                    seen.add(name)
                    print(name)
PY
echo "$(wc -l <"$order") functions in $order"

#!/usr/bin/env bash
# Fuzzes one parser with libFuzzer + AddressSanitizer.
#   Tests/Scripts/fuzz.sh content|query|answers|yaml [SECONDS]   (default 600)
# yaml: any text as an article's front matter and as questionnaire.yaml.
# The seed corpus is Tests/Fuzz/corpus/<target>/ (small, committed); inputs libFuzzer finds
# go to .build-fuzz/corpus-<target>/ and crashes to .build-fuzz/crashes-<target>/. Turn each
# crash into a regression test before fixing it.
set -euo pipefail
cd "$(dirname "$0")/../.."
target=${1:?usage: Tests/Scripts/fuzz.sh content|query|answers|yaml [SECONDS]}
seconds=${2:-600}
scratch=.build-fuzz

case "$target" in
  content) module=BaclofenContent; modules="BaclofenText BaclofenContent Yams"; libs="" ;;
  query) module=BaclofenSearch; modules="BaclofenText BaclofenContent Yams GRDB BaclofenSearch"; libs="-lsqlite3" ;;
  answers|yaml) module=BaclofenQuiz; modules="BaclofenText BaclofenContent Yams BaclofenQuiz"; libs="" ;;
  *) echo "unknown target $target (content, query, answers, yaml)" >&2; exit 64 ;;
esac
case "$target" in content) harness=Tests/Fuzz/ContentParser/main.swift ;; query) harness=Tests/Fuzz/QueryBuilder/main.swift ;; answers) harness=Tests/Fuzz/AnswerParser/main.swift ;;
  yaml) harness=Tests/Fuzz/YAMLParser/main.swift ;; esac

swift build --sanitize=fuzzer --sanitize=address --scratch-path "$scratch" --target "$module" >/dev/null
objects=()
for m in $modules; do objects+=("$scratch"/debug/"$m".build/*.o); done
objects+=("$scratch"/debug/CYaml.build/src/*.o)
binary=$scratch/fuzz-$target
swiftc -sanitize=fuzzer,address -parse-as-library -I "$scratch/debug/Modules" \
  -I "$scratch/checkouts/Yams/Sources/CYaml/include" -I "$scratch/checkouts/GRDB.swift/Sources/GRDBSQLite" \
  "$harness" "${objects[@]}" $libs -o "$binary" 2>&1 | grep -v "Cannot export local symbol" || true

mkdir -p "$scratch/corpus-$target" "$scratch/crashes-$target"
# The harnesses keep the library and index in globals on purpose; LeakSanitizer's report at
# exit counts some of their strings as leaked (it cannot follow Swift's tagged pointers) and
# would end a clean run with status 1, so leak checks are off here as in sanitizers.sh.
ASAN_OPTIONS=detect_leaks=0 "$binary" "$scratch/corpus-$target" "Tests/Fuzz/corpus/$target" \
  -max_total_time="$seconds" -artifact_prefix="$scratch/crashes-$target/" -print_final_stats=1 \
  -detect_leaks=0

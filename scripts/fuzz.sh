#!/usr/bin/env bash
# Builds the libFuzzer targets with AddressSanitizer into .build-fuzz (apart from `swift build`,
# which stays fast), runs each for a bounded time, and prints executions per target.
#
#   scripts/fuzz.sh [--seconds N] [--build-only] [TARGET...]
#   scripts/fuzz.sh --ci            (what .ci/run does: a fixed seed and a fixed number of
#                                    inputs per target, about a minute each on 2 idle cores)
#
# Targets (the properties live in Tests/FuzzTests/Checks, shared with the regression test):
#   framing json params document positions entities html jsonl
# A crash, hang or broken property stops that target and leaves its input in
# fuzz-artifacts/TARGET/; save it as a regression with
#   cp fuzz-artifacts/TARGET/crash-* Tests/FuzzRegressions/TARGET/
# and `swift test --filter FuzzRegression` replays it from then on.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=60
build_only=0
ci=0
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds=$2; shift 2 ;;
    --build-only) build_only=1; shift ;;
    --ci) ci=1; shift ;;
    -h | --help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "fuzz.sh: unknown option $1" >&2; exit 2 ;;
    *) targets+=("$1"); shift ;;
  esac
done
all_targets=(framing json params document positions entities html jsonl)
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")

out=.build-fuzz
mkdir -p "$out"
flags=(-swift-version 6 -O -g -sanitize=fuzzer,address -enable-testing -parse-as-library
  -use-ld=lld -I "$out" -I Sources/CFileSystem)

# Library modules in dependency order, then the checks (shared with the test target) as one
# module. A module is rebuilt when a source or a module before it is newer than its object.
modules=(Base JSONRPC Corpus Knowledge IndexCache DossierServer FuzzChecks)
sources_of() {
  case "$1" in
    FuzzChecks) find Tests/FuzzTests/Checks Fuzz/Support.swift -name '*.swift' | sort ;;
    *) find "Sources/$1" -name '*.swift' | sort ;;
  esac
}
rebuilt=0
for module in "${modules[@]}"; do
  object="$out/$module.o"
  mapfile -t sources < <(sources_of "$module")
  if [ "$rebuilt" = 0 ] && [ -f "$object" ] && [ -z "$(find "${sources[@]}" -newer "$object")" ]
  then
    continue
  fi
  rebuilt=1
  echo "fuzz.sh: compiling $module (${#sources[@]} files)"
  swiftc "${flags[@]}" -wmo -module-name "$module" -emit-module \
    -emit-module-path "$out/$module.swiftmodule" -emit-object -o "$object" "${sources[@]}"
done
objects=()
for module in "${modules[@]}"; do objects+=("$out/$module.o"); done
for target in "${targets[@]}"; do
  entry="Fuzz/Entry/$target.swift"
  [ -f "$entry" ] || { echo "fuzz.sh: no target '$target' (have: ${all_targets[*]})" >&2; exit 2; }
  binary="$out/fuzz-$target"
  if [ "$rebuilt" = 1 ] || [ ! -x "$binary" ] || [ "$entry" -nt "$binary" ]; then
    swiftc "${flags[@]}" "$entry" "${objects[@]}" -o "$binary"
  fi
done
[ "$build_only" = 0 ] || exit 0

# Each target runs for `seconds` (with --ci: a fixed number of inputs), from its checked-in
# seeds (Fuzz/Seeds/TARGET, never written to) plus the inputs it found in earlier runs
# (.build-fuzz/corpus/TARGET). fuzz_one runs one target and writes its line of the report to
# $out/report-TARGET.txt; it fails when the fuzzer found a failure.
fuzz_one() {
  local target=$1
  corpus="$out/corpus/$target"
  artifacts="fuzz-artifacts/$target/"
  mkdir -p "$corpus" "$artifacts" "Fuzz/Seeds/$target"
  # Entity extraction costs ~40 ms per 4 KB under the sanitizer: shorter inputs, more of them.
  max_len=4096
  [ "$target" = entities ] && max_len=1024
  options=(-print_final_stats=1 -max_len="$max_len" -timeout=30 -rss_limit_mb=4096
    -artifact_prefix="$artifacts")
  if [ "$ci" = 1 ]; then
    # CI must be repeatable: the same seed and the same number of inputs give the same run on
    # any machine, so a clean run here is a clean run there; a time limit would explore more
    # or less depending on the machine's load. The counts are about a minute of each target.
    case "$target" in
      framing) runs=500000 ;; json) runs=2000000 ;; params) runs=30000 ;;
      document) runs=90000 ;; positions) runs=170000 ;; entities) runs=4000 ;;
      html) runs=45000 ;; jsonl) runs=180000 ;;
    esac
    options+=(-seed=1 -runs="$runs")
  else
    options+=(-max_total_time="$seconds")
  fi
  [ -f "Fuzz/Seeds/$target.dict" ] && options+=(-dict="Fuzz/Seeds/$target.dict")
  log="$out/fuzz-$target.log"
  if [ "$ci" = 1 ]; then echo "fuzz.sh: $target, $runs inputs, seed 1"; else echo "fuzz.sh: $target for ${seconds}s"; fi
  if SWIFT_BACKTRACE=enable=no "$out/fuzz-$target" "${options[@]}" "$corpus" \
    "Fuzz/Seeds/$target" >"$log" 2>&1
  then
    outcome=ok
  else
    outcome="FAILED (see $log and $artifacts)"
    grep -E '^(==[0-9]+==ERROR|[a-z]+: |Fatal error|SUMMARY)' "$log" | head -20 >&2 || true
  fi
  executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  coverage=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | sed 's/cov: //')
  units=$(find "$corpus" -type f | wc -l)
  printf '%-10s %7s %12s %9s %6s %7s  %s' "$target" "$([ "$ci" = 1 ] && echo "$runs" || echo "${seconds}s")" "${executions:-?}" \
    "${rate:-?}" "${coverage:-?}" "$units" "$outcome" >"$out/report-$target.txt"
  [ "$outcome" = ok ]
}

# The targets run side by side, one per core: each is a fixed, seeded number of inputs, so the
# results are the same as one after another, in less wall time.
status=0
running=0
for target in "${targets[@]}"; do
  rm -f "$out/report-$target.txt"
  fuzz_one "$target" &
  running=$((running + 1))
  if [ "$running" -ge "$(nproc)" ]; then
    wait -n || status=1
    running=$((running - 1))
  fi
done
while [ "$running" -gt 0 ]; do
  wait -n || status=1
  running=$((running - 1))
done
report=()
for target in "${targets[@]}"; do
  report+=("$(cat "$out/report-$target.txt" 2>/dev/null || echo "$target: no report")")
done
printf '\n%-10s %7s %12s %9s %6s %7s  %s\n' target budget executions exec/s cov corpus outcome
printf '%s\n' "${report[@]}"
exit $status

#!/usr/bin/env bash
# The benchmark: builds release, generates synthetic corpora of N articles (default 10000),
# and times the real `dossier lsp` over stdio on the shipped seeds and on each corpus, against
# an echo responder (pipe and framing floor) and a plain read of the corpus files (`cat` floor).
#
#   scripts/bench.sh [N...]         e.g. scripts/bench.sh 10000 100000
#
# Each size is generated in each mix of $DOSSIER_BENCH_MIXES (default "standard varied": today's
# corpus, and one shaped like corpora from elsewhere, see `dossier-bench generate --help`); the
# standard corpus of N articles is labelled N, another mix MIX-N.
# Corpora are kept in $DOSSIER_BENCH_DIR (default /tmp/dossier-bench) and reused when their
# article count, seed, mix and generator version match. $DOSSIER_BENCH_SEED sets the seed
# (default 1).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(10000)
scratch="${DOSSIER_BENCH_DIR:-/tmp/dossier-bench}"
seed="${DOSSIER_BENCH_SEED:-1}"
read -r -a mixes <<<"${DOSSIER_BENCH_MIXES:-standard varied}"

swift build -c release --product dossier >&2
swift build -c release --product dossier-bench >&2
bin="$(swift build -c release --show-bin-path)"

corpora=("seeds=$PWD/seeds")
for mix in "${mixes[@]}"; do
  for n in "${sizes[@]}"; do
    folder="$scratch/corpus-$n-seed-$seed"
    label="$n"
    if [ "$mix" != standard ]; then
      folder="$folder-$mix"
      label="$mix-$n"
    fi
    "$bin/dossier-bench" generate --articles "$n" --seed "$seed" --mix "$mix" "$folder"
    corpora+=("$label=$folder")
  done
done

echo "command: scripts/bench.sh ${sizes[*]} (mixes: ${mixes[*]})"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'),"\
  "$(awk '/MemTotal/ {printf "%.1f GiB RAM", $2 / 1048576}' /proc/meminfo), $(swift --version 2>/dev/null | head -1)"
echo "load average at start: $(cut -d" " -f1-3 /proc/loadavg)"
echo
"$bin/dossier-bench" run --server "$bin/dossier" "${corpora[@]}"

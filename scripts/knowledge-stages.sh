#!/usr/bin/env bash
# Times each stage of the knowledge build (`knowledge-bench --build-only`) on synthetic corpora
# of each size and mix, and prints one markdown table: each stage's CPU time (all cores) and
# wall time, and how the time per document grows from the smallest corpus to the largest.
#
#   scripts/knowledge-stages.sh [N...]      e.g. scripts/knowledge-stages.sh 10000 30000 100000
#
# $DOSSIER_BENCH_MIXES lists the mixes (default "standard varied"); corpora are kept in
# $DOSSIER_BENCH_DIR (default /tmp/dossier-bench) as scripts/bench.sh keeps them.
# $DOSSIER_STAGE_RUNS (default 1) builds each corpus that many times and keeps the run with the
# least CPU time (on a shared machine, the one least disturbed). $KNOWLEDGE_BENCH times another
# build of knowledge-bench (an older commit's, for a before-and-after table).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(10000 30000 100000)
scratch="${DOSSIER_BENCH_DIR:-/tmp/dossier-bench}"
seed="${DOSSIER_BENCH_SEED:-1}"
read -r -a mixes <<<"${DOSSIER_BENCH_MIXES:-standard varied}"

swift build -c release --product knowledge-bench >&2
swift build -c release --product dossier-bench >&2
bin="$(swift build -c release --show-bin-path)"
knowledge="${KNOWLEDGE_BENCH:-$bin/knowledge-bench}"
runs="${DOSSIER_STAGE_RUNS:-1}"

echo "command: scripts/knowledge-stages.sh ${sizes[*]} (mixes: ${mixes[*]}; $runs run(s) each, the least CPU kept; $knowledge)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "load average at start: $(cut -d" " -f1-3 /proc/loadavg)"
out="$(mktemp -d)"
for mix in "${mixes[@]}"; do
  for n in "${sizes[@]}"; do
    folder="$scratch/corpus-$n-seed-$seed"
    [ "$mix" = standard ] || folder="$folder-$mix"
    "$bin/dossier-bench" generate --articles "$n" --seed "$seed" --mix "$mix" "$folder"
    best=""
    for ((run = 0; run < runs; run++)); do
      "$knowledge" "$folder" --build-only >"$out/try.txt"
      cpu="$(sed -n -E 's/^build: .* s wall, ([0-9.]+) s CPU.*/\1/p' "$out/try.txt")"
      if [ -z "$best" ] || awk -v a="$cpu" -v b="$best" 'BEGIN { exit !(a < b) }'; then
        best="$cpu"
        cp "$out/try.txt" "$out/$mix-$n.txt"
      fi
    done
  done
done
echo "load average at end: $(cut -d" " -f1-3 /proc/loadavg)"
echo

# One row per stage: "CPU s (wall s)" per corpus, then CPU per document at the largest size
# over CPU per document at the smallest.
first="${sizes[0]}"
last="${sizes[${#sizes[@]}-1]}"
header="| stage |"
rule="| --- |"
for mix in "${mixes[@]}"; do
  for n in "${sizes[@]}"; do
    header+=" $mix $n |"
    rule+=" ---: |"
  done
  header+=" $mix: per doc $last / $first |"
  rule+=" ---: |"
done
echo "$header"
echo "$rule"
stages="$(grep -h -E '^  [A-Z][a-z ]+: [0-9.]+ s wall' "$out"/*-*.txt | sed -E 's/^  ([^:]+):.*/\1/' | awk '!seen[$0]++')"
while IFS= read -r stage; do
  row="| $stage |"
  for mix in "${mixes[@]}"; do
    for n in "${sizes[@]}"; do
      row+=" $(sed -n -E "s/^  $stage: ([0-9.]+) s wall, ([0-9.]+) s CPU.*/\2 (\1)/p" "$out/$mix-$n.txt") |"
    done
    ratio="$(awk -v a="$(sed -n -E "s/^  $stage: [0-9.]+ s wall, ([0-9.]+) s CPU.*/\1/p" "$out/$mix-$first.txt")" \
      -v b="$(sed -n -E "s/^  $stage: [0-9.]+ s wall, ([0-9.]+) s CPU.*/\1/p" "$out/$mix-$last.txt")" \
      -v n1="$first" -v n2="$last" 'BEGIN { if (a > 0) printf "%.2f", (b / n2) / (a / n1); else print "-" }')"
    row+=" $ratio |"
  done
  echo "$row"
done <<<"$stages"
row="| whole build |"
for mix in "${mixes[@]}"; do
  for n in "${sizes[@]}"; do
    row+=" $(sed -n -E 's/^build: .* in ([0-9.]+) s wall, ([0-9.]+) s CPU.*/\2 (\1)/p' "$out/$mix-$n.txt") |"
  done
  ratio="$(awk -v a="$(sed -n -E 's/^build: .* s wall, ([0-9.]+) s CPU.*/\1/p' "$out/$mix-$first.txt")" \
    -v b="$(sed -n -E 's/^build: .* s wall, ([0-9.]+) s CPU.*/\1/p' "$out/$mix-$last.txt")" \
    -v n1="$first" -v n2="$last" 'BEGIN { printf "%.2f", (b / n2) / (a / n1) }')"
  row+=" $ratio |"
done
echo "$row"
row="| entities, peak RSS |"
for mix in "${mixes[@]}"; do
  for n in "${sizes[@]}"; do
    entities="$(sed -n -E 's/^build: ([0-9]+) entities.*/\1/p' "$out/$mix-$n.txt")"
    peak="$(sed -n -E 's/^peak resident memory: ([0-9.]+) MB/\1/p' "$out/$mix-$n.txt")"
    row+=" $entities, $peak MB |"
  done
  row+=" |"
done
echo "$row"
rm -rf "$out"

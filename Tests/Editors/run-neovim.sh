#!/usr/bin/env bash
# Headless Neovim attaches to the real `dossier lsp` through each shipped config in
# editors/neovim (0.11+ and 0.8–0.10), hovers "Southern Kurils" in a report and goes to its
# definition. Each run has a time limit; a failure shows Neovim's own messages and log.
set -euo pipefail
source "$(dirname "$0")/find-dossier.sh"
source "$(dirname "$0")/find-editors.sh"
nvim=$(find_nvim)
[[ -n "$nvim" ]] || { echo "no Neovim 0.8+ installed (Tests/Editors/install-editors.sh)" >&2; exit 1; }
echo "$("$nvim" --version | head -1), dossier at $(readlink "$bin_dir/dossier")"

work=$(mktemp -d)
trap 'rm -rf "$work" "$bin_dir"' EXIT
mkdir -p "$work/notes"
# A copy: editors may write beside the files they open (swap files, backups).
cp "$repo/Tests/Editors/report.md" "$work/notes/report.md"

failed=0
for config in dossier.lua dossier-0.8.lua; do
  echo "== neovim with editors/neovim/$config"
  # A clean home: no user config, plugins or state; the LSP log goes to $work.
  if ! (cd "$work/notes" && \
        XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_STATE_HOME="$work/state-$config" \
        XDG_CACHE_HOME="$work/cache" \
        DOSSIER_TEST_CONFIG="$repo/editors/neovim/$config" \
        DOSSIER_TEST_REPORT="$work/notes/report.md" \
        DOSSIER_TEST_CAPTURE="$capture_dir/neovim-${config%.lua}.txt" \
        timeout --kill-after=5 90 "$nvim" --headless --clean -c "luafile $repo/Tests/Editors/neovim_test.lua"); then
    echo "FAIL: neovim with editors/neovim/$config" >&2
    failed=$((failed + 1))
  fi
done
echo "neovim: $((2 - failed)) passed, $failed failed"
exit $(( failed > 0 ))

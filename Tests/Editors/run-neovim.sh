#!/usr/bin/env bash
# Headless Neovim attaches to the real `dossier lsp` through the shipped
# editors/neovim/dossier.lua, in each Neovim installed (Debian's 0.7 and PyPI's 0.11+ in CI):
# the hover card, go to definition, the diagnostic on a misquotation and CTRL-X CTRL-O
# (Tests/Editors/neovim_test.lua). On 0.11+ it runs twice: as written (vim.lsp.config), and
# with vim.lsp.config hidden, which takes the path of 0.8 to 0.10 (vim.lsp.start). Each run
# has a time limit; a failure shows Neovim's own messages and log.
set -euo pipefail
source "$(dirname "$0")/find-dossier.sh"
source "$(dirname "$0")/find-editors.sh"
mapfile -t nvims < <(find_nvims)
(( ${#nvims[@]} > 0 )) || { echo "no Neovim 0.7+ installed (Tests/Editors/install-editors.sh)" >&2; exit 1; }
echo "dossier at $(readlink "$bin_dir/dossier")"

work=$(mktemp -d)
trap 'rm -rf "$work" "$bin_dir"' EXIT

runs=0
failed=0
run() { # NVIM NAME [WITHOUT-CONFIG-API]: one run of the test, with its own home and report.
  local nvim=$1 name=$2 without=${3:-0} home="$work/$2"
  local version; version=$("$nvim" --version | head -1)
  echo "== neovim with editors/neovim/dossier.lua ($version at $nvim${3:+, vim.lsp.config hidden})"
  runs=$((runs + 1))
  # A clean home: no user config, plugins or state; a copy of the report (editors may write
  # beside the files they open: swap files, backups); the LSP log goes to $home.
  mkdir -p "$home/notes"
  cp "$repo/Tests/Editors/report.md" "$home/notes/report.md"
  if ! (cd "$home/notes" && \
        XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_STATE_HOME="$home/state" \
        XDG_CACHE_HOME="$home/cache" \
        DOSSIER_TEST_CONFIG="$repo/editors/neovim/dossier.lua" \
        DOSSIER_TEST_REPORT="$home/notes/report.md" \
        DOSSIER_TEST_CAPTURE="$capture_dir/neovim-$name.txt" \
        DOSSIER_TEST_WITHOUT_CONFIG_API="$without" \
        timeout --kill-after=5 90 "$nvim" --headless --clean -n \
          -c "luafile $repo/Tests/Editors/neovim_test.lua"); then
    echo "FAIL: neovim with editors/neovim/dossier.lua ($version${3:+, vim.lsp.config hidden})" >&2
    failed=$((failed + 1))
  fi
}

# Captures: neovim.txt from the newest, neovim-VERSION.txt from the others.
for nvim in "${nvims[@]}"; do
  version=$(nvim_version "$nvim")
  name=$([[ "$nvim" == "${nvims[0]}" ]] && echo newest || echo "$version")
  run "$nvim" "$name"
  if printf '0.11.0\n%s\n' "$version" | sort -V -C; then
    run "$nvim" "$name-start" 1
  fi
done
echo "neovim: $((runs - failed)) passed, $failed failed"
exit $(( failed > 0 ))

#!/usr/bin/env bash
# Headless Neovim with the shipped editors/neovim/dossier.lua (0.11+) on a draft: pushed
# diagnostics, completion and resolve, code actions (the preferred one applied) and inlay
# hints, as Neovim receives them. Writes what it saw to .build/editor-tests/neovim-writing.txt.
set -euo pipefail
source "$(dirname "$0")/find-dossier.sh"
source "$(dirname "$0")/find-editors.sh"
nvim=$(find_nvim)
[[ -n "$nvim" ]] || { echo "no Neovim 0.8+ installed (Tests/Editors/install-editors.sh)" >&2; exit 1; }
if ! "$nvim" --headless --clean -c 'lua io.stdout:write(vim.fn.has("nvim-0.11"))' -c 'qall!' | grep -q 1; then
  echo "the writing-aids test needs Neovim 0.11+ (vim.lsp.config); skipped with $("$nvim" --version | head -1)"
  exit 0
fi
echo "$("$nvim" --version | head -1), dossier at $(readlink "$bin_dir/dossier")"

work=$(mktemp -d)
trap 'rm -rf "$work" "$bin_dir"' EXIT
mkdir -p "$work/notes"
cp "$repo/Tests/Editors/draft.md" "$work/notes/draft.md"
if (cd "$work/notes" && \
    XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_STATE_HOME="$work/state" \
    XDG_CACHE_HOME="$work/cache" \
    DOSSIER_TEST_CONFIG="$repo/editors/neovim/dossier.lua" \
    DOSSIER_TEST_DRAFT="$work/notes/draft.md" \
    DOSSIER_TEST_CAPTURE="$capture_dir/neovim-writing.txt" \
    timeout --kill-after=5 90 "$nvim" --headless --clean -c "luafile $repo/Tests/Editors/neovim_writing_test.lua"); then
  echo "neovim writing aids: passed"
else
  echo "FAIL: neovim writing aids" >&2
  exit 1
fi

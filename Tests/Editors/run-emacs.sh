#!/usr/bin/env bash
# Emacs in batch mode attaches to the real `dossier lsp` through each shipped config in
# editors/emacs (Eglot; lsp-mode when it is installed), hovers "Southern Kurils" in a report
# and goes to its definition. Each run has a time limit; a failure shows Emacs's own messages
# and the client's buffers.
set -euo pipefail
source "$(dirname "$0")/find-dossier.sh"
command -v emacs >/dev/null || { echo "emacs is not installed" >&2; exit 1; }
echo "$(emacs --version | head -1), dossier at $(readlink "$bin_dir/dossier")"

work=$(mktemp -d)
trap 'rm -rf "$work" "$bin_dir"' EXIT
mkdir -p "$work/notes" "$work/home"
# A copy: editors may write beside the files they open (backups, lock files). In a git
# repository, so both clients take its folder as the project without asking.
cp "$repo/Tests/Editors/report.md" "$work/notes/report.md"
git -C "$work/notes" init -q

clients=(eglot)
if ls -d /usr/share/emacs/site-lisp/elpa/lsp-mode-* >/dev/null 2>&1; then clients+=(lsp-mode); fi
failed=0
for client in "${clients[@]}"; do
  echo "== emacs with editors/emacs/dossier-$client.el"
  # -q, not -Q: no init file, but Debian's site files. Batch mode skips the package activation
  # an interactive start does (autoloads: markdown-mode for *.md), so it is done first.
  # SIGPIPE ignored, as interactive Emacs has it: batch Emacs keeps the default action, so a
  # write to a server that has already exited killed Emacs (status 141) before the test could
  # report the failed start (1 run in 7 with a server that exits at once).
  if ! (trap '' PIPE && cd "$work/notes" && HOME="$work/home" XDG_CACHE_HOME="$work/home/.cache" \
        DOSSIER_TEST_CLIENT="$client" \
        DOSSIER_TEST_REPORT="$work/notes/report.md" \
        DOSSIER_TEST_CAPTURE="$capture_dir/emacs-$client.txt" \
        timeout --kill-after=5 90 emacs --batch -q \
          --eval "(progn (require 'package) (package-activate-all))" \
          -l "$repo/editors/emacs/dossier-$client.el" -l "$repo/Tests/Editors/emacs-test.el"); then
    echo "FAIL: emacs with editors/emacs/dossier-$client.el" >&2
    failed=$((failed + 1))
  fi
done
echo "emacs: $(( ${#clients[@]} - failed )) passed, $failed failed"
exit $(( failed > 0 ))

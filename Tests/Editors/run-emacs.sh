#!/usr/bin/env bash
# Emacs in batch mode with Eglot attaches to the real `dossier lsp` through the shipped
# editors/emacs/dossier-eglot.el, hovers "Southern Kurils" in a report and goes to its
# definition. It has a time limit; a failure shows Emacs's own messages and Eglot's buffers.
set -euo pipefail
source "$(dirname "$0")/find-dossier.sh"
command -v emacs >/dev/null || { echo "emacs is not installed" >&2; exit 1; }
echo "$(emacs --version | head -1), dossier at $(readlink "$bin_dir/dossier")"

work=$(mktemp -d)
trap 'rm -rf "$work" "$bin_dir"' EXIT
mkdir -p "$work/notes" "$work/home"
# A copy: editors may write beside the files they open (swap files, backups).
cp "$repo/Tests/Editors/report.md" "$work/notes/report.md"

echo "== emacs with editors/emacs/dossier-eglot.el"
# -q, not -Q: no init file, but Debian's site files. Batch mode skips the package activation
# an interactive start does (autoloads: markdown-mode for *.md), so it is done first.
if (cd "$work/notes" && HOME="$work/home" \
    DOSSIER_TEST_REPORT="$work/notes/report.md" \
    DOSSIER_TEST_CAPTURE="$capture_dir/emacs-eglot.txt" \
    timeout --kill-after=5 90 emacs --batch -q \
      --eval "(progn (require 'package) (package-activate-all))" \
      -l "$repo/editors/emacs/dossier-eglot.el" -l "$repo/Tests/Editors/emacs-test.el"); then
  echo "emacs: 1 passed, 0 failed"
else
  echo "FAIL: emacs with editors/emacs/dossier-eglot.el" >&2
  echo "emacs: 0 passed, 1 failed"
  exit 1
fi

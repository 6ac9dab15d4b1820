#!/usr/bin/env bash
# Fills README.md with real output, never text written by hand:
#   <!-- captured: NAME.txt --> … <!-- end captured -->   what an editor test captured
#                                                         (.build/editor-tests/NAME.txt)
#   <!-- run: COMMAND --> … <!-- end run -->              COMMAND run from the repository
#                                                         root with this build's `dossier`
# Run the editor tests first (run-neovim.sh, run-emacs.sh).
set -euo pipefail
source "$(dirname "$0")/find-dossier.sh"
trap 'rm -rf "$bin_dir"' EXIT
cd "$repo"
awk -v dir="$capture_dir" '
  /^<!-- captured: .*\.txt -->$/ {
    print
    path = dir "/" $3
    if ((getline line < path) <= 0) { print "missing capture: " path > "/dev/stderr"; exit 1 }
    print "```text"
    print line
    while ((getline line < path) > 0) print line
    print "```"
    skipping = 1
    next
  }
  /^<!-- run: .* -->$/ {
    print
    command = substr($0, length("<!-- run: ") + 1)
    command = substr(command, 1, length(command) - length(" -->"))
    print "```console"
    print "$ " command
    while (((command " 2>&1") | getline line) > 0) print line
    close(command " 2>&1")
    print "```"
    skipping = 1
    next
  }
  /^<!-- end (captured|run) -->$/ { skipping = 0 }
  !skipping { print }
' README.md > README.md.new
mv README.md.new README.md
echo "pasted captures from $capture_dir and command output into README.md"

#!/usr/bin/env bash
# The editor tests must fail, with the editor's own messages and the server's stderr, when the
# server does not attach. This runs them against a `dossier` that writes a line to stderr and
# exits 3, and checks that each failed and showed both.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/dossier" <<'SERVER'
#!/bin/sh
echo "dossier: simulated start-up failure (check-failure-reports.sh)" >&2
exit 3
SERVER
chmod +x "$work/dossier"

failed=0
check() { # NAME RUNNER RUNS EDITOR-MESSAGE: each of RUNS fails, printing both messages.
  local name=$1 runner=$2 runs=$3 message=$4 status=0
  DOSSIER_TEST_BINARY="$work/dossier" DOSSIER_EDITOR_CAPTURE_DIR="$work/captures" \
    timeout 120 "$here/$runner" > "$work/$name.log" 2>&1 < /dev/null || status=$?
  if [[ $status -ne 1 ]]; then
    echo "FAIL: $name: $runner exited $status, not 1"; failed=$((failed + 1))
  # Each config's run is counted by the runner's own line, whatever way the editor went down:
  # a client can die of the failed start (an error in batch Emacs) before the test reports it.
  elif [[ $(grep -c "^FAIL: $name with editors/" "$work/$name.log") -ne $runs ]]; then
    echo "FAIL: $name: expected $runs failed runs, found:"; failed=$((failed + 1))
    grep "FAIL" "$work/$name.log" | sed 's/^/      /'
  elif ! grep -q "simulated start-up failure" "$work/$name.log"; then
    echo "FAIL: $name: the server's stderr is not in the report"; failed=$((failed + 1))
  elif ! grep -q "$message" "$work/$name.log"; then
    echo "FAIL: $name: the editor's message ($message) is not in the report"; failed=$((failed + 1))
  else
    echo "ok    $name: fails with the editor's message and the server's stderr"
    return
  fi
  sed 's/^/      /' "$work/$name.log" | tail -30
}
check neovim run-neovim.sh 2 "Client dossier quit with exit code 3"
check emacs run-emacs.sh 2 "exited abnormally with code 3"
echo "failure reports: $(( 2 - failed )) passed, $failed failed"
exit $(( failed > 0 ))

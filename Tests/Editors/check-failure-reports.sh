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
check() { # NAME RUNNER EDITOR-MESSAGE: each run of RUNNER fails, printing both messages.
  local name=$1 runner=$2 message=$3 status=0 verdicts
  DOSSIER_TEST_BINARY="$work/dossier" DOSSIER_EDITOR_CAPTURE_DIR="$work/captures" \
    timeout 150 "$here/$runner" > "$work/$name.log" 2>&1 < /dev/null || status=$?
  # A run (one config in one editor) is what follows the runner's "== NAME with" line. It
  # must end in the runner's "FAIL: NAME with" line, whatever way the editor went down (a
  # client can die of the failed start before the test reports it), and show the server's
  # stderr and the editor's own message.
  verdicts=$(awk -v name="$name" -v message="$message" '
    function verdict() {
      if (!run) return
      missing = (failed ? "" : " no FAIL line;") (stderr ? "" : " no server stderr;") \
        (said ? "" : " no editor message;")
      print (missing == "" ? "ok" : "missing:" missing) "  " run
    }
    index($0, "== " name " with editors/") == 1 { verdict(); run = $0; failed = stderr = said = 0 }
    index($0, "FAIL: " name " with editors/") == 1 { failed = 1 }
    /simulated start-up failure/ { stderr = 1 }
    $0 ~ message { said = 1 }
    END { verdict() }' "$work/$name.log")
  if [[ $status -ne 1 ]]; then
    echo "FAIL: $name: $runner exited $status, not 1"; failed=$((failed + 1))
  elif [[ -z "$verdicts" ]] || grep -q '^missing' <<<"$verdicts"; then
    echo "FAIL: $name: a run did not report its failure whole:"; failed=$((failed + 1))
    sed 's/^/      /' <<<"${verdicts:-no runs}"
  else
    echo "ok    $name: $(wc -l <<<"$verdicts") runs fail with the editor's message and the server's stderr"
    return
  fi
  # The whole log: a run that misses a message is often not the last one.
  sed 's/^/      /' "$work/$name.log" | grep -v '^      [[:space:]]*[(:\[]' | tail -200
}
# Neovim 0.7 names the client by its number ("Client 1 quit"), later ones by its name.
check neovim run-neovim.sh "Client [0-9a-z]+ quit with exit code 3"
# Emacs says it in one of several ways, depending on whether the process sentinel or a write to
# the dead process comes first: the connection's state change, jsonrpc's "Server exited with
# status 3", or, when the sentinel has not run before the test gives up, Eglot's "Server died"
# or Emacs's "process ... not running" (one CI run in about ten had only these).
check emacs run-emacs.sh "exited abnormally with code 3|exited with status 3|Server died|not running"
echo "failure reports: $(( 2 - failed )) passed, $failed failed"
exit $(( failed > 0 ))

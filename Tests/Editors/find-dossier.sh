# Sourced by the editor test runners: sets `repo` (this clone's root) and puts the `dossier`
# built in this clone first on PATH (the newer of .build/debug and .build/release), so the
# shipped editor configs, which run `dossier lsp`, start this build.
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# DOSSIER_TEST_BINARY replaces it (check-failure-reports.sh passes a server that fails).
dossier_binary=${DOSSIER_TEST_BINARY:-}
[[ -n "$dossier_binary" ]] || for candidate in "$repo/.build/debug/dossier" "$repo/.build/release/dossier"; do
  if [[ -x "$candidate" && ( -z "$dossier_binary" || "$candidate" -nt "$dossier_binary" ) ]]; then
    dossier_binary=$candidate
  fi
done
if [[ -z "$dossier_binary" ]]; then
  echo "no dossier binary in $repo/.build/{debug,release}: run \`swift build\` first" >&2
  exit 1
fi
bin_dir=$(mktemp -d)
ln -s "$(readlink -f "$dossier_binary")" "$bin_dir/dossier"
export PATH="$bin_dir:$PATH"
# Where the tests write what the editor showed (pasted into README.md).
capture_dir=${DOSSIER_EDITOR_CAPTURE_DIR:-$repo/.build/editor-tests}
mkdir -p "$capture_dir"

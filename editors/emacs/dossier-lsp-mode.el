;;; dossier-lsp-mode.el --- Dossier through lsp-mode  -*- lexical-binding: t; -*-

;; Install: `dossier' on your PATH and lsp-mode (M-x package-install RET lsp-mode, or
;; Debian's elpa-lsp-mode), then in your init file:
;;   (load "/path/to/editors/emacs/dossier-lsp-mode.el")
;; or paste what follows.  Open a markdown, org or text file: Dossier attaches.
;;
;; Another corpus: put {"corpus": "/path/to/articles"} in .dossier.json at the project's
;; root, or set `dossier-corpus'.

(require 'lsp-mode)

(defvar dossier-corpus nil
  "Folder of articles for Dossier; nil means .dossier.json, else the shipped seeds.")

(add-to-list 'lsp-language-id-configuration '(markdown-mode . "markdown"))
(add-to-list 'lsp-language-id-configuration '(gfm-mode . "markdown"))
(add-to-list 'lsp-language-id-configuration '(org-mode . "org"))
(add-to-list 'lsp-language-id-configuration '(text-mode . "plaintext"))

(lsp-register-client
 (make-lsp-client
  :new-connection (lsp-stdio-connection '("dossier" "lsp"))
  :major-modes '(markdown-mode gfm-mode org-mode text-mode)
  :server-id 'dossier
  ;; An add-on runs beside another server for the same mode (marksman, say).
  :add-on? t
  :initialization-options (lambda () (when dossier-corpus (list :corpus dossier-corpus)))))

(dolist (hook '(markdown-mode-hook org-mode-hook text-mode-hook))
  (add-hook hook #'lsp-deferred))

(provide 'dossier-lsp-mode)
;;; dossier-lsp-mode.el ends here

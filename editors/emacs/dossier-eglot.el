;;; dossier-eglot.el --- Dossier through Eglot  -*- lexical-binding: t; -*-

;; Install: `dossier' on your PATH, Eglot (built into Emacs 29+; Debian's elpa-eglot or
;; M-x package-install RET eglot for Emacs 26.3-28), then in your init file:
;;   (load "/path/to/editors/emacs/dossier-eglot.el")
;; or paste what follows.  Open a markdown, org or text file: Dossier attaches.
;;
;; Another corpus: put {"corpus": "/path/to/articles"} in .dossier.json at the project's
;; root, or set `dossier-corpus' before loading this file.

(require 'eglot)

(defvar dossier-corpus nil
  "Folder of articles for Dossier; nil means .dossier.json, else the shipped seeds.")

(add-to-list 'eglot-server-programs
             `((markdown-mode org-mode text-mode)
               . ,(if dossier-corpus
                      `("dossier" "lsp" :initializationOptions (:corpus ,dossier-corpus))
                    '("dossier" "lsp"))))

;; Start Dossier in every report.  text-mode-hook also runs in modes derived from text-mode
;; (org-mode and markdown-mode among them, and the corpus's own .txt files).
(dolist (hook '(markdown-mode-hook org-mode-hook text-mode-hook))
  (add-hook hook #'eglot-ensure))

(provide 'dossier-eglot)
;;; dossier-eglot.el ends here

;;; dossier-lsp-mode.el --- Dossier through lsp-mode  -*- lexical-binding: t; -*-

;; Install: `dossier' on your PATH and lsp-mode (M-x package-install RET lsp-mode, or
;; Debian's elpa-lsp-mode), then in your init file:
;;   (load "/path/to/editors/emacs/dossier-lsp-mode.el")
;; or paste what follows.  Open a markdown, org or text file: Dossier attaches once lsp-mode
;; knows the project (it asks the first time; `lsp-auto-guess-root' answers for it).
;;
;; Another corpus: put {"corpus": "/path/to/articles"} in .dossier.json at the project's
;; root, or set `dossier-corpus'.

(require 'cl-lib)
(require 'lsp-mode)

(defvar dossier-corpus nil
  "Folder of articles for Dossier; nil means .dossier.json, else the shipped seeds.")

(add-to-list 'lsp-language-id-configuration '(markdown-mode . "markdown"))
(add-to-list 'lsp-language-id-configuration '(gfm-mode . "markdown"))
(add-to-list 'lsp-language-id-configuration '(org-mode . "org"))
(add-to-list 'lsp-language-id-configuration '(text-mode . "plaintext"))

;; Dossier sends no snippets.  Without yasnippet, lsp-mode warns at every start ("Yasnippet is
;; not installed...") unless its snippet support is off, which then loses nothing.
(unless (require 'yasnippet nil t)
  (setq lsp-enable-snippet nil))

(defun dossier-lsp-mode--drop-letter-triggers (workspace)
  "Forget the letters among WORKSPACE's completion trigger characters.
Dossier lists A-Z so that clients complete as a capitalised word is typed; lsp-mode takes a
trigger character at the start of a word for punctuation before it, so \"Kish\" completed
\"ish\".  lsp-mode completes words as they are typed anyway."
  (when-let ((provider (lsp:server-capabilities-completion-provider?
                        (lsp--workspace-server-capabilities workspace))))
    (lsp:set-completion-options-trigger-characters?
     provider
     (vconcat (cl-remove-if (lambda (character) (string-match-p "\\`[[:alpha:]]\\'" character))
                            (lsp:completion-options-trigger-characters? provider))))))

(lsp-register-client
 (make-lsp-client
  :new-connection (lsp-stdio-connection '("dossier" "lsp"))
  :major-modes '(markdown-mode gfm-mode org-mode text-mode)
  :server-id 'dossier
  ;; An add-on runs beside another server for the same mode (marksman, say).
  :add-on? t
  :initialization-options (lambda () (when dossier-corpus (list :corpus dossier-corpus)))
  :initialized-fn #'dossier-lsp-mode--drop-letter-triggers))

;; lsp-mode (8.0, and its source today) reads a file that *xref* lists but Emacs has not
;; opened with `insert-file-contents-literally': its lines show the raw UTF-8 bytes of every
;; non-ASCII character ("planned on\302\240holding" for a no-break space), and the highlight
;; of the name lands early by one place for each extra byte before it.  Reading the file
;; decoded, as visiting it does, shows the text (for every server's references).
(define-advice lsp--locations-to-xref-items (:around (make-items &rest locations) dossier-decode)
  (cl-letf (((symbol-function 'insert-file-contents-literally) #'insert-file-contents))
    (apply make-items locations)))

(dolist (hook '(markdown-mode-hook org-mode-hook text-mode-hook))
  (add-hook hook #'lsp-deferred))

(provide 'dossier-lsp-mode)
;;; dossier-lsp-mode.el ends here

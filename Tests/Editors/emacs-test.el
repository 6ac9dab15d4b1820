;;; emacs-test.el --- Emacs (batch) with Eglot against the real `dossier lsp'  -*- lexical-binding: t; -*-

;; Run by run-emacs.sh after it loads the shipped editors/emacs/dossier-eglot.el, with:
;;   DOSSIER_TEST_REPORT   a report that mentions "Southern Kurils"
;;   DOSSIER_TEST_CAPTURE  where to write what the user saw (hover text, definition landing)
;; Each step has its own time limit; a failure prints the step, Emacs's *Messages*, and
;; Eglot's events and stderr buffers (the server's own stderr), and exits 1.

(require 'cl-lib)
(require 'eglot)
(require 'xref)

(defvar dossier-test-started (float-time))
(defvar dossier-test-captured nil "Lines of what the user saw, newest first.")

(defun dossier-test-say (format-string &rest args)
  (princ (format "[%5.2fs] %s\n" (- (float-time) dossier-test-started)
                 (apply #'format format-string args))))

(defun dossier-test-visible-text (string)
  "STRING without the parts markdown-mode hides (markup marked `invisible'), as shown."
  (let ((visible "") (start 0))
    (while (< start (length string))
      (let ((next (or (next-single-property-change start 'invisible string) (length string))))
        (unless (get-text-property start 'invisible string)
          (setq visible (concat visible (substring-no-properties string start next))))
        (setq start next)))
    visible))

(defun dossier-test-buffer-tail (name lines)
  (if-let ((buffer (get-buffer name)))
      (with-current-buffer buffer
        (save-excursion
          (goto-char (point-max))
          (forward-line (- lines))
          (buffer-substring-no-properties (point) (point-max))))
    (format "(no buffer %s)" name)))

(defun dossier-test-fail (step &optional detail)
  (let ((out (lambda (text) (princ text #'external-debugging-output))))
    (funcall out (format "FAIL (eglot): %s\n" step))
    (when detail (funcall out (format "%s\n" detail)))
    (funcall out (format "--- *Messages* ---\n%s\n" (dossier-test-buffer-tail "*Messages*" 30)))
    (dolist (buffer (buffer-list))
      (when (string-match-p "\\*EGLOT.*\\(events\\|stderr\\)\\*" (buffer-name buffer))
        (funcall out (format "--- %s ---\n%s\n" (buffer-name buffer)
                             (dossier-test-buffer-tail (buffer-name buffer) 40))))))
  (kill-emacs 1))

(defmacro dossier-test-wait (step seconds &rest condition)
  "Wait up to SECONDS for CONDITION, letting processes and timers run; fail STEP if not."
  (declare (indent 2))
  `(let ((deadline (+ (float-time) ,seconds)))
     (while (and (not (progn ,@condition)) (< (float-time) deadline))
       (accept-process-output nil 0.05))
     (unless (progn ,@condition)
       (dossier-test-fail (format "%s (gave up after %s s)" ,step ,seconds)))))

(let ((report (or (getenv "DOSSIER_TEST_REPORT") (dossier-test-fail "DOSSIER_TEST_REPORT is not set")))
      (capture (or (getenv "DOSSIER_TEST_CAPTURE") (dossier-test-fail "DOSSIER_TEST_CAPTURE is not set")))
      server report-buffer)
  ;; 1. The report, as a user opens it: its mode's hook runs eglot-ensure, which connects
  ;; after the command finishes (post-command-hook; in batch there is no command loop).
  (find-file report)
  (setq report-buffer (current-buffer))
  (dossier-test-say "opened %s in %s" (file-name-nondirectory report) major-mode)
  (condition-case err
      (run-hooks 'post-command-hook)
    (error (dossier-test-fail "eglot starts dossier" (error-message-string err))))

  ;; 2. The server attaches and initializes.
  (dossier-test-wait "dossier attaches to the report" 20
    (and (setq server (eglot-current-server)) eglot--managed-mode))
  (dossier-test-say "attached: %s, %s" (eglot--project-nickname server)
                    (plist-get (eglot--server-info server) :name))

  ;; 3. The index is ready (dossier/status, a custom request).
  (let (status)
    (dossier-test-wait "the index is ready" 60
      (setq status (jsonrpc-request server :dossier/status (make-hash-table)))
      (not (equal (plist-get status :state) "indexing")))
    (unless (equal (plist-get status :state) "ready")
      (dossier-test-fail "the index is ready" (format "dossier/status: %S" status)))
    (dossier-test-say "index ready: %s documents" (plist-get status :documents)))

  ;; 4. Hover on "Southern Kurils": what eldoc shows (echo area, C-h .) names the other side.
  (goto-char (point-min))
  (unless (search-forward "Southern Kurils" nil t)
    (dossier-test-fail "find \"Southern Kurils\" in the report"))
  (backward-char 5)
  (let (hover answered)
    (eglot-hover-eldoc-function (lambda (info &rest _) (setq hover info answered t)))
    (dossier-test-wait "the hover answers" 10 answered)
    (unless (and (stringp hover) (string-match-p "Northern Territories" hover))
      (dossier-test-fail "the hover names the Northern Territories" (format "eldoc got: %S" hover)))
    (dossier-test-say "hover: %d lines, names the Northern Territories"
                      (length (split-string hover "\n")))
    (push "--- hover on \"Southern Kurils\" (eldoc's text: echo area, C-h .) ---" dossier-test-captured)
    (push (dossier-test-visible-text hover) dossier-test-captured))

  ;; 5. M-. (xref-find-definitions) lands in a seeds/ file on a line about the islands.
  (condition-case err
      (call-interactively #'xref-find-definitions)
    (error (dossier-test-fail "M-. finds a definition" (error-message-string err))))
  (when (and (get-buffer "*xref*")
             (memq (window-buffer) (list report-buffer (get-buffer "*xref*"))))
    ;; Several sources: Emacs lists them in *xref*; RET on the first goes there.
    (push "--- M-. : the *xref* list ---" dossier-test-captured)
    (push (with-current-buffer "*xref*" (string-trim (buffer-substring-no-properties (point-min) (point-max))))
          dossier-test-captured)
    (select-window (or (get-buffer-window "*xref*") (display-buffer "*xref*")))
    (goto-char (point-min))
    (xref-next-line)
    (xref-goto-xref))
  (let* ((target (buffer-file-name (window-buffer)))
         (line (with-current-buffer (window-buffer)
                 (buffer-substring-no-properties (line-beginning-position) (line-end-position))))
         (line-number (with-current-buffer (window-buffer) (line-number-at-pos)))
         (shown (and target (replace-regexp-in-string "^.*/seeds/" "seeds/" target))))
    (unless (and target (string-match-p "/seeds/" target))
      (dossier-test-fail "M-. lands in a seeds/ file" (format "it landed in %S" (or target (window-buffer)))))
    (unless (string-match-p "kuril\\|northern territories\\|island" (downcase line))
      (dossier-test-fail "M-. lands on a line about the islands" (format "%s:%d: %s" target line-number line)))
    (dossier-test-say "definition: %s:%d" shown line-number)
    (push (format "--- M-. : point lands in %s, line %d ---" shown line-number) dossier-test-captured)
    (push line dossier-test-captured))

  (with-temp-file capture
    (insert (mapconcat #'identity (reverse dossier-test-captured) "\n") "\n"))
  (dossier-test-say "ok: wrote what Emacs showed to %s" capture)
  (kill-emacs 0))

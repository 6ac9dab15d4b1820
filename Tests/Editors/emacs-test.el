;;; emacs-test.el --- Emacs (batch) against the real `dossier lsp'  -*- lexical-binding: t; -*-

;; Run by run-emacs.sh after it loads a shipped config from editors/emacs, with:
;;   DOSSIER_TEST_CLIENT   "eglot" (dossier-eglot.el) or "lsp-mode" (dossier-lsp-mode.el)
;;   DOSSIER_TEST_REPORT   a report that mentions "Southern Kurils"
;;   DOSSIER_TEST_CAPTURE  where to write what the user saw (hover text, definition landing)
;; Each step has its own time limit; a failure prints the step, Emacs's *Messages*, and the
;; client's event and stderr buffers (the server's own stderr), and exits 1.

(require 'cl-lib)
(require 'subr-x)
(require 'xref)

(defvar dossier-test-client (or (getenv "DOSSIER_TEST_CLIENT") "eglot"))
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
  ;; A second for the server's last output and exit to reach the client's buffers: a client
  ;; can give up on a server that died before Emacs read why.
  (let ((deadline (+ (float-time) 1)))
    (while (< (float-time) deadline)
      (accept-process-output nil 0.05)))
  (let ((out (lambda (text) (princ text #'external-debugging-output))))
    ;; On a line of its own, whatever was written last without a newline.
    (funcall out (format "\nFAIL (%s): %s\n" dossier-test-client step))
    (when detail (funcall out (format "%s\n" detail)))
    (funcall out (format "--- *Messages* ---\n%s\n" (dossier-test-buffer-tail "*Messages*" 30)))
    (dolist (buffer (buffer-list))
      (when (string-match-p "\\*EGLOT.*\\(events\\|stderr\\)\\*\\|\\*lsp-log\\*\\|\\*dossier.*stderr\\*\\|\\*dossier\\*"
                            (buffer-name buffer))
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

;;; What differs between the two clients.

(defun dossier-test-attached-p ()
  (pcase dossier-test-client
    ("eglot" (and (eglot-current-server) eglot--managed-mode))
    ("lsp-mode" (and (bound-and-true-p lsp-mode)
                     (cl-some (lambda (workspace)
                                (eq (lsp--workspace-status workspace) 'initialized))
                              (lsp-workspaces))))))

(defun dossier-test-server-exited-p ()
  "Whether the client started the server and it has exited (Eglot signals that itself)."
  (and (equal dossier-test-client "lsp-mode")
       (get-buffer "*dossier::stderr*")
       (not (cl-some (lambda (process)
                       (and (string-prefix-p "dossier" (process-name process))
                            (process-live-p process)))
                     (process-list)))))

(defun dossier-test-server-name ()
  (pcase dossier-test-client
    ("eglot" (plist-get (eglot--server-info (eglot-current-server)) :name))
    ("lsp-mode" (lsp--workspace-print (car (lsp-workspaces))))))

(defun dossier-test-status ()
  "Ask for dossier/status and wait (5 s at most) for the answer, as a plist, or nil.
Asked asynchronously: both clients' waiting requests throw out of the process filter when
their answer comes, and what the server sent after it in the same read waits (Eglot: for
the next output) or is lost (lsp-mode 8.0), such as the report's diagnostics."
  (let (status answered (deadline (+ (float-time) 5)))
    (pcase dossier-test-client
      ("eglot" (jsonrpc-async-request (eglot-current-server) :dossier/status (make-hash-table)
                                      :success-fn (lambda (result) (setq status result answered t))
                                      :error-fn (lambda (_) (setq answered t))))
      ("lsp-mode" (lsp-request-async "dossier/status" (make-hash-table)
                                     (lambda (result)
                                       (setq status (list :state (gethash "state" result)
                                                          :documents (gethash "documents" result))
                                             answered t))
                                     :error-handler (lambda (_) (setq answered t))
                                     :mode 'detached)))
    (while (and (not answered) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    status))

(defun dossier-test-hover (callback)
  "Ask for the hover at point as the client shows it; CALLBACK gets the text or nil."
  (pcase dossier-test-client
    ;; Eglot: what eldoc shows in the echo area and in `eldoc-doc-buffer'.
    ("eglot" (eglot-hover-eldoc-function (lambda (info &rest _) (funcall callback info))))
    ;; lsp-mode: `lsp-describe-thing-at-point' fills *lsp-help*.
    ("lsp-mode" (lsp-describe-thing-at-point)
     (funcall callback (and (get-buffer "*lsp-help*")
                            (with-current-buffer "*lsp-help*" (buffer-string)))))))

;; The diagnostics the client holds for the current buffer, as (LINE CODE MESSAGE).
(defun dossier-test-diagnostics ()
  (pcase dossier-test-client
    ;; Eglot hands them to Flymake, with the LSP diagnostic in the data.
    ("eglot" (mapcar (lambda (diagnostic)
                       (list (line-number-at-pos (flymake-diagnostic-beg diagnostic))
                             (plist-get (cdr (assq 'eglot-lsp-diag
                                                   (flymake-diagnostic-data diagnostic)))
                                        :code)
                             (flymake-diagnostic-text diagnostic)))
                     (flymake-diagnostics)))
    ("lsp-mode" (mapcar (lambda (diagnostic)
                          (list (1+ (lsp:position-line
                                     (lsp:range-start (lsp:diagnostic-range diagnostic))))
                                (lsp:diagnostic-code? diagnostic)
                                (lsp:diagnostic-message diagnostic)))
                        (lsp--get-buffer-diagnostics)))))

;;; The test.

;; lsp-mode asks which folder is the project the first time (the user answers "import"); it
;; takes the repository's root instead of asking, as it does for a user who sets this.
;; It also asks whether to restart a server that exited; the test reports the exit instead.
(when (equal dossier-test-client "lsp-mode")
  (setq lsp-auto-guess-root t
        lsp-restart 'ignore))

(let ((report (or (getenv "DOSSIER_TEST_REPORT") (dossier-test-fail "DOSSIER_TEST_REPORT is not set")))
      (capture (or (getenv "DOSSIER_TEST_CAPTURE") (dossier-test-fail "DOSSIER_TEST_CAPTURE is not set")))
      report-buffer)
  ;; 1. The report, as a user opens it: its mode's hook (from the shipped config) asks the
  ;; client to connect once the command is over (Eglot: post-command-hook) or Emacs is idle
  ;; (lsp-deferred: an idle timer). Batch Emacs has no command loop, so both are run here.
  (find-file report)
  (setq report-buffer (current-buffer))
  (dossier-test-say "opened %s in %s" (file-name-nondirectory report) major-mode)
  (condition-case err
      (progn
        (run-hooks 'post-command-hook)
        (mapc #'timer-event-handler (copy-sequence timer-idle-list)))
    (error (dossier-test-fail (format "%s starts dossier" dossier-test-client)
                              (error-message-string err))))

  ;; 2. The server attaches and initializes.
  (dossier-test-wait "dossier attaches to the report" 20
    (or (dossier-test-attached-p) (dossier-test-server-exited-p)))
  (when (dossier-test-server-exited-p)
    (dossier-test-fail "dossier attaches to the report" "the server exited"))
  (dossier-test-say "attached: %s" (dossier-test-server-name))

  ;; 3. The index is ready (dossier/status, a custom request).
  (let (status)
    (dossier-test-wait "the index is ready" 60
      (setq status (dossier-test-status))
      (not (equal (plist-get status :state) "indexing")))
    (unless (equal (plist-get status :state) "ready")
      (dossier-test-fail "the index is ready" (format "dossier/status: %S" status)))
    (dossier-test-say "index ready: %s documents" (plist-get status :documents)))

  ;; 4. The misquotation gets its diagnostic, on the line of the quotation.  (Running the
  ;; command loop's hook stands for the user's commands, after which Flymake asks Eglot.)
  (let ((line (save-excursion (goto-char (point-min))
                              (search-forward "mutually beneficial")
                              (line-number-at-pos)))
        found)
    (dossier-test-wait "a diagnostic on the misquotation" 30
      (run-hooks 'post-command-hook)
      (setq found (cl-find-if (lambda (diagnostic)
                                (and (= (nth 0 diagnostic) line)
                                     (equal (nth 1 diagnostic) "misquotation")))
                              (dossier-test-diagnostics))))
    (dossier-test-say "diagnostic: line %d [%s] %s" line (nth 1 found) (nth 2 found))
    (push (format "--- the diagnostic on line %d (%s) ---" line
                  (if (equal dossier-test-client "eglot")
                      "Flymake: M-x flymake-show-buffer-diagnostics"
                    "M-x flymake-show-buffer-diagnostics, or Flycheck's list"))
          dossier-test-captured)
    (push (format "%d: [%s] %s" line (nth 1 found) (nth 2 found)) dossier-test-captured))

  ;; 5. Hover on "Southern Kurils": the text shown names the other side.
  (goto-char (point-min))
  (unless (search-forward "Southern Kurils" nil t)
    (dossier-test-fail "find \"Southern Kurils\" in the report"))
  (backward-char 5)
  (let (hover answered)
    (dossier-test-hover (lambda (info) (setq hover info answered t)))
    (dossier-test-wait "the hover answers" 10 answered)
    (unless (and (stringp hover) (string-match-p "Northern Territories" hover))
      (dossier-test-fail "the hover names the Northern Territories" (format "got: %S" hover)))
    (dossier-test-say "hover: %d lines, names the Northern Territories"
                      (length (split-string hover "\n")))
    (push (format "--- hover on \"Southern Kurils\" (%s) ---"
                  (if (equal dossier-test-client "eglot")
                      "eldoc's text: echo area, M-x eldoc-doc-buffer"
                    "M-x lsp-describe-thing-at-point, in *lsp-help*"))
          dossier-test-captured)
    (push (string-trim-right (dossier-test-visible-text hover)) dossier-test-captured))

  ;; 6. M-. (xref-find-definitions) lands in a seeds/ file on a line about the islands.
  (switch-to-buffer report-buffer)
  (delete-other-windows)
  (condition-case err
      ;; As the command loop runs M-.: xref decides whether to prompt from `this-command'.
      (let ((this-command 'xref-find-definitions))
        (call-interactively #'xref-find-definitions))
    (error (dossier-test-fail "M-. finds a definition" (error-message-string err))))
  (when (and (get-buffer "*xref*")
             (memq (window-buffer) (list report-buffer (get-buffer "*xref*"))))
    ;; Several sources: Emacs lists them in *xref*; RET on the first goes there.
    (push "--- M-. : the *xref* list ---" dossier-test-captured)
    (let ((listed (with-current-buffer "*xref*"
                    (string-trim (buffer-substring-no-properties (point-min) (point-max))))))
      ;; Each line as the file reads: raw bytes (eight-bit characters) mean it was not decoded.
      (when (cl-some (lambda (character) (eq (char-charset character) 'eight-bit)) listed)
        (dossier-test-fail "*xref* shows the lines as text, not raw bytes" listed))
      (push listed dossier-test-captured))
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

  ;; 7. Completion after "Prime Minister Fumio Kish" on the report's last line, with no
  ;; newline after it (where lsp-mode's re-indenting of what it inserted used to loop): the
  ;; client takes the typed name as the prefix, and the item writes the whole name.
  (switch-to-buffer report-buffer)
  (goto-char (point-max))
  (delete-char (- (skip-chars-backward "\n")))
  (insert "\nPrime Minister Fumio Kish")
  (let* ((capf (run-hook-with-args-until-success 'completion-at-point-functions))
         (prefix (and capf (buffer-substring-no-properties (nth 0 capf) (point)))))
    (unless (member prefix '("Kish" "Fumio Kish"))
      (dossier-test-fail "completion takes the typed name as its prefix"
                         (format "the prefix is %S" prefix)))
    (condition-case err
        (pcase dossier-test-client
          ("eglot" (let ((this-command 'completion-at-point))
                     (completion-at-point)))
          ;; lsp-mode is used with company (or corfu), which accept an item as this does:
          ;; the candidate over the prefix, then the exit function, which applies the item's
          ;; edit.  Plain C-M-i skips the exit function when the only candidate is no
          ;; exact match, leaving "Fumio Fumio Kishida" (editors/emacs/README.md).
          ("lsp-mode"
           (let ((candidate (car (all-completions prefix (nth 2 capf))))
                 (exit (plist-get (nthcdr 3 capf) :exit-function)))
             (unless (equal (substring-no-properties (or candidate "")) "Fumio Kishida")
               (dossier-test-fail "completion offers Fumio Kishida first"
                                  (format "got %S" candidate)))
             (delete-region (nth 0 capf) (point))
             (insert candidate)
             (funcall exit candidate 'finished))))
      (error (dossier-test-fail "completion writes the name" (error-message-string err))))
    ;; The item's resolve (documentation) may still be on its way: let it arrive.
    (accept-process-output nil 0.2)
    (let ((line (buffer-substring-no-properties (line-beginning-position) (line-end-position))))
      (unless (equal line "Prime Minister Fumio Kishida")
        (dossier-test-fail "completion writes the whole name" (format "the line reads %S" line)))
      (dossier-test-say "completion: prefix %S, the line reads %S" prefix line)
      (push (format "--- %s after \"Prime Minister Fumio Kish\" (the last line) ---"
                    (if (equal dossier-test-client "eglot") "C-M-i" "completion, accepted as company does"))
            dossier-test-captured)
      (push (format "prefix %S; the line reads: %s" prefix line) dossier-test-captured)))

  ;; Nothing on start-up that the user must act on or look up.
  (with-current-buffer "*Messages*"
    (goto-char (point-min))
    (when (search-forward "Yasnippet is not installed" nil t)
      (dossier-test-fail "no warning about yasnippet" (buffer-string))))

  (let ((coding-system-for-write 'utf-8-unix))
    (with-temp-file capture
      (insert (mapconcat #'identity (reverse dossier-test-captured) "\n") "\n")))
  (dossier-test-say "ok: wrote what Emacs showed to %s" capture)
  (kill-emacs 0))

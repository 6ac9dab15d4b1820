-- Dossier for Neovim 0.11+ (vim.lsp.config + vim.lsp.enable).
--
-- Install: copy this file to ~/.config/nvim/plugin/dossier.lua (or paste it into init.lua),
-- with `dossier` on your PATH. Open a markdown, text or org file and Dossier attaches.
--
-- Another corpus: put {"corpus": "/path/to/articles"} in .dossier.json at your project's root,
-- or override here, e.g.
--   vim.lsp.config('dossier', { init_options = { corpus = vim.fn.expand('~/news') } })
-- (`cmd = { 'dossier', 'lsp', '--corpus', DIR }` works too and wins over both.)

vim.lsp.config('dossier', {
  cmd = { 'dossier', 'lsp' },
  -- Reports (markdown, text, org) and the corpus's own files (*.txt is `text`, *.md `markdown`).
  filetypes = { 'markdown', 'text', 'org' },
  -- The folder holding .dossier.json (or the repository) is the workspace; without one,
  -- Dossier still starts, on the corpus it ships.
  root_markers = { '.dossier.json', '.git' },
  -- init_options = { corpus = '/path/to/articles' },
})

vim.lsp.enable('dossier')

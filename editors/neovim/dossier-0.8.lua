-- Dossier for Neovim 0.8 to 0.10 (vim.lsp.start in a FileType autocmd).
--
-- Install: copy this file to ~/.config/nvim/plugin/dossier.lua (or paste it into init.lua),
-- with `dossier` on your PATH. Open a markdown, text or org file and Dossier attaches.
--
-- Another corpus: set `corpus` below, or put {"corpus": "/path/to/articles"} in .dossier.json
-- at your project's root.

local corpus = nil -- e.g. vim.fn.expand('~/news')

vim.api.nvim_create_autocmd('FileType', {
  group = vim.api.nvim_create_augroup('dossier', { clear = true }),
  -- Reports (markdown, text, org) and the corpus's own files (*.txt is `text`, *.md `markdown`).
  pattern = { 'markdown', 'text', 'org' },
  callback = function(args)
    local file = vim.api.nvim_buf_get_name(args.buf)
    local marker = vim.fs.find({ '.dossier.json', '.git' }, { upward = true, path = vim.fs.dirname(file) })[1]
    vim.lsp.start({
      name = 'dossier',
      cmd = { 'dossier', 'lsp' },
      -- Without .dossier.json or a repository, the file's folder is the workspace.
      root_dir = marker and vim.fs.dirname(marker) or vim.fs.dirname(file),
      init_options = corpus and { corpus = corpus } or nil,
    }, { bufnr = args.buf })
  end,
})

-- Dossier through nvim-lspconfig (which has no entry for it: this registers one).
--
-- Install: paste into init.lua after nvim-lspconfig is loaded, with `dossier` on your PATH.
-- On Neovim 0.11+ you need neither this nor lspconfig: see dossier.lua beside this file.

local configs = require('lspconfig.configs')
local util = require('lspconfig.util')

if not configs.dossier then
  configs.dossier = {
    default_config = {
      cmd = { 'dossier', 'lsp' },
      filetypes = { 'markdown', 'text', 'org' },
      root_dir = function(fname)
        return util.root_pattern('.dossier.json', '.git')(fname) or vim.fs.dirname(fname)
      end,
      single_file_support = true,
      init_options = {},
    },
    docs = { description = 'Dossier: a language server for writing reports from news articles.' },
  }
end

require('lspconfig').dossier.setup({
  -- init_options = { corpus = vim.fn.expand('~/news') },
})

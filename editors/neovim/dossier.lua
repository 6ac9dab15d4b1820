-- Dossier for Neovim 0.7 (Debian 12's `neovim`) and later.
--
-- Install: copy this file to ~/.config/nvim/plugin/dossier.lua (or paste it into init.lua),
-- with `dossier` on your PATH. Open a markdown, text or org file and Dossier attaches.
-- It starts the server the way your Neovim knows: vim.lsp.config + vim.lsp.enable on 0.11+,
-- vim.lsp.start on 0.8 to 0.10, vim.lsp.start_client on 0.7.
--
-- Another corpus: set `corpus` below, or put {"corpus": "/path/to/articles"} in .dossier.json
-- at your project's root. (`cmd = { 'dossier', 'lsp', '--corpus', DIR }` wins over both.)

local corpus = nil -- e.g. vim.fn.expand('~/news')

-- Reports (markdown, text, org) and the corpus's own files (*.txt is `text`, *.md `markdown`).
local filetypes = { 'markdown', 'text', 'org' }
-- The folder holding .dossier.json (or the repository) is the workspace; without one, the
-- file's folder, and Dossier still starts, on the corpus it ships.
local root_markers = { '.dossier.json', '.git' }

-- The hover card as plain text: Neovim wraps a float by the width of its text before
-- concealing, so the hidden targets of markdown links would break the card's lines early.
local capabilities = vim.lsp.protocol.make_client_capabilities()
capabilities.textDocument.hover.contentFormat = { 'plaintext' }

-- A line of the card cut at spaces into rows of at most `width` columns; a list item's rows
-- after the first are indented under its text. (Neovim's own wrapping cuts words.)
local function wrap(line, width)
  local rows, indent = {}, line:match('^%- ') and '  ' or ''
  while vim.fn.strdisplaywidth(line) > width do
    local fits = vim.fn.strcharpart(line, 0, width + 1)
    local space = fits:match('^.*() ')
    local cut = (space and space > #indent + 1) and space or #vim.fn.strcharpart(line, 0, width) + 1
    table.insert(rows, (line:sub(1, cut - 1):gsub(' +$', '')))
    line = indent .. line:sub(cut):gsub('^ +', '')
  end
  table.insert(rows, line)
  return rows
end

-- K: the entity card in a bordered float of at most 80 columns.
local function show_card(_, result)
  if not (result and result.contents) then
    return
  end
  local text = type(result.contents) == 'table' and result.contents.value or result.contents
  local width = math.min(80, vim.o.columns - 4)
  local rows = {}
  for _, line in ipairs(vim.split(text, '\n')) do
    vim.list_extend(rows, wrap(line, width))
  end
  vim.lsp.util.open_floating_preview(rows, 'plaintext',
    { border = 'rounded', max_width = width, focus_id = 'textDocument/hover' })
end

-- CTRL-X CTRL-O before 0.11, whose omnifunc keeps only the items whose text starts with the
-- word before the cursor ("Kish" would never offer "Fumio Kishida"): the server's items as it
-- sends them, each replacing what its edit covers.
local offered = {}
function _G.dossier_complete(findstart)
  if findstart == 0 then
    return offered
  end
  offered = {}
  local client = (vim.lsp.get_clients and vim.lsp.get_clients({ bufnr = 0, name = 'dossier' })
    or vim.tbl_filter(function(c)
      return c.name == 'dossier'
    end, vim.lsp.buf_get_clients(0)))[1]
  local params = client and vim.lsp.util.make_position_params(0, client.offset_encoding)
  local reply = client and client.request_sync('textDocument/completion', params, 2000,
    vim.api.nvim_get_current_buf())
  local items = vim.tbl_filter(function(item)
    return item.textEdit ~= nil
  end, reply and reply.result and (reply.result.items or reply.result) or {})
  local line = vim.api.nvim_get_current_line()
  local function column(item) -- the byte where the item's edit starts
    local character = item.textEdit.range.start.character
    return client.offset_encoding == 'utf-8' and character
      or vim.str_byteindex(line, character, client.offset_encoding == 'utf-16')
  end
  local start
  for _, item in ipairs(items) do
    start = math.min(start or math.huge, column(item))
  end
  for _, item in ipairs(items) do
    table.insert(offered, { word = line:sub(start + 1, column(item)) .. item.textEdit.newText,
      abbr = item.label, menu = item.detail, icase = 1, dup = 1 })
  end
  return start or -3
end

local function on_attach(client, bufnr)
  -- CTRL-X CTRL-O completes names (markdown's ftplugin sets 'omnifunc' to HTML tags, which
  -- Neovim before 0.11 keeps); CTRL-] goes to source (0.7 does not set 'tagfunc').
  vim.bo[bufnr].tagfunc = 'v:lua.vim.lsp.tagfunc'
  if vim.lsp.completion then
    vim.bo[bufnr].omnifunc = 'v:lua.vim.lsp.omnifunc'
    -- 0.11+ inserts an item's text only up to its first space ("Fumio" for "Fumio Kishida");
    -- the whole name is the server's edit.
    vim.lsp.completion.enable(true, client.id, bufnr, {
      convert = function(item)
        local plain = item.textEdit and item.insertTextFormat ~= 2
        return plain and { word = item.textEdit.newText } or {}
      end,
    })
  else
    vim.bo[bufnr].omnifunc = 'v:lua.dossier_complete'
  end
  -- The menu even for a single name, nothing inserted until you pick one (CTRL-Y or Enter);
  -- left alone if you set 'completeopt' yourself.
  local default = vim.fn.has('nvim-0.10') == 1
      and vim.api.nvim_get_option_info2('completeopt', {}).default
    or vim.api.nvim_get_option_info('completeopt').default
  if vim.o.completeopt == default then
    local menu = default:gsub('^menu,', 'menuone,noinsert,')
    if vim.fn.has('nvim-0.11') == 1 then
      vim.bo[bufnr].completeopt = menu
    else
      vim.o.completeopt = menu
    end
  end

  local function map(keys, action, what)
    vim.keymap.set('n', keys, action, { buffer = bufnr, desc = 'Dossier: ' .. what })
  end
  map('K', function()
    local params = vim.lsp.util.make_position_params(0, client.offset_encoding)
    vim.lsp.buf_request(bufnr, 'textDocument/hover', params, show_card)
  end, 'the entity card')
  -- The keys Neovim 0.10 and 0.11 map by default, for the versions before them.
  if vim.fn.has('nvim-0.11') == 0 then
    map('grr', vim.lsp.buf.references, 'every mention')
    map('gra', vim.lsp.buf.code_action, 'quick fixes')
  end
  if vim.fn.has('nvim-0.10') == 0 then
    map(']d', vim.diagnostic.goto_next, 'next diagnostic')
    map('[d', vim.diagnostic.goto_prev, 'previous diagnostic')
  end
end

local config = {
  name = 'dossier',
  cmd = { 'dossier', 'lsp' },
  init_options = corpus and { corpus = corpus } or nil,
  capabilities = capabilities,
  on_attach = on_attach,
}

if vim.lsp.config then -- 0.11+
  config.filetypes = filetypes
  config.root_markers = root_markers
  vim.lsp.config('dossier', config)
  vim.lsp.enable('dossier')
  return
end

-- 0.7 to 0.10: the nearest folder above the file that holds a marker, else the file's.
local function root_of(file)
  local folder = vim.fn.fnamemodify(file, ':p:h')
  local dir = folder
  while true do
    for _, marker in ipairs(root_markers) do
      if vim.loop.fs_stat(dir .. '/' .. marker) then
        return dir
      end
    end
    local parent = vim.fn.fnamemodify(dir, ':h')
    if parent == dir then
      return folder
    end
    dir = parent
  end
end

local started = {} -- root folder → client id (0.7), so a project's files share one server

vim.api.nvim_create_autocmd('FileType', {
  group = vim.api.nvim_create_augroup('dossier', { clear = true }),
  pattern = filetypes,
  callback = function(args)
    local root = root_of(vim.api.nvim_buf_get_name(args.buf))
    local this = vim.tbl_extend('force', config, { root_dir = root })
    if vim.lsp.start then -- 0.8 to 0.10
      vim.lsp.start(this, { bufnr = args.buf })
      return
    end
    local id = started[root]
    if not (id and vim.lsp.get_client_by_id(id)) then
      id = vim.lsp.start_client(this)
      started[root] = id
    end
    if id then
      vim.lsp.buf_attach_client(args.buf, id)
    end
  end,
})

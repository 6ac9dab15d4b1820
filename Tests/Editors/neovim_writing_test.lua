-- Headless Neovim against the real `dossier lsp`, through the shipped editors/neovim/dossier.lua:
-- the writing aids as Neovim shows them. It waits for the pushed diagnostics, asks for
-- completion at "Kish" (and resolves the first item), lists the code actions on "Lavrof" and
-- applies the preferred one, and reads the inlay hints.
--
-- Run by run-neovim-writing.sh, which sets:
--   DOSSIER_TEST_CONFIG   the shipped config to load
--   DOSSIER_TEST_DRAFT    a copy of Tests/Editors/draft.md
--   DOSSIER_TEST_CAPTURE  where to write what Neovim showed
--
-- Each step has its own time limit; a failure prints the step, Neovim's :messages and the end
-- of its LSP log, and exits 1.

local config = assert(vim.env.DOSSIER_TEST_CONFIG, 'DOSSIER_TEST_CONFIG is not set')
local draft = assert(vim.env.DOSSIER_TEST_DRAFT, 'DOSSIER_TEST_DRAFT is not set')
local capture_path = assert(vim.env.DOSSIER_TEST_CAPTURE, 'DOSSIER_TEST_CAPTURE is not set')
local started = vim.uv.hrtime()
local captured = {}
local log_path = (vim.lsp.log.get_filename or vim.lsp.get_log_path)()

local function say(text)
  io.stdout:write(string.format('[%5.2fs] %s\n', (vim.uv.hrtime() - started) / 1e9, text))
end

local function fail(step, detail)
  io.stderr:write('\nFAIL (writing aids): ' .. step .. '\n')
  if detail then
    io.stderr:write(detail .. '\n')
  end
  io.stderr:write('--- Neovim :messages ---\n' .. vim.fn.execute('messages') .. '\n')
  local ok, lines = pcall(vim.fn.readfile, log_path)
  io.stderr:write('--- LSP log (' .. log_path .. ') ---\n')
  io.stderr:write((ok and table.concat(vim.list_slice(lines, math.max(1, #lines - 39)), '\n')
    or '(none)') .. '\n')
  vim.cmd('cquit 1')
end

local function wait_for(step, seconds, condition)
  if not vim.wait(seconds * 1000, condition, 20) then
    fail(step .. ' (gave up after ' .. seconds .. ' s)')
  end
end

local function capture(title, lines)
  table.insert(captured, '--- ' .. title .. ' ---')
  vim.list_extend(captured, lines)
end

vim.lsp.log.set_level('error')

-- 1. The shipped config, then the draft.
dofile(config)
local client
vim.api.nvim_create_autocmd('LspAttach', {
  callback = function(args)
    local attached = vim.lsp.get_client_by_id(args.data.client_id)
    if attached and attached.name == 'dossier' then
      client = attached
    end
  end,
})
vim.cmd.edit(vim.fn.fnameescape(draft))
local buffer = vim.api.nvim_get_current_buf()
wait_for('dossier attaches to the draft', 20, function()
  return client ~= nil and client.initialized
end)
say('attached, position encoding ' .. client.offset_encoding)

-- 2. Diagnostics arrive by themselves once the index is ready.
local severities = { 'error', 'warning', 'information', 'hint' }
wait_for('diagnostics are pushed', 60, function()
  return #vim.diagnostic.get(buffer) >= 3
end)
local diagnostics = vim.diagnostic.get(buffer)
table.sort(diagnostics, function(left, right)
  return left.lnum < right.lnum or (left.lnum == right.lnum and left.col < right.col)
end)
local shown = {}
local codes = {}
for _, diagnostic in ipairs(diagnostics) do
  table.insert(codes, diagnostic.code)
  table.insert(shown, string.format('%d:%d %s [%s] %s', diagnostic.lnum + 1, diagnostic.col + 1,
    severities[diagnostic.severity], diagnostic.code, diagnostic.message))
end
local expected_codes = 'name-spelling mixed-names misquotation'
if table.concat(codes, ' ') ~= expected_codes then
  fail('the three checks speak', 'got:\n' .. table.concat(shown, '\n'))
end
say('diagnostics: ' .. table.concat(codes, ', '))
capture('diagnostics (vim.diagnostic.get, as line:column severity [code] message)', shown)
-- The warning as it came over the wire (Neovim keeps the LSP diagnostic in user_data).
capture('the misquotation as the server sent it (vim.inspect, keys sorted)',
  vim.split(vim.inspect(diagnostics[3].user_data.lsp), '\n'))

-- 3. Completion at the end of "Kish", then the first item resolved.
local kish_line = vim.fn.search('^Kish$', 'nw')
local position = { line = kish_line - 1, character = 4 }
local reply = client:request_sync('textDocument/completion', {
  textDocument = { uri = vim.uri_from_bufnr(buffer) },
  position = position,
  context = { triggerKind = 1 },
}, 10000, buffer)
local items = reply and reply.result and (reply.result.items or reply.result) or {}
if #items == 0 or items[1].label ~= 'Fumio Kishida' then
  fail('"Kish" completes to Fumio Kishida', vim.inspect(reply))
end
local listed = {}
for _, item in ipairs(items) do
  table.insert(listed, item.label .. '  ' .. (item.detail or '') .. '  (replaces "'
    .. vim.api.nvim_buf_get_text(buffer, item.textEdit.range.start.line,
      item.textEdit.range.start.character, item.textEdit.range['end'].line,
      item.textEdit.range['end'].character, {})[1] .. '")')
end
local resolved = client:request_sync('completionItem/resolve', items[1], 10000, buffer)
local documentation = resolved and resolved.result and resolved.result.documentation
if not documentation or not documentation.value:find('Fumio Kishida', 1, true) then
  fail('the resolved item has the entity card', vim.inspect(resolved))
end
local card = vim.split(documentation.value, '\n')
table.insert(listed, '')
table.insert(listed, 'documentation of the first item (' .. documentation.kind .. '), first lines:')
vim.list_extend(listed, vim.list_slice(card, 1, 5))
say('completion: ' .. #items .. ' items')
capture('completion at "Kish" (label, detail, what it replaces)', listed)

-- 4. Code actions on "Lavrof", with the diagnostics Neovim holds there; the preferred one
-- is applied as Neovim applies edits.
local lavrof_line = vim.fn.search('Lavrof', 'nw')
local here = { line = lavrof_line - 1, character = 2 }
local at_cursor = vim.tbl_filter(function(diagnostic)
  return diagnostic.lnum == here.line and diagnostic.col <= here.character
    and diagnostic.end_col >= here.character
end, diagnostics)
local actions_reply = client:request_sync('textDocument/codeAction', {
  textDocument = { uri = vim.uri_from_bufnr(buffer) },
  range = { start = here, ['end'] = here },
  context = {
    diagnostics = vim.tbl_map(function(diagnostic)
      return diagnostic.user_data.lsp
    end, at_cursor),
  },
}, 10000, buffer)
local actions = actions_reply and actions_reply.result or {}
local titles = {}
local preferred
for _, action in ipairs(actions) do
  table.insert(titles, action.title .. '  [' .. action.kind .. (action.isPreferred and ', preferred' or '') .. ']')
  if action.isPreferred then
    preferred = action
  end
end
if not preferred then
  fail('a preferred fix for "Lavrof"', vim.inspect(actions))
end
vim.lsp.util.apply_workspace_edit(preferred.edit, client.offset_encoding)
local fixed = vim.api.nvim_buf_get_lines(buffer, here.line, here.line + 1, false)[1]
if not fixed:find('^Lavrov met') then
  fail('the fix is applied', fixed)
end
table.insert(titles, '')
table.insert(titles, 'line ' .. (here.line + 1) .. ' after applying the preferred fix:')
table.insert(titles, fixed)
say('code actions: ' .. #actions .. ', applied "' .. preferred.title .. '"')
capture('code actions on "Lavrof"', titles)

-- The actions elsewhere: on each side's name and in the quotation.
local function action_titles(pattern, offset)
  local line = vim.fn.search(pattern, 'nw')
  local text = vim.api.nvim_buf_get_lines(buffer, line - 1, line, false)[1]
  local column = text:find(pattern, 1, true) - 1 + offset
  local point = { line = line - 1, character = vim.str_utfindex(text, client.offset_encoding, column) }
  local result = client:request_sync('textDocument/codeAction', {
    textDocument = { uri = vim.uri_from_bufnr(buffer) },
    range = { start = point, ['end'] = point },
    context = { diagnostics = {} },
  }, 10000, buffer)
  local found = {}
  for _, action in ipairs(result and result.result or {}) do
    table.insert(found, action.title .. '  [' .. action.kind .. (action.isPreferred and ', preferred' or '') .. ']')
  end
  if #found == 0 then
    fail('code actions at "' .. pattern .. '"', vim.inspect(result))
  end
  return found
end
capture('code actions on "Southern Kurils"', action_titles('Southern Kurils', 3))
capture('code actions on "Northern Territories"', action_titles('Northern Territories', 3))
capture('code actions in the quotation', action_titles('mutually', 3))

-- 5. Inlay hints: the other side's name after each side's.
local hints_reply = client:request_sync('textDocument/inlayHint', {
  textDocument = { uri = vim.uri_from_bufnr(buffer) },
  range = { start = { line = 0, character = 0 }, ['end'] = { line = vim.api.nvim_buf_line_count(buffer), character = 0 } },
}, 10000, buffer)
local hints = hints_reply and hints_reply.result or {}
if #hints ~= 2 then
  fail('two inlay hints', vim.inspect(hints_reply))
end
local hinted = {}
for _, hint in ipairs(hints) do
  local text = vim.api.nvim_buf_get_lines(buffer, hint.position.line, hint.position.line + 1, false)[1]
  local column = vim.str_byteindex(text, client.offset_encoding, hint.position.character)
  table.insert(hinted, text:sub(1, column) .. ' ⟨' .. hint.label .. '⟩' .. text:sub(column + 1))
end
say('inlay hints: ' .. #hints)
capture('inlay hints (shown in ⟨ ⟩ where Neovim draws them)', hinted)

vim.fn.writefile(captured, capture_path)
say('ok: wrote what Neovim showed to ' .. capture_path)
vim.cmd('qall!')

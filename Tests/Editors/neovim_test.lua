-- Headless Neovim (0.7 and later) against the real `dossier lsp`, through the shipped
-- editors/neovim/dossier.lua, as a user drives it: K on "Southern Kurils", go to definition,
-- the diagnostic on a misquotation, and CTRL-X CTRL-O after "Prime Minister Fumio Kish".
--
-- Run by run-neovim.sh, which sets:
--   DOSSIER_TEST_CONFIG   the shipped config to load (as if it were in ~/.config/nvim/plugin)
--   DOSSIER_TEST_REPORT   a report that mentions "Southern Kurils" and misquotes a sentence
--   DOSSIER_TEST_CAPTURE  where to write what the user saw (hover float, definition landing)
--   DOSSIER_TEST_WITHOUT_CONFIG_API  "1": load the config with vim.lsp.config hidden, so it
--                         takes the path of Neovim 0.8 to 0.10 (vim.lsp.start)
--
-- Each step has its own time limit; a failure prints the step, Neovim's :messages and the
-- end of its LSP log (which holds the server's stderr), and exits 1.

local config = assert(vim.env.DOSSIER_TEST_CONFIG, 'DOSSIER_TEST_CONFIG is not set')
local report = assert(vim.env.DOSSIER_TEST_REPORT, 'DOSSIER_TEST_REPORT is not set')
local capture_path = assert(vim.env.DOSSIER_TEST_CAPTURE, 'DOSSIER_TEST_CAPTURE is not set')
local uv = vim.uv or vim.loop
local started = uv.hrtime()
local captured = {}
local before_0_11 = vim.fn.has('nvim-0.11') == 0

local function say(text)
  io.stdout:write(string.format('[%5.2fs] %s\n', (uv.hrtime() - started) / 1e9, text))
end

local function tail(path, count)
  local ok, lines = pcall(vim.fn.readfile, path)
  if not ok then
    return '(no file at ' .. path .. ')'
  end
  return table.concat(vim.list_slice(lines, math.max(1, #lines - count + 1)), '\n')
end

-- What Neovim told the user (vim.notify), so a step can fail as soon as Neovim gives up.
local notices = {}
local notify = vim.notify
vim.notify = function(message, level, opts)
  table.insert(notices, message)
  return notify(message, level, opts)
end

local log_path = (vim.lsp.log and vim.lsp.log.get_filename or vim.lsp.get_log_path)()

local function fail(step, detail)
  -- A line of its own: Neovim's messages on stderr may not end theirs.
  io.stderr:write('\nFAIL (' .. config .. ', ' .. vim.fn.execute('version'):match('NVIM v[^\n]*') .. '): ' .. step .. '\n')
  if detail then
    io.stderr:write(detail .. '\n')
  end
  io.stderr:write('--- Neovim :messages ---\n' .. vim.fn.execute('messages') .. '\n')
  io.stderr:write('--- LSP log, with the server\'s stderr (' .. log_path .. ') ---\n')
  io.stderr:write(tail(log_path, 40) .. '\n')
  vim.cmd('cquit 1')
end

-- Waits for `condition`; fails after `seconds`, or at once when Neovim notifies the user.
local function wait_for(step, seconds, condition)
  local seen = #notices
  local ok = vim.wait(seconds * 1000, function()
    return condition() or #notices > seen
  end, 20)
  if #notices > seen and not condition() then
    fail(step, 'Neovim said: ' .. table.concat(vim.list_slice(notices, seen + 1), '\n'))
  elseif not ok then
    fail(step .. ' (gave up after ' .. seconds .. ' s)')
  end
end

-- The dossier client attached to the current buffer (the API differs from 0.7 to 0.12).
local function dossier_client()
  local clients = vim.lsp.get_clients and vim.lsp.get_clients({ bufnr = 0, name = 'dossier' })
    or vim.tbl_filter(function(client)
      return client.name == 'dossier'
    end, vim.lsp.buf_get_clients(0))
  return clients[1]
end

local function request_sync(client, method, params)
  if before_0_11 then
    return client.request_sync(method, params, 5000, vim.api.nvim_get_current_buf())
  end
  return client:request_sync(method, params, 5000, vim.api.nvim_get_current_buf())
end

local function press(keys)
  vim.api.nvim_feedkeys(vim.api.nvim_replace_termcodes(keys, true, false, true), 'mx', false)
end

local function floats()
  return vim.tbl_filter(function(window)
    return vim.api.nvim_win_get_config(window).relative ~= ''
  end, vim.api.nvim_list_wins())
end

-- Keep the server's stderr (logged at ERROR) and protocol errors; no more. No "-- INSERT --"
-- or "The only match" in the output.
(vim.lsp.log and vim.lsp.log.set_level or vim.lsp.set_log_level)('error')
vim.o.showmode = false
vim.o.shortmess = vim.o.shortmess .. 'c'

-- 1. The shipped config, then the report.
if vim.env.DOSSIER_TEST_WITHOUT_CONFIG_API == '1' then
  local config_api = vim.lsp.config
  vim.lsp.config = nil
  dofile(config)
  vim.lsp.config = config_api
else
  dofile(config)
end
vim.cmd('edit ' .. vim.fn.fnameescape(report))
local report_buffer = vim.api.nvim_get_current_buf()
say('opened ' .. vim.fn.fnamemodify(report, ':t') .. ' as filetype ' .. vim.bo.filetype)

-- 2. The server attaches and initializes.
local client
wait_for('dossier attaches to the report', 20, function()
  client = dossier_client()
  return client ~= nil and client.initialized
end)
say('attached: ' .. client.name .. ' (' .. ((client.server_info or {}).name or '?') .. '), position encoding '
  .. client.offset_encoding)

-- 3. The index is ready (dossier/status, a custom request any client can send).
local status
wait_for('the index is ready', 60, function()
  local reply = request_sync(client, 'dossier/status', vim.empty_dict())
  status = reply and reply.result
  return status ~= nil and status.state ~= 'indexing'
end)
if status.state ~= 'ready' then
  fail('the index is ready', 'dossier/status: ' .. vim.inspect(status))
end
say('index ready: ' .. status.documents .. ' documents')

-- 4. The misquotation gets its diagnostic, on the line of the quotation.
local quotation_line = vim.fn.search('mutually beneficial', 'nw')
local misquoted
wait_for('a diagnostic on the misquotation', 30, function()
  for _, diagnostic in ipairs(vim.diagnostic.get(report_buffer)) do
    if diagnostic.code == 'misquotation' and diagnostic.lnum == quotation_line - 1 then
      misquoted = diagnostic
    end
  end
  return misquoted ~= nil
end)
say('diagnostic: line ' .. quotation_line .. ' [' .. misquoted.code .. '] ' .. misquoted.message)

-- 5. K on "Southern Kurils": a bordered float of at most 80 columns that names the other
-- side, with the card's lines wrapped at spaces, never inside a word.
vim.fn.cursor(1, 1)
if vim.fn.search('Southern Kurils', 'cW') == 0 then
  fail('find "Southern Kurils" in the report')
end
vim.fn.cursor(vim.fn.line('.'), vim.fn.col('.') + 3) -- inside the name, as a pointer would be
local report_window = vim.api.nvim_get_current_win()
local card_reply = request_sync(client, 'textDocument/hover',
  vim.lsp.util.make_position_params(0, client.offset_encoding))
local card = card_reply and card_reply.result and card_reply.result.contents
if not (card and card.kind == 'plaintext') then
  fail('the config asks for the card as plain text', vim.inspect(card_reply))
end
press('K')
local float
wait_for('K opens the hover float', 10, function()
  float = floats()[1]
  return float ~= nil
end)
local hover_lines = vim.api.nvim_buf_get_lines(vim.api.nvim_win_get_buf(float), 0, -1, false)
local hover_text = table.concat(hover_lines, '\n')
if not hover_text:find('Northern Territories', 1, true) then
  fail('the hover names the Northern Territories', 'the float shows:\n' .. hover_text)
end
local float_config = vim.api.nvim_win_get_config(float)
local has_border = type(float_config.border) == 'table' and #float_config.border > 0
  and float_config.border[1] ~= ''
if not has_border then
  fail('the hover float has a border', vim.inspect(float_config))
end
if float_config.width > 80 then
  fail('the hover float is at most 80 columns wide', 'width ' .. float_config.width)
end
for _, row in ipairs(hover_lines) do
  if vim.fn.strdisplaywidth(row) > float_config.width then
    fail('each row fits the float (Neovim would wrap it where it falls)', row)
  end
end
local function words(text)
  return vim.split(vim.trim(text), '%s+')
end
if table.concat(words(hover_text), ' ') ~= table.concat(words(card.value), ' ') then
  fail('the float shows the card\'s words whole (wrapped at spaces)',
    'the float:\n' .. hover_text .. '\nthe card:\n' .. card.value)
end
say('hover float: ' .. #hover_lines .. ' rows, ' .. float_config.width
  .. ' columns, bordered, names the Northern Territories')
table.insert(captured, '--- K on "Southern Kurils": the float\'s text ---')
vim.list_extend(captured, hover_lines)
vim.api.nvim_win_close(float, true)
vim.api.nvim_set_current_win(report_window)

-- 6. Go to definition lands in a seeds/ file, on a line about the islands.
vim.lsp.buf.definition()
wait_for('go to definition answers', 10, function()
  return #vim.fn.getqflist() > 0 or vim.api.nvim_buf_get_name(0):find('/seeds/', 1, true) ~= nil
end)
if #vim.fn.getqflist() > 0 then
  -- Several sources: Neovim lists them in the quickfix window; <CR> on the first goes there.
  table.insert(captured, '--- go to definition: the quickfix list ---')
  for _, item in ipairs(vim.fn.getqflist()) do
    local name = vim.fn.bufname(item.bufnr):gsub('^.*/seeds/', 'seeds/')
    table.insert(captured, name .. '|' .. item.lnum .. ' col ' .. item.col .. '| '
      .. vim.trim(item.text))
  end
  vim.cmd('cfirst')
end
local target = vim.api.nvim_buf_get_name(0)
local line_number = vim.fn.line('.')
local line = vim.api.nvim_get_current_line()
if not target:find('/seeds/', 1, true) then
  fail('go to definition lands in a seeds/ file', 'it landed in ' .. target)
end
local lowered = line:lower()
if not (lowered:find('kuril', 1, true) or lowered:find('northern territories', 1, true)
    or lowered:find('island', 1, true)) then
  fail('go to definition lands on a line about the islands',
    target .. ':' .. line_number .. ': ' .. line)
end
local shown = vim.fn.fnamemodify(target, ':~:.'):gsub('^.*/seeds/', 'seeds/')
say('definition: ' .. shown .. ':' .. line_number .. ':' .. vim.fn.col('.'))
table.insert(captured, '--- go to definition: the cursor lands in ' .. shown .. ', line '
  .. line_number .. ', column ' .. vim.fn.col('.') .. ' ---')
table.insert(captured, line)

-- 7. CTRL-X CTRL-O after "Prime Minister Fumio Kish" on a new line of the report: the menu
-- offers "Fumio Kishida" (even as its only item), and CTRL-Y writes the whole name. Insert
-- mode needs Neovim's main loop, so this step runs from timers once this script returns.
vim.cmd('buffer ' .. report_buffer)
vim.fn.cursor(vim.fn.line('$'), 1)
local typed = 'Prime Minister Fumio Kish'
vim.api.nvim_feedkeys(vim.api.nvim_replace_termcodes('o' .. typed .. '<C-x><C-o>', true, false, true),
  'mt', false)
local deadline = uv.now() + 10000

local function finish()
  vim.fn.writefile(captured, capture_path)
  say('ok: wrote what Neovim showed to ' .. capture_path)
  vim.cmd('qall!')
end

local function after_accepting()
  if vim.fn.mode() ~= 'n' and uv.now() < deadline then
    return vim.defer_fn(after_accepting, 20)
  end
  local written = vim.api.nvim_get_current_line()
  if written ~= 'Prime Minister Fumio Kishida' then
    fail('CTRL-Y writes the whole name', 'the line reads: ' .. written)
  end
  say('completion: "' .. typed .. '" became "' .. written .. '"')
  table.insert(captured, '--- CTRL-Y: the line reads ---')
  table.insert(captured, written)
  finish()
end

local function poll_menu()
  local items = vim.fn.complete_info({ 'items' }).items
  if #items == 0 or vim.fn.pumvisible() == 0 then
    if uv.now() > deadline then
      fail('CTRL-X CTRL-O shows the completion menu', 'mode ' .. vim.fn.mode() .. ', line: '
        .. vim.api.nvim_get_current_line())
    end
    return vim.defer_fn(poll_menu, 20)
  end
  local offered = vim.tbl_map(function(item)
    return item.abbr ~= '' and item.abbr or item.word
  end, items)
  if offered[1] ~= 'Fumio Kishida' then
    fail('the menu offers "Fumio Kishida" first', vim.inspect(offered))
  end
  say('completion menu: ' .. table.concat(offered, ', '))
  table.insert(captured, '--- CTRL-X CTRL-O after "' .. typed .. '": the menu ---')
  vim.list_extend(captured, offered)
  vim.api.nvim_feedkeys(vim.api.nvim_replace_termcodes('<C-y><Esc>', true, false, true), 't', false)
  vim.defer_fn(after_accepting, 20)
end
vim.defer_fn(poll_menu, 20)

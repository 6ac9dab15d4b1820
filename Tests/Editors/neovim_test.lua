-- Headless Neovim against the real `dossier lsp`, through a config shipped in editors/neovim.
--
-- Run by run-neovim.sh, which sets:
--   DOSSIER_TEST_CONFIG   the shipped config to load (as if it were in ~/.config/nvim/plugin)
--   DOSSIER_TEST_REPORT   a report that mentions "Southern Kurils"
--   DOSSIER_TEST_CAPTURE  where to write what the user saw (hover float, definition landing)
--
-- Each step has its own time limit; a failure prints the step, Neovim's :messages and the
-- end of its LSP log (which holds the server's stderr), and exits 1.

local config = assert(vim.env.DOSSIER_TEST_CONFIG, 'DOSSIER_TEST_CONFIG is not set')
local report = assert(vim.env.DOSSIER_TEST_REPORT, 'DOSSIER_TEST_REPORT is not set')
local capture_path = assert(vim.env.DOSSIER_TEST_CAPTURE, 'DOSSIER_TEST_CAPTURE is not set')
local started = vim.uv.hrtime()
local captured = {}

local function say(text)
  io.stdout:write(string.format('[%5.2fs] %s\n', (vim.uv.hrtime() - started) / 1e9, text))
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

local log_path = (vim.lsp.log.get_filename or vim.lsp.get_log_path)()

local function fail(step, detail)
  -- A line of its own: Neovim's messages on stderr may not end theirs.
  io.stderr:write('\nFAIL (' .. config .. '): ' .. step .. '\n')
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

-- Keep the server's stderr (logged at ERROR) and protocol errors; no more.
vim.lsp.log.set_level('error')

-- 1. The shipped config, then the report.
dofile(config)
local attached = nil
vim.api.nvim_create_autocmd('LspAttach', {
  callback = function(args)
    local client = vim.lsp.get_client_by_id(args.data.client_id)
    if client and client.name == 'dossier' then
      attached = client
    end
  end,
})
vim.cmd.edit(vim.fn.fnameescape(report))
say('opened ' .. vim.fn.fnamemodify(report, ':t') .. ' as filetype ' .. vim.bo.filetype)

-- 2. The server attaches and initializes.
wait_for('dossier attaches to the report', 20, function()
  return attached ~= nil and attached.initialized
end)
say('attached: ' .. attached.name .. ' (' .. attached.server_info.name .. ' '
  .. (attached.server_info.version or '?') .. '), position encoding ' .. attached.offset_encoding)

-- 3. The index is ready (dossier/status, a custom request any client can send).
local status
wait_for('the index is ready', 60, function()
  local reply = attached:request_sync('dossier/status', nil, 5000, 0)
  status = reply and reply.result
  return status ~= nil and status.state ~= 'indexing'
end)
if status.state ~= 'ready' then
  fail('the index is ready', 'dossier/status: ' .. vim.inspect(status))
end
say('index ready: ' .. status.documents .. ' documents')

-- 4. Hover on "Southern Kurils": the float shows the other side's name.
vim.fn.cursor(1, 1)
if vim.fn.search('Southern Kurils', 'cW') == 0 then
  fail('find "Southern Kurils" in the report')
end
vim.fn.cursor(vim.fn.line('.'), vim.fn.col('.') + 3) -- inside the name, as a pointer would be
local report_window = vim.api.nvim_get_current_win()
vim.lsp.buf.hover()
local float
wait_for('the hover float opens', 10, function()
  for _, window in ipairs(vim.api.nvim_list_wins()) do
    if vim.api.nvim_win_get_config(window).relative ~= '' then
      float = window
      return true
    end
  end
  return false
end)
local hover_lines = vim.api.nvim_buf_get_lines(vim.api.nvim_win_get_buf(float), 0, -1, false)
local hover_text = table.concat(hover_lines, '\n')
if not hover_text:find('Northern Territories', 1, true) then
  fail('the hover names the Northern Territories', 'the float shows:\n' .. hover_text)
end
say('hover float: ' .. #hover_lines .. ' lines, names the Northern Territories')
table.insert(captured, '--- hover on "Southern Kurils" (the float\'s text) ---')
vim.list_extend(captured, hover_lines)
vim.api.nvim_win_close(float, true)
vim.api.nvim_set_current_win(report_window)

-- 5. Go to definition lands in a seeds/ file, on a line about the islands.
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

vim.fn.writefile(captured, capture_path)
say('ok: wrote what Neovim showed to ' .. capture_path)
vim.cmd('qall!')

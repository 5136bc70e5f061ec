-- Neovim's built-in LSP client (0.7 API: vim.lsp.start_client, buf_attach_client) opens an
-- agreement, waits for `agree lsp` to publish its diagnostics, asks for a hover, and writes what
-- it got to a file that CTest compares with the expected one (nvim_test.sh).
-- Environment: AGREE_BIN, AGREE_FILE, AGREE_HOVER_LINE, AGREE_HOVER_CHARACTER (0-based), AGREE_OUT.
local agree = os.getenv('AGREE_BIN')
local file = os.getenv('AGREE_FILE')
local out = os.getenv('AGREE_OUT')
local line = tonumber(os.getenv('AGREE_HOVER_LINE'))
local character = tonumber(os.getenv('AGREE_HOVER_CHARACTER'))

local lines = {}
local function finish()
  local f = assert(io.open(out, 'w'))
  f:write(table.concat(lines, '\n') .. '\n')
  f:close()
  vim.cmd('qall!')
end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
local published = nil
local client_id = vim.lsp.start_client({
  name = 'agree',
  cmd = { agree, 'lsp' },
  root_dir = vim.fn.fnamemodify(file, ':p:h'),
  init_options = { today = '2026-12-01' },
  handlers = {
    ['textDocument/publishDiagnostics'] = function(_, result)
      if result and result.uri == vim.uri_from_bufnr(buf) then published = result.diagnostics end
    end,
  },
})
if not client_id then
  table.insert(lines, 'error: the client did not start')
  finish()
  return
end
vim.lsp.buf_attach_client(buf, client_id)

if not vim.wait(20000, function() return published ~= nil end, 50) then
  table.insert(lines, 'error: no diagnostics published')
  finish()
  return
end
table.insert(lines, 'diagnostics: ' .. #published)
for _, d in ipairs(published) do
  table.insert(lines, string.format('%s %d:%d', d.code, d.range.start.line, d.range.start.character))
end

local client = vim.lsp.get_client_by_id(client_id)
local response = client.request_sync('textDocument/hover', {
  textDocument = { uri = vim.uri_from_bufnr(buf) },
  position = { line = line, character = character },
}, 10000, buf)
if not response or response.err or not response.result then
  table.insert(lines, 'error: no hover')
else
  table.insert(lines, 'hover:')
  for text in (response.result.contents.value .. '\n'):gmatch('(.-)\n') do table.insert(lines, text) end
end
client.stop()
vim.wait(2000, function() return client.is_stopped() end, 50)
finish()

-- Drives nianbao-lsp from Neovim (0.7+: vim.lsp.start_client) on the file given to nvim, waits for
-- its diagnostics, asks for document symbols, and writes what it got as JSON to $NIANBAO_OUT.
-- Run: NIANBAO_SERVER=server/out/server.js NIANBAO_OUT=out.json nvim --headless --clean \
--        -c 'luafile test/nvim/lsp-check.lua' report.txt
local server = os.getenv('NIANBAO_SERVER')
local out = os.getenv('NIANBAO_OUT')
local result = { diagnostics = {}, symbols = {} }

local function finish(ok, err)
  result.error = err
  vim.fn.writefile({ vim.fn.json_encode(result) }, out)
  vim.cmd(ok and 'qa!' or 'cq!')
end

local bufnr = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = 'nianbao',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.getcwd(),
})
if not client_id then
  return finish(false, 'start_client failed')
end
vim.lsp.buf_attach_client(bufnr, client_id)

local got = vim.wait(20000, function()
  return #vim.diagnostic.get(bufnr) > 0
end, 50)
if not got then
  return finish(false, 'no diagnostics within 20 s')
end
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  local code = d.code
  if code == nil and d.user_data and d.user_data.lsp then
    code = d.user_data.lsp.code
  end
  table.insert(result.diagnostics, {
    lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
    severity = d.severity, code = code, message = d.message, source = d.source,
  })
end

local function names(symbols, depth)
  for _, s in ipairs(symbols or {}) do
    table.insert(result.symbols, { depth = depth, name = s.name, kind = s.kind, line = s.range.start.line })
    names(s.children, depth + 1)
  end
end
local params = { textDocument = vim.lsp.util.make_text_document_params(bufnr) }
local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/documentSymbol', params, 20000)
if not responses then
  return finish(false, 'no documentSymbol response within 20 s')
end
for _, r in pairs(responses) do
  if r.err then
    return finish(false, 'documentSymbol: ' .. vim.inspect(r.err))
  end
  names(r.result, 0)
end
vim.lsp.stop_client(client_id)
finish(true, nil)

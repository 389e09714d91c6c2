// Neovim (0.7+, headless) as a second, independent LSP client of the real built server: it starts
// `node server/out/server.js --stdio` with vim.lsp.start_client, opens seed 000 and reads the
// diagnostics and document symbols (test/nvim/lsp-check.lua). Skipped only when nvim is not installed
// (.ci/run installs Debian's neovim).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rules } from '../../server/src/core';
import { repoRoot, seedPath } from '../helpers';

const hasNvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;

interface NvimResult {
  error?: string;
  diagnostics: { lnum: number; col: number; end_lnum: number; end_col: number; severity: number; code: string; message: string; source: string }[];
  symbols: { depth: number; name: string; kind: number; line: number }[];
}

test('Neovim drives nianbao-lsp --stdio: diagnostics and document symbols of seed 000', { skip: hasNvim ? false : 'nvim is not installed (apt-get install neovim); .ci/run installs it' }, () => {
  const root = repoRoot();
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-nvim-'));
  try {
    const out = join(dir, 'result.json');
    const r = spawnSync('nvim', ['--headless', '--clean', '-c', `luafile ${join(root, 'test/nvim/lsp-check.lua')}`, seedPath('000')], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, NIANBAO_SERVER: join(root, 'server/out/server.js'), NIANBAO_OUT: out },
    });
    const result = JSON.parse(readFileSync(out, 'utf8')) as NvimResult;
    assert.equal(result.error, undefined);
    assert.equal(r.status, 0, r.stderr);

    // The swap in （七）总计 (L337–338), as an error (vim.diagnostic.severity.ERROR = 1) from nianbao.
    const swap = result.diagnostics.find((d) => d.code === 'table-swapped-cells');
    assert.deepEqual(swap, {
      lnum: 336,
      col: 1,
      end_lnum: 337,
      end_col: 2,
      severity: 1,
      code: 'table-swapped-cells',
      message: '（七）总计中 法律服务机构（1）与 其他（0）疑似填反：交换后各项合计均相符',
      source: 'nianbao',
    });
    const ids = new Set(rules.map((x) => x.id));
    for (const d of result.diagnostics) {
      assert.equal(d.source, 'nianbao');
      assert.ok(ids.has(d.code), d.code);
    }

    // Top-level sections with their tables inside them, at their lines.
    const at = (name: string) => result.symbols.find((s) => s.name === name);
    for (const [section, table, sectionLine, tableLine] of [
      ['二、主动公开政府信息情况', '表二 主动公开政府信息情况', 12, 13],
      ['三、收到和处理政府信息公开申请情况', '表三 收到和处理政府信息公开申请情况', 87, 89],
      ['四、政府信息公开行政复议、行政诉讼情况', '表四 政府信息公开行政复议、行政诉讼情况', 350, 352],
    ] as const) {
      assert.deepEqual({ depth: at(section)?.depth, line: at(section)?.line }, { depth: 0, line: sectionLine }, section);
      assert.deepEqual({ depth: at(table)?.depth, line: at(table)?.line }, { depth: 1, line: tableLine }, table);
      const s = result.symbols.indexOf(at(section)!);
      const t = result.symbols.indexOf(at(table)!);
      assert.ok(t > s && result.symbols.slice(s + 1, t).every((x) => x.depth > 0), `${table} is inside ${section}`);
    }
    assert.ok(result.symbols.some((s) => s.name === '六、其他需要报告的事项' && s.depth === 0));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

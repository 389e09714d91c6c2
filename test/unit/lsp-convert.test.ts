// Core data → LSP data: severities, rendered messages, related information, symbols and folds.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DiagnosticSeverity, FoldingRangeKind, SymbolKind } from 'vscode-languageserver';
import type { Finding, OutlineNode, Range } from '../../server/src/core/index';
import { toDiagnostic, toDocumentSymbol, toFoldingRange } from '../../server/src/lsp/convert';
import { ruleDocUri } from '../../server/src/node/rule-docs';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const range = (l1: number, c1: number, l2: number, c2: number): Range => ({
  start: { line: l1, character: c1 },
  end: { line: l2, character: c2 },
});

const leaf = (name: string, kind: OutlineNode['kind'], r: Range, selectionRange: Range): OutlineNode => ({
  name,
  kind,
  range: r,
  selectionRange,
  children: [],
});

const finding: Finding = {
  rule: 'table-shape',
  severity: 'warning',
  range: range(3, 1, 3, 5),
  message: { id: 'table-duplicate-row', args: { table: '表三', row: '（七）总计' } },
  related: [{ range: range(9, 0, 9, 4), message: { id: 'rule-failed', args: { rule: 'x', error: 'y' } } }],
};

test('a finding becomes a diagnostic with code, source, severity and rendered messages', () => {
  const d = toDiagnostic(finding, 'file:///a.txt', 'zh-cn');
  assert.deepEqual(d, {
    range: range(3, 1, 3, 5),
    severity: DiagnosticSeverity.Warning,
    code: 'table-shape',
    source: 'nianbao',
    message: '表三中「（七）总计」行重复出现，只读取第一次出现的数据',
    relatedInformation: [
      { location: { uri: 'file:///a.txt', range: range(9, 0, 9, 4) }, message: '规则 x 检查时出错：y' },
    ],
  });
  assert.equal(
    toDiagnostic(finding, 'file:///a.txt', 'en').message,
    'Row "（七）总计" appears twice in 表三; only its first occurrence is read',
  );
});

test("a diagnostic's code links to its rule's page (codeDescription), which the package ships", () => {
  assert.deepEqual(toDiagnostic(finding, 'file:///a.txt', 'en', (id) => `file:///pkg/docs/rules/${id}.md`).codeDescription, { href: 'file:///pkg/docs/rules/table-shape.md' });
  const href = ruleDocUri('table-shape')!;
  assert.ok(existsSync(fileURLToPath(href)), href);
  assert.equal(toDiagnostic(finding, 'file:///a.txt').codeDescription, undefined);
});

test('every severity maps to its LSP severity; no related information, no field', () => {
  const cases = [
    ['error', DiagnosticSeverity.Error],
    ['warning', DiagnosticSeverity.Warning],
    ['information', DiagnosticSeverity.Information],
    ['hint', DiagnosticSeverity.Hint],
  ] as const;
  for (const [severity, expected] of cases) {
    const d = toDiagnostic({ ...finding, severity, related: undefined }, 'file:///a.txt');
    assert.equal(d.severity, expected);
    assert.equal('relatedInformation' in d, false);
  }
});

test('outline nodes become document symbols, tables as structs, children kept in order', () => {
  const node: OutlineNode = {
    name: '五、依申请公开',
    kind: 'section',
    range: range(10, 0, 40, 3),
    selectionRange: range(10, 0, 10, 7),
    children: [
      leaf('（一）收到', 'section', range(12, 0, 20, 1), range(12, 0, 12, 5)),
      leaf('表三 收到和处理', 'table', range(22, 1, 40, 3), range(22, 1, 22, 9)),
    ],
  };
  const s = toDocumentSymbol(node);
  assert.equal(s.kind, SymbolKind.String);
  assert.deepEqual(s.range, node.range);
  assert.deepEqual(s.selectionRange, node.selectionRange);
  assert.deepEqual(
    s.children?.map((c) => [c.name, c.kind]),
    [
      ['（一）收到', SymbolKind.String],
      ['表三 收到和处理', SymbolKind.Struct],
    ],
  );
});

test('a symbol is always valid for VS Code: non-empty name, selection inside its range', () => {
  const s = toDocumentSymbol(leaf('', 'table', range(5, 1, 9, 0), range(4, 0, 5, 3)));
  assert.notEqual(s.name, '');
  assert.deepEqual(s.selectionRange, range(5, 1, 5, 1));
});

test('a fold becomes a region folding range', () => {
  assert.deepEqual(toFoldingRange({ startLine: 3, endLine: 8 }), {
    startLine: 3,
    endLine: 8,
    kind: FoldingRangeKind.Region,
  });
});

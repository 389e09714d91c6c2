// Fuzz: 10,000 mutations of the seeds. The parser never throws (parseReport would then report
// `parser-failed`), and every range it returns lies inside the text. Pathological inputs stay linear.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkReport, outline, parseReport, type Range, type ReportModel } from '../../server/src/core';
import { rng } from '../gen/report';
import { readSeed } from '../helpers';

const SEEDS = ['000', '001', '002', '003', '004'].map(readSeed);
const NOISE = ['\t', '\n', '\r', '\r\n', '\u3000', '\u00a0', '\ufeff', '（', '）', '一、', '（三）', '1.', '。', '0', '-', '９', '[bookmark: x]', '\ud800', '\u0000', '本列数据的勾稽关系', '第二十条第（一）项', '统计指标', '行政复议', '（七）总计', '（六）其他处理'];

export function mutate(text: string, r: () => number): string {
  const lines = text.split('\n');
  const pick = () => Math.floor(r() * lines.length);
  const n = 1 + Math.floor(r() * 8);
  for (let k = 0; k < n; k++) {
    const i = pick();
    switch (Math.floor(r() * 7)) {
      case 0: lines.splice(i, 1 + Math.floor(r() * 5)); break; // delete lines
      case 1: lines.splice(i, 0, ...lines.slice(i, i + 1 + Math.floor(r() * 20))); break; // duplicate
      case 2: { const j = pick(); const t = lines[i]!; lines[i] = lines[j]!; lines[j] = t; break; } // swap
      case 3: lines[i] = lines[i]!.slice(0, Math.floor(r() * lines[i]!.length)); break; // cut a cell
      case 4: { // random bytes into a line
        const l = lines[i] ?? '';
        const at = Math.floor(r() * (l.length + 1));
        const junk = Array.from({ length: 1 + Math.floor(r() * 6) }, () => String.fromCharCode(Math.floor(r() * 0x10000))).join('');
        lines[i] = l.slice(0, at) + junk + l.slice(at);
        break;
      }
      case 5: lines[i] = NOISE[Math.floor(r() * NOISE.length)]! + (lines[i] ?? ''); break;
      default: lines.splice(i, 0, ''); break; // a blank line, e.g. inside a row
    }
  }
  return lines.join(r() < 0.2 ? '\r\n' : '\n');
}

function assertRangesInside(model: ReportModel, text: string, what: string): void {
  const lines = text.split(/\r\n|\r|\n/);
  const inside = (r: Range, where: string) => {
    for (const p of [r.start, r.end]) {
      assert.ok(p.line >= 0 && p.line < lines.length, `${what}: ${where} line ${p.line}`);
      assert.ok(p.character >= 0 && p.character <= lines[p.line]!.length, `${what}: ${where} character`);
    }
    assert.ok(r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character), `${what}: ${where} ordered`);
  };
  for (const t of model.tables) {
    inside(t.range, 'table');
    for (const c of t.cells) {
      inside(c.range, 'cell');
      if (c.number) inside(c.number.range, 'number');
    }
  }
  const walk = (n: ReturnType<typeof outline>[number]) => {
    inside(n.range, 'outline');
    inside(n.selectionRange, 'selection');
    n.children.forEach(walk);
  };
  outline(model).forEach(walk);
  for (const h of model.headings) inside(h.range, 'heading');
  for (const e of model.enumerations) inside(e.range, 'enumeration');
  for (const a of model.artifacts) inside(a.range, 'artifact');
  for (const p of model.problems) inside(p.range, 'problem');
}

test('10,000 mutated seeds: no throw, every range inside the text', () => {
  const r = rng(20201231);
  for (let k = 0; k < 10000; k++) {
    const text = mutate(SEEDS[k % SEEDS.length]!, r);
    const { model, failures } = checkReport(text);
    assert.deepEqual(failures, [], `mutation ${k}`);
    assert.ok(!model.problems.some((p) => p.code === 'parser-failed'), `mutation ${k}`);
    if (k % 10 === 0) assertRangesInside(model, text, `mutation ${k}`);
  }
});

test('pathological inputs of 1 MB parse in bounded time (linear, not quadratic)', () => {
  const MB = 1 << 20;
  const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length));
  const inputs: Record<string, string> = {
    'one line': 'x'.repeat(MB),
    'TAB-led numbers': fill('\t1\n'),
    'empty cells': fill('\t\n'),
    'headings': fill('一、总体情况\n'),
    'nested ordinals': fill('一、甲\n（一）乙\n1.丙\n（1）丁\n'),
    'enumerations': fill('一是甲。二是乙。三是丙。'),
    'table3 labels': fill('\t（七）总计\n'),
    'blank lines and continuations': fill('\t结果\n\n维持\n'),
    'binary': Array.from({ length: MB / 4 }, (_, i) => String.fromCharCode((i * 7919) % 0xffff)).join(''),
  };
  for (const [name, text] of Object.entries(inputs)) {
    const t0 = performance.now();
    const model = parseReport(text);
    const ms = performance.now() - t0;
    assert.ok(!model.problems.some((p) => p.code === 'parser-failed'), name);
    // Linear parsing takes tens of milliseconds here; a quadratic pass would take minutes.
    assert.ok(ms < 5000, `${name}: ${ms.toFixed(0)} ms`);
  }
});

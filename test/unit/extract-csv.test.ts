// CSV exports are safe to open: a field a spreadsheet could take for a formula (`= + - @`, TAB, CR, LF
// first) gets a `'` before it (OWASP); a plain number, signed or not, stays a number.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tablesToCsv, type ExtractedRow } from '../../server/src/core/index';
import { exportTables } from '../../server/src/lsp/workspace';
import { readSeed } from '../helpers';

const row = (over: Partial<ExtractedRow>): ExtractedRow => ({
  agency: '某局',
  year: 2021,
  format: '2021',
  table: '表二',
  row: '规章',
  column: '本年增/减',
  value: null,
  text: '',
  blank: false,
  line: 10,
  ...over,
});

test('csv: formula starts are neutralised in every column; signed numbers stay numbers', () => {
  const csv = tablesToCsv([
    row({ agency: '=HYPERLINK("http://x","y")', value: -7, text: '-7' }),
    row({ agency: '+1+2', text: '@SUM(A1)', value: 3.5 }),
    row({ agency: '-2+3', text: '\t=1', file: '-rm.txt' }),
    row({ agency: '\r=1', text: '\n@x', value: 0 }),
    row({ agency: '＝全角', text: '+3', value: 3 }),
  ]);
  assert.deepEqual(csv.split('\r\n'), [
    '\ufefffile,agency,year,format,table,row,column,value,text,blank,line',
    `,"'=HYPERLINK(""http://x"",""y"")",2021,2021,表二,规章,本年增/减,-7,-7,false,10`,
    `,'+1+2,2021,2021,表二,规章,本年增/减,3.5,'@SUM(A1),false,10`,
    `'-rm.txt,'-2+3,2021,2021,表二,规章,本年增/减,,'\t=1,false,10`,
    `,"'\r=1",2021,2021,表二,规章,本年增/减,0,"'\n@x",false,10`,
    ',＝全角,2021,2021,表二,规章,本年增/减,3,+3,false,10',
    '',
  ]);
});

test('the editor\'s export: a report whose title and file name start a formula', () => {
  const text = readSeed('001').replace(/^政府信息公开工作年度报告/, '=cmd|\'/c calc\'!A1局2020年政府信息公开工作年度报告');
  const csv = exportTables(text, 'file:///tmp/%3D1%2B1.txt', 'csv');
  const lines = csv.split('\r\n');
  assert.ok(lines.length > 10);
  for (const line of lines.slice(1, -1)) assert.ok(line.startsWith("'=1+1.txt,'=cmd|'/ccalc'!A1局,2020,"), line);
});

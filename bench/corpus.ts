// The generated corpus shared by the benchmarks: reports of both national formats — UTF-8, UTF-8 with
// BOM and CRLF, and GBK — in folders of twelve reports of one agency's consecutive years. Each has
// prose as long as a real report's (the seeds average 8.7 KB), so that throughput in MB/s means what it
// would on real folders.
import * as iconv from 'iconv-lite';
import { generate } from '../test/gen/report';

export interface CorpusFile {
  /** Folder (one agency) and file name. */
  folder: string;
  name: string;
  /** The file's bytes as written to disk. */
  data: Buffer;
  /** The report's text (without BOM). */
  text: string;
}

/** `count` reports: the two formats alternating, a quarter in GBK, some with BOM, CRLF, padding. */
export function corpus(count: number): CorpusFile[] {
  const files: CorpusFile[] = [];
  for (let i = 0; i < count; i++) {
    const folder = `agency-${String(Math.floor(i / 12)).padStart(3, '0')}`;
    const format = i % 2 === 0 ? '2019' : '2021';
    const year = 2009 + (i % 12);
    const g = generate({
      format,
      seed: i,
      eol: i % 3 === 0 ? '\r\n' : '\n',
      bom: i % 5 === 0,
      padding: i % 4 === 0,
      wrapLabels: i % 6 === 0,
      halfWidthBrackets: i % 7 === 0,
      ningboLabels: i % 8 === 0,
      year,
      prose: true,
    });
    const text = g.text.replace('某某市某某局', `某某市第${Math.floor(i / 12)}局`);
    const gbk = i % 4 === 1;
    const data = gbk ? iconv.encode(text.replace(/\u00a0/g, ' ').replace(/^\ufeff/, ''), 'gbk') : Buffer.from(text, 'utf8');
    files.push({ folder, name: `${year}-${i}.txt`, data, text: text.replace(/^\ufeff/, '') });
  }
  return files;
}

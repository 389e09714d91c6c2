// .nianbao.json: found by walking up, read with its problems named, never throwing.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { findConfigFile, loadConfigFile } from '../../server/src/node/config-file';
import { english } from '../helpers';

test('the nearest .nianbao.json above a folder is found and read; a broken one is a problem, not a throw', () => {
  const root = mkdtempSync(join(tmpdir(), 'nianbao-config-'));
  try {
    mkdirSync(join(root, 'a', 'b'), { recursive: true });
    writeFileSync(join(root, '.nianbao.json'), '\ufeff{"rules": {"amount-unit": "off"}, "format": "2021", "ignores": ["草稿/**"]}');
    assert.equal(findConfigFile(join(root, 'a', 'b')), join(root, '.nianbao.json'));
    assert.deepEqual(loadConfigFile(join(root, '.nianbao.json')), {
      path: join(root, '.nianbao.json'),
      config: { rules: { 'amount-unit': 'off' }, format: '2021', ignores: ['草稿/**'] },
      problems: [],
    });
    writeFileSync(join(root, 'a', '.nianbao.json'), '{"rules": ');
    assert.equal(findConfigFile(join(root, 'a', 'b')), join(root, 'a', '.nianbao.json'));
    const broken = loadConfigFile(join(root, 'a', '.nianbao.json'));
    assert.deepEqual(broken.config, {});
    assert.equal(broken.problems.length, 1);
    assert.match(english(broken.problems[0]!.message), /^cannot read the configuration file: /);
    writeFileSync(join(root, 'a', '.nianbao.json'), '{"rule": {}, "format": "2020"}');
    assert.deepEqual(loadConfigFile(join(root, 'a', '.nianbao.json')).problems.map((p) => english(p.message)), [
      'unknown setting rule',
      'format must be one of auto, 2019, 2021',
    ]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

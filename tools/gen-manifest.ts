// `npm run gen:manifest`: writes the `nianbao.rules` setting's schema into package.json and each
// rule's description into package.nls.json (English) and package.nls.zh-cn.json (Chinese), from
// the rule registry. test/unit/manifest.test.ts fails when they disagree.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_SETTINGS } from '../server/src/core/config';
import { rules } from '../server/src/core/rules/index';

const root = join(__dirname, '..', '..');

function update(file: string, change: (json: Record<string, any>) => void): void {
  const path = join(root, file);
  const json = JSON.parse(readFileSync(path, 'utf8'));
  change(json);
  writeFileSync(path, JSON.stringify(json, null, 2) + '\n');
}

update('package.json', (pkg) => {
  const setting = pkg.contributes.configuration.properties['nianbao.rules'];
  setting.properties = Object.fromEntries(
    rules.map((r) => [r.id, { type: 'string', enum: RULE_SETTINGS, description: `%rule.${r.id}%` }]),
  );
});
for (const [file, lang] of [['package.nls.json', 'en'], ['package.nls.zh-cn.json', 'zh']] as const) {
  update(file, (nls) => {
    for (const key of Object.keys(nls)) if (key.startsWith('rule.')) delete nls[key];
    for (const r of rules) nls[`rule.${r.id}`] = `${r.id}: ${r.docs.summary[lang]}`;
  });
}
console.log(`gen-manifest: ${rules.length} rules`);

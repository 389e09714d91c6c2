// The JSON schema of `.nianbao.json`, generated from the rule registries (schemas/nianbao.schema.json
// is this, written out; a test keeps the two equal). Pure.
import { everyRule, FORMAT_SETTINGS, RULE_SETTINGS } from '../core';

export function configSchema(): Record<string, unknown> {
  const ruleProperties = Object.fromEntries(
    everyRule.map((r) => [
      r.id,
      {
        description: `${r.docs.summary.zh}（默认 ${r.severity}${r.fix !== 'none' ? '，可修复' : ''}）/ ${r.docs.summary.en} (default ${r.severity}${r.fix !== 'none' ? ', fixable' : ''})`,
        enum: [...RULE_SETTINGS],
      },
    ]),
  );
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: '.nianbao.json',
    description: '年报校对（nianbao）的配置，命令行和编辑器共用 / Configuration of the nianbao checker, shared by the command line and the editor',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      rules: {
        description: '按规则编号设置严重程度或关闭（off）/ Per-rule severity or off, keyed by rule id',
        type: 'object',
        additionalProperties: false,
        properties: ruleProperties,
      },
      format: {
        description: '按哪种国家格式检查；auto（默认）从表格识别 / The national format to check against; auto (default) reads it from the tables',
        enum: [...FORMAT_SETTINGS],
      },
      ignores: {
        description: '不检查的文件，glob 模式，相对于本配置文件所在文件夹 / Files not to check: glob patterns relative to this file\'s folder',
        type: 'array',
        items: { type: 'string' },
      },
    },
  };
}

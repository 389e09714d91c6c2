// The VS Code client's own strings, in Chinese and English, through the one localisation path
// (core/messages.ts): `clientText(id, args)` renders them in VS Code's display language. The manifest's
// strings are VS Code's own `package.nls*.json`.
import { defineMessages, type ArgsOf } from '../server/src/core/messages';

export const clientMessages = defineMessages({
  'client.name': { zh: '年报校对', en: 'Report checker' },
  'client.restarting': { zh: '服务器意外停止，正在重启。', en: 'The server stopped unexpectedly; restarting it.' },
  'client.gaveUp': {
    zh: '年报校对服务器在 3 分钟内停止了 {count} 次，不再自动重启。请查看输出、排除原因后运行“重启年报校对服务器”。',
    en: 'The report checker server stopped {count} times in 3 minutes and will not be restarted. Run "Restart the report checker server" after fixing the cause (see the output).',
  },
  'client.openReportFirst': { zh: '请先打开一份年报。', en: 'Open a report first.' },
  'export.csv': { zh: '每个单元格一行，可用电子表格打开', en: 'one row per table cell, for a spreadsheet' },
  'export.json': { zh: '每个单元格一个对象，含表、行、列', en: 'one object per table cell, with its table, row and column' },
  'export.pick': { zh: '导出表格的格式', en: 'Export the tables as' },
  'status.format.2019': { zh: '2019 年格式', en: '2019 format' },
  'status.format.2021': { zh: '2021 年格式', en: '2021 format' },
  'status.format.hybrid': { zh: '混合格式', en: 'mixed format' },
  'status.format.pre-2019': { zh: '2019 年以前的格式', en: 'pre-2019 format' },
  'status.format.unknown': { zh: '未识别格式', en: 'format not recognised' },
  'status.stopped': { zh: '$(error) 年报校对已停止', en: '$(error) Checker stopped' },
  'status.stoppedDetail': { zh: '年报校对服务器已停止。', en: 'The report checker server has stopped.' },
  'status.restart': { zh: '重启', en: 'Restart' },
  'status.showOutput': { zh: '显示输出', en: 'Show output' },
  'status.starting': { zh: '正在启动年报校对…', en: 'Starting the checker…' },
  'status.ignored': { zh: '未检查（ignores）', en: 'Not checked (ignores)' },
  'status.ignoredDetail': { zh: '此文件匹配 .nianbao.json 的 ignores，不检查', en: 'This file matches the "ignores" of its .nianbao.json' },
  'status.finding': { zh: '1 个问题', en: '1 finding' },
  'status.findings': { zh: '{count} 个问题', en: '{count} findings' },
  'status.time': { zh: '检查用时 {ms} 毫秒', en: 'checked in {ms} ms' },
  'status.slow': { zh: '检查较慢：可设置 "nianbao.run": "onSave"', en: 'slow: consider "nianbao.run": "onSave"' },
  'status.truncated': { zh: '只检查了前面部分（nianbao.maxFileSize）', en: 'only the first part checked (nianbao.maxFileSize)' },
  'view.read': { zh: '读取 {file}：{notes}', en: 'Read {file}: {notes}' },
  'view.unreadable': { zh: '无法读取 {file}：{error}', en: 'Could not read {file}: {error}' },
  'view.filter': { zh: 'Word 文档和网页', en: 'Word documents and web pages' },
  'view.openFirst': { zh: '请先以年报文本打开一个 Word 文档或网页。', en: 'Open a Word document or web page as a report first.' },
  'view.overwrite': { zh: '覆盖', en: 'Overwrite' },
  'view.exists': { zh: '{file} 已存在，是否覆盖？', en: '{file} exists. Overwrite it?' },
  'view.open': { zh: '打开', en: 'Open' },
  'view.saved': { zh: '已保存 {file}。', en: 'Saved {file}.' },
  'encoding.reopened': {
    zh: '{file} 不是 UTF-8 编码，已按 GB18030（GBK）重新打开。',
    en: '{file} is not UTF-8; it was reopened with GB18030 (GBK).',
  },
  'encoding.misread': {
    zh: '{file} 不是 UTF-8 编码：按 UTF-8 显示为乱码（�），这样保存会损坏原文。它是 GB18030（GBK）编码的年报。',
    en: '{file} is not UTF-8: read as UTF-8 it shows �, and saved so its text would be lost. It is a report in GB18030 (GBK).',
  },
  'encoding.reopen': { zh: '以 GB18030 重新打开', en: 'Reopen with GB18030' },
  'encoding.dirty': {
    zh: '{file} 有未保存的修改，无法重新打开：请先还原文件（“文件: 还原文件”），再以 GB18030 重新打开。',
    en: '{file} has unsaved changes and cannot be reopened: revert it first (File: Revert File), then reopen it with GB18030.',
  },
  'preview.title': { zh: '表格预览：{file}', en: 'Tables: {file}' },
  'preview.blank': { zh: '未填写', en: 'blank' },
  'preview.missing': { zh: '缺少此格', en: 'missing' },
  'preview.noTables': { zh: '此文档中没有可识别的表格。', en: 'No table of the national format in this document.' },
  'preview.problems': { zh: '本表的其他问题', en: 'Other problems of this table' },
  'preview.help': {
    zh: '点击单元格或按 Enter 跳到报告中的位置；标红的单元格有问题，悬停或聚焦可查看说明。',
    en: 'Click a cell or press Enter to go to it in the report; marked cells have problems: hover or focus one to read them.',
  },
  'workspace.checking': { zh: '正在检查工作区中的年报', en: 'Checking the reports in the workspace' },
  'workspace.summary': {
    zh: '已检查 {reports} 份年报（{seconds} 秒）：{withErrors} 份有错误，共 {findings} 个问题。',
    en: 'Checked {reports} reports in {seconds} s: {withErrors} with errors, {findings} findings in all.',
  },
  'workspace.topRules': { zh: '最多的是 {rules}。', en: 'Most frequent: {rules}.' },
  'workspace.unreadable': { zh: '{count} 个文件无法读取（见输出）。', en: '{count} files could not be read (see the output).' },
  'workspace.exportCsv': { zh: '导出汇总（CSV）…', en: 'Export Summary (CSV)…' },
  'workspace.showProblems': { zh: '查看问题', en: 'Show Problems' },
  'workspace.notChecked': { zh: '请先检查工作区中的年报。', en: 'Check the reports in the workspace first.' },
  'workspace.last': { zh: '上次检查：{reports} 份年报，{withErrors} 份有错误', en: 'Last check: {reports} reports, {withErrors} with errors' },
  'export.written': { zh: '已写入 {file}。', en: 'Wrote {file}.' },
  'export.open': { zh: '打开', en: 'Open' },
  'export.reveal': { zh: '在资源管理器中显示', en: 'Show in Explorer' },
  'status.fixAll': { zh: '$(wrench) 全部修复', en: '$(wrench) Fix all' },
  'status.fixAllDetail': { zh: '应用本文档所有可自动修复的修复', en: 'apply every automatic fix of this report' },
  'status.checkWorkspace': { zh: '$(checklist) 检查工作区', en: '$(checklist) Check the workspace' },
  'status.checkWorkspaceDetail': { zh: '检查工作区中的所有年报', en: 'check every report in the workspace' },
  'status.nothingToFix': { zh: '本文档没有可自动修复的问题。', en: 'Nothing in this report can be fixed automatically.' },
});

type ClientMessages = (typeof clientMessages)['table'];
export type ClientMessageId = keyof ClientMessages;
export type ClientArgs<K extends ClientMessageId> = ArgsOf<ClientMessages[K]>;

/** A client string in `locale` (VS Code's `vscode.env.language`). */
export function clientText<K extends ClientMessageId>(locale: string, id: K, args: ClientArgs<K>): string {
  return clientMessages.render(id, args, locale);
}

// What the VS Code client asks of the core itself (everything else it asks the server): whether a
// text is a report, and a new report from the template.
export { isReportText } from '../server/src/core/detect';
export { reportSkeleton } from '../server/src/core/templates';

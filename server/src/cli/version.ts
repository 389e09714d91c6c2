// The version `nianbao --version` prints. Kept in step with package.json (a test checks it), so that
// the CLI reads nothing at run time but its inputs.
export const VERSION = '0.1.0';

var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// tmpx/wsbench.ts
var import_node_fs2 = require("node:fs");
var import_node_os = require("node:os");
var import_node_path3 = require("node:path");
var import_node_url = require("node:url");
var import_node_child_process2 = require("node:child_process");
var iconv = __toESM(require("iconv-lite"));

// shared/protocol.ts
var import_vscode_languageserver_protocol = require("vscode-languageserver-protocol");
var CheckedNotification = new import_vscode_languageserver_protocol.NotificationType("nianbao/checked");
var CheckFilesRequest = new import_vscode_languageserver_protocol.RequestType("nianbao/checkFiles");
var ExportTablesRequest = new import_vscode_languageserver_protocol.RequestType("nianbao/exportTables");
var ConvertFileRequest = new import_vscode_languageserver_protocol.RequestType("nianbao/convertFile");
var TablesRequest = new import_vscode_languageserver_protocol.RequestType("nianbao/tables");

// test/protocol/harness.ts
var import_node_child_process = require("node:child_process");
var import_node_path2 = require("node:path");
var import_node = require("vscode-languageserver-protocol/node");

// test/helpers.ts
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
var root;
function repoRoot() {
  if (root) return root;
  for (let dir = __dirname; ; dir = (0, import_node_path.dirname)(dir)) {
    if ((0, import_node_fs.existsSync)((0, import_node_path.join)(dir, "package.json"))) return root = dir;
    if ((0, import_node_path.dirname)(dir) === dir) throw new Error(`no package.json above ${__dirname}`);
  }
}

// test/protocol/harness.ts
var EventLog = class {
  items = [];
  waiters = [];
  dead;
  add(item) {
    this.items.push(item);
    const ready = this.waiters.filter((w) => w.match(item));
    this.waiters = this.waiters.filter((w) => !w.match(item));
    ready.forEach((w) => w.resolve(item));
  }
  /** The first matching item, past or future (`future`: only those still to come). */
  wait(match, future = false) {
    return new Promise((resolve, reject) => {
      const seen = future ? void 0 : this.items.find(match);
      if (seen) resolve(seen);
      else if (this.dead) reject(this.dead);
      else this.waiters.push({ match, resolve, reject });
    });
  }
  fail(error) {
    this.dead = error;
    this.waiters.forEach((w) => w.reject(error));
    this.waiters = [];
  }
};
async function startServer(options = {}) {
  const server = (0, import_node_child_process.spawn)(process.execPath, [options.script ?? (0, import_node_path2.join)(repoRoot(), "server", "out", "server.js"), "--stdio"], {
    cwd: repoRoot(),
    stdio: ["pipe", "pipe", "pipe"],
    env: { ...process.env, ...options.env }
  });
  let stderr = "";
  const errors = [];
  server.stderr.setEncoding("utf8").on("data", (d) => stderr += d);
  const published = new EventLog();
  const checked = new EventLog();
  const exited = new Promise(
    (resolve) => server.once("exit", (code) => {
      const error = new Error(`server exited with ${code}:
${stderr}`);
      published.fail(error);
      checked.fail(error);
      resolve(code);
    })
  );
  const connection = (0, import_node.createProtocolConnection)(
    new import_node.StreamMessageReader(server.stdout),
    new import_node.StreamMessageWriter(server.stdin)
  );
  connection.onNotification(import_node.PublishDiagnosticsNotification.type, (p) => published.add(p));
  const logs = [];
  connection.onNotification(import_node.LogMessageNotification.type, (m) => {
    logs.push(m);
    if (m.type === import_node.MessageType.Error) errors.push(m.message);
  });
  connection.onNotification(CheckedNotification, (c) => checked.add(c));
  const requests = { configuration: 0, refresh: 0 };
  connection.onRequest(import_node.ConfigurationRequest.type, (params) => {
    requests.configuration += params.items.length;
    return params.items.map((item) => item.section === "nianbao" ? options.settings ?? null : null);
  });
  connection.onRequest(import_node.RegistrationRequest.type, () => void 0);
  connection.onRequest(import_node.DiagnosticRefreshRequest.type, () => {
    requests.refresh++;
  });
  connection.listen();
  const init = await connection.sendRequest(import_node.InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    capabilities: options.capabilities ?? { textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true } } },
    locale: options.locale ?? "zh-cn"
  });
  await connection.sendNotification(import_node.InitializedNotification.type, {});
  return {
    connection,
    init,
    pid: server.pid,
    errors,
    logs,
    checked: checked.items,
    published: published.items,
    requests,
    checkedFor: (uri, version) => checked.wait((c) => c.uri === uri && c.version === version),
    nextDiagnostics: (uri) => published.wait((p) => p.uri === uri, true),
    diagnosticsFor: (uri, version) => published.wait((p) => p.uri === uri && p.version === version),
    settle: async (turns) => {
      for (let k = 0; k < turns; k++) await connection.sendRequest("nianbao/no-such-request").catch(() => void 0);
    },
    shutdown: async () => {
      await connection.sendRequest(import_node.ShutdownRequest.type);
      await connection.sendNotification(import_node.ExitNotification.type);
      return exited;
    },
    stderr: () => stderr,
    dispose: () => {
      connection.dispose();
      if (server.exitCode === null) server.kill();
    }
  };
}

// tmpx/wsbench.ts
async function main() {
  const dir = (0, import_node_fs2.mkdtempSync)((0, import_node_path3.join)((0, import_node_os.tmpdir)(), "wsb-"));
  const seeds = (0, import_node_path3.join)(repoRoot(), "test/fixtures/seeds");
  const real = (0, import_node_path3.join)(repoRoot(), "test/fixtures/corpus/real");
  const sources = [...(0, import_node_fs2.readdirSync)(seeds).map((f) => (0, import_node_path3.join)(seeds, f)), ...(0, import_node_fs2.readdirSync)(real).filter((f) => f.endsWith(".txt")).map((f) => (0, import_node_path3.join)(real, f))];
  (0, import_node_fs2.mkdirSync)((0, import_node_path3.join)(dir, "many"));
  const uris = [];
  for (let i = 0; i < 200; i++) {
    const text = (0, import_node_fs2.readFileSync)(sources[i % sources.length], "utf8") + `
${i}
`;
    const name = (0, import_node_path3.join)(dir, "many", `${String(i).padStart(3, "0")}.txt`);
    if (i % 4 !== 3) (0, import_node_fs2.writeFileSync)(name, text);
    else {
      const g = iconv.encode(text, "gbk");
      (0, import_node_fs2.writeFileSync)(name, iconv.decode(g, "gbk") === text ? g : iconv.encode(text, "gb18030"));
    }
    uris.push((0, import_node_url.pathToFileURL)(name).href);
  }
  const server = await startServer({ capabilities: { workspace: { configuration: true } } });
  for (let round = 0; round < 3; round++) {
    const t02 = performance.now();
    let serverMs = 0;
    for (let i = 0; i < uris.length; i += 50) {
      const r = await server.connection.sendRequest(CheckFilesRequest, { paths: uris.slice(i, i + 50).map((uri) => ({ uri })) });
      serverMs += r.ms;
    }
    console.log(`server round ${round}: ${(performance.now() - t02).toFixed(0)} ms (server ${serverMs.toFixed(0)} ms)`);
  }
  server.dispose();
  for (let round = 0; round < 2; round++) {
    const t02 = performance.now();
    (0, import_node_child_process2.spawnSync)(process.execPath, [(0, import_node_path3.join)(repoRoot(), "server/out/cli.js"), "check", "--format", "json", (0, import_node_path3.join)(dir, "many")], { encoding: "utf8", maxBuffer: 1 << 28 });
    console.log(`cli: ${(performance.now() - t02).toFixed(0)} ms`);
  }
  const t0 = performance.now();
  (0, import_node_child_process2.spawnSync)(process.execPath, [(0, import_node_path3.join)(repoRoot(), "server/out/cli.js"), "check", "--format", "json", (0, import_node_path3.join)(dir, "many")], { encoding: "utf8", maxBuffer: 1 << 28, env: { ...process.env, NIANBAO_THREADS: "1" } });
  console.log(`cli 1 thread: ${(performance.now() - t0).toFixed(0)} ms`);
}
main();

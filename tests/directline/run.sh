#!/usr/bin/env bash
# Runs the Direct Line conformance test: Microsoft's botframework-directlinejs against the built CareerBot host,
# which the test starts itself on free loopback ports (an echo host, a host with short-lived tokens, the advisor).
# Needs: `npm ci` done here and a built src/CareerBot.Web (or CAREERBOT_HOST_DLL naming a built CareerBot.Web.dll).
# Env: CAREERBOT_HOST_DLL, CAREERBOT_ARTIFACTS_DIR (host logs), DIRECTLINE_RUN_LIMIT_SECONDS.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
run_limit_seconds="${DIRECTLINE_RUN_LIMIT_SECONDS:-110}"

[[ -d "$here/node_modules/botframework-directlinejs" ]] || { echo "run.sh: run 'npm ci' in tests/directline first" >&2; exit 2; }

cd "$here"
# The tap reporter ends with the "# pass N" / "# fail N" lines that .ci/run reads.
exec timeout --kill-after=10 "$run_limit_seconds" node --test --test-reporter=tap --test-concurrency=1 conformance.test.mjs

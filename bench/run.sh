#!/usr/bin/env bash
# The side-by-side benchmark, one command: bash bench/run.sh [--readme]
#
# Five servers, one at a time on this machine (each alone with the load tool, on a fresh process), driven by the
# same load tool (tests/CareerBot.LoadTest) with the same requests: each conversation sends the question mix
# (bench/questions.txt, from its own offset) with deliveryMode expectReplies and its next message only once the
# replies of the previous one are back, at each level of concurrent conversations.
#   bare              the bare ASP.NET Core echo endpoint: the limit of the stack
#   js-echo           the official JavaScript Bot Framework SDK (npm botbuilder) echo bot, anonymous local auth
#   careerbot-echo    CareerBot in its echo mode (Bot:Mode=Echo: auth, middleware, state, but no answer step)
#   careerbot-answer  CareerBot answering the questions (Bot:Mode=Advisor, offline answer step)
#   careerbot-uncached  the same with no answer cache (Answers__CacheSize=0): every answer composed anew
# Prints the table (turns/s, p50/p95/p99, errors, peak RSS, ratios to js-echo), a memory phase (RSS after
# RSS_TURNS answered turns on a fresh process) and PASS/FAIL for each target.
# --readme also rewrites the benchmark section of docs/performance.md (between <!-- bench:start --> and <!-- bench:end -->).
#
# A store-size phase then answers at 50 conversations against SQLite files already holding STORE_SIZES other
# conversations (each a 3 KB document, written by python3's sqlite3 before the server starts), one fresh process each.
# Env: LEVELS ("1 10 50 200"), STORE_SIZES ("1000 100000 1000000"; empty skips the phase), TURNS per conversation and level (200), LEVEL_SECONDS (20: a level's conversations
# start no new turn after that, so a slow server gets fewer turns rather than the run getting longer), TARGETS
# (the servers to run, default all five), RSS_TURNS (10000), WARMUP_TURNS per server (2000), QUESTIONS
# (bench/questions.txt), CONFIGURATION (Release), NO_BUILD=1 (use the binaries already built), NO_INSTALL=1 (fail
# instead of running npm ci).
# Exit: 0 all targets met, 1 a target failed, 2 the benchmark could not run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$(pwd)

readme=false
for arg in "$@"; do
  case $arg in
    --readme) readme=true ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown argument '$arg' (only --readme)" >&2; exit 2 ;;
  esac
done

levels=${LEVELS:-"1 10 50 200"}
turns=${TURNS:-200}
level_seconds=${LEVEL_SECONDS:-20}
servers="bare js-echo careerbot-echo careerbot-answer careerbot-uncached"
targets=${TARGETS:-$servers}
rss_turns=${RSS_TURNS:-10000}
store_sizes=${STORE_SIZES-"1000 100000 1000000"}
store_factor=1.2
warmup_turns=${WARMUP_TURNS:-2000}
questions=${QUESTIONS:-bench/questions.txt}
configuration=${CONFIGURATION:-Release}
level_warmup=200          # turns before each measured level, not measured
target_level=50           # the targets are stated at 50 concurrent conversations
rss_limit_mb=250
p95_limit_ms=20
tps_factor=1.5
# High enough never to reject a benchmark turn, so the limiter runs and its cost is measured.
rate_limit=1000000

fail_setup() { echo "run.sh: $*" >&2; exit 2; }
progress() { echo "bench: $*" >&2; }
has_target() { [[ " $targets " == *" $1 "* ]]; }

for t in $targets; do
  case $t in bare|js-echo|careerbot-echo|careerbot-answer|careerbot-uncached) ;; *) fail_setup "unknown target '$t' in TARGETS" ;; esac
done
[[ -f $questions ]] || fail_setup "no question file $questions"

if [[ ${NO_BUILD:-0} != 1 ]]; then
  progress "building ($configuration)"
  dotnet build src/CareerBot.Web -c "$configuration" --nologo -v quiet -clp:ErrorsOnly >&2 || fail_setup "build of src/CareerBot.Web failed"
  dotnet build tests/CareerBot.LoadTest -c "$configuration" --nologo -v quiet -clp:ErrorsOnly >&2 || fail_setup "build of the load tool failed"
fi
load_dll=tests/CareerBot.LoadTest/bin/$configuration/net10.0/CareerBot.LoadTest.dll
web_dll=src/CareerBot.Web/bin/$configuration/net10.0/CareerBot.Web.dll
[[ -f $load_dll ]] || fail_setup "$load_dll missing (build it, or drop NO_BUILD)"
[[ -f $web_dll ]] || fail_setup "$web_dll missing (build it, or drop NO_BUILD)"

if has_target js-echo; then
  command -v node >/dev/null || fail_setup "node is needed for the js-echo target"
  if [[ ! -d bench/js-echo/node_modules/botbuilder ]]; then
    [[ ${NO_INSTALL:-0} != 1 ]] || fail_setup "bench/js-echo/node_modules missing: run 'npm ci' in bench/js-echo"
    progress "npm ci in bench/js-echo"
    (cd bench/js-echo && npm ci --no-audit --no-fund --loglevel=error >&2) || fail_setup "npm ci failed in bench/js-echo"
  fi
fi

data=$(mktemp -d)
server_pid=
cleanup() {
  if [[ -n $server_pid ]]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$data"
}
trap cleanup EXIT

loadavg_start=$(cut -d' ' -f1-3 /proc/loadavg)
started_at=$(date +%s)
server_runs=0

# Starts one server on a free loopback port; sets server_pid and server_port. A port found free can be taken before the
# server binds it (by an outgoing connection of another run, from the same ephemeral range): then it starts again on
# another port, up to three times.
start_server() {
  local attempt
  for attempt in 1 2 3; do
    launch_server "$@" && return
    ((attempt < 3)) && progress "$1: port $server_port was taken before the server bound it, trying another"
  done
  fail_setup "$1 found no free port in 3 attempts"
}

# One attempt of start_server; returns 1 when the port was taken.
launch_server() {
  local name=$1 db=${2:-} log
  server_runs=$((server_runs + 1))
  log="$data/$name-$server_runs.log"
  server_port=$(dotnet "$load_dll" free-port)
  local careerbot=(
    ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning
    Storage__Provider=Sqlite Storage__Sqlite__Path="${db:-$data/$name-$server_runs.db}" Knowledge__IndexPath="$data/index-$server_runs"
    RateLimiting__PerIp__PermitsPerSecond=$rate_limit RateLimiting__PerIp__Burst=$rate_limit
    RateLimiting__PerConversation__PermitsPerSecond=$rate_limit RateLimiting__PerConversation__Burst=$rate_limit
    BotFramework__AllowedServiceUrls__0=http://127.0.0.1:9/
  )
  case $name in
    bare)
      env ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
        dotnet "$load_dll" echo-server --urls "http://127.0.0.1:$server_port" >"$log" 2>&1 &
      ;;
    js-echo)
      env NODE_ENV=production node --no-deprecation bench/js-echo/index.js "$server_port" >"$log" 2>&1 &
      ;;
    careerbot-echo)
      env "${careerbot[@]}" Bot__Mode=Echo dotnet "$web_dll" --urls "http://127.0.0.1:$server_port" >"$log" 2>&1 &
      ;;
    careerbot-answer)
      env "${careerbot[@]}" Bot__Mode=Advisor dotnet "$web_dll" --urls "http://127.0.0.1:$server_port" >"$log" 2>&1 &
      ;;
    careerbot-uncached)
      env "${careerbot[@]}" Bot__Mode=Advisor Answers__CacheSize=0 dotnet "$web_dll" --urls "http://127.0.0.1:$server_port" >"$log" 2>&1 &
      ;;
  esac
  server_pid=$!
  server_log=$log

  local deadline=$((SECONDS + 60))
  while :; do
    if ! kill -0 "$server_pid" 2>/dev/null; then
      grep -qiE 'address already in use|EADDRINUSE' "$log" && return 1
      tail -n 20 "$log" >&2
      fail_setup "$name exited at start"
    fi
    if [[ $name == careerbot-* ]]; then
      curl -fsS -o /dev/null "http://127.0.0.1:$server_port/readyz" 2>/dev/null && break
    else
      (exec 3<>"/dev/tcp/127.0.0.1/$server_port") 2>/dev/null && break
    fi
    ((SECONDS < deadline)) || { tail -n 20 "$log" >&2; fail_setup "$name not ready after 60 s"; }
    sleep 0.2
  done
}

stop_server() {
  kill "$server_pid" 2>/dev/null || true
  wait "$server_pid" 2>/dev/null || true
  server_pid=
}

expectation() { [[ $1 == careerbot-answer || $1 == careerbot-uncached ]] && echo answer || echo echo; }

# One load-tool run against the current server; sets load_line to its result (label: key=value ...).
run_load() {
  local name=$1 conversations=$2 per_conversation=$3 warmup=$4 max_seconds=${5:-}
  load_line=$(dotnet "$load_dll" --url "http://127.0.0.1:$server_port/api/messages" --conversations "$conversations" \
    --turns "$per_conversation" --warmup "$warmup" --pid "$server_pid" --label "$name" ${max_seconds:+--max-seconds "$max_seconds"} \
    --questions-file "$questions" --expect "$(expectation "$name")" 2>>"$data/first-errors") || true
  [[ $load_line == "$name: "* ]] || fail_setup "the load tool gave no result for $name: $load_line"
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "$name: the server process died during the run (log: $(tail -n 5 "$server_log" | tr '\n' ' '))" >>"$data/first-errors"
    crashed+=("$name")
  fi
}

field() { sed -E "s/.* $1=([^ ]+).*/\1/" <<<"$2" | sed -E 's/(ms|MB)$//'; }
errors_of() { echo $(( $(field errors "$1") + $(field warmupErrors "$1") )); }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f×", a / b; else printf "n/a" }'; }

failed=0
declare -A result
declare -A warmup_errors
crashed=()
total_errors=0

for name in $servers; do
  has_target "$name" || continue
  start_server "$name"
  if ((warmup_turns > 0)); then
    progress "$name (pid $server_pid, port $server_port): warm-up, $warmup_turns turns"
    run_load "$name" 10 $(( (warmup_turns + 9) / 10 )) 0
    warmup_errors[$name]=$(errors_of "$load_line")
    total_errors=$((total_errors + warmup_errors[$name]))
  fi
  for c in $levels; do
    progress "$name: $c conversations × $turns turns"
    run_load "$name" "$c" "$turns" "$level_warmup" "$level_seconds"
    result[$name:$c]=$load_line
    total_errors=$((total_errors + $(errors_of "$load_line")))
  done
  stop_server
done

rss_line=
if has_target careerbot-answer && ((rss_turns > 0)); then
  rss_conversations=$(( rss_turns < 50 ? rss_turns : 50 ))
  rss_per_conversation=$(( (rss_turns + rss_conversations - 1) / rss_conversations ))
  start_server careerbot-answer
  progress "memory: $((rss_conversations * rss_per_conversation)) answered turns on a fresh careerbot-answer process"
  run_load careerbot-answer "$rss_conversations" "$rss_per_conversation" 0
  rss_line=$load_line
  total_errors=$((total_errors + $(errors_of "$rss_line")))
  stop_server
fi
# A SQLite file holding $2 conversations' state (the schema of src/CareerBot.BotFramework/State/SqliteStorage.cs),
# none of them the load tool's, so every measured turn reads and writes its own rows among them.
prefill_store() {
  python3 - "$1" "$2" <<'PY' || fail_setup "could not prefill a store of $2 conversations"
import sqlite3, sys
path, count = sys.argv[1], int(sys.argv[2])
db = sqlite3.connect(path)
db.execute("PRAGMA journal_mode = WAL")
db.execute("CREATE TABLE IF NOT EXISTS bot_state (key TEXT NOT NULL PRIMARY KEY, document TEXT NOT NULL, etag TEXT NOT NULL, updated_at TEXT NOT NULL)")
turn = '{"fromUser":false,"text":"' + "Les sources citent des salaires et des formations. " * 10 + '"}'
document = '{"AdvisorConversationData":{"language":"fr","history":[' + ",".join([turn] * 6) + ']},"DialogState":{"dialogStack":[]}}'
rows = ((f"msteams/conversations/stored-{i:07d}", document, f"{i:032x}", "2026-01-01T00:00:00.0000000+00:00") for i in range(count))
db.executemany("INSERT INTO bot_state VALUES (?, ?, ?, ?)", rows)
db.commit()
db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
db.close()
PY
}

store_line=()
if has_target careerbot-answer && [[ -n $store_sizes ]]; then
  for size in $store_sizes; do
    [[ $size =~ ^[0-9]+$ ]] || fail_setup "STORE_SIZES must hold whole numbers: '$size'"
    progress "store size: prefilling $size conversations"
    store="$data/store-$size.db"
    prefill_store "$store" "$size"
    # The prefill's gigabytes would otherwise still be on their way to disk while the turns are measured.
    sync
    start_server careerbot-answer "$store"
    progress "store size $size: $target_level conversations × $turns turns"
    run_load careerbot-answer "$target_level" "$turns" "$level_warmup" "$level_seconds"
    store_line+=("$size|$load_line")
    total_errors=$((total_errors + $(errors_of "$load_line")))
    stop_server
    rm -f "$store" "$store-wal" "$store-shm"
  done
fi
elapsed=$(( $(date +%s) - started_at ))
loadavg_end=$(cut -d' ' -f1-3 /proc/loadavg)

# --- Report -------------------------------------------------------------------------------------------------
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
dotnet_runtime=$(dotnet --list-runtimes | sed -n 's/^Microsoft.NETCore.App \([^ ]*\).*/\1/p' | tail -n 1)
node_version=$(command -v node >/dev/null && node --version || echo "n/a")
question_count=$(grep -cv -e '^[[:space:]]*$' -e '^[[:space:]]*#' "$questions")

report="$data/report.md"
{
  echo "Run of $(date -u '+%Y-%m-%d %H:%M UTC'), ${elapsed} s, on $(nproc) cores ($cpu), .NET $dotnet_runtime, node $node_version;"
  echo "load average $loadavg_start at the start, $loadavg_end at the end (other work on the machine counts in the figures)."
  echo "Servers one at a time, each a fresh process alone with the load tool, logs at Warning (node writes only errors)."
  echo "CareerBot: SQLite state (a fresh file per process); RateLimiting PerIp and PerConversation PermitsPerSecond ="
  echo "Burst = $rate_limit, so the rate limiter (where the build has one) runs, is measured, and never rejects; the"
  echo "load tool's serviceUrl (never called with expectReplies) is on the allow-list (BotFramework:AllowedServiceUrls)."
  echo "Every conversation sends the $question_count questions of \`$questions\` in turn from its own offset, with"
  echo "expectReplies: up to $turns turns per conversation and level, none started after ${level_seconds} s; $warmup_turns warm-up turns per"
  echo "server and $level_warmup before each level, not measured. A turn is an error unless HTTP 200 with a reply that"
  echo "repeats the text (echo servers) or that cites its sources (careerbot-answer, careerbot-uncached); errors include the level's"
  echo "warm-up. Latency: request sent to replies received. Peak RSS: the server process's VmHWM so far."
  echo
  echo "| conversations | server | turns | turns/s | p50 ms | p95 ms | p99 ms | errors | peak RSS | turns/s vs JS echo | p95 vs JS echo |"
  echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  for c in $levels; do
    js=${result[js-echo:$c]:-}
    for name in $servers; do
      line=${result[$name:$c]:-}
      [[ -n $line ]] || continue
      if [[ -n $js ]]; then
        vs_tps=$(ratio "$(field tps "$line")" "$(field tps "$js")")
        vs_p95=$(ratio "$(field p95 "$line")" "$(field p95 "$js")")
      else
        vs_tps=n/a; vs_p95=n/a
      fi
      echo "| $c | $name | $(field turns "$line") | $(field tps "$line") | $(field p50 "$line") | $(field p95 "$line") | $(field p99 "$line") | $(errors_of "$line") | $(field peakRSS "$line") MB | $vs_tps | $vs_p95 |"
    done
  done
  echo
  for name in $servers; do
    if [[ -n ${warmup_errors[$name]:-} && ${warmup_errors[$name]} != 0 ]]; then
      echo "Errors in the $name warm-up: ${warmup_errors[$name]}."
    fi
  done
  if [[ -n $rss_line ]]; then
    echo "Memory: after $(field turns "$rss_line") answered turns ($rss_conversations conversations) on a fresh careerbot-answer process:"
    echo "RSS $(field rss "$rss_line") MB now (VmRSS), $(field peakRSS "$rss_line") MB at its peak (VmHWM), $(errors_of "$rss_line") errors, $(field tps "$rss_line") turns/s."
    echo
  fi
  if ((${#store_line[@]} > 0)); then
    echo "Store size: careerbot-answer at $target_level conversations, its SQLite file already holding other conversations' state:"
    echo
    echo "| stored conversations | turns | turns/s | p50 ms | p99 ms | errors | p50 vs smallest |"
    echo "|---:|---:|---:|---:|---:|---:|---:|"
    smallest_p50=
    for entry in "${store_line[@]}"; do
      line=${entry#*|}
      smallest_p50=${smallest_p50:-$(field p50 "$line")}
      echo "| ${entry%%|*} | $(field turns "$line") | $(field tps "$line") | $(field p50 "$line") | $(field p99 "$line") | $(errors_of "$line") | $(ratio "$(field p50 "$line")" "$smallest_p50") |"
    done
    echo
  fi
  if [[ -s $data/first-errors ]]; then
    echo "First error of each failing run:"
    sed 's/^/- /' "$data/first-errors"
    echo
  fi

  # The targets.
  verdict() { # condition-met(0/1/skip) text
    case $1 in
      1) echo "- PASS $2" ;;
      0) echo "- FAIL $2"; failed=1 ;;
      *) echo "- SKIP $2" ;;
    esac
  }
  level=$target_level
  level_note=""
  if [[ " $levels " != *" $target_level "* ]]; then
    level=$(awk '{ print $NF }' <<<"$levels")
    level_note=" (level $target_level not in LEVELS: checked at $level)"
  fi
  echo "Targets:"
  echo
  answer=${result[careerbot-answer:$level]:-}
  js=${result[js-echo:$level]:-}
  # A figure measured over turns that were not all answered is not the figure of an answered turn.
  unanswered() { local n; n=$(errors_of "$1"); ((n == 0)) || echo " — not valid, $n turns not answered"; }
  throughput_target() { # server label: its turns/s at the level against the JS echo bot's
    local line=${result[$1:$level]:-}
    if [[ -n $line && -n $js ]]; then
      local met note
      met=$(awk -v a="$(field tps "$line")" -v b="$(field tps "$js")" -v f=$tps_factor 'BEGIN { print (a >= f * b) ? 1 : 0 }')
      note=$(unanswered "$line"); [[ -z $note ]] || met=0
      verdict "$met" "$2 turns/s ≥ ${tps_factor}× js-echo at $level conversations$level_note: $(field tps "$line") vs $(field tps "$js") = $(ratio "$(field tps "$line")" "$(field tps "$js")")$note"
    else
      verdict skip "$2 turns/s ≥ ${tps_factor}× js-echo at $level conversations$level_note: needs both in TARGETS"
    fi
  }
  throughput_target careerbot-answer careerbot-answer
  throughput_target careerbot-uncached "careerbot-uncached (no answer cache)"
  if [[ -n $answer ]]; then
    met=$(awk -v a="$(field p95 "$answer")" -v l=$p95_limit_ms 'BEGIN { print (a < l) ? 1 : 0 }')
    note=$(unanswered "$answer"); [[ -z $note ]] || met=0
    verdict "$met" "p95 of an answered turn < $p95_limit_ms ms at $level conversations$level_note: $(field p95 "$answer") ms$note"
  else
    verdict skip "p95 of an answered turn < $p95_limit_ms ms at $level conversations$level_note: needs careerbot-answer in TARGETS"
  fi
  if [[ -n $rss_line ]]; then
    met=$(awk -v a="$(field rss "$rss_line")" -v l=$rss_limit_mb 'BEGIN { print (a < l) ? 1 : 0 }')
    note=$(unanswered "$rss_line"); [[ -z $note ]] || met=0
    verdict "$met" "RSS < $rss_limit_mb MB after $(field turns "$rss_line") answered turns: $(field rss "$rss_line") MB$note"
  else
    verdict skip "RSS < $rss_limit_mb MB after $rss_turns answered turns: needs careerbot-answer in TARGETS and RSS_TURNS > 0"
  fi
  if ((${#store_line[@]} > 1)); then
    first=${store_line[0]} last=${store_line[-1]}
    first_p50=$(field p50 "${first#*|}") last_p50=$(field p50 "${last#*|}")
    met=$(awk -v a="$last_p50" -v b="$first_p50" -v f=$store_factor 'BEGIN { print (a <= f * b) ? 1 : 0 }')
    note=$(unanswered "${last#*|}"); [[ -z $note ]] || met=0
    verdict "$met" "an answered turn's p50 with ${last%%|*} stored conversations ≤ ${store_factor}× with ${first%%|*}: $last_p50 vs $first_p50 ms = $(ratio "$last_p50" "$first_p50")$note"
  else
    verdict skip "an answered turn's p50 at the largest store size ≤ ${store_factor}× the smallest: needs careerbot-answer in TARGETS and two STORE_SIZES"
  fi
  if ((${#crashed[@]} > 0)); then
    verdict 0 "no error: $total_errors failed turns, server(s) died: ${crashed[*]}"
  else
    verdict $((total_errors == 0 ? 1 : 0)) "no error: $total_errors failed turns over every run (warm-ups and memory phase included)"
  fi
} >"$report"

cat "$report"

if $readme; then
  page=docs/performance.md
  grep -q '^<!-- bench:start -->$' "$page" && grep -q '^<!-- bench:end -->$' "$page" \
    || fail_setup "$page has no <!-- bench:start --> / <!-- bench:end --> markers"
  awk -v report="$report" '
    /^<!-- bench:start -->$/ { print; while ((getline l < report) > 0) print l; skipping = 1; next }
    /^<!-- bench:end -->$/ { skipping = 0 }
    !skipping { print }
  ' "$page" >"$data/page.md"
  cp "$data/page.md" "$page"
  progress "$page benchmark section rewritten"
fi

((failed == 0)) || exit 1

#!/usr/bin/env bash
# Side-by-side load figures on this machine: the bare ASP.NET Core echo endpoint (the limit of the stack)
# and CareerBot as shipped (auth layer, middleware, SQLite state) in its echo mode (Bot:Mode=Echo: the same
# work but the answer step), driven by the same load tool with expectReplies at several concurrency levels.
# Prints a Markdown table for the README.
# Env: LEVELS (default "1 10 50 200"), TURNS per conversation (default 200), BOT_MODE (default Echo; Advisor
# answers each message with the answer step).
set -euo pipefail
cd "$(dirname "$0")/../.."
levels=${LEVELS:-"1 10 50 200"}
turns=${TURNS:-200}
bare_port=3999
bot_port=3978

dotnet build CareerBot.sln -c Release --nologo -v quiet -clp:ErrorsOnly >/dev/null
load=(dotnet tests/CareerBot.LoadTest/bin/Release/net10.0/CareerBot.LoadTest.dll)
data=$(mktemp -d)
pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$data"; }
trap cleanup EXIT

"${load[@]}" echo-server --urls "http://127.0.0.1:$bare_port" >/dev/null 2>&1 &
bare_pid=$!; pids+=("$bare_pid")
ASPNETCORE_ENVIRONMENT=Production Storage__Sqlite__Path="$data/bench.db" Bot__Mode="${BOT_MODE:-Echo}" \
  dotnet src/CareerBot.Web/bin/Release/net10.0/CareerBot.Web.dll --urls "http://127.0.0.1:$bot_port" >"$data/bot.log" 2>&1 &
bot_pid=$!; pids+=("$bot_pid")

for port in $bare_port $bot_port; do
  for _ in $(seq 1 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
    sleep 0.2
  done
done

echo "| conversations | target | turns/s | p50 ms | p95 ms | p99 ms | errors | peak RSS | turns/s vs bare | p95 vs bare |"
echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|"
field() { sed -E "s/.* $1=([^ ]+).*/\1/" <<<"$2"; }
for c in $levels; do
  bare=$("${load[@]}" --url "http://127.0.0.1:$bare_port/api/messages" --conversations "$c" --turns "$turns" --pid "$bare_pid" --label bare)
  bot=$("${load[@]}" --url "http://127.0.0.1:$bot_port/api/messages" --conversations "$c" --turns "$turns" --pid "$bot_pid" --label careerbot)
  for line in "$bare" "$bot"; do
    label=${line%%:*}
    ratio_tps=$(awk -v a="$(field tps "$line")" -v b="$(field tps "$bare")" 'BEGIN{printf "%.2f", a/b}')
    ratio_p95=$(awk -v a="$(field p95 "$line" | tr -d ms)" -v b="$(field p95 "$bare" | tr -d ms)" 'BEGIN{printf "%.2f", a/b}')
    echo "| $c | $label | $(field tps "$line") | $(field p50 "$line" | tr -d ms) | $(field p95 "$line" | tr -d ms) | $(field p99 "$line" | tr -d ms) | $(field errors "$line") | $(field peakRSS "$line") MB | ${ratio_tps}× | ${ratio_p95}× |"
  done
done

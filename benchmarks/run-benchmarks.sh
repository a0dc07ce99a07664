#!/usr/bin/env bash
# Side-by-side benchmarks, measured in one run on this machine.
#   benchmarks/run-benchmarks.sh [--calls N]
# 1. Listing 100,000 calls of one function through the client library (CallPager) against the
#    emulator binary, versus the floor: the sum of curl's time_total over the same cursor pages,
#    fetched one after another (the server's own time, not curl's process starts).
# 2. The main window with 100 functions and those 100,000 calls: window shown before the network
#    answers, loading all calls into the table, GUI-thread stalls, sort and filter times.
# 4. Zipping a generated 200 MB folder of 20,000 files: our packager (one core, all cores) next to
#    Info-ZIP `zip -r -6` and Python's zipfile with deflate.
# 3. A trivial call, POST to Completed, on a fresh emulator, versus Python importing the handler
#    and calling it (the floor); then 20 calls at once and the API's longest answer meanwhile.
# 5. The log viewer fed 1,000,000 lines in batches of 1,000, next to a QPlainTextEdit fed the same:
#    longest stall, search time, memory.
# 7. The Monitor: 100 functions with 1,000 calls each over the last day, read through CallHistory
#    with figures as pages land (first figures, complete), versus the sum of curl's time_total
#    over the same pages, function by function.
# 9. Log search: 1,000 finished calls of 2,000 lines each, searched through the Search Calls engine
#    with an empty cache and again from the cache, versus the sum of curl's time_total fetching the
#    same logs one after another.
# 8. Start: the app on the local emulator, offscreen, from the process launch to the functions
#    table painted with rows from the last-known state (a first start reads the project and keeps it).
# 6. Live tail: a handler prints a line every 100 ms; printed -> painted in the log view (p50, p95),
#    next to the tail reading every second as it did before; and how often a quiet call is read.
set -euo pipefail
cd "$(dirname "$0")/.."
calls=100000
[ "${1:-}" = "--calls" ] && calls="$2"

./scripts/setup-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target functions-emulator bench_list_calls bench_gui bench_calls bench_zip bench_logview bench_livetail bench_monitor bench_logsearch functions-studio >/dev/null
bin=build/release

work="$(mktemp -d)"
emu_pid=""
emu2_pid=""
emu3_pid=""
emu4_pid=""
cleanup() {
  [ -n "$emu_pid" ] && kill "$emu_pid" 2>/dev/null || true
  [ -n "$emu2_pid" ] && kill "$emu2_pid" 2>/dev/null || true
  [ -n "$emu3_pid" ] && kill "$emu3_pid" 2>/dev/null || true
  [ -n "$emu4_pid" ] && kill "$emu4_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

fid="$($bin/benchmarks/bench_list_calls seed "$work/data" "$calls" 100)"
# A throwaway data dir: the benchmarks sign in with a known secret.
creds=(--client-id functions-studio --client-secret emulator-secret)
$bin/src/emulator/functions-emulator --data-dir "$work/data" --port 0 --quiet "${creds[@]}" > "$work/out" 2> "$work/err" &
emu_pid=$!
for _ in $(seq 100); do grep -q listening "$work/out" 2>/dev/null && break; sleep 0.1; done
base="$(sed -n 's/^listening on \(http[^ ]*\) .*/\1/p' "$work/out")"
echo "emulator at $base with $calls calls on function $fid"

echo "== list $calls calls =="
# One pass first, not measured: the emulator's first read of a fresh database (SQLite's page cache,
# its first query plans) would otherwise be charged to whichever side runs first.
$bin/benchmarks/bench_list_calls list "$base" "$fid" > /dev/null
$bin/benchmarks/bench_list_calls list "$base" "$fid" | tee "$work/lib"

token="$(curl -s -d grant_type=client_credentials -d client_id=functions-studio -d client_secret=emulator-secret "$base/oauth2/token" \
         | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')"
# The floor: curl's own time_total for each page, summed.
: > "$work/times"
cursor=""
n=0
pages=0
while :; do
  if [ -z "$cursor" ]; then body='{"limit":10000}'; else body="{\"limit\":10000,\"cursor\":\"$cursor\"}"; fi
  curl -s -o "$work/page" -w '%{time_total}\n' -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d "$body" \
       "$base/api/v1/projects/playground/functions/$fid/calls/list" >> "$work/times"
  n=$((n + $(grep -o '"functionId"' "$work/page" | wc -l)))
  pages=$((pages + 1))
  cursor="$(grep -o '"nextCursor":"[^"]*"' "$work/page" | sed 's/"nextCursor":"\(.*\)"/\1/' || true)"
  [ -z "$cursor" ] && break
done
floor_ms="$(awk '{ s += $1 } END { printf "%d", s * 1000 }' "$work/times")"
lib_ms="$(sed -n 's/.* in \([0-9]*\) ms;.*/\1/p' "$work/lib")"
awk -v a="$lib_ms" -v b="$floor_ms" -v n="$n" 'BEGIN { printf "list calls: %d calls in %d ms; floor %d ms; ratio %.2f\n", n, a, b, a / b }'

echo "== main window =="
QT_QPA_PLATFORM=offscreen $bin/benchmarks/bench_gui "$base"

echo "== calls =="
# Debian's interpreter for both sides, as on a fresh machine (a pyenv shim would add its own start-up).
python=/usr/bin/python3
$bin/src/emulator/functions-emulator --data-dir "$work/calls" --port 0 --quiet --python "$python" "${creds[@]}" > "$work/out2" 2> "$work/err2" &
emu2_pid=$!
for _ in $(seq 100); do grep -q listening "$work/out2" 2>/dev/null && break; sleep 0.1; done
base2="$(sed -n 's/^listening on \(http[^ ]*\) .*/\1/p' "$work/out2")"
$bin/benchmarks/bench_calls "$base2" 50 "$python"

echo "== zip =="
$bin/benchmarks/bench_zip 20000 200
echo "== live tail =="
QT_QPA_PLATFORM=offscreen $bin/benchmarks/bench_livetail "$base2" 100
echo "== monitor =="
since=$(( $(date +%s) * 1000 - 24 * 3600 * 1000 ))
$bin/benchmarks/bench_list_calls seed-spread "$work/monitor" 100000 100 > "$work/monitor-ids"
$bin/src/emulator/functions-emulator --data-dir "$work/monitor" --port 0 --quiet "${creds[@]}" > "$work/out3" 2> "$work/err3" &
emu3_pid=$!
for _ in $(seq 100); do grep -q listening "$work/out3" 2>/dev/null && break; sleep 0.1; done
base3="$(sed -n 's/^listening on \(http[^ ]*\) .*/\1/p' "$work/out3")"
$bin/benchmarks/bench_monitor "$base3" "$since" > "$work/monitor-lib"
token3="$(curl -s -d grant_type=client_credentials -d client_id=functions-studio -d client_secret=emulator-secret "$base3/oauth2/token" \
          | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')"
: > "$work/monitor-times"
while read -r mfid; do
  cursor=""
  while :; do
    if [ -z "$cursor" ]; then body="{\"limit\":10000,\"filter\":{\"startTime\":{\"min\":$since}}}"
    else body="{\"limit\":10000,\"filter\":{\"startTime\":{\"min\":$since}},\"cursor\":\"$cursor\"}"; fi
    curl -s -o "$work/page" -w '%{time_total}\n' -H "Authorization: Bearer $token3" -H 'Content-Type: application/json' -d "$body" \
         "$base3/api/v1/projects/playground/functions/$mfid/calls/list" >> "$work/monitor-times"
    cursor="$(grep -o '"nextCursor":"[^"]*"' "$work/page" | sed 's/"nextCursor":"\(.*\)"/\1/' || true)"
    [ -z "$cursor" ] && break
  done
done < "$work/monitor-ids"
monitor_floor="$(awk '{ s += $1 } END { printf "%d", s * 1000 }' "$work/monitor-times")"
echo "$(cat "$work/monitor-lib"); floor $monitor_floor ms"
kill "$emu3_pid" 2>/dev/null || true
emu3_pid=""

echo "== log search =="
$bin/benchmarks/bench_logsearch seed "$work/search" 1000 2000 > "$work/search-ids"
$bin/src/emulator/functions-emulator --data-dir "$work/search" --port 0 --quiet "${creds[@]}" > "$work/out4" 2> "$work/err4" &
emu4_pid=$!
for _ in $(seq 100); do grep -q listening "$work/out4" 2>/dev/null && break; sleep 0.1; done
base4="$(sed -n 's/^listening on \(http[^ ]*\) .*/\1/p' "$work/out4")"
$bin/benchmarks/bench_logsearch run "$base4" "$work/search-cache" "$work/search-ids" 2000 > "$work/search-lib"
token4="$(curl -s -d grant_type=client_credentials -d client_id=functions-studio -d client_secret=emulator-secret "$base4/oauth2/token" \
          | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')"
: > "$work/search-times"
while read -r sfid scid; do
  curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $token4" \
       "$base4/api/v1/projects/playground/functions/$sfid/calls/$scid/logs" >> "$work/search-times"
done < "$work/search-ids"
search_floor="$(awk '{ s += $1 } END { printf "%d", s * 1000 }' "$work/search-times")"
echo "$(cat "$work/search-lib"); floor $search_floor ms"
kill "$emu4_pid" 2>/dev/null || true
emu4_pid=""

echo "== start =="
start_home="$work/start-home"
mkdir -p "$start_home"
# A HOME of its own: the first start reads the emulator's demo project and keeps its last-known
# state, the second shows it from the disk; the probe prints the time and quits.
for _ in 1 2; do
  HOME="$start_home" QT_QPA_PLATFORM=offscreen FS_BENCH_START_NS="$(date +%s%N)" \
    timeout 120 $bin/src/app/functions-studio --emulator 2>/dev/null | grep '^start:' || true
done

echo "== log viewer =="
$bin/benchmarks/bench_logview --lines 1000000 --batch 1000

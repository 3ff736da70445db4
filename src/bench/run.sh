#!/usr/bin/env bash
# ascform benchmark (issue #10): generates an account, serves it with the sandbox in its own
# process at 0 and 100 ms latency, and runs validate, plan, apply and plan again through the real
# CLI (the jar, one process per command), printing requests (from the sandbox's own statistics),
# wall time, CPU time and peak RSS of the ascform process next to the lower bound and a
# one-request-per-resource refresh. Not a test: nothing is asserted. Results: docs/PERFORMANCE.md.
#
#   src/bench/run.sh                       # large account, latencies 0 and 100 ms
#   SCALE=medium LATENCIES="0" src/bench/run.sh
#   JAVA_OPTS="-Xmx256m" src/bench/run.sh  # added to the launcher's options (ASCFORM_JAVA_OPTS)
#   ASCFORM_JAR=path/to/ascform.jar JAVA_OPTS="..." src/bench/run.sh   # plain `java $JAVA_OPTS -jar`
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
SCALE="${SCALE:-large}"
SEED="${RANDOM_SEED:-1}"
LATENCIES="${LATENCIES:-0 100}"
JAR="${ASCFORM_JAR:-}"
JAVA_OPTS="${JAVA_OPTS:-}"
# By default every command runs through ./ascform, the launcher users run (its JVM options, its
# class-data archive); with ASCFORM_JAR set, as `java $JAVA_OPTS -jar $ASCFORM_JAR` instead.
if [[ -z "$JAR" ]]; then
  RUN=(env "ASCFORM_JAVA_OPTS=$JAVA_OPTS" "$ROOT/ascform")
  "$ROOT/ascform" --version >/dev/null   # builds the jar and the class-data archive when stale
else
  # shellcheck disable=SC2206
  RUN=(java $JAVA_OPTS -jar "$JAR")
fi
WORK="$(mktemp -d "${TMPDIR:-/tmp}/ascform-bench.XXXXXX")"
SERVER_PID=""

cleanup() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

ascform() {
  "${RUN[@]}" "$@"
}

# GET a path of the sandbox's admin API (no curl needed).
admin_get() {
  local host="${ASC_API_URL#http://}" port
  port="${host##*:}"
  host="${host%%:*}"
  exec 3<>"/dev/tcp/$host/$port"
  printf 'GET %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n' "$1" "$host" >&3
  sed '1,/^\r$/d' <&3
  exec 3<&-
}

requests_total() {
  admin_get /_sandbox/stats | tr -d '\n' | sed -E 's/.*"total" *: *([0-9]+).*/\1/'
}

# Runs one ascform command, measuring it; sets M_WALL M_CPU M_RSS M_EXIT.
measure() {
  local out="$WORK/measure.txt" log="$WORK/last.log"
  local start end
  start=$(date +%s%N)
  if [[ -x /usr/bin/time ]]; then
    set +e
    /usr/bin/time -f "%U %S %M" -o "$out" "${RUN[@]}" "$@" >"$log" 2>&1
    M_EXIT=$?
    set -e
    read -r user sys rss <"$out"
    M_CPU=$(awk -v u="$user" -v s="$sys" 'BEGIN{printf "%.2f", u+s}')
    M_RSS=$((rss / 1024))
  else
    # Fallback: CPU from bash's own accounting of children, peak RSS polled from /proc.
    local before after pid peak=0 hwm
    before=$(awk '{print $14+$15+$16+$17}' /proc/$$/stat)
    "${RUN[@]}" "$@" >"$log" 2>&1 &
    pid=$!
    while kill -0 "$pid" 2>/dev/null; do
      hwm=$(awk '/VmHWM/{print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
      [[ -n "$hwm" && "$hwm" -gt "$peak" ]] && peak=$hwm
      sleep 0.02
    done
    set +e; wait "$pid"; M_EXIT=$?; set -e
    after=$(awk '{print $14+$15+$16+$17}' /proc/$$/stat)
    M_CPU=$(awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" 'BEGIN{printf "%.2f", t/hz}')
    M_RSS=$((peak / 1024))
  fi
  end=$(date +%s%N)
  M_WALL=$(awk -v n=$((end - start)) 'BEGIN{printf "%.2f", n/1e9}')
}

echo "== ascform benchmark: scale $SCALE, random seed $SEED, latencies: $LATENCIES ms"
echo "machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.1f GB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
GEN="$(ascform sandbox generate --scale "$SCALE" --random-seed "$SEED" -o "$WORK/account")"
echo "$GEN" | sed 's/^/   /'
LOWER=$(echo "$GEN" | sed -nE 's/.*lower bound of a full read: ([0-9]+) requests.*/\1/p')
PER_RESOURCE=$(echo "$GEN" | sed -nE 's/.*one request per resource: ([0-9]+).*/\1/p')

printf '\n%-8s %-12s %8s %8s %12s %8s %8s %8s %5s\n' latency step requests lower per-resource wall_s cpu_s rss_MB exit
for latency in $LATENCIES; do
  data="$WORK/sandbox-$latency"
  "${RUN[@]}" sandbox serve --data "$data" --seed "$WORK/account/sandbox-seed.yaml" \
    --latency-ms "$latency" --rate-limit 1000000 >"$WORK/serve.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 600); do
    grep -q '^export ASC_PRIVATE_KEY_PATH' "$WORK/serve.log" && break
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/serve.log" >&2; exit 1; }
    sleep 0.1
  done
  eval "$(grep '^export ' "$WORK/serve.log")"
  state="$WORK/state-$latency.json"
  for step in validate plan apply plan-again; do
    common=(-c "$WORK/account")
    case "$step" in
      validate) args=(validate "${common[@]}") ;;
      plan | plan-again) args=(plan "${common[@]}" --state "$state" --no-color) ;;
      apply) args=(apply "${common[@]}" --state "$state" --auto-approve --no-color) ;;
    esac
    before=$(requests_total)
    measure "${args[@]}"
    after=$(requests_total)
    printf '%-8s %-12s %8s %8s %12s %8s %8s %8s %5s\n' "${latency}ms" "$step" $((after - before)) \
      "$([[ $step == validate ]] && echo - || echo "$LOWER")" \
      "$([[ $step == validate ]] && echo - || echo "$PER_RESOURCE")" "$M_WALL" "$M_CPU" "$M_RSS" "$M_EXIT"
    if [[ "$M_EXIT" -ne 0 && "$M_EXIT" -ne 2 ]]; then
      sed 's/^/     | /' "$WORK/last.log" | tail -20
    fi
    grep -E '^(Plan:|No changes|Apply complete|read [0-9]+ collections)' "$WORK/last.log" | sed 's/^/     | /' || true
  done
  kill "$SERVER_PID" 2>/dev/null || true
  wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=""
done

# wrk measurements shared by the benchmarks (sourced): THREADS, CONNECTIONS, DURATION set.
ticks_per_second=$(getconf CLK_TCK)
cpu_ticks() { # pids... (summed)
  local total=0 pid
  for pid in $1; do total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat"))); done
  echo "$total"
}

# Runs wrk against a URL; prints one Markdown table row with req/s, p50, p99 and CPU per request.
measure() { # name url pid
  local name=$1 url=$2 pid=$3 before after out rps p50 p99 requests cpu_ms
  curl -sf -o /dev/null "$url" || { echo "| $name | (failed: $url) | | | |"; return; }
  wrk -t"$THREADS" -c"$CONNECTIONS" -d5s --timeout 10s "$url" >/dev/null # warm up
  before=$(cpu_ticks "$pid")
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency "$url")
  after=$(cpu_ticks "$pid")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  requests=$(awk '/requests in/ {print $1}' <<<"$out")
  cpu_ms=$(echo "scale=3; ($after - $before) * 1000 / $ticks_per_second / $requests" | bc)
  echo "| $name | $rps | $p50 | $p99 | $cpu_ms |"
}

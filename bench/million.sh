#!/usr/bin/env bash
# Warta at a million articles: generate (timed), reindex (timed), restart (seconds to the first
# page), heap in use after a full GC, data size on disk, then uncached p99 of every kind of reader
# page at 16 connections, CPU per uncached article request, and a cached article against nginx
# serving the same HTML in the same run, without and with gzip asked. Prints a Markdown report,
# with `uptime` at each step.
#
#   bench/million.sh [N]     (N articles, default 1000000; needs wrk, nginx, curl, jcmd/jstat)
#
# Environment: DB=sqlite|postgres (default sqlite), WORK (data directory, default
# target/million-$DB), REUSE=1 to measure WORK's data again without generating it,
# DURATION (20s per run), WARMUP (10s of each page before the first is measured),
# CONNECTIONS (16), THREADS (2), PORT (9231), NGINX_PORT (9239),
# PGDB (PostgreSQL database, default million_bigwrite; dropped and made anew unless REUSE=1),
# PGURL (default jdbc:postgresql://127.0.0.1:5432/$PGDB, user postgres), SECTION (nasional),
# DEEP_PATH (the section's page 5,000: default the position after its 100,000th newest article,
# read once from the database: /$SECTION?sebelum=<ms>.<id>), COMMON_WORD, RARE_WORD,
# SEARCH_WAIT (seconds to wait for the index's start-up catch-up before measuring, 600),
# CACHED_ROUNDS (4: the cached article against nginx in alternating rounds, the order swapped
# each round, so both meet the machine's drift alike), CACHED_DURATION (10s per run) and
# CACHED_WARMUP (20s of the cached article before the rounds, as bench/cached.sh: the JIT compiles
# the hit path, which the uncached runs did not take).
set -euo pipefail
cd "$(dirname "$0")/.."

N=${1:-1000000}
DB=${DB:-sqlite}
DURATION=${DURATION:-20s}
CACHED_ROUNDS=${CACHED_ROUNDS:-4}
CACHED_DURATION=${CACHED_DURATION:-10s}
CACHED_WARMUP=${CACHED_WARMUP:-20s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
PORT=${PORT:-9231}
NGINX_PORT=${NGINX_PORT:-9239}
WORK=${WORK:-target/million-$DB}
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
JDK_BIN=$(dirname "$(readlink -f "$JAVA")")
PGDB=${PGDB:-million_bigwrite}
SECTION=${SECTION:-nasional}
DEEP_OFFSET=${DEEP_OFFSET:-99999}
COMMON_WORD=${COMMON_WORD:-pemerintah}
# In the demo's seed article only: a search that finds one article among a million.
RARE_WORD=${RARE_WORD:-junta}

for tool in wrk nginx curl bc; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install wrk nginx-light curl bc" >&2; exit 1; }
done
[ "$DB" = sqlite ] || [ "$DB" = postgres ] || { echo "DB is sqlite or postgres, not $DB" >&2; exit 2; }

[ -f target/warta.jar ] || mvn -B -q package -DskipTests
if [ "${REUSE:-0}" != 1 ]; then rm -rf "$WORK"; fi
mkdir -p "$WORK"
cp target/warta.jar "$WORK/warta.jar" # building again meanwhile must not change the jar measured
DATA=$(readlink -f "$WORK")/data
LOG=$WORK/warta.log
JAVA_OPTS=(--enable-native-access=ALL-UNNAMED -XX:+UseSerialGC -Xmx512m)
export WARTA_DATA_DIR=$DATA
if [ "$DB" = postgres ]; then
  PGURL=${PGURL:-jdbc:postgresql://127.0.0.1:5432/$PGDB}
  export WARTA_DB_URL=$PGURL WARTA_DB_USER=${WARTA_DB_USER:-postgres}
  if [ "${REUSE:-0}" != 1 ]; then
    psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $PGDB" >/dev/null
    psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE $PGDB" >/dev/null
  fi
fi

source bench/wrk.sh

load() { uptime | sed 's/.*load average: /load /'; }
elapsed() { echo "$(date +%s.%N) - $1" | bc | xargs printf '%.1f'; }

start_warta() { # extra args... (START_JAR: the jar's options, default -jar $WORK/warta.jar)
  local started
  started=$(date +%s.%N)
  "$JAVA" "${JAVA_OPTS[@]}" ${START_JAR:--jar "$WORK/warta.jar"} --server.port="$PORT" \
    --warta.channels.scheduled=false "$@" >>"$LOG" 2>&1 &
  WARTA_PID=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/"; do
    kill -0 "$WARTA_PID" 2>/dev/null || { echo "Warta died, see $LOG" >&2; exit 1; }
    sleep 0.1
  done
  FIRST_PAGE_SECONDS=$(elapsed "$started")
}

stop_warta() {
  kill "$WARTA_PID" 2>/dev/null || true
  wait "$WARTA_PID" 2>/dev/null || true
}

# Waits (at most SEARCH_WAIT seconds, default 600) until the search index's start-up maintenance
# has logged its end; says so when it has not.
wait_for_search() { # log lines before the start
  local skip=$1 waited=0
  while [ "$waited" -lt "${SEARCH_WAIT:-600}" ]; do
    tail -n +"$skip" "$LOG" | grep -q "Search index caught up\|Search index rebuilt" && return
    sleep 1
    waited=$((waited + 1))
  done
  echo "- (search index maintenance still running after ${SEARCH_WAIT:-600} s: figures below include it)"
}

heap_after_full_gc() { # pid -> MB in use (young + old) after a full GC
  "$JDK_BIN/jcmd" "$1" GC.run >/dev/null
  "$JDK_BIN/jstat" -gc "$1" | awk 'NR == 2 {printf "%.0f", ($3 + $4 + $6 + $8) / 1024}'
}

echo "## bench/million.sh, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, DB=$DB, N=$N"
echo
echo "- before: $(load)"

if [ "${REUSE:-0}" != 1 ]; then
  # A first start loads the demo content (sections, writers, the seed article).
  start_warta
  until grep -q "Demo content loaded" "$LOG"; do sleep 0.5; done
  stop_warta
  started=$(date +%s.%N)
  "$JAVA" "${JAVA_OPTS[@]}" -jar "$WORK/warta.jar" generate-articles "$N" >>"$LOG" 2>&1
  echo "- generate-articles $N: **$(elapsed "$started") s** ($(load))"
  started=$(date +%s.%N)
  "$JAVA" "${JAVA_OPTS[@]}" -jar "$WORK/warta.jar" reindex >>"$LOG" 2>&1
  echo "- reindex: **$(elapsed "$started") s** ($(load))"
fi

BASE=http://127.0.0.1:$PORT
# The same restart from the jar extracted with JDK 25's ahead-of-time cache (deploy/aot-cache.sh,
# recorded on an empty SQLite database, used as it is on either database).
started=$(date +%s.%N)
bash deploy/aot-cache.sh "$WORK/warta.jar" "$WORK/aot" >/dev/null
AOT_SECONDS=$(elapsed "$started")
lines=$(wc -l <"$LOG")
START_JAR="-XX:AOTMode=on -XX:AOTCache=$WORK/aot/warta.aot -jar $WORK/aot/warta.jar" \
  start_warta --warta.cache.enabled=false
stop_warta
AOT_FIRST_PAGE=$FIRST_PAGE_SECONDS
lines=$(wc -l <"$LOG")
start_warta --warta.cache.enabled=false
echo "- restart to the first page served: **${FIRST_PAGE_SECONDS} s** ($(load)); with the AOT cache: **${AOT_FIRST_PAGE} s** (the cache made in ${AOT_SECONDS} s by \`deploy/aot-cache.sh\`)"
wait_for_search $((lines + 1))
echo "- heap in use after a full GC: **$(heap_after_full_gc "$WARTA_PID") MB** (-Xmx512m, SerialGC)"
if [ "$DB" = sqlite ]; then
  db_bytes=$(du -cb "$DATA"/warta.db* | tail -1 | cut -f1)
else
  db_bytes=$(psql -h 127.0.0.1 -U postgres -d "$PGDB" -Atc "SELECT pg_database_size('$PGDB')")
fi
index_bytes=$(du -sb "$DATA/search" | cut -f1)
printf -- "- data on disk: database %.0f MB, search index %.0f MB\n" \
  "$(echo "$db_bytes / 1048576" | bc -l)" "$(echo "$index_bytes / 1048576" | bc -l)"
published=$(tail -n +"$((lines + 1))" "$LOG" | grep -o "Search index rebuilt: [0-9]* articles" | tail -1 || true)
[ -n "$published" ] && echo "- ($published)"

# The pages measured, found from the site itself.
ARTICLE=$(curl -sf "$BASE/$SECTION" | grep -o "href=\"/$SECTION/[0-9]*/[^\"]*\"" | head -1 | cut -d'"' -f2)
ARTICLE_HTML=$(curl -sf "$BASE$ARTICLE")
TAG=$(grep -o 'href="/tag/[^"]*"' <<<"$ARTICLE_HTML" | head -1 | cut -d'"' -f2)
AUTHOR=$(grep -o 'href="/penulis/[^"]*"' <<<"$ARTICLE_HTML" | head -1 | cut -d'"' -f2)
DAY=$(date -u -d '-365 days' +%F)
# Page 5,000 of 20: the position after the section's 100,000th newest article, read once here
# (a reader gets there by "Berikutnya" links; the site itself never walks an OFFSET).
DEEP_SQL="SELECT a.published_at || '.' || a.id FROM article a JOIN section s ON s.id = a.section_id
  WHERE s.slug = '$SECTION' AND a.status = 'PUBLISHED'
  ORDER BY a.published_at DESC, a.id DESC LIMIT 1 OFFSET $DEEP_OFFSET"
if [ -z "${DEEP_PATH:-}" ]; then
  if [ "$DB" = sqlite ]; then
    DEEP_PATH="/$SECTION?sebelum=$(sqlite3 "$DATA/warta.db" "$DEEP_SQL")"
  else
    DEEP_PATH="/$SECTION?sebelum=$(psql -h 127.0.0.1 -U postgres -d "$PGDB" -Atc "$DEEP_SQL")"
  fi
fi
PAGES=("/" "/$SECTION" "$DEEP_PATH" "$TAG" "$AUTHOR" "/indeks?tanggal=$DAY" "/cari?q=$COMMON_WORD"
  "/cari?q=$RARE_WORD" "$ARTICLE")
# Every page once under load before any is measured (WARMUP each): measured right after the start,
# the first page paid for the JIT compiling the code all pages share (home 3.9 against 1.9 ms of
# CPU per request in back-to-back runs of one jar).
for path in "${PAGES[@]}"; do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP:-10s}" --timeout 10s "$BASE$path" >/dev/null
done
echo
echo "Uncached (\`--warta.cache.enabled=false\`), $CONNECTIONS connections, $DURATION each after ${WARMUP:-10s} of each page; $(load) at the start:"
echo
echo "| page | path | requests/s | p50 | p99 | server CPU ms/request |"
echo "|---|---|---|---|---|---|"
row() { # name path
  local line
  line=$(measure "$1" "$BASE$2" "$WARTA_PID")
  echo "$line" | sed "s#^| $1 |#| $1 | \`$2\` |#"
}
row "home" "/"
row "section, page 1" "/$SECTION"
row "section, deepest page" "$DEEP_PATH"
row "tag" "$TAG"
row "author" "$AUTHOR"
row "Indeks of a date" "/indeks?tanggal=$DAY"
row "search, common word" "/cari?q=$COMMON_WORD"
row "search, rare word" "/cari?q=$RARE_WORD"
row "article" "$ARTICLE"
echo
echo "(last column of the article row: CPU per uncached article request; $(load) at the end)"
stop_warta

start_warta
curl -sf "$BASE$ARTICLE" >"$WORK/article.html"
start_nginx "$WORK/nginx" "$NGINX_PORT" "$WORK/article.html"
ratio() { # warta-row nginx-row
  echo "$(awk -F'|' '{print $3}' <<<"$1") / $(awk -F'|' '{print $3}' <<<"$2")" | bc -l
}
median() { # numbers... (the mean of the middle two when there is an even number)
  printf '%s\n' "$@" | sort -g |
    awk '{v[NR] = $1} END {printf "%.2f", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}
# Warta and nginx in CACHED_ROUNDS alternating rounds (nginx first in even rounds); prints a row
# each and leaves the rounds' ratios in RATIOS.
cached_rounds() { # what nginx-name
  local round warta nginx
  RATIOS=()
  for round in $(seq 1 "$CACHED_ROUNDS"); do
    if ((round % 2)); then
      warta=$(DURATION=$CACHED_DURATION measure "$round: Warta, cached article$1" "$BASE$ARTICLE" "$WARTA_PID")
      nginx=$(DURATION=$CACHED_DURATION measure "$round: $2" "http://127.0.0.1:$NGINX_PORT/article.html" "$NGINX_PIDS")
    else
      nginx=$(DURATION=$CACHED_DURATION measure "$round: $2" "http://127.0.0.1:$NGINX_PORT/article.html" "$NGINX_PIDS")
      warta=$(DURATION=$CACHED_DURATION measure "$round: Warta, cached article$1" "$BASE$ARTICLE" "$WARTA_PID")
    fi
    echo "$warta"
    echo "$nginx"
    # A failed run (no requests/s) leaves its round out rather than count as 0.
    if [[ "$warta" != *failed* && "$nginx" != *failed* ]]; then
      RATIOS+=("$(ratio "$warta" "$nginx")")
    fi
  done
}
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$CACHED_WARMUP" "$BASE$ARTICLE" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$CACHED_WARMUP" -H "Accept-Encoding: gzip" "$BASE$ARTICLE" >/dev/null
echo
echo "Cached article against nginx serving the same HTML, $CONNECTIONS connections, $CACHED_ROUNDS alternating rounds of $CACHED_DURATION after $CACHED_WARMUP of Warta plain and gzip ($(load)):"
echo
echo "| round: server | requests/s | p50 | p99 | server CPU ms/request |"
echo "|---|---|---|---|---|"
cached_rounds "" "nginx, same HTML"
plain=("${RATIOS[@]}")
kill "$NGINX_PID"; wait "$NGINX_PID" 2>/dev/null || true
# The same page asked with gzip, as browsers and Varnish ask: Warta sends its stored gzip body,
# nginx a gzipped copy beside the file (gzip_static).
ACCEPT_GZIP=1 start_nginx "$WORK/nginx-gzip" "$NGINX_PORT" "$WORK/article.html"
WRK_HEADERS=(-H "Accept-Encoding: gzip")
cached_rounds ", gzip" "nginx, same HTML, gzip_static"
gzipped=("${RATIOS[@]}")
WRK_HEADERS=()
kill "$NGINX_PID"; wait "$NGINX_PID" 2>/dev/null || true
stop_warta
echo
printf -- "- cached Warta / nginx requests per second, median of the rounds: **%s×** without gzip (%s), **%s×** with (%s); %s\n" \
  "$(median "${plain[@]}")" "$(printf '%.2f ' "${plain[@]}" | sed 's/ $//')" \
  "$(median "${gzipped[@]}")" "$(printf '%.2f ' "${gzipped[@]}" | sed 's/ $//')" "$(load)"

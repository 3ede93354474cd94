#!/usr/bin/env bash
# Search benchmark: Plenary's static search index vs Pagefind on the same built site.
#
#   bench/search/run.sh [STATEMENTS] [MEMBERS] [WORD]      (defaults: 2000 1000 transparency → about 21,000 pages)
#
# Generates a corpus in the registry format (7 languages; bench/build/Corpus.java, the build benchmark's generator),
# builds it once with `plenary build --links off`, then:
#   - index build time and peak memory (RSS, /usr/bin/time): Plenary's search stage alone in its own JVM
#     (bench/search/IndexOnly.java: read the registry, Lucene index + static index) vs `pagefind --site`;
#   - total index size on disk (site/search/ vs Pagefind's output);
#   - bytes fetched for a first one-word query in headless Chromium, from a plain file server that logs what it
#     serves: Plenary's search page (search.js, manifest, facets, language file, shards, the first ten result pages)
#     vs a page that loads pagefind.js, searches and loads the first ten results' data.
# Needs Java 17, Maven, node/npm (Pagefind 1.6.0 is installed under bench/search/node_modules, not committed),
# chromium. Run on a quiet machine: the figures are wall-clock times.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
statements=${1:-2000}
members=${2:-1000}
word=${3:-transparency}
work=${BENCH_DIR:-$repo/target/bench-search}
port=${BENCH_PORT:-8765}

cd "$repo"
./plenary --version >/dev/null # builds target/plenary.jar when stale
jar="$repo/target/plenary.jar"
if [[ ! -x "$here/node_modules/.bin/pagefind" ]]; then
  echo "installing pagefind 1.6.0 under bench/search/node_modules ..." >&2
  (cd "$here" && npm install --no-save --no-audit --no-fund --silent pagefind@1.6.0 >/dev/null)
fi

rm -rf "$work" && mkdir -p "$work"
echo "generating $statements statements and $members members in 7 languages ..." >&2
# The build benchmark's generator (one corpus generator for both benchmarks); only its Plenary half is needed here.
java "$repo/bench/build/Corpus.java" "$work/generated" "$statements" "$members" >/dev/null
mv "$work/generated/plenary" "$work/corpus" && rm -rf "$work/generated"
echo "building the site once (links not checked) ..." >&2
java -jar "$jar" build --root "$work/corpus" --out "$work/corpus/site" --links off | tail -1
pages=$(find "$work/corpus/site" -name index.html | wc -l)

measure() { # label, command...: prints "seconds peak_kib"
  local log="$work/time-$1.txt"; shift
  /usr/bin/time -v "$@" >"$work/out.log" 2>"$log" || { cat "$work/out.log" "$log" >&2; exit 1; }
  local wall rss
  wall=$(grep "Elapsed (wall clock)" "$log" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(grep "Maximum resident set size" "$log" | awk '{print $NF}')
  echo "$wall $rss"
}

echo "indexing with Plenary ..." >&2
rm -rf "$work/plenary-out"
# With the JVM flags `plenary build` runs with (the launcher's), so the stage is timed as a build runs it: the
# default JIT and collector cost this stage about 1.8x the CPU (C2 compiling competes for the 2 cores).
build_opts=$(sed -n 's/^build_opts="\(.*\)"$/\1/p' "$repo/plenary")
[[ -n $build_opts ]] || { echo "bench: cannot read the launcher's JVM flags from ./plenary" >&2; exit 2; }
# shellcheck disable=SC2086 # the flags are words
read -r p_time p_rss < <(measure plenary java $build_opts -cp "$jar" "$here/IndexOnly.java" "$work/corpus" "$work/plenary-out")
p_stage=$(grep -o 'search stage [0-9.]*' "$work/out.log" | awk '{print $3}')
p_read=$(grep -o 'read [0-9.]*' "$work/out.log" | awk '{print $2}')
p_size=$(du -sb "$work/plenary-out/search" | cut -f1)
p_files=$(find "$work/plenary-out/search" -type f | wc -l)

echo "indexing with Pagefind ..." >&2
rm -rf "$work/corpus/site/pagefind"
read -r f_time f_rss < <(measure pagefind "$here/node_modules/.bin/pagefind" --site "$work/corpus/site" --output-subdir pagefind)
f_size=$(du -sb "$work/corpus/site/pagefind" | cut -f1)
f_files=$(find "$work/corpus/site/pagefind" -type f | wc -l)

# The site as built (its own static index is what the search page uses) plus the Pagefind query page.
cp "$here/pf-query.js" "$work/corpus/site/pf-query.js"
printf '<!DOCTYPE html><meta charset="utf-8"><script type="module" src="/pf-query.js"></script><pre id="out"></pre>\n' \
  >"$work/corpus/site/pf-query.html"
log="$work/served.log"
java "$here/Serve.java" "$work/corpus/site" "$port" "$log" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
sleep 2
fetch() { # url → DOM
  timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-background-networking --user-data-dir="$work/chrome-$RANDOM" \
    --virtual-time-budget=30000 --dump-dom "$1" 2>/dev/null
}
: >"$log"
dom=$(fetch "http://127.0.0.1:$port/en/search/?q=$word&lang=en")
p_results=$(grep -o 'data-rank="[0-9]*"' <<<"$dom" | wc -l)
p_query=$(awk '$1 ~ /^\/search\// || $1 == "/assets/js/search.js" {s += $2} END {print s + 0}' "$log")
p_reqs=$(awk '$1 ~ /^\/search\// || $1 == "/assets/js/search.js" {n++} END {print n + 0}' "$log")
: >"$log"
dom=$(fetch "http://127.0.0.1:$port/pf-query.html?q=$word")
f_results=$(grep -o '<pre id="out">[0-9]*' <<<"$dom" | grep -o '[0-9]*$' || echo 0)
f_query=$(awk '$1 ~ /^\/pagefind\// {s += $2} END {print s + 0}' "$log")
f_reqs=$(awk '$1 ~ /^\/pagefind\// {n++} END {print n + 0}' "$log")

kb() { awk -v b="$1" 'BEGIN { printf "%.1f KB", b / 1024 }'; }
mb() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1048576 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
echo
echo "Corpus: $statements statements × 7 languages, $members members; $pages pages built. Query word: $word"
printf '%-34s %-18s %-18s %s\n' "" "Plenary" "Pagefind" "Plenary/Pagefind"
printf '%-34s %-18s %-18s %s\n' "index build time (wall, process)" "${p_time} s" "${f_time} s" "$(ratio "$p_time" "$f_time")"
printf '%-34s %-18s %-18s %s\n' "  of which search stage" "${p_stage} s" "" "$(ratio "$p_stage" "$f_time")"
printf '%-34s %-18s %-18s\n' "  of which JVM + reading registry" "$(awk -v t="$p_time" -v s="$p_stage" 'BEGIN{printf "%.2f s", t - s}')" ""
printf '%-34s %-18s %-18s %s\n' "peak memory (RSS)" "$(mb $((p_rss * 1024)))" "$(mb $((f_rss * 1024)))" "$(ratio "$p_rss" "$f_rss")"
printf '%-34s %-18s %-18s %s\n' "total index size" "$(mb "$p_size") ($p_files files)" "$(mb "$f_size") ($f_files files)" "$(ratio "$p_size" "$f_size")"
printf '%-34s %-18s %-18s %s\n' "first one-word query, bytes" "$(kb "$p_query") ($p_reqs req.)" "$(kb "$f_query") ($f_reqs req.)" "$(ratio "$p_query" "$f_query")"
printf '%-34s %-18s %-18s\n' "results shown / found" "$p_results" "$f_results"
echo "targets: time ≤ 0.25, size ≤ 0.5, first query ≤ 100 KB"

#!/usr/bin/env bash
# Build benchmark (issue 9): Plenary against Hugo on generated corpora with the same text, side by side.
#
#   bench/build/run.sh [CORPUS...]          CORPUS: S, M, L (default: S M L), or STATEMENTSxMEMBERS (say 40x30)
#   RUNS=5 bench/build/run.sh M             more timed runs per tool
#
# Corpora (bench/build/Corpus.java, fixed seed; every page in 7 languages; the same text as a Plenary site and as
# a Hugo site with a small theme showing the same things: statement and member pages, listings paginated at 200,
# archive pages per type and per year, language alternates):
#   S   400 statements, 2,000 members    (the real community's size)
#   M   2,000 statements, 1,000 members  (≈ 21,000 pages per tool)
#   L   20,000 statements, 8,000 members (≈ 200,000 pages per tool)
#
# S and M: one warm-up of each (two for Plenary, whose third build is its steady state: it rewrites the site before
# the current one), then RUNS (default 3) rounds, interleaved: Plenary full build (link check on), Hugo, Plenary
# with --links off. L: one round (L_RUNS), each tool into an empty folder, Plenary with -Xmx4g (issue 9: a
# 200,000-page site builds with a heap under 4 GiB), --links off only with L_NOLINKS=1. Each build runs under /usr/bin/time -v: wall time, user+system
# CPU, peak RSS. Plenary runs through ./plenary (its launcher flags) with --timings, which gives the search phase's
# own wall time (another column; the search indexes are built while the pages render, so that time is inside the
# render phase's, not added to it), and with a GC log, which
# gives the peak heap in use. Prints one line per build, then a table of medians and ratios (Plenary / Hugo).
#
# Run it on a quiet machine (the load average is printed before each corpus): the figures are wall-clock times.
# Needs Java 17+, Maven, Hugo (Debian package `hugo`), GNU time (`/usr/bin/time`). Disk: about 1 GB for S and M,
# 10 GB with L. Corpora are kept in WORK (default target/bench-build) and reused while Corpus.java is unchanged.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
RUNS=${RUNS:-3}
L_RUNS=${L_RUNS:-1}
L_NOLINKS=${L_NOLINKS:-0}   # 1: also time L with --links off
QUIET=${QUIET:-}            # say 1.5: before each corpus, wait (up to 5 minutes) for the 1-minute load average to drop below it
WORK=${WORK:-$repo/target/bench-build}
corpora=("$@")
[[ ${#corpora[@]} -gt 0 ]] || corpora=(S M L)

command -v hugo >/dev/null || { echo "bench: hugo is not installed (apt-get install hugo)" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "bench: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }
cd "$repo"
./plenary --version >/dev/null # builds target/plenary.jar when stale, outside the timed runs
mkdir -p "$WORK"
results="$WORK/results.tsv"
: >"$results"

sizes() { # corpus → "statements members"
  case "$1" in
    S) echo "400 2000" ;;
    M) echo "2000 1000" ;;
    L) echo "20000 8000" ;;
    [0-9]*x[0-9]*) echo "${1%x*} ${1#*x}" ;;
    *) echo "bench: unknown corpus $1 (S, M, L or STATEMENTSxMEMBERS)" >&2; exit 2 ;;
  esac
}

generate() { # corpus dir statements members
  local dir=$2 stamp
  stamp="$(sha256sum "$here/Corpus.java" | cut -c1-16) $3 $4"
  if [[ -f "$dir/.stamp" && "$(cat "$dir/.stamp")" == "$stamp" ]]; then return; fi
  echo "generating corpus $1 ($3 statements, $4 members, 7 languages) in $dir ..." >&2
  rm -rf "$dir" && mkdir -p "$dir"
  java "$here/Corpus.java" "$dir" "$3" "$4"
  echo "$stamp" >"$dir/.stamp"
}

# timed LOG COMMAND...: runs COMMAND under /usr/bin/time -v (its report in LOG.time, output in LOG.out/LOG.err);
# prints "wall cpu rss_mib".
timed() {
  local log=$1; shift
  if ! /usr/bin/time -v -o "$log.time" "$@" >"$log.out" 2>"$log.err"; then
    echo "bench: failed: $*" >&2; tail -20 "$log.err" >&2; cat "$log.time" >&2; exit 1
  fi
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, t, ":"); wall = (n == 3) ? t[1] * 3600 + t[2] * 60 + t[3] : t[1] * 60 + t[2] }
    /User time \(seconds\)/ { cpu += $2 }
    /System time \(seconds\)/ { cpu += $2 }
    /Maximum resident set size/ { rss = $2 / 1024 }
    END { printf "%.2f %.2f %.0f\n", wall, cpu, rss }' "$log.time"
}

# The search phase's wall seconds from --timings, and the peak heap in use (MiB, before any collection) from the GC log.
search_phase() { awk '$1 == "search" { print $2; f = 1 } END { if (!f) print "-" }' "$1.err"; }
heap_peak() {
  grep -o '[0-9]*M->[0-9]*M' "$1.gc" 2>/dev/null | awk -F'M->' '{ if ($1 + 0 > m) m = $1 + 0 } END { print m + 0 }'
}

plenary() { # log out heap links-mode
  local log=$1 out=$2 heap=$3 mode=$4
  # JAVA_TOOL_OPTIONS adds to the launcher's own flags (PLENARY_JAVA_OPTS would replace them).
  JAVA_TOOL_OPTIONS="$heap -Xlog:gc:file=$log.gc" timed "$log" ./plenary build --root "$dir/plenary" \
    --out "$out" --links "$mode" --timings
}
hugo_build() { timed "$1" hugo --quiet --source "$dir/hugo" --destination "$2"; }

record() { # corpus tool run wall cpu rss search heap
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >>"$results"
  printf '%-2s %-14s run %-2s wall %7.2f s  cpu %7.2f s  peak RSS %6s MiB  search phase %6s s  heap peak %5s MiB\n' "$@" >&2
}

for c in "${corpora[@]}"; do
  read -r statements members < <(sizes "$c")
  dir="$WORK/$c"
  generate "$c" "$dir" "$statements" "$members"
  runs=$RUNS heap=""
  if [[ $c == L ]]; then runs=$L_RUNS heap="-Xmx4g"; fi
  if [[ -n $QUIET ]]; then
    for _ in $(seq 1 60); do awk -v q="$QUIET" '{ exit !($1 < q) }' /proc/loadavg && break; sleep 5; done
  fi
  echo "corpus $c: load average $(cut -d' ' -f1-3 /proc/loadavg) before the runs" >&2
  if [[ $c != L ]]; then
    for w in 1 2; do plenary "$WORK/$c-warm" "$dir/site-plenary" "$heap" internal >/dev/null; done
    hugo_build "$WORK/$c-warm-hugo" "$dir/site-hugo" >/dev/null
  else
    rm -rf "$dir/site-plenary" "$dir/.site-plenary.spare" "$dir/site-hugo"
  fi
  for i in $(seq 1 "$runs"); do
    log="$WORK/$c-$i"
    [[ $c == L ]] && rm -rf "$dir/site-plenary" "$dir/.site-plenary.spare"
    read -r w u r < <(plenary "$log-p" "$dir/site-plenary" "$heap" internal)
    record "$c" plenary "$i" "$w" "$u" "$r" "$(search_phase "$log-p")" "$(heap_peak "$log-p")"
    [[ $c == L ]] && rm -rf "$dir/site-hugo"
    read -r w u r < <(hugo_build "$log-h" "$dir/site-hugo")
    record "$c" hugo "$i" "$w" "$u" "$r" - -
    [[ $c == L && $L_NOLINKS != 1 ]] && continue
    [[ $c == L ]] && rm -rf "$dir/site-plenary" "$dir/.site-plenary.spare"
    read -r w u r < <(plenary "$log-o" "$dir/site-plenary" "$heap" off)
    record "$c" plenary-nolinks "$i" "$w" "$u" "$r" "$(search_phase "$log-o")" "$(heap_peak "$log-o")"
  done
  echo "corpus $c: load average $(cut -d' ' -f1-3 /proc/loadavg) after the runs" >&2
  p_pages=$(find "$dir/site-plenary" -name '*.html' | wc -l)
  h_pages=$(find "$dir/site-hugo" -name '*.html' | wc -l)
  printf '%s\tpages\t-\t%s\t%s\t-\t-\t-\n' "$c" "$p_pages" "$h_pages" >>"$results"
done

# Medians per corpus and tool, then ratios.
echo
echo "Medians (wall and CPU in seconds, memory in MiB); HTML files written: Plenary / Hugo"
awk -F'\t' '
  function median(key,   n, i, j, t, a) {
    n = split(vals[key], a, " ")
    for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j - 1] + 0 > a[j] + 0; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
    if (n == 0 || a[1] == "-") return "-"
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  function ratio(a, b) { return (a == "-" || b == "-" || b + 0 == 0) ? "-" : sprintf("%.2f", a / b) }
  $2 == "pages" { pages[$1] = $4 " / " $5; next }
  { if (!($1 in seen)) { order[++nc] = $1; seen[$1] = 1 }
    runs[$1 SUBSEP $2]++
    for (f = 4; f <= 8; f++) vals[$1 SUBSEP $2 SUBSEP f] = vals[$1 SUBSEP $2 SUBSEP f] " " $f }
  END {
    printf "| corpus | HTML files | Plenary full build: wall · CPU · peak RSS · heap | search (alongside render) | Plenary --links off: wall · RSS | Hugo: wall · CPU · peak RSS | wall P/H (off) | RSS P/H | runs |\n"
    printf "|---|---|---|---|---|---|---|---|---|\n"
    for (k = 1; k <= nc; k++) {
      c = order[k]
      pw = median(c SUBSEP "plenary" SUBSEP 4); pc = median(c SUBSEP "plenary" SUBSEP 5); pr = median(c SUBSEP "plenary" SUBSEP 6)
      ps = median(c SUBSEP "plenary" SUBSEP 7); ph = median(c SUBSEP "plenary" SUBSEP 8)
      ow = median(c SUBSEP "plenary-nolinks" SUBSEP 4); orr = median(c SUBSEP "plenary-nolinks" SUBSEP 6)
      hw = median(c SUBSEP "hugo" SUBSEP 4); hc = median(c SUBSEP "hugo" SUBSEP 5); hr = median(c SUBSEP "hugo" SUBSEP 6)
      printf "| %s | %s | %s s · %s s · %s MiB · %s MiB | %s s | %s s · %s MiB | %s s · %s s · %s MiB | %s (%s) | %s | %d |\n",
        c, pages[c], pw, pc, pr, ph, ps, ow, orr, hw, hc, hr, ratio(pw, hw), ratio(ow, hw), ratio(pr, hr), runs[c SUBSEP "hugo"]
    }
  }' "$results"
echo
echo "targets (issue 9): M wall P/H ≤ 0.5 with the link check, M RSS P/H ≤ 1; L under 180 s with a heap under 4 GiB"
echo "raw figures: $results; logs (--timings, GC): $WORK/<corpus>-<run>-{p,h,o}.*"

#!/usr/bin/env bash
# Dev-server latency benchmark (issue 9's serve targets): how long an edit takes to show in an open tab.
#
#   bench/serve/run.sh [ROUNDS]          (default 10 counted rounds, after 2 warm-up rounds)
#
# Runs org.plenary.serve.ServeLatency (src/test/java; see its doc comment) on the M corpus (2,000 statements and
# 1,000 members in 7 languages, generated once into WORK, default target/bench-serve/M): the dev server builds the
# site, then each round edits one statement's Markdown body and one member's YAML record (in a file of 200 members)
# and times, as an open tab sees it, the write → the build event → the page served with the new text. Prints each
# round, then the median and maximum per kind of edit. Targets: statement ≤ 300 ms, member ≤ 500 ms.
# The JVM gets the launcher's dev-server flags (./plenary serve: full JIT). Run it on a quiet machine.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
rounds=${1:-10}
WORK=${WORK:-$repo/target/bench-serve}
cd "$repo"
mvn -q -B -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-serve.cp >/dev/null
mkdir -p "$WORK"
echo "load average $(cut -d' ' -f1-3 /proc/loadavg) before the runs" >&2
java -Xss4m -cp "target/classes:target/test-classes:$(cat target/bench-serve.cp)" org.plenary.serve.ServeLatency "$WORK/M" "$rounds"
echo "load average $(cut -d' ' -f1-3 /proc/loadavg) after the runs" >&2

#!/usr/bin/env bash
# Longer fuzzing than the few seconds `mvn verify` spends: each Jazzer target of HostileInputFuzzTest in turn.
#
#   bench/fuzz/run.sh [DURATION] [TARGET…]     e.g.  bench/fuzz/run.sh 10m   or   bench/fuzz/run.sh 30m yamlAndValidator
#
# DURATION per target (Jazzer syntax: 90s, 10m, 1h; default 5m). TARGETs (default: all four): yamlAndValidator,
# frontMatterAndMarkdown, linkResolutionAndHtml, rfc3797Sources. The growing corpus stays in .cifuzz-corpus/ (not
# committed), so a later run starts where this one stopped. Each run has a random libFuzzer seed (mvn verify's short
# run has a fixed one). A finding stops its target with the failing input saved
# under src/test/resources/org/plenary/fuzz/HostileInputFuzzTestInputs/<target>/crash-…: fix the bug, commit the file,
# and `mvn verify` replays it for ever after (regression mode).
set -euo pipefail
cd "$(dirname "$0")/../.."
duration="${1:-5m}"
shift || true
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(yamlAndValidator frontMatterAndMarkdown linkResolutionAndHtml rfc3797Sources)
# A build folder of its own, so a long run does not collide with builds and tests in target/.
build="-DbuildDir=$PWD/target-fuzz"
mvn -B -ntp -q "$build" test-compile
status=0
for t in "${targets[@]}"; do
  echo "fuzz: $t for $duration" >&2
  log="target-fuzz/fuzz-$t.log"
  if ! mvn -B -ntp "$build" surefire:test@fuzz-short -Dfuzz.target="HostileInputFuzzTest#$t" -Dfuzz.duration="$duration" -Dfuzz.seed=0 \
      >"$log" 2>&1; then
    echo "fuzz: $t FOUND A PROBLEM; see $log and the crash file it names" >&2
    status=1
  fi
  grep -E "^Done [0-9]+ runs" "$log" | tail -1 >&2 || true
done
exit "$status"

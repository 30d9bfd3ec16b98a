#!/usr/bin/env bash
# Journal benchmark: release build, a cached 1M-event journal under /tmp, one bench run.
#   scripts/bench-journal.sh [EVENTS] [extra bench options, e.g. --appends 500]
# The journal is cached at $BENCH_DIR/journal-<EVENTS>.jsonl (default /tmp/silicon-alley-bench);
# delete it to regenerate. The bench never writes to it (snapshot and appends go to a copy).
set -euo pipefail
cd "$(dirname "$0")/.."
EVENTS="${1:-1000000}"
shift || true
BENCH_DIR="${BENCH_DIR:-/tmp/silicon-alley-bench}"
JOURNAL="$BENCH_DIR/journal-$EVENTS.jsonl"
mkdir -p "$BENCH_DIR"

swift build -c release --product silicon-alley >&2
swift build -c release --product silicon-alley-bench >&2
BIN="$(swift build -c release --show-bin-path)"

if [ -s "$JOURNAL" ]; then
  echo "using cached $JOURNAL" >&2
fi
# --generate creates the journal only if it is missing or holds fewer events than asked.
"$BIN/silicon-alley-bench" journal --journal "$JOURNAL" --events "$EVENTS" --generate "$@"

#!/usr/bin/env bash
# Start-up benchmark: release build, cached journals under /tmp, the real console on a
# pseudo-terminal at each size, beside `verify` and python3's json.loads on the same file.
#   scripts/bench-startup.sh [extra bench options, e.g. --sizes 10000,100000 --runs 5]
# Journals are cached at $BENCH_DIR/journal-<N>.jsonl (default /tmp/silicon-alley-bench) and
# shared with scripts/bench-journal.sh; delete one to regenerate it. The console runs on a
# copy (it writes a snapshot); the cached journals are never written.
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH_DIR="${BENCH_DIR:-/tmp/silicon-alley-bench}"
mkdir -p "$BENCH_DIR"

swift build -c release --product silicon-alley >&2
swift build -c release --product silicon-alley-bench >&2
BIN="$(swift build -c release --show-bin-path)"

"$BIN/silicon-alley-bench" startup --dir "$BENCH_DIR" "$@"

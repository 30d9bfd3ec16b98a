#!/usr/bin/env bash
# Filter benchmark: release build, then time per keystroke of the registry's incremental
# filter (CJK substring, pinyin initials, full pinyin, USCC fragment) over 100,000 enterprises.
#   scripts/bench-filter.sh [--enterprises N] [--repeats R]
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product silicon-alley-bench >&2
BIN="$(swift build -c release --show-bin-path)"
"$BIN/silicon-alley-bench" filter "$@"

#!/usr/bin/env bash
# TUI benchmark: release build, then frame time and terminal bytes per selection move in a
# 100,000-row table at 80×24 and 100×30 (ncurses via newterm on a temp file, not your tty).
#   scripts/bench-tui.sh [--rows N] [--moves M] [--show]
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product silicon-alley-bench >&2
BIN="$(swift build -c release --show-bin-path)"
echo "ncursesw $(pkg-config --modversion ncursesw 2>/dev/null || echo '?'), terminfo xterm-256color" >&2
# A UTF-8 locale for wide characters (the screen falls back to C.UTF-8 itself if needed).
LC_ALL="${LC_ALL:-C.UTF-8}" "$BIN/silicon-alley-bench" tui "$@"

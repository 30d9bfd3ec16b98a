#!/usr/bin/env bash
# Puts `silicon-alley keys` and `silicon-alley keys --panes` between the README's markers:
# both come from the pane registry, and a test keeps the README in step.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product silicon-alley >/dev/null
bin="$(swift build --show-bin-path)/silicon-alley"
python3 - "$("$bin" keys)" "$("$bin" keys --panes)" <<'PY'
import sys, re
keys, panes = sys.argv[1] + "\n", sys.argv[2] + "\n"
s = open("README.md").read()
s = re.sub(r"(<!-- keys:begin -->\n).*?(<!-- keys:end -->)", lambda m: m.group(1) + keys + m.group(2), s, flags=re.S)
s = re.sub(r"(<!-- panes:begin -->\n).*?(<!-- panes:end -->)", lambda m: m.group(1) + panes + m.group(2), s, flags=re.S)
open("README.md", "w").write(s)
PY

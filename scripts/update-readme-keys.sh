#!/usr/bin/env bash
# Puts `silicon-alley keys` between the README's keys markers.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product silicon-alley >/dev/null
table=$("$(swift build --show-bin-path)/silicon-alley" keys)
python3 - "$table" <<'PY'
import sys, re
table = sys.argv[1] + "\n"
s = open("README.md").read()
s = re.sub(r"(<!-- keys:begin -->\n).*?(<!-- keys:end -->)", lambda m: m.group(1) + table + m.group(2), s, flags=re.S)
open("README.md", "w").write(s)
PY

#!/bin/bash
# Runs the nineteenth round's sentences through `spinecds-cli extract`
# (auto and the sentence's language) and compares with the expectations.
# Usage: probe/run.sh [CLI]   (default: _build/app/cli/spinecds-cli)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cli=${1:-$here/../../../../_build/app/cli/spinecds-cli}
cd "$here"
mkdir -p out/extract
for f in sentences/*.tsv; do
  grep -v '^#' "$f" | while IFS=$'\t' read -r id kind exp text; do
    [ -n "$id" ] || continue
    case ${id:0:1} in E) l=en ;; D) l=de ;; S) l=es ;; F) l=fr ;; esac
    printf '%s\n' "$text" > out/s.txt
    "$cli" extract --format json out/s.txt > "out/extract/$id.auto.json" 2>/dev/null \
      || echo '{"language":"?","findings":[],"negated":[],"uncertain":[]}' > "out/extract/$id.auto.json"
    "$cli" extract --format json --lang "$l" out/s.txt > "out/extract/$id.lang.json" 2>/dev/null \
      || echo '{"language":"?","findings":[],"negated":[],"uncertain":[]}' > "out/extract/$id.lang.json"
  done
done
rm -f out/s.txt
python3 compare.py

#!/bin/bash
CLI=/work/main/_build2/app/cli/spinecds-cli
cd "$(dirname "$0")/../cases"
for f in *.spinecase; do
  n=${f%.spinecase}
  $CLI evaluate "$f" > $n.txt 2>&1
  $CLI evaluate --format json "$f" > $n.json 2>&1
  $CLI evaluate --format note "$f" > $n.note.txt 2>&1
done

#!/usr/bin/env bash
# po/kb-strings.h must list exactly the texts of the knowledge base as
# built: otherwise translators miss new texts. Fix: build-aux/update-kb-strings
set -euo pipefail
generator=$1
source_root=$2
if ! diff -u "$source_root/po/kb-strings.h" <("$generator" "$source_root/data/knowledge-base/spine-mri.json"); then
  echo "po/kb-strings.h is stale: run build-aux/update-kb-strings" >&2
  exit 1
fi

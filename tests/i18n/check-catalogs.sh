#!/usr/bin/env bash
# Every shipped language: msgfmt --check passes, and no message is
# untranslated or fuzzy.
set -euo pipefail
po_dir=$1
status=0
for required in de es fr ar; do
  grep -qx "$required" "$po_dir/LINGUAS" || { echo "po/LINGUAS: $required is missing"; status=1; }
done
for lang in $(grep -v '^#' "$po_dir/LINGUAS"); do
  po="$po_dir/$lang.po"
  if ! msgfmt --check --output-file=/dev/null "$po"; then
    echo "$lang: msgfmt --check failed"; status=1; continue
  fi
  untranslated=$(msgattrib --untranslated --no-obsolete "$po" | grep -c '^msgid ' || true)
  fuzzy=$(msgattrib --only-fuzzy --no-obsolete "$po" | grep -c '^msgid ' || true)
  # msgattrib prints the header entry too when anything is selected.
  [ "$untranslated" -gt 0 ] && untranslated=$((untranslated - 1))
  [ "$fuzzy" -gt 0 ] && fuzzy=$((fuzzy - 1))
  echo "$lang: $untranslated untranslated, $fuzzy fuzzy"
  [ "$untranslated" -eq 0 ] && [ "$fuzzy" -eq 0 ] || status=1
done
exit $status

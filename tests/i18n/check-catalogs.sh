#!/usr/bin/env bash
# Every shipped language (de, es, fr and ar at least) is complete against
# the sources as they are now: the template is extracted afresh, each
# catalog merged with it, and msgfmt --check must pass with no message
# untranslated or fuzzy.
set -euo pipefail
top=$1
po_dir="$top/po"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

status=0
for required in de es fr ar; do
  grep -qx "$required" "$po_dir/LINGUAS" || { echo "po/LINGUAS: $required is missing"; status=1; }
done

# The keywords of meson's 'glib' gettext preset.
(cd "$top" && xgettext --from-code=UTF-8 --add-comments=Translators --package-name=spinecds \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=Q_ \
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --files-from=po/POTFILES.in --output="$work/template.pot")

for lang in $(grep -v '^#' "$po_dir/LINGUAS"); do
  merged="$work/$lang.po"
  msgmerge --quiet --no-fuzzy-matching --output-file="$merged" "$po_dir/$lang.po" "$work/template.pot"
  if ! msgfmt --check --output-file=/dev/null "$merged"; then
    echo "$lang: msgfmt --check failed"; status=1; continue
  fi
  untranslated=$(msgattrib --untranslated --no-obsolete "$merged" | grep -c '^msgid ' || true)
  fuzzy=$(msgattrib --only-fuzzy --no-obsolete "$merged" | grep -c '^msgid ' || true)
  # msgattrib prints the header entry too when anything is selected.
  [ "$untranslated" -gt 0 ] && untranslated=$((untranslated - 1))
  [ "$fuzzy" -gt 0 ] && fuzzy=$((fuzzy - 1))
  echo "$lang: $untranslated untranslated, $fuzzy fuzzy"
  if [ "$untranslated" -ne 0 ] || [ "$fuzzy" -ne 0 ]; then
    msgattrib --untranslated --no-obsolete "$merged" | grep '^msgid ' | head -5 || true
    status=1
  fi
done
exit $status

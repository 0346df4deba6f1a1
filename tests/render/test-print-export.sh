#!/bin/sh
# test-print-export.sh CLI PRINT-HELPER: GtkPrintOperation's export
# (the app's Export PDF) gives the same text as the CLI's PDF surface.
set -eu

cli=$1
helper=$2
command -v pdftotext >/dev/null || { echo "SKIP: no pdftotext"; exit 77; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for example in "${SPINECDS_EXAMPLES_DIR}"/*.spinecase; do
  for document in summary handout; do
    # No display: export must not need one.
    env -u DISPLAY -u WAYLAND_DISPLAY "$helper" export "$document" "$example" "$work/gtk.pdf"
    "$cli" render --document "$document" --date 2026-03-05 -o "$work/cli.pdf" "$example"
    pdftotext "$work/gtk.pdf" "$work/gtk.txt"
    pdftotext "$work/cli.pdf" "$work/cli.txt"
    if ! cmp -s "$work/gtk.txt" "$work/cli.txt"; then
      echo "not the same text: $document of $example"
      diff "$work/cli.txt" "$work/gtk.txt" | head -20
      exit 1
    fi
    echo "ok: $document of $(basename "$example") ($(pdfinfo "$work/gtk.pdf" | sed -n 's/^Pages: *//p') pages)"
  done
done

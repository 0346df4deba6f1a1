#!/bin/sh
# test-print-cups.sh CLI: print the CLI's handout through a real CUPS
# queue and wait for the file cups-pdf writes. (The app prints through
# GTK's dialog: tests/gui/test-print-dialog.c.)
#
# Needs the "PDF" queue of build-aux/setup-cups; exits 77 (skipped)
# without it.
set -eu

cli=$1
queue=${SPINECDS_TEST_QUEUE:-PDF}

skip () { echo "SKIP: $*"; exit 77; }

command -v lp >/dev/null && command -v lpstat >/dev/null || skip "no CUPS client (lp, lpstat)"
lpstat -r 2>/dev/null | grep -q "is running" || skip "cupsd is not running (build-aux/setup-cups)"
lpstat -p "$queue" >/dev/null 2>&1 || skip "no print queue $queue (build-aux/setup-cups)"
[ -r /etc/cups/cups-pdf.conf ] || skip "cups-pdf is not installed"

# Where cups-pdf puts the files: Out in its configuration, ${HOME} being
# the home of the user who prints.
home=$(getent passwd "$(id -un)" | cut -d: -f6)
out=$(sed -n 's/^[[:space:]]*Out[[:space:]]\+//p' /etc/cups/cups-pdf.conf | tail -n 1)
out=${out:-'${HOME}/PDF'}
out=$(printf '%s' "$out" | sed "s|\${HOME}|$home|g")
echo "# cups-pdf output folder: $out"

example=$(ls "${SPINECDS_EXAMPLES_DIR}"/*.spinecase | head -n 1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$cli" render --document handout -o "$work/handout.pdf" "$example"

wait_for () {
  # wait_for TITLE: the file cups-pdf names after the job title
  for _ in $(seq 1 120); do
    found=$(find "$out" -maxdepth 1 -name "*$1*" -newer "$work/handout.pdf" 2>/dev/null | head -n 1)
    if [ -n "$found" ] && [ -s "$found" ]; then
      sleep 0.5
      head -c 5 "$found" | grep -q '%PDF-' || { echo "not a PDF: $found"; exit 1; }
      echo "ok: $found"
      rm -f "$found"
      return 0
    fi
    sleep 0.5
  done
  echo "no output for $1 in $out after 60 s"
  lpstat -W not-completed -o "$queue" || true
  exit 1
}

title="spinecds-test-lp-$$"
lp -d "$queue" -t "$title" "$work/handout.pdf"
wait_for "$title"


#!/bin/sh
# Produce summary PDF, note, and handout (patient's language) for each case; document date = visit date.
CLI=/work/main/_build2/app/cli/spinecds-cli
cd "$(dirname "$0")"
for f in cases/*.spinecase; do
  b=$(basename "$f" .spinecase)
  vd=$(python3 -c "import json;print(json.load(open('$f'))['visit_date'] or '')")
  d=""; [ -n "$vd" ] && d="--date=$vd"
  $CLI render --document summary $d --clinician "Dr. Review Tester" --institution "Blind Test Practice" -o out/$b.summary.pdf "$f" || echo "FAIL summary $b"
  $CLI render --document handout $d --clinician "Dr. Review Tester" --institution "Blind Test Practice" -o out/$b.handout.pdf "$f" || echo "FAIL handout $b"
  $CLI evaluate --format note "$f" > out/$b.note.txt || echo "FAIL note $b"
  $CLI evaluate --format json "$f" > out/$b.assessment.json
  pdftotext -layout out/$b.summary.pdf out/$b.summary.txt
  pdftotext -layout out/$b.handout.pdf out/$b.handout.txt
done

#!/bin/bash
C=/work/main/_build2/app/cli/spinecds-cli
for f in ${GLOB:-*}.spinecase; do
  id=${f%.spinecase}
  lang=$(jq -r .patient.language $f); [ -z "$lang" ] && lang=en
  nice $C validate $f > out/$id.validate.txt 2>&1; echo "rc=$?" >> out/$id.validate.txt
  nice $C extract --format json $id.report.txt > out/$id.extract.json 2> out/$id.extract.err; echo "rc=$?" >> out/$id.extract.err
  nice $C evaluate --format json $f > out/$id.eval.json 2> out/$id.eval.err; echo "rc=$?" >> out/$id.eval.err
  nice $C evaluate --format text $f > out/$id.eval.en.txt 2>&1
  if [ "$lang" != en ]; then nice $C evaluate --format text --lang $lang $f > out/$id.eval.$lang.txt 2>&1; fi
done

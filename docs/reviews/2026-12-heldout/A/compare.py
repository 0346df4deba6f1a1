#!/usr/bin/env python3
import json, os, sys
H = os.path.dirname(os.path.abspath(__file__))
ORDER = ["routine", "expedited", "urgent", "emergency"]
E = json.load(open(os.path.join(H, "expectations.json")))
rows = []; agree = under = over = amiss = 0
for x in E:
    n = x["case"][:-len(".spinecase")]
    a = json.load(open(os.path.join(H, "out", n + ".json")))
    got = a["triage"]; acts = set(a["actions"])
    missing = [c for c in x["actions_include"] if c not in acts]
    forbidden = [c for c in x["actions_exclude"] if c in acts]
    d = ORDER.index(got) - ORDER.index(x["triage"])
    verdict = "agree" if d == 0 else ("UNDER" if d < 0 else "over")
    agree += d == 0; under += d < 0; over += d > 0
    amiss += bool(missing or forbidden)
    ms = ""
    if "mscc_expected" in x:
        m = a.get("mscc_surgery") or {}
        exp = x["mscc_expected"]
        bad = [k for k in ("eligible", "surgery_favoured") if m.get(k) != exp[k]]
        ms = "mscc ok" if not bad else "MSCC MISMATCH " + ", ".join(f"{k}: exp {exp[k]} got {m.get(k)}" for k in bad)
    rows.append((n, x["triage"], got, verdict, missing, forbidden, ms, a["red_flags"], a["actions"]))
print(f"agreement {agree}/{len(E)}  under-triage {under}  over-triage {over}  cases with action mismatch {amiss}")
print("| case | expected | got | verdict | missing actions | forbidden actions present | mscc | red_flags | actions |")
print("|---|---|---|---|---|---|---|---|---|")
for r in rows:
    print("| " + " | ".join([r[0], r[1], r[2], r[3], ", ".join(r[4]) or "–", ", ".join(r[5]) or "–", r[6] or "–", ", ".join(r[7]), ", ".join(r[8])]) + " |")

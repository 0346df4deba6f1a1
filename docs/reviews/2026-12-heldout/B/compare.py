#!/usr/bin/env python3
"""Compare program output (out/*.json) with expectations.json."""
import json, os, sys
H = os.path.dirname(os.path.abspath(__file__))
RANK = {"routine": 0, "expedited": 1, "urgent": 2, "emergency": 3}
E = json.load(open(os.path.join(H, "expectations.json")))
rows, agree, under, over, miss_n, forb_n = [], 0, [], [], 0, 0
for x in E:
    b = x["case"][:-len(".spinecase")]
    a = json.load(open(os.path.join(H, "out", b + ".json")))
    got, exp = a["triage"], x["triage"]
    acts = set(a["actions"])
    missing = [c for c in x["actions_include"] if c not in acts]
    forbidden = [c for c in x["actions_exclude"] if c in acts]
    miss_n += bool(missing); forb_n += bool(forbidden)
    if got == exp: agree += 1
    elif RANK[got] < RANK[exp]: under.append(b)
    else: over.append(b)
    rows.append((b, exp, got, missing, forbidden, a["red_flags"], a["actions"]))
if "--md" in sys.argv:
    print("| case | expected | program | missing actions | forbidden actions present | red_flags | actions |")
    print("|---|---|---|---|---|---|---|")
    for r in rows:
        mark = "" if r[1] == r[2] else (" **UNDER**" if RANK[r[2]] < RANK[r[1]] else " **OVER**")
        print(f"| {r[0]} | {r[1]} | {r[2]}{mark} | {', '.join(r[3]) or '–'} | {', '.join(r[4]) or '–'} | {', '.join(r[5]) or '–'} | {', '.join(r[6])} |")
else:
    for r in rows:
        flag = "OK " if r[1] == r[2] and not r[3] and not r[4] else "!! "
        print(flag, r[0], "exp", r[1], "got", r[2], "missing", r[3], "forbidden", r[4])
print(f"\ntriage agreement {agree}/{len(E)}; under-triage {len(under)} {under}; over-triage {len(over)} {over}")
print(f"cases with missing required actions {miss_n}; cases with forbidden actions present {forb_n}")

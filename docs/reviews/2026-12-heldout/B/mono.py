#!/usr/bin/env python3
"""Monotonicity check: every variant that is strictly worse in one field must not lower the triage.

For each case in cases/, build variants one field at a time (add a red-flag symptom/sign/risk factor,
raise a finding grade, add a worse MRI finding, raise temperature/CRP, lower mJOA, make response worse,
turn a known value into unknown, age an adult by 10 years, add recent surgery) and evaluate each with
the CLI. Writes out/mono.json and prints a summary with every violation."""
import copy, json, os, subprocess, sys, tempfile, collections
H = os.path.dirname(os.path.abspath(__file__))
CLI = "/work/dev/cli-snap/spinecds-cli"
RANK = {"routine": 0, "expedited": 1, "urgent": 2, "emergency": 3}
SYMPTOMS = ["night_pain", "progressive_pain", "weight_loss", "paresthesia", "radicular_pain", "hand_clumsiness",
            "gait_disturbance", "bilateral_radicular_symptoms", "urinary_retention", "urinary_incontinence",
            "bowel_dysfunction", "saddle_numbness", "wound_drainage"]
SIGNS = ["motor_deficit", "severe_motor_deficit", "progressive_deficit", "sensory_deficit", "reflex_change", "umn_signs",
         "saddle_anesthesia", "reduced_anal_tone", "sensory_level", "paraplegia", "midline_tenderness", "wound_erythema"]
HISTORY = ["fever", "known_malignancy", "diabetes", "iv_drug_use", "immunosuppression", "indwelling_line_or_dialysis",
           "osteoporosis", "chronic_steroid_use", "ankylosing_disorder", "high_energy_trauma", "low_energy_trauma",
           "trauma_rule_positive"]
WORSE_FINDINGS = [("cord_compression", "severe"), ("cord_signal_change", None), ("cauda_equina_compression", "severe"),
                  ("nerve_root_compression", "severe"), ("canal_stenosis", "severe"), ("fracture", None), ("instability", None),
                  ("epidural_collection", None), ("discitis_osteomyelitis", None), ("vertebral_metastasis", None),
                  ("epidural_tumor", None)]
GRADES = ["mild", "moderate", "severe"]
RESP = ["improving", "unchanged", "worsening"]

def variants(c):
    out = []
    def v(desc, f):
        d = copy.deepcopy(c); f(d); out.append((desc, d))
    for s in SYMPTOMS:
        if s not in c["symptoms"]: v(f"+symptom {s}", lambda d, s=s: d["symptoms"].append(s))
    for s in SIGNS:
        if s not in c["signs"]: v(f"+sign {s}", lambda d, s=s: d["signs"].append(s))
    for s in HISTORY:
        if s not in c["history"]: v(f"+history {s}", lambda d, s=s: d["history"].append(s))
    for i, fd in enumerate(c["imaging"]["findings"]):
        g = fd.get("grade")
        if g in ("mild", "moderate"):
            ng = GRADES[GRADES.index(g) + 1]
            v(f"grade {fd['code']}@{fd.get('level')} {g}->{ng}", lambda d, i=i, ng=ng: d["imaging"]["findings"][i].__setitem__("grade", ng))
    have = {f["code"] for f in c["imaging"]["findings"]}
    for code, g in WORSE_FINDINGS:
        if code not in have:
            def add(d, code=code, g=g):
                d["imaging"]["mri_done"] = True
                f = {"code": code}
                if g: f["grade"] = g
                d["imaging"]["findings"].append(f)
            v(f"+finding {code}{' '+g if g else ''}", add)
    t, crp = c["labs"]["temperature_c"], c["labs"]["crp_mg_l"]
    if t is None: v("temperature null->39.0", lambda d: d["labs"].__setitem__("temperature_c", 39.0))
    else:
        v(f"temperature {t}->{min(45, round(t + 0.8, 1))}", lambda d: d["labs"].__setitem__("temperature_c", min(45, round(t + 0.8, 1))))
        v(f"temperature {t}->null (unknown)", lambda d: d["labs"].__setitem__("temperature_c", None))
    if crp is None: v("crp null->200", lambda d: d["labs"].__setitem__("crp_mg_l", 200))
    else:
        v(f"crp {crp}->{crp + 50}", lambda d: d["labs"].__setitem__("crp_mg_l", crp + 50))
        v(f"crp {crp}->null (unknown)", lambda d: d["labs"].__setitem__("crp_mg_l", None))
    if c["mjoa"] is not None:
        v(f"mjoa {c['mjoa']}->{max(0, c['mjoa'] - 3)}", lambda d: d.__setitem__("mjoa", max(0, c["mjoa"] - 3)))
        v(f"mjoa {c['mjoa']}->null (unknown)", lambda d: d.__setitem__("mjoa", None))
    if c["symptom_duration_weeks"] is not None:
        v("symptom_duration_weeks ->null (unknown)", lambda d: d.__setitem__("symptom_duration_weeks", None))
    if c["patient"]["sex"] != "unknown":
        v("sex ->unknown", lambda d: d["patient"].__setitem__("sex", "unknown"))
    r = c["conservative_care"]["response"]
    if r in ("improving", "unchanged"):
        nr = RESP[RESP.index(r) + 1]
        v(f"response {r}->{nr}", lambda d, nr=nr: d["conservative_care"].__setitem__("response", nr))
    if c["patient"]["age_years"] >= 16 and c["patient"]["age_years"] <= 110:
        v(f"age {c['patient']['age_years']}->{c['patient']['age_years'] + 10}",
          lambda d: d["patient"].__setitem__("age_years", d["patient"]["age_years"] + 10))
    if c["surgery"] is None:
        v("+surgery 4 weeks ago", lambda d: d.__setitem__("surgery", {"weeks_ago": 4, "procedure": "decompression"}))
    if c["mscc"] is not None:
        m = c["mscc"]
        if m.get("predicted_survival_months") is not None:
            v("mscc survival ->null (unknown)", lambda d: d["mscc"].__setitem__("predicted_survival_months", None))
    return out

def evaluate(d):
    with tempfile.NamedTemporaryFile("w", suffix=".spinecase", delete=False, dir=tempfile.gettempdir()) as f:
        json.dump(d, f); p = f.name
    try:
        r = subprocess.run([CLI, "evaluate", "--format", "json", p], capture_output=True, text=True)
    finally:
        os.unlink(p)
    if r.returncode != 0:
        return None, r.stderr.strip()
    return json.loads(r.stdout)["triage"], ""

def main():
    res, viol, invalid = [], [], []
    cases = sorted(x for x in os.listdir(os.path.join(H, "cases")) if x.endswith(".spinecase"))
    for name in cases:
        c = json.load(open(os.path.join(H, "cases", name)))
        base, err = evaluate(c)
        for desc, d in variants(c):
            t, err = evaluate(d)
            row = {"case": name, "variant": desc, "base": base, "variant_triage": t}
            if t is None:
                row["error"] = err; invalid.append(row)
            elif RANK[t] < RANK[base]:
                viol.append(row)
            res.append(row)
    json.dump({"variants": res, "violations": viol, "invalid": invalid}, open(os.path.join(H, "out", "mono.json"), "w"), indent=1)
    print(f"cases {len(cases)}; variants {len(res)}; evaluated {len(res) - len(invalid)}; invalid {len(invalid)}; violations {len(viol)}")
    for r in viol:
        print(f"VIOLATION {r['case']}: {r['variant']}: {r['base']} -> {r['variant_triage']}")
    for r in invalid[:20]:
        print(f"INVALID {r['case']}: {r['variant']}: {r['error']}")
    cnt = collections.Counter(r["variant"].split()[0] for r in viol)
    if cnt: print("violations by kind:", dict(cnt))

if __name__ == "__main__":
    main()

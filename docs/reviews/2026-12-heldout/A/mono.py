#!/usr/bin/env python3
"""Monotonicity: make each case strictly worse one field at a time; triage must never go down."""
import json, os, subprocess, copy, tempfile, sys
H = os.path.dirname(os.path.abspath(__file__))
CLI = "/work/dev/cli-snap/spinecds-cli"
ORDER = ["routine", "expedited", "urgent", "emergency"]
SYM = "axial_pain radicular_pain paresthesia night_pain progressive_pain hand_clumsiness gait_disturbance bilateral_radicular_symptoms urinary_retention urinary_incontinence bowel_dysfunction saddle_numbness weight_loss wound_drainage".split()
SIG = "motor_deficit severe_motor_deficit progressive_deficit sensory_deficit reflex_change umn_signs saddle_anesthesia reduced_anal_tone sensory_level paraplegia midline_tenderness wound_erythema".split()
HIS = "fever known_malignancy diabetes iv_drug_use immunosuppression indwelling_line_or_dialysis osteoporosis chronic_steroid_use ankylosing_disorder high_energy_trauma low_energy_trauma trauma_rule_positive".split()
FIND = "cord_compression cord_signal_change cauda_equina_compression fracture instability epidural_collection discitis_osteomyelitis vertebral_metastasis epidural_tumor nerve_root_compression canal_stenosis disc_extrusion".split()
GR = ["mild", "moderate", "severe"]
tmpd = tempfile.mkdtemp(prefix="mono-", dir=H)

def run(c):
    p = os.path.join(tmpd, "v.spinecase")
    json.dump(c, open(p, "w"))
    r = subprocess.run([CLI, "evaluate", "--format", "json", p], capture_output=True, text=True)
    if r.returncode != 0:
        return None, r.stderr.strip()
    return json.loads(r.stdout)["triage"], ""

def variants(c):
    for k, codes in (("symptoms", SYM), ("signs", SIG), ("history", HIS)):
        for code in codes:
            if code not in c[k]:
                v = copy.deepcopy(c); v[k].append(code); yield f"add {k}:{code}", v
    fs = c["imaging"]["findings"]
    for i, f in enumerate(fs):
        g = f.get("grade")
        if g != "severe":
            v = copy.deepcopy(c); v["imaging"]["findings"][i]["grade"] = GR[GR.index(g) + 1] if g else "mild"
            yield f"raise grade {f['code']}@{f.get('level','')} {g}->{v['imaging']['findings'][i]['grade']}", v
    have = {f["code"] for f in fs}
    for code in FIND:
        if code not in have:
            v = copy.deepcopy(c); v["imaging"]["mri_done"] = True
            v["imaging"]["findings"].append({"code": code, "grade": "moderate"} if code in ("cord_compression","cauda_equina_compression","epidural_collection","canal_stenosis","nerve_root_compression","disc_extrusion","fracture") else {"code": code})
            yield f"add finding {code}", v
    L = c["labs"]
    for key in ("crp_mg_l", "temperature_c"):
        if L[key] is not None:
            v = copy.deepcopy(c); v["labs"][key] = None; yield f"labs.{key} {L[key]} -> unknown", v
    if L["crp_mg_l"] is None: 
        v = copy.deepcopy(c); v["labs"]["crp_mg_l"] = 60; yield "labs.crp_mg_l unknown -> 60", v
    else:
        v = copy.deepcopy(c); v["labs"]["crp_mg_l"] = L["crp_mg_l"] + 50; yield f"labs.crp_mg_l {L['crp_mg_l']} -> {L['crp_mg_l']+50}", v
    t = L["temperature_c"]
    for nt in ([38.0, 38.5, 39.5] if t is None else [max(t + 0.5, 38.0), 39.5]):
        if t is None or nt > t:
            v = copy.deepcopy(c); v["labs"]["temperature_c"] = nt; yield f"labs.temperature_c {t} -> {nt}", v
    if c["symptom_duration_weeks"] is not None:
        v = copy.deepcopy(c); v["symptom_duration_weeks"] = None; yield f"symptom_duration_weeks {c['symptom_duration_weeks']} -> unknown", v
    if c["mjoa"] is not None:
        v = copy.deepcopy(c); v["mjoa"] = None; yield f"mjoa {c['mjoa']} -> unknown", v
        if c["mjoa"] > 0:
            v = copy.deepcopy(c); v["mjoa"] = max(0, c["mjoa"] - 3); yield f"mjoa {c['mjoa']} -> {v['mjoa']}", v
    elif any(x in c["symptoms"] + c["signs"] for x in ("umn_signs", "hand_clumsiness", "gait_disturbance")):
        for m in (14, 10):
            v = copy.deepcopy(c); v["mjoa"] = m; yield f"mjoa unknown -> {m} (unknown should already count as worst)", v
    if c["conservative_care"]["response"] != "worsening":
        v = copy.deepcopy(c); v["conservative_care"]["response"] = "worsening"
        v["conservative_care"]["weeks"] = max(v["conservative_care"]["weeks"], 2)
        yield f"conservative_care.response {c['conservative_care']['response']} -> worsening", v
    a = c["patient"]["age_years"]
    if a is not None and a >= 16:
        for na in sorted({min(a + 10, 120), 65, 66, 51} ):
            if na > a:
                v = copy.deepcopy(c); v["patient"]["age_years"] = na; yield f"age {a} -> {na}", v
    if c["surgery"] is None:
        v = copy.deepcopy(c); v["surgery"] = {"weeks_ago": 3, "procedure": "recent decompression"}; yield "add surgery 3 weeks ago", v
    m = c["mscc"]
    if m is not None:
        for key in ("deficit_hours", "predicted_survival_months", "radiosensitive_histology"):
            if m[key] is not None:
                v = copy.deepcopy(c); v["mscc"][key] = None; yield f"mscc.{key} {m[key]} -> unknown", v
        v = copy.deepcopy(c); v["mscc"]["paraplegic_hours"] = m["paraplegic_hours"] + 48; yield f"mscc.paraplegic_hours +48", v
        v = copy.deepcopy(c); v["mscc"]["separate_areas"] = m["separate_areas"] + 1; yield "mscc.separate_areas +1", v
    if not c["imaging"]["mri_done"] and not c["imaging"]["findings"]:
        pass
    if c["imaging"]["findings"]:
        # unknown imaging: MRI not available
        v = copy.deepcopy(c); v["imaging"] = {"mri_done": False, "findings": [], "report_text": ""}
        yield "imaging -> not done (findings unknown)", v

def main():
    total = 0; viol = []; errs = []
    for name in sorted(os.listdir(os.path.join(H, "cases"))):
        c = json.load(open(os.path.join(H, "cases", name)))
        base, e = run(c)
        for desc, v in variants(c):
            total += 1
            t, e = run(v)
            if t is None:
                errs.append((name, desc, e)); continue
            if ORDER.index(t) < ORDER.index(base):
                viol.append((name, desc, base, t))
    out = {"variants": total, "violations": [dict(case=a, variant=b, original=c_, variant_triage=d) for a, b, c_, d in viol],
           "errors": [dict(case=a, variant=b, error=c_) for a, b, c_ in errs]}
    json.dump(out, open(os.path.join(H, "out", "mono.json"), "w"), indent=1)
    print(f"variants {total}, violations {len(viol)}, invalid variants {len(errs)}")
    for v in viol: print("VIOLATION", *v, sep=" | ")
    for e in errs[:20]: print("ERR", *e, sep=" | ")
main()

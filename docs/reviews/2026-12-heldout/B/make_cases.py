#!/usr/bin/env python3
"""Generate held-out vignette set B (40 cases) from the guideline (GUIDELINE-LOGIC.md)."""
import json, os
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases")

def case(age, sex, region, dur, symptoms=(), signs=(), history=(), cc=(0, "not_tried"), cand=False,
         mri=False, findings=(), report="", crp=None, temp=None, mjoa=None, surgery=None, mscc=None,
         notes="", v2=None):
    c = {"format": "spinecds-case", "version": 1,
         "patient": {"age_years": age, "sex": sex}, "region": region,
         "symptom_duration_weeks": dur,
         "conservative_care": {"weeks": cc[0], "response": cc[1]},
         "intervention_candidate": cand, "symptoms": list(symptoms), "signs": list(signs),
         "history": list(history),
         "imaging": {"mri_done": mri, "findings": [dict(f) for f in findings], "report_text": report},
         "labs": {"crp_mg_l": crp, "temperature_c": temp}, "mjoa": mjoa, "surgery": surgery,
         "mscc": mscc, "notes": notes}
    if v2 and USE_V2:
        c["version"] = 2
        c["patient"].update(v2.get("patient", {}))
        if "visit_date" in v2: c["visit_date"] = v2["visit_date"]
    return c

def F(code, grade=None, level=None):
    d = {"code": code}
    if grade: d["grade"] = grade
    if level: d["level"] = level
    return d

# The snapshot refuses version 2 ("made by a newer SpineCDS"), so v2-only fields are dropped
# and the incomplete cases are written as version 1 with null age/region (allowed by the v1 table).
USE_V2 = False
C = {}
# ---------------- routine ----------------
C["hb-01-lumbar-bulge-modic-haemangioma"] = case(42, "female", "lumbar", 3, ["axial_pain"], mri=True,
    findings=[F("disc_degeneration", "mild", "L4-L5"), F("disc_bulge", "mild", "L4-L5"), F("modic_change", None, "L5-S1")],
    report="MRI lumbar spine: mild disc desiccation and a small broad-based bulge at L4/5 without nerve root compression. "
           "Modic type 2 endplate changes at L5/S1. Typical vertebral haemangioma in L3. No canal stenosis.",
    notes="Office worker, low back pain for 3 weeks after moving house. MRI arranged privately before the visit.")
C["hb-02-cervical-straightening"] = case(35, "male", "cervical", 2, ["axial_pain"], mri=True,
    findings=[F("lordosis_straightening", "mild", "C3-C6")],
    report="Straightening of the cervical lordosis. Discs preserved. No cord compression.",
    v2={"patient": {"name": "Test Patient B02", "identifier": "HB-02", "language": "en"}, "visit_date": "2026-12-14"})
C["hb-03-tarlov-cyst-diabetes"] = case(53, "female", "lumbar", 5, ["axial_pain"], history=["diabetes"], cc=(2, "improving"),
    mri=True, findings=[F("disc_degeneration", "mild", "L4-L5"), F("facet_arthropathy", "mild", "L4-L5")],
    report="Mild L4/5 disc degeneration and facet arthropathy. Incidental 12 mm perineural (Tarlov) cyst at S2. No stenosis.",
    crp=6, temp=36.9, notes="Type 2 diabetes, HbA1c 58. Improving with physiotherapy.")
C["hb-04-sciatica-3wk-pregnant"] = case(31, "female", "lumbar", 3, ["radicular_pain", "paresthesia"],
    notes="22 weeks pregnant. Left S1 sciatica for 3 weeks, no weakness, bladder and bowel normal.")
C["hb-05-sciatica-6wk-candidate"] = case(45, "female", "lumbar", 6, ["radicular_pain", "paresthesia"], ["reflex_change"],
    cc=(6, "unchanged"), cand=True, notes="Right L5/S1 sciatica, 6 weeks of physiotherapy and NSAID without change; would consider injection or surgery.")
C["hb-06-sciatica-10wk-concordant-mri"] = case(49, "male", "lumbar", 10, ["radicular_pain"], ["sensory_deficit", "reflex_change"],
    cc=(9, "unchanged"), cand=True, mri=True,
    findings=[F("disc_extrusion", "moderate", "L5-S1"), F("nerve_root_compression", "moderate", "S1 right")],
    report="Right paracentral L5/S1 disc extrusion compressing the traversing right S1 nerve root.",
    notes="Right S1 sciatica, concordant. Wants to discuss surgery.")
C["hb-07-sciatica-10wk-not-candidate"] = case(39, "female", "lumbar", 10, ["radicular_pain"], cc=(8, "improving"), cand=False,
    mri=True, findings=[F("disc_protrusion", "mild", "L4-L5"), F("foraminal_stenosis", "mild", "L4-L5")],
    report="Small left foraminal L4/5 protrusion with mild foraminal narrowing. No nerve root compression.",
    notes="Slowly improving sciatica; does not want injection or surgery.")
C["hb-08-axial-lbp-8wk-candidate-no-mri"] = case(40, "female", "lumbar", 8, ["axial_pain"], cc=(6, "unchanged"), cand=True,
    notes="Non-specific low back pain, no leg symptoms. Asks for an MRI.")
C["hb-09-cord-compression-no-myelopathy"] = case(62, "male", "cervical", 4, ["axial_pain"], mri=True,
    findings=[F("disc_osteophyte_complex", "moderate", "C5-C6"), F("cord_compression", "mild", "C5-C6"), F("canal_stenosis", "mild", "C5-C6")],
    report="C5/6 disc-osteophyte complex mildly flattening the ventral cord. No cord signal change. Mild canal stenosis.",
    notes="Neck pain only. Normal gait, normal hand function, reflexes normal, no Hoffmann.")
C["hb-10-child-12-no-red-flags"] = case(12, "female", "lumbar", 3, ["axial_pain"],
    notes="Gymnast, low back pain after training for 3 weeks. No night pain, no fever, no weight loss, neurology normal.")
C["hb-11-child-10-night-pain"] = case(10, "male", "lumbar", 6, ["axial_pain", "night_pain"], temp=36.8,
    notes="Back pain waking him at night for 6 weeks, relieved by ibuprofen. No fever.")
# ---------------- expedited ----------------
C["hb-12-breast-ca-remission-thoracic"] = case(55, "female", "thoracic", 2, ["axial_pain"], history=["known_malignancy"],
    notes="Breast cancer 2019, treated, in remission. New mid-thoracic pain for 2 weeks. Neurology normal.")
C["hb-13-weight-loss-night-pain-63"] = case(63, "male", "lumbar", 5, ["axial_pain", "night_pain", "weight_loss"],
    notes="6 kg unintentional weight loss in 3 months. Neurology normal, afebrile.")
C["hb-14-dcm-moderate-mjoa13"] = case(66, "male", "cervical", 20, ["hand_clumsiness", "gait_disturbance", "paresthesia"], ["umn_signs"],
    mri=True, findings=[F("disc_osteophyte_complex", "moderate", "C5-C6"), F("cord_compression", "moderate", "C5-C6"), F("cord_signal_change", None, "C5-C6")],
    report="C5/6 disc-osteophyte complex with moderate cord compression and T2 intramedullary hyperintensity.",
    mjoa=13, notes="Slowly worsening hand clumsiness over 5 months; stable over the last weeks.")
C["hb-15-neck-pain-hand-clumsiness-mild-dcm"] = case(54, "female", "cervical", 8, ["axial_pain", "hand_clumsiness", "paresthesia"], ["umn_signs"],
    mri=True, findings=[F("disc_protrusion", "moderate", "C4-C5"), F("cord_compression", "mild", "C4-C5")],
    report="C4/5 protrusion with mild cord compression. No signal change.", mjoa=16,
    notes="Neck pain and difficulty with buttons. Positive Hoffmann bilaterally. Gait normal.")
C["hb-16-steroids-fragility-thoracic"] = case(68, "male", "thoracic", 1, ["axial_pain"], ["midline_tenderness"],
    history=["chronic_steroid_use", "low_energy_trauma"], notes="COPD on prednisolone 10 mg for years. Sudden thoracic pain lifting a bag.")
C["hb-17-osteoporosis-fall-81"] = case(81, "female", "lumbar", 0.5, ["axial_pain"], ["midline_tenderness"],
    history=["osteoporosis", "low_energy_trauma"], notes="Slipped in the bathroom, fell on her back. Neurology normal.")
C["hb-18-postop-lumbar-new-deficit"] = case(47, "male", "lumbar", 2, ["radicular_pain"], ["motor_deficit", "sensory_deficit"],
    surgery={"weeks_ago": 10, "procedure": "L4-L5 microdiscectomy"}, temp=36.8,
    notes="New left L5 pain and EHL weakness 4/5 two weeks ago, stable since. Wound healed, afebrile.")
C["hb-19-failure-to-improve-72"] = case(72, "female", "lumbar", 9, ["axial_pain"], cc=(7, "unchanged"),
    notes="No improvement after 7 weeks of physiotherapy and NSAID. No weight loss, no night pain.")
C["hb-20-unknown-fields-fall-77"] = case(77, "unknown", "lumbar", None, ["axial_pain"], history=["low_energy_trauma"],
    v2={"visit_date": "2026-12-14"}, notes="Telephone triage: fell at home; bone density, examination and duration not recorded.")
C["hb-21-unknown-fields-weight-loss-58"] = case(58, "unknown", "thoracic", None, ["axial_pain", "weight_loss", "night_pain"],
    v2={"visit_date": "2026-12-14"}, notes="Referral letter incomplete: no examination, no duration, no labs.")
# ---------------- urgent ----------------
C["hb-22-ivdu-crp-lumbar"] = case(34, "male", "lumbar", 2, ["axial_pain"], history=["iv_drug_use"], crp=45, temp=37.4)
C["hb-23-immunosuppressed-fever-thoracic"] = case(57, "female", "thoracic", 1, ["axial_pain", "night_pain"],
    history=["immunosuppression", "chronic_steroid_use"], crp=80, temp=38.3, notes="Rheumatoid arthritis on methotrexate and prednisolone.")
C["hb-24-dialysis-crp"] = case(66, "male", "lumbar", 1.5, ["axial_pain"], history=["indwelling_line_or_dialysis", "diabetes"], crp=30, temp=37.1)
C["hb-25-postop-wound-lumbar"] = case(60, "female", "lumbar", 1, ["axial_pain", "wound_drainage"], ["wound_erythema"],
    surgery={"weeks_ago": 2, "procedure": "L4-L5 instrumented fusion"}, crp=70, temp=37.8)
C["hb-26-radicular-motor-worsening"] = case(41, "male", "lumbar", 4, ["radicular_pain"], ["motor_deficit"], cc=(3, "worsening"),
    notes="L5 radiculopathy; EHL 4/5 at first visit, 4-/5 today (weakness progressing over 3 weeks).")
C["hb-27-fever-neck-young"] = case(28, "female", "cervical", 1, ["axial_pain"], crp=60, temp=38.4, notes="No risk factors.")
C["hb-28-mscc-imaging-no-neuro"] = case(67, "male", "thoracic", 3, ["axial_pain"], history=["known_malignancy"], mri=True,
    findings=[F("vertebral_metastasis", None, "T10"), F("epidural_tumor", None, "T10"), F("cord_compression", "moderate", "T10")],
    report="T10 metastasis with epidural extension compressing the cord. No other lesion in the thoracic spine.",
    mscc={"separate_areas": 1, "deficit_hours": None, "paraplegic_hours": 0, "predicted_survival_months": 24, "radiosensitive_histology": False},
    notes="Prostate cancer. No neurological symptoms; neurology normal.")
C["hb-29-diabetes-fever-history"] = case(61, "female", "lumbar", 1, ["axial_pain"], history=["diabetes", "fever"], temp=37.6,
    notes="Fevers and rigors at home for 4 days; paracetamol this morning.")
C["hb-30-child-9-fever"] = case(9, "male", "lumbar", 1, ["axial_pain"], crp=40, temp=38.5)
C["hb-31-ivdu-unknown-labs"] = case(29, "male", "lumbar", None, ["axial_pain"], history=["iv_drug_use"],
    v2={"visit_date": "2026-12-14"}, notes="Walk-in, no observations or bloods yet.")
# ---------------- emergency ----------------
C["hb-32-ces-sciatica-6wk"] = case(44, "female", "lumbar", 6, ["radicular_pain", "urinary_retention", "saddle_numbness"], ["saddle_anesthesia"],
    cc=(5, "unchanged"))
C["hb-33-mscc-lung-ca-deficit"] = case(72, "male", "thoracic", 2, ["axial_pain", "paresthesia"], ["motor_deficit", "sensory_level"],
    history=["known_malignancy"], notes="Lung cancer. Legs weak since yesterday.")
C["hb-34-epidural-abscess-deficit"] = case(48, "male", "lumbar", 1, ["axial_pain", "radicular_pain"], ["motor_deficit"],
    history=["iv_drug_use", "fever"], crp=150, temp=38.9)
C["hb-35-as-minor-fall-neck"] = case(64, "male", "cervical", 0.1, ["axial_pain"], history=["ankylosing_disorder", "low_energy_trauma"],
    notes="Ankylosing spondylitis. Tripped and fell forwards, neck pain. Neurology normal.")
C["hb-36-high-energy-rtc"] = case(25, "male", "cervical", 0, ["axial_pain"], ["midline_tenderness"], history=["high_energy_trauma", "trauma_rule_positive"])
C["hb-37-acute-progressive-myelopathy"] = case(58, "female", "cervical", 3, ["hand_clumsiness", "gait_disturbance"], ["umn_signs", "progressive_deficit"],
    mri=True, findings=[F("disc_extrusion", "severe", "C4-C5"), F("cord_compression", "severe", "C4-C5"), F("cord_signal_change", None, "C4-C5")],
    report="Large C4/5 extrusion with severe cord compression and signal change.", mjoa=9)
C["hb-38-teen-14-ces"] = case(14, "female", "lumbar", 2, ["radicular_pain", "bilateral_radicular_symptoms", "urinary_incontinence"], ["sensory_deficit"])
C["hb-39-thoracic-urinary-retention"] = case(59, "male", "thoracic", 1, ["axial_pain", "paresthesia", "urinary_retention"])
C["hb-40-unknown-fields-saddle-numbness"] = case(50, "unknown", "lumbar", None, ["saddle_numbness", "bowel_dysfunction"],
    v2={"visit_date": "2026-12-14"}, notes="Phone call from the out-of-hours service; no examination yet, details to follow.")

assert len(C) == 40, len(C)
for name, c in C.items():
    with open(os.path.join(D, name + ".spinecase"), "w") as f:
        json.dump(c, f, indent=2, ensure_ascii=False); f.write("\n")
print(len(C), "cases written")

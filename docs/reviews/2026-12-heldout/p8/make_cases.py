#!/usr/bin/env python3
"""Generate the §8 probe cases (canonical-ish v1 JSON, v2 where the item needs it)."""
import json, copy, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cases")

BASE = {
  "format": "spinecds-case", "version": 1,
  "patient": {"age_years": 45, "sex": "female"},
  "region": "lumbar", "symptom_duration_weeks": 2,
  "conservative_care": {"weeks": 0, "response": "not_tried"},
  "intervention_candidate": False,
  "symptoms": ["axial_pain"], "signs": [], "history": [],
  "imaging": {"mri_done": False, "findings": [], "report_text": ""},
  "labs": {"crp_mg_l": None, "temperature_c": None},
  "mjoa": None, "surgery": None, "mscc": None, "notes": ""
}

def case(name, **kw):
    c = copy.deepcopy(BASE)
    for k, v in kw.items():
        if k == "age": c["patient"]["age_years"] = v
        elif k == "sex": c["patient"]["sex"] = v
        elif k == "findings":
            c["imaging"]["mri_done"] = True
            c["imaging"]["findings"] = [dict(zip(("code","grade","level"), f)) if isinstance(f, tuple) else {"code": f} for f in v]
            for f in c["imaging"]["findings"]:
                if f.get("grade") is None: f.pop("grade", None)
        elif k == "mri_done": c["imaging"]["mri_done"] = v
        elif k == "report": c["imaging"]["report_text"] = v
        elif k == "cc": c["conservative_care"] = {"weeks": v[0], "response": v[1]}
        elif k == "crp": c["labs"]["crp_mg_l"] = v
        elif k == "temp": c["labs"]["temperature_c"] = v
        elif k == "raw": v(c)
        else: c[k] = v
    with open(os.path.join(OUT, name + ".spinecase"), "w") as f:
        json.dump(c, f, indent=2, ensure_ascii=False); f.write("\n")

MSCC_OK = {"separate_areas": 1, "deficit_hours": 18, "paraplegic_hours": 0,
           "predicted_survival_months": 8, "radiosensitive_histology": False}
MSCC_IMG = [("vertebral_metastasis", None, "T9"), ("epidural_tumor", None, "T9"), ("cord_compression", "severe", "T9")]

# §8.1 scope: under 16
case("p8-1-1-child12-routine", age=12, region="lumbar", symptoms=["axial_pain"], symptom_duration_weeks=3)
case("p8-1-2-age15-edge", age=15, region="cervical", symptoms=["axial_pain"],
     findings=[("lordosis_reversal", "mild", "C4-C5")])
case("p8-1-3-age16-adult", age=16, region="cervical", symptoms=["axial_pain"],
     findings=[("lordosis_reversal", "mild", "C4-C5")])
case("p8-1-4-child10-cauda-equina", age=10, region="lumbar",
     symptoms=["radicular_pain", "bilateral_radicular_symptoms", "urinary_retention", "saddle_numbness"],
     signs=["motor_deficit", "saddle_anesthesia"])

# §8.2 one triage, one time
case("p8-2-1-emergency-cauda-equina", age=43, region="lumbar",
     symptoms=["radicular_pain", "bilateral_radicular_symptoms", "urinary_retention", "saddle_numbness"],
     signs=["motor_deficit", "saddle_anesthesia", "reduced_anal_tone"])
case("p8-2-2-urgent-fever-plus-known-cancer", age=58, region="thoracic", symptoms=["axial_pain", "night_pain"],
     history=["fever", "known_malignancy"], temp=38.0)
case("p8-2-3-expedited-myelopathy", age=66, region="cervical",
     symptoms=["hand_clumsiness", "gait_disturbance", "paresthesia"], signs=["umn_signs"],
     findings=[("disc_osteophyte_complex", "severe", "C4-C5"), ("cord_compression", "severe", "C4-C5"), ("cord_signal_change", None, "C4-C5")],
     mjoa=12, symptom_duration_weeks=12)
case("p8-2-4-routine-opposite", age=38, region="cervical", symptoms=["axial_pain"], symptom_duration_weeks=4,
     findings=[("lordosis_reversal", "mild", "C4-C5"), ("disc_degeneration", "mild", "C5-C6")])

# §8.3 handout follows triage
case("p8-3-1-handout-emergency-ces", age=43, region="lumbar",
     symptoms=["radicular_pain", "bilateral_radicular_symptoms", "urinary_retention", "saddle_numbness"],
     signs=["motor_deficit", "saddle_anesthesia", "reduced_anal_tone"])
case("p8-3-2-handout-urgent-fever", age=50, region="lumbar", symptoms=["axial_pain"], history=["fever"], temp=38.4)
case("p8-3-3-handout-emergency-weakness", age=55, region="lumbar", symptoms=["radicular_pain"],
     signs=["motor_deficit", "severe_motor_deficit", "progressive_deficit"],
     findings=[("disc_extrusion", "severe", "L4-L5"), ("nerve_root_compression", "severe", "L4-L5")])
case("p8-3-4-handout-routine-opposite", age=38, region="cervical", symptoms=["axial_pain"], symptom_duration_weeks=4,
     findings=[("lordosis_reversal", "mild", "C4-C5")])

# §8.4 bladder/bowel/saddle in any region; UMN in lumbar
case("p8-4-1-cervical-retention-no-imaging", age=60, region="cervical", symptoms=["axial_pain", "urinary_retention"])
case("p8-4-2-thoracic-saddle-bowel", age=52, region="thoracic", symptoms=["axial_pain", "bowel_dysfunction"],
     signs=["saddle_anesthesia"])
case("p8-4-3-cervical-incontinence-explained-by-cord", age=62, region="cervical",
     symptoms=["urinary_incontinence", "gait_disturbance", "hand_clumsiness"], signs=["umn_signs"],
     findings=[("cord_compression", "severe", "C5-C6"), ("cord_signal_change", None, "C5-C6")])
case("p8-4-4-lumbar-umn-signs", age=57, region="lumbar", symptoms=["axial_pain", "gait_disturbance"],
     signs=["umn_signs"])

# §8.5 known vs suspected cancer
case("p8-5-1-known-malignancy-weightloss", age=60, region="lumbar",
     symptoms=["axial_pain", "weight_loss", "night_pain"], history=["known_malignancy"])
case("p8-5-2-suspected-age51", age=51, region="lumbar", symptoms=["axial_pain", "weight_loss"])
case("p8-5-3-age50-edge-not-suspected", age=50, region="lumbar", symptoms=["axial_pain", "weight_loss", "night_pain"])
case("p8-5-4-myelopathy-failure-to-improve", age=70, region="cervical",
     symptoms=["hand_clumsiness", "gait_disturbance", "night_pain"], signs=["umn_signs"],
     findings=[("cord_compression", "severe", "C4-C5"), ("cord_signal_change", None, "C4-C5")],
     mjoa=12, symptom_duration_weeks=10, cc=(8, "unchanged"))

# §8.6 MSCC on imaging without neuro symptoms/signs
case("p8-6-1-epidural-cord-no-neuro", age=61, region="thoracic", symptoms=["axial_pain"],
     history=["known_malignancy"], findings=MSCC_IMG)
case("p8-6-2-epidural-cord-with-paresthesia", age=61, region="thoracic", symptoms=["axial_pain", "paresthesia"],
     history=["known_malignancy"], findings=MSCC_IMG)
case("p8-6-3-epidural-cauda-no-neuro", age=67, region="lumbar", symptoms=["axial_pain"],
     history=["known_malignancy"],
     findings=[("vertebral_metastasis", None, "L3"), ("epidural_tumor", None, "L3"), ("cauda_equina_compression", "moderate", "L3")])
case("p8-6-4-metastasis-no-compression", age=61, region="thoracic", symptoms=["axial_pain"],
     history=["known_malignancy"], findings=[("vertebral_metastasis", None, "T9")])

# §8.7 whole-spine imaging names modality
case("p8-7-1-mscc-deficit", age=61, region="thoracic", symptoms=["axial_pain", "paresthesia"],
     signs=["motor_deficit", "sensory_deficit"], history=["known_malignancy"], findings=MSCC_IMG, mscc=MSCC_OK)
case("p8-7-2-ankylosed-trauma", age=70, region="thoracic", symptoms=["axial_pain"],
     history=["ankylosing_disorder", "low_energy_trauma"], symptom_duration_weeks=0)
case("p8-7-3-known-malignancy-new-pain", age=64, region="lumbar", symptoms=["axial_pain"],
     history=["known_malignancy"], symptom_duration_weeks=3)
case("p8-7-4-routine-no-whole-spine", age=40, region="lumbar", symptoms=["axial_pain"], symptom_duration_weeks=2)

# §8.8 evidence: seed never sole reference
case("p8-8-1-seed-case", age=38, region="cervical", symptoms=["axial_pain"], symptom_duration_weeks=4,
     findings=[("lordosis_reversal", "mild", "C4-C5"), ("disc_degeneration", "mild", "C5-C6")])
case("p8-8-2-radiculopathy-7-weeks", age=44, region="lumbar", symptoms=["radicular_pain", "paresthesia"],
     signs=["sensory_deficit", "reflex_change"], symptom_duration_weeks=8, cc=(7, "unchanged"),
     intervention_candidate=True)
case("p8-8-3-cervical-straightening-axial-8wk", age=35, region="cervical", symptoms=["axial_pain"],
     symptom_duration_weeks=9, cc=(8, "unchanged"), intervention_candidate=True,
     findings=[("lordosis_straightening", "mild", "C3-C6"), ("disc_bulge", "mild", "C5-C6")])
case("p8-8-4-mscc-emergency", age=61, region="thoracic", symptoms=["axial_pain", "paresthesia"],
     signs=["motor_deficit"], history=["known_malignancy"], findings=MSCC_IMG, mscc=MSCC_OK)

# §8.9 Patchell thresholds
case("p8-9-1-paraplegic-48h", age=58, region="thoracic", symptoms=["axial_pain"],
     signs=["paraplegia", "motor_deficit", "sensory_level"], history=["known_malignancy"], findings=MSCC_IMG,
     mscc={**MSCC_OK, "deficit_hours": 60, "paraplegic_hours": 48})
case("p8-9-2-survival-3-months", age=58, region="thoracic", symptoms=["axial_pain"], signs=["motor_deficit"],
     history=["known_malignancy"], findings=MSCC_IMG, mscc={**MSCC_OK, "predicted_survival_months": 3})
case("p8-9-3-age-65", age=65, region="thoracic", symptoms=["axial_pain"], signs=["motor_deficit"],
     history=["known_malignancy"], findings=MSCC_IMG, mscc=MSCC_OK)
case("p8-9-4-clear-opposite", age=64, region="thoracic", symptoms=["axial_pain"], signs=["motor_deficit"],
     history=["known_malignancy"], findings=MSCC_IMG, mscc={**MSCC_OK, "predicted_survival_months": 12})

# §8.10 what is printed
case("p8-10-1-seed-summary-one-page", age=38, region="cervical", symptoms=["axial_pain"], symptom_duration_weeks=4,
     findings=[("lordosis_reversal", "mild", "C4-C5"), ("disc_degeneration", "mild", "C5-C6")])
case("p8-10-2-lumbar-routine-no-mri", age=40, region="lumbar", symptoms=["axial_pain"], symptom_duration_weeks=2)
case("p8-10-3-mscc-summary-refs", age=61, region="thoracic", symptoms=["axial_pain", "paresthesia"],
     signs=["motor_deficit", "sensory_deficit"], history=["known_malignancy"], findings=MSCC_IMG, mscc=MSCC_OK)
case("p8-10-4-lumbar-radicular-routine", age=35, region="lumbar", symptoms=["radicular_pain"],
     signs=["sensory_deficit"], symptom_duration_weeks=3,
     findings=[("disc_protrusion", "moderate", "L5-S1"), ("nerve_root_compression", "mild", "L5-S1")])

# §8.11 nothing from nothing
def v2_new(c):
    c["version"] = 2; c["patient"]["age_years"] = None; c["region"] = None
    c["symptoms"] = []; c["visit_date"] = "2026-12-06"
case("p8-11-1-v2-new-case-no-age-no-region", raw=v2_new)
def v2_redflag(c):
    c["version"] = 2; c["patient"]["age_years"] = None; c["region"] = None
    c["symptoms"] = ["urinary_retention", "saddle_numbness"]; c["signs"] = ["saddle_anesthesia"]
case("p8-11-2-v2-no-age-red-flags", raw=v2_redflag)
def v1_null_age(c):
    c["patient"]["age_years"] = None
case("p8-11-3-v1-null-age", raw=v1_null_age)
case("p8-11-4-unreadable-report", age=45, region="lumbar", symptoms=["axial_pain"], mri_done=False,
     report="zzqx 7781 ###  lorem ipsum dolor sit amet qwerty asdf ---- 0000")
print("ok", len(os.listdir(OUT)))

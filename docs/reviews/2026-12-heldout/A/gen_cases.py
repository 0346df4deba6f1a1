#!/usr/bin/env python3
"""Generate held-out vignette set A (40 cases) from the guideline, not from program behaviour."""
import json, os
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases")

def case(age, sex, region, dur, symptoms=(), signs=(), history=(), findings=(), report="",
         mri=None, crp=None, temp=None, mjoa=None, surgery=None, mscc=None, cc_weeks=0,
         cc_resp="not_tried", cand=False, notes="", version=1, visit=None):
    c = {"format": "spinecds-case", "version": version,
         "patient": {"age_years": age, "sex": sex},
         "region": region, "symptom_duration_weeks": dur,
         "conservative_care": {"weeks": cc_weeks, "response": cc_resp},
         "intervention_candidate": cand,
         "symptoms": list(symptoms), "signs": list(signs), "history": list(history),
         "imaging": {"mri_done": bool(findings) if mri is None else mri,
                     "findings": [dict(zip(("code", "grade", "level"), f)) if isinstance(f, tuple) else f for f in findings],
                     "report_text": report},
         "labs": {"crp_mg_l": crp, "temperature_c": temp},
         "mjoa": mjoa, "surgery": surgery, "mscc": mscc, "notes": notes}
    for f in c["imaging"]["findings"]:
        for k in list(f):
            if f[k] is None: del f[k]
    if version == 2:
        c["visit_date"] = visit or "2026-12-14"
    return c

def F(code, grade=None, level=None):
    d = {"code": code}
    if grade: d["grade"] = grade
    if level: d["level"] = level
    return d

C = {}
C["ha-01-lumbar-ces-retention-extrusion"] = case(52, "female", "lumbar", 1.5,
    ["radicular_pain", "bilateral_radicular_symptoms", "urinary_retention", "saddle_numbness", "axial_pain"],
    ["sensory_deficit", "saddle_anesthesia"], ["diabetes"],
    [F("disc_extrusion", "severe", "L4-L5"), F("cauda_equina_compression", "severe", "L4-L5"),
     F("disc_degeneration", "moderate", "L5-S1"), F("modic_change", None, "L5-S1")],
    "Large central L4-L5 disc extrusion severely compressing the cauda equina. Degenerative L5-S1 disc with type 1 Modic change.",
    temp=36.9, notes="Type 2 diabetes on metformin. Bladder scan 650 mL after voiding. Sciatica both legs for 10 days, numb 'down below' since this morning.")
C["ha-02-age-55-axial-failure-to-improve-duration-unknown"] = case(55, "male", "lumbar", None,
    ["axial_pain"], [], ["diabetes"], cc_weeks=6, cc_resp="unchanged",
    notes="New patient, poor historian: 'back pain for ages', onset date unknown. 6 weeks of physio and NSAID recently without any improvement. No leg symptoms, no trauma. No imaging. Bloods not done.")
C["ha-03-cervical-myelopathy-urinary-retention"] = case(58, "male", "cervical", 12,
    ["hand_clumsiness", "gait_disturbance", "paresthesia", "urinary_retention", "axial_pain"],
    ["umn_signs", "sensory_deficit"], ["diabetes"],
    [F("disc_osteophyte_complex", "severe", "C5-C6"), F("canal_stenosis", "severe", "C5-C6"),
     F("cord_compression", "severe", "C5-C6"), F("cord_signal_change", None, "C5-C6"),
     F("lordosis_straightening", "mild", "C3-C7")],
    "Severe canal stenosis C5-C6 from a disc-osteophyte complex with cord compression and T2 intramedullary hyperintensity. Straightened lordosis.",
    mjoa=11, notes="Three months of clumsy hands and unsteady walking; for 2 days unable to pass urine properly, residual 400 mL. Diabetic neuropathy in feet known.")
C["ha-04-thoracic-pain-saddle-bowel-no-imaging"] = case(49, "female", "thoracic", 1,
    ["axial_pain", "saddle_numbness", "bowel_dysfunction", "paresthesia"], ["sensory_deficit"], [],
    notes="Mid-thoracic band-like pain after gardening. Since yesterday numb buttocks and new faecal incontinence x2. Not yet examined PR. No imaging.")
C["ha-05-lumbar-severe-foot-drop"] = case(41, "male", "lumbar", 2,
    ["radicular_pain", "paresthesia"], ["motor_deficit", "severe_motor_deficit", "sensory_deficit", "reflex_change"], [],
    [F("disc_extrusion", "severe", "L4-L5"), F("nerve_root_compression", "severe", "L5"),
     F("disc_bulge", "mild", "L3-L4"), F("annular_fissure", None, "L5-S1")],
    "Large left paracentral L4-L5 extrusion severely compressing the traversing left L5 root.",
    notes="Left ankle dorsiflexion 2/5, EHL 1/5 since 3 days. Bladder and saddle normal. Smoker.")
C["ha-06-lumbar-radicular-weakness-worsening"] = case(47, "male", "lumbar", 5,
    ["radicular_pain", "progressive_pain", "paresthesia"], ["motor_deficit", "sensory_deficit"], [],
    cc_weeks=4, cc_resp="worsening",
    notes="Right L5 radiculopathy. EHL 4/5 two weeks ago, now 4-/5 with new ankle dorsiflexion 4/5: weakness progressing over 2 weeks despite physio and NSAID. No MRI yet.")
C["ha-07-mscc-breast-age64-eligible"] = case(64, "female", "thoracic", 1.5,
    ["axial_pain", "night_pain", "paresthesia", "gait_disturbance"], ["motor_deficit", "sensory_level", "umn_signs"],
    ["known_malignancy", "osteoporosis"],
    [F("vertebral_metastasis", None, "T6-T7"), F("epidural_tumor", None, "T6-T7"),
     F("cord_compression", "severe", "T6-T7"), F("fracture", "moderate", "T7")],
    "Metastases T6 and T7 with pathological collapse of T7 and contiguous epidural tumour severely compressing the cord at T6-T7. Thoracic study only.",
    mscc={"separate_areas": 1, "deficit_hours": 30, "paraplegic_hours": 0, "predicted_survival_months": 12, "radiosensitive_histology": False},
    notes="ER+ breast cancer 2019, bone-only relapse; on letrozole (osteopenia/osteoporosis). Legs weak since yesterday morning, still walking with a stick.")
C["ha-08-mscc-prostate-age65-borderline"] = case(65, "male", "thoracic", 3,
    ["axial_pain", "night_pain", "paresthesia"], ["motor_deficit", "sensory_deficit"], ["known_malignancy"],
    [F("vertebral_metastasis", None, "T11"), F("epidural_tumor", None, "T11-T12"), F("cord_compression", "moderate", "T11-T12")],
    "T11 metastasis with epidural extension compressing the conus/lower cord at T11-T12. Other sclerotic foci in pelvis.",
    mscc={"separate_areas": 1, "deficit_hours": 20, "paraplegic_hours": 0, "predicted_survival_months": 6, "radiosensitive_histology": False},
    notes="Castration-resistant prostate cancer. Hip flexion 4/5 both sides since last night. CRP not done.")
C["ha-09-mscc-lung-paraplegic-48h-survival-3"] = case(58, "male", "thoracic", 1,
    ["axial_pain", "urinary_retention"], ["paraplegia", "sensory_level", "motor_deficit"], ["known_malignancy"],
    [F("vertebral_metastasis", None, "T4"), F("epidural_tumor", None, "T4"), F("cord_compression", "severe", "T4")],
    "Single T4 metastasis with circumferential epidural tumour and severe cord compression.",
    mscc={"separate_areas": 1, "deficit_hours": 60, "paraplegic_hours": 48, "predicted_survival_months": 3, "radiosensitive_histology": False},
    notes="NSCLC adenocarcinoma, EGFR negative. Found on floor, paraplegic exactly 48 h by family account. Oncologist estimates survival about 3 months.")
C["ha-10-mscc-myeloma-two-areas-paraplegic-72h"] = case(70, "female", "thoracic", 2,
    ["axial_pain", "urinary_incontinence", "bowel_dysfunction"], ["paraplegia", "sensory_level", "motor_deficit"],
    ["known_malignancy"],
    [F("vertebral_metastasis", None, "T8, L1"), F("epidural_tumor", None, "T8 and L1"), F("cord_compression", "severe", "T8"), F("fracture", "mild", "L1")],
    "Myeloma deposits with epidural disease at T8 (cord compression) and L1 (non-contiguous), mild L1 collapse.",
    mscc={"separate_areas": 2, "deficit_hours": 96, "paraplegic_hours": 72, "predicted_survival_months": None, "radiosensitive_histology": True},
    notes="IgG myeloma. Paraplegic for 3 days before presenting. Prognosis not yet discussed with haematology.")
C["ha-11-mscc-unknown-primary-weight-loss"] = case(68, "male", "thoracic", 6,
    ["axial_pain", "night_pain", "weight_loss", "gait_disturbance"], ["motor_deficit", "sensory_level", "umn_signs"], [],
    [F("vertebral_metastasis", None, "T10"), F("epidural_tumor", None, "T10"), F("cord_compression", "severe", "T10")],
    "Destructive T10 lesion with epidural soft tissue severely compressing the cord. Appearances suggest metastasis; lymphoma is a differential.",
    mscc={"separate_areas": 1, "deficit_hours": 72, "paraplegic_hours": 0, "predicted_survival_months": None, "radiosensitive_histology": None},
    notes="No known cancer. 8 kg weight loss in 3 months, night sweats. Legs heavy for 3 days. No tissue diagnosis.")
C["ha-12-mscc-cauda-level-survival-2.9"] = case(72, "female", "lumbar", 1,
    ["radicular_pain", "bilateral_radicular_symptoms", "urinary_retention"], ["motor_deficit", "saddle_anesthesia"],
    ["known_malignancy"],
    [F("vertebral_metastasis", None, "L3"), F("epidural_tumor", None, "L3"), F("cauda_equina_compression", "severe", "L3")],
    "L3 metastasis with epidural tumour severely compressing the cauda equina.",
    mscc={"separate_areas": 1, "deficit_hours": 24, "paraplegic_hours": 0, "predicted_survival_months": 2.9, "radiosensitive_histology": False},
    notes="Metastatic lung adenocarcinoma, liver and brain metastases, ECOG 3. Oncology estimate 2.9 months.")
C["ha-13-metastatic-compression-no-neuro"] = case(60, "male", "thoracic", 3,
    ["axial_pain", "night_pain"], [], ["known_malignancy"],
    [F("vertebral_metastasis", None, "T11"), F("epidural_tumor", None, "T11"), F("cord_compression", "moderate", "T11")],
    "T11 metastasis with epidural tumour moderately compressing the cord, no cord signal change. Thoracic spine only imaged.",
    notes="Metastatic prostate cancer on ADT. Neurological examination normal, walks normally, no sphincter symptoms.")
C["ha-14-known-breast-cancer-new-thoracic-pain"] = case(55, "female", "thoracic", 3,
    ["axial_pain", "night_pain"], [], ["known_malignancy"],
    notes="Breast cancer treated 4 years ago. New thoracic pain, worse at night. Neurologically normal. No imaging yet.")
C["ha-15-fever-38.0-lumbar-crp25"] = case(44, "male", "lumbar", 1,
    ["axial_pain"], [], [], temp=38.0, crp=25,
    notes="Low back pain for a week, temperature 38.0 in clinic, no obvious source. Dental extraction 3 weeks ago. Neurology normal.")
C["ha-16-ivdu-temp-37.9-crp-10"] = case(33, "male", "lumbar", 2,
    ["axial_pain"], [], ["iv_drug_use"], temp=37.9, crp=10,
    notes="Injects heroin. Lifted a fridge 2 weeks ago. Afebrile by history, 37.9 in clinic; CRP 10. Neurology normal.")
C["ha-17-ivdu-crp-10.5-neck"] = case(29, "female", "cervical", 1,
    ["axial_pain"], [], ["iv_drug_use"], temp=37.2, crp=10.5,
    notes="Injects into neck veins. Neck pain for a week, no fever reported. CRP 10.5.")
C["ha-18-transplant-steroids-crp-unknown"] = case(57, "male", "lumbar", 3,
    ["axial_pain", "progressive_pain"], [], ["immunosuppression", "chronic_steroid_use", "diabetes"],
    crp=None, temp=None,
    notes="Renal transplant 2021 on tacrolimus and prednisolone 5 mg. Back pain getting worse over 3 weeks, no trauma. Telephone consultation: no temperature, bloods not yet taken.")
C["ha-19-diabetes-crp40-no-fever"] = case(48, "female", "lumbar", 3,
    ["axial_pain"], [], ["diabetes"], temp=37.4, crp=40,
    notes="Poorly controlled type 2 diabetes, infected toe ulcer on antibiotics from podiatry (CRP 40). Mechanical back pain after moving house. No fever.")
C["ha-20-dialysis-epidural-abscess-deficit"] = case(63, "male", "thoracic", 1,
    ["axial_pain", "gait_disturbance", "paresthesia"], ["motor_deficit", "sensory_level"],
    ["indwelling_line_or_dialysis", "fever", "diabetes"],
    [F("discitis_osteomyelitis", None, "T8-T9"), F("epidural_collection", "moderate", "T8-T9"), F("cord_compression", "moderate", "T8-T9")],
    "T8-T9 discitis-osteomyelitis with a ventral epidural collection compressing the cord.",
    temp=38.6, crp=180,
    notes="Haemodialysis via tunnelled line. Rigors during dialysis. Legs weak 4/5 since today.")
C["ha-21-postop-wound-erythema-fusion"] = case(66, "female", "lumbar", 1,
    ["axial_pain", "wound_drainage"], ["wound_erythema"], ["diabetes"], temp=37.8, crp=60,
    surgery={"weeks_ago": 5, "procedure": "L4-L5 TLIF"},
    notes="Serous-turbid discharge from the lower wound pole for 4 days, surrounding redness. Afebrile at home.")
C["ha-22-postop-new-radicular-deficit-lumbar"] = case(50, "male", "lumbar", 2,
    ["radicular_pain", "paresthesia"], ["motor_deficit", "sensory_deficit", "reflex_change"], [],
    temp=36.8, crp=4, surgery={"weeks_ago": 60, "procedure": "Left L5-S1 microdiscectomy"},
    notes="Good result from surgery 14 months ago. New left S1 pain with plantarflexion 4/5 and absent ankle jerk for 2 weeks.")
C["ha-23-high-energy-mvc-neck"] = case(27, "male", "cervical", 0,
    ["axial_pain"], ["midline_tenderness"], ["high_energy_trauma", "trauma_rule_positive"],
    notes="Driver, 80 km/h head-on collision. Midline C-spine tenderness, NEXUS positive. Neurology intact.")
C["ha-24-dish-fall-neck-elderly"] = case(78, "male", "cervical", 0,
    ["axial_pain"], [], ["ankylosing_disorder", "low_energy_trauma", "osteoporosis"],
    notes="DISH known from old radiographs. Tripped and hit forehead on door frame (hyperextension). Neck pain, no deficit.")
C["ha-25-fragility-age-65-exact"] = case(65, "female", "lumbar", 0.3,
    ["axial_pain"], ["midline_tenderness"], ["low_energy_trauma"],
    notes="65th birthday last week. Sat down hard missing a chair. No known osteoporosis, never had DXA. Neurology normal.")
C["ha-26-low-energy-age-64-no-risk"] = case(64, "male", "lumbar", 0.5,
    ["axial_pain"], [], ["low_energy_trauma"],
    notes="Slipped two steps on stairs, landed on buttocks. No osteoporosis, no steroids, no cancer. Paraspinal tenderness only, neurology normal.")
C["ha-27-dcm-mjoa-14"] = case(61, "male", "cervical", 30,
    ["hand_clumsiness", "paresthesia", "gait_disturbance", "axial_pain"], ["umn_signs", "sensory_deficit"], [],
    [F("canal_stenosis", "moderate", "C5-C6"), F("cord_compression", "moderate", "C5-C6"),
     F("disc_osteophyte_complex", "moderate", "C5-C6"), F("lordosis_straightening", "mild", "C4-C6")],
    "Moderate canal stenosis C5-C6 with cord flattening, no signal change.", mjoa=14,
    notes="Dropping things, buttons difficult, slightly unsteady for 7 months. Stable over the last months.")
C["ha-28-dcm-mjoa-unknown"] = case(70, "female", "cervical", 20,
    ["gait_disturbance", "hand_clumsiness"], ["umn_signs"], ["diabetes"],
    [F("cord_compression", "severe", "C4-C5"), F("cord_signal_change", None, "C4-C5"), F("spondylolisthesis", "mild", "C4-C5")],
    "Degenerative anterolisthesis C4 on C5 with severe canal narrowing, cord compression and T2 signal change.",
    mjoa=None, notes="Referred by GP; mJOA not scored yet. Diabetic neuropathy complicates the sensory exam.")
C["ha-29-acute-progressive-myelopathy"] = case(59, "male", "cervical", 1,
    ["hand_clumsiness", "gait_disturbance", "paresthesia"], ["umn_signs", "progressive_deficit", "motor_deficit"], [],
    [F("disc_extrusion", "severe", "C4-C5"), F("cord_compression", "severe", "C4-C5"), F("cord_signal_change", None, "C4-C5")],
    "Large C4-C5 disc extrusion severely compressing the cord with signal change.", mjoa=10,
    notes="Walking independently a week ago, now needs a frame; hands worse daily.")
C["ha-30-cord-compression-no-myelopathy"] = case(47, "male", "cervical", 3,
    ["axial_pain", "radicular_pain", "paresthesia"], ["sensory_deficit"], [],
    [F("disc_osteophyte_complex", "moderate", "C5-C6"), F("cord_compression", "mild", "C5-C6"),
     F("foraminal_stenosis", "moderate", "C5-C6"), F("lordosis_straightening", None, "C3-C7")],
    "C5-C6 disc-osteophyte complex indenting and mildly compressing the cord without signal change; moderate right foraminal stenosis.",
    mjoa=18, notes="Right C6 radicular pain and thumb paraesthesia 3 weeks. No UMN signs, gait and hands normal. MRI organised privately.")
C["ha-31-lumbar-radic-3wk-mri-done"] = case(34, "female", "lumbar", 3,
    ["radicular_pain", "paresthesia"], ["sensory_deficit", "reflex_change"], [],
    [F("disc_protrusion", "moderate", "L5-S1"), F("nerve_root_compression", "moderate", "S1"),
     F("disc_degeneration", "mild", "L4-L5"), F("annular_fissure", None, "L4-L5")],
    "Right paracentral L5-S1 protrusion contacting and displacing the right S1 root.",
    cc_weeks=2, cc_resp="improving", notes="Sciatica 3 weeks, slowly improving with physio. Reduced right ankle jerk. Power full.")
C["ha-32-cervical-radic-8wk-candidate-no-mri"] = case(45, "male", "cervical", 8,
    ["radicular_pain", "paresthesia", "axial_pain"], ["motor_deficit", "sensory_deficit", "reflex_change"], [],
    cc_weeks=6, cc_resp="unchanged", cand=True,
    notes="Left C7 radiculopathy, triceps 4+/5 stable since onset. 6 weeks physio and NSAID without change. Would consider surgery.")
C["ha-33-axial-10wk-candidate-incidental"] = case(42, "female", "lumbar", 10,
    ["axial_pain"], [], [],
    [F("disc_degeneration", "moderate", "L4-L5"), F("disc_bulge", "mild", "L4-L5"), F("modic_change", None, "L4-L5"),
     F("facet_arthropathy", "mild", "L5-S1"), F("annular_fissure", None, "L4-L5"), F("spondylolisthesis", "mild", "L4-L5")],
    "Grade 1 degenerative anterolisthesis L4-L5, disc degeneration with bulge and high-intensity zone, type 2 Modic change. No neural compression.",
    cc_weeks=8, cc_resp="unchanged", cand=True,
    notes="Chronic non-specific low back pain, no leg pain. Asks for 'the operation'. Private MRI brought along.")
C["ha-34-axial-58-night-pain-weight-loss"] = case(58, "male", "lumbar", 5,
    ["axial_pain", "night_pain", "weight_loss", "progressive_pain"], [], [],
    [F("modic_change", None, "L2-L3"), F("disc_degeneration", "moderate", "L2-L3"), F("disc_bulge", "mild", "L2-L3")],
    "Degenerative L2-L3 disc with type 1 Modic change. No aggressive marrow lesion on non-contrast sequences.",
    notes="Ex-smoker. 6 kg unintentional weight loss over 2 months, pain wakes him at night. No known cancer. Bloods pending.")
C["ha-35-cervical-neck-pain-incidental-2wk"] = case(29, "female", "cervical", 2,
    ["axial_pain"], [], [],
    [F("lordosis_straightening", None, "C3-C7"), F("disc_bulge", "mild", "C5-C6"), F("annular_fissure", None, "C5-C6"),
     F("foraminal_stenosis", "mild", "C5-C6")],
    "Straightening of the cervical lordosis. Small C5-C6 bulge with annular fissure, mild foraminal narrowing, no root or cord compression.",
    notes="Office worker, neck pain after long flight. MRI done by an occupational health service. No arm symptoms.")
C["ha-36-child-15-back-pain"] = case(15, "male", "lumbar", 3,
    ["axial_pain"], [], [],
    notes="Plays football, back pain 3 weeks after training. No night pain, no fever, neurology normal. Parent asks about MRI.")
C["ha-37-child-14-cauda-equina"] = case(14, "female", "lumbar", 1,
    ["radicular_pain", "bilateral_radicular_symptoms", "urinary_retention", "saddle_numbness"], ["saddle_anesthesia", "motor_deficit"], [],
    [F("disc_extrusion", "severe", "L5-S1"), F("cauda_equina_compression", "severe", "L5-S1")],
    "Large central L5-S1 extrusion compressing the cauda equina.",
    notes="Gymnast. Bilateral leg pain and unable to void for 12 h.")
C["ha-38-child-9-fever-back-pain"] = case(9, "male", "lumbar", 1,
    ["axial_pain"], [], ["fever"], temp=38.7, crp=45,
    notes="Refuses to bend or walk far, fever for 4 days. No trauma.")
C["ha-39-age-16-neck-pain-routine"] = case(16, "female", "cervical", 3,
    ["axial_pain"], [], [],
    [F("lordosis_reversal", "mild", "C4-C5")],
    "Mild reversal of the cervical lordosis at C4-C5, otherwise normal.",
    notes="Sixteenth birthday last month. Neck pain with long gaming sessions. No arm symptoms.")
C["ha-40-melanoma-new-leg-symptoms-unknowns"] = case(47, "female", "thoracic", 0.5,
    ["axial_pain", "paresthesia", "gait_disturbance"], [], ["known_malignancy"],
    mscc={"separate_areas": 1, "deficit_hours": None, "paraplegic_hours": 0, "predicted_survival_months": None, "radiosensitive_histology": None},
    notes="Stage IV melanoma on immunotherapy. Phone call: new tingling in both legs and unsteady walking for 3 days, mid-back pain. Not yet examined, no imaging; prognosis unknown."
)

for name, c in C.items():
    with open(os.path.join(D, name + ".spinecase"), "w") as fh:
        json.dump(c, fh, indent=2); fh.write("\n")
print(len(C))

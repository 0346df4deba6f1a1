import json, copy, subprocess, os, sys
B="/work/main/_build2/app/cli/spinecds-cli"
D="cases"
def base(**kw):
    c={"format":"spinecds-case","version":2,
       "patient":{"age_years":62,"sex":"female"},
       "region":"lumbar","symptom_duration_weeks":3,
       "conservative_care":{"weeks":0,"response":"not_tried"},
       "intervention_candidate":False,"symptoms":[],"signs":[],"history":[],
       "imaging":{"mri_done":False,"findings":[],"report_text":""},
       "labs":{"crp_mg_l":None,"temperature_c":None},"mjoa":None,"surgery":None,"mscc":None,"notes":"",
       "visit_date":"2026-12-10"}
    return c
def F(code,level=None,grade=None,note=None):
    f={"code":code}
    if grade: f["grade"]=grade
    if level: f["level"]=level
    if note: f["note"]=note
    return f
cases={}
def add(name,c): cases[name]=c

# ---------- A: cancer + radicular (change 1)
def A():
    c=base(); c["history"]=["known_malignancy"]; c["symptoms"]=["radicular_pain","paresthesia"]
    c["signs"]=["motor_deficit","sensory_deficit","reflex_change"]
    c["imaging"]={"mri_done":True,"findings":[F("disc_extrusion","L4-L5","moderate"),F("nerve_root_compression","L5")],"report_text":"L4-5 left paracentral extrusion compressing the traversing L5 root. No epidural tumour. No cauda equina compression."}
    return c
add("A00-base-cancer-disc-radic",A())
c=A(); c["region"]="thoracic"; c["imaging"]["findings"]=[F("disc_protrusion","T7-T8","moderate"),F("nerve_root_compression","T8")]; add("A01-thoracic-radic",c)
c=A(); c["region"]="cervical"; c["imaging"]["findings"]=[F("disc_protrusion","C5-C6","moderate"),F("nerve_root_compression","C6")]; add("A02-cervical-radic",c)
c=A(); c["signs"].append("sensory_level"); add("A03-sensory-level",c)
c=A(); c["symptoms"].append("gait_disturbance"); add("A04-gait",c)
c=A(); c["symptoms"].append("urinary_retention"); add("A05-urinary-retention",c)
c=A(); c["symptoms"].append("urinary_incontinence"); add("A06-urinary-incontinence",c)
c=A(); c["symptoms"].append("saddle_numbness"); add("A07-saddle-numbness",c)
c=A(); c["signs"].append("severe_motor_deficit"); add("A08-severe-motor",c)
c=A(); c["signs"].append("progressive_deficit"); add("A09-progressive-deficit",c)
c=A(); c["signs"].append("umn_signs"); add("A10-umn",c)
c=A(); c["imaging"]["findings"].append(F("vertebral_metastasis","L5")); add("A11-metastasis-at-level",c)
c=A(); c["imaging"]["findings"].append(F("vertebral_metastasis","L1")); add("A12-metastasis-other-level",c)
c=A(); c["imaging"]["findings"]=[F("foraminal_stenosis","L4-L5","severe",note="soft tissue mass in foramen, ?tumour"),F("nerve_root_compression","L4")]; add("A13-foraminal-tumour-note",c)
c=A(); c["imaging"]["findings"].append(F("epidural_tumor","L4")); add("A14-epidural-tumour",c)
c=A(); c["imaging"]["findings"].append(F("cauda_equina_compression","L4-L5","moderate")); add("A15-cauda-compression",c)
c=A(); c["imaging"]["findings"]=[F("disc_protrusion","C5-C6","moderate"),F("nerve_root_compression","C6")]; add("A16-mri-other-region-cervical-levels",c)
c=A(); c["imaging"]["findings"]=[F("disc_extrusion",None,"moderate"),F("nerve_root_compression")]; add("A17-findings-no-level",c)
c=A(); c["imaging"]={"mri_done":False,"findings":[],"report_text":""}; add("A18-no-mri",c)
c=A(); c["imaging"]["findings"]=[]; add("A19-mri-done-no-findings",c)
c=A(); c["region"]=None; add("A20-region-null",c)
c=A(); c["patient"]["age_years"]=None; add("A21-age-null",c)
c=A(); c["mscc"]={"separate_areas":1,"deficit_hours":None,"paraplegic_hours":0,"predicted_survival_months":None,"radiosensitive_histology":None}; add("A22-mscc-entered",c)
c=A(); c["symptoms"].append("bilateral_radicular_symptoms"); add("A23-bilateral",c)
c=A(); c["symptoms"]+=["night_pain","axial_pain"]; add("A24-night-axial",c)
c=A(); c["signs"].append("paraplegia"); add("A25-paraplegia",c)
c=A(); c["history"]=[]; c["imaging"]["findings"].append(F("vertebral_metastasis","L2")); add("A26-no-history-metastasis-imaging",c)
c=A(); c["imaging"]["findings"]=[F("canal_stenosis","L4-L5","severe")]; add("A27-canal-stenosis-severe",c)
c=A(); c["imaging"]["findings"].append(F("fracture","L1")); add("A28-fracture",c)
c=A(); c["imaging"]["findings"]=[F("disc_bulge","L4-L5","mild")]; add("A29-only-bulge-nonexplaining",c)
c=A(); c["symptoms"]=["paresthesia"]; c["signs"]=["sensory_deficit"]; add("A30-sensory-only",c)
c=A(); c["region"]="thoracic"; c["imaging"]["findings"]=[F("disc_protrusion","T7-T8","moderate"),F("nerve_root_compression","T8")]; c["symptoms"].append("gait_disturbance"); add("A31-thoracic-gait",c)
c=A(); c["region"]="cervical"; c["imaging"]["findings"]=[F("disc_protrusion","C5-C6","moderate"),F("nerve_root_compression","C6")]; c["symptoms"].append("hand_clumsiness"); add("A32-cervical-hand-clumsy",c)
c=A(); c["symptoms"].append("bowel_dysfunction"); add("A33-bowel",c)
c=A(); c["signs"].append("reduced_anal_tone"); add("A34-anal-tone",c)
c=A(); c["region"]="cervical"; c["imaging"]["findings"]=[F("disc_protrusion","C5-C6","moderate"),F("nerve_root_compression","C6"),F("cord_signal_change","C5")]; add("A35-cervical-cord-signal",c)
c=A(); c["imaging"]["findings"]=[F("disc_extrusion","L4-L5","moderate"),F("nerve_root_compression","L5"),F("epidural_collection","L4")]; add("A36-cancer-plus-collection",c)
c=A(); c["imaging"]["findings"]=[F("disc_extrusion","T12-L1","moderate"),F("nerve_root_compression","L1")]; add("A37-junctional-T12L1",c)

# ---------- B: epidural collection (change 2)
def Bc():
    c=base(); c["patient"]["age_years"]=45; c["symptoms"]=["axial_pain"]
    c["imaging"]={"mri_done":True,"findings":[F("epidural_collection","L3-L4","mild")],"report_text":"Small epidural collection L3-4."}
    c["labs"]={"crp_mg_l":3,"temperature_c":36.8}
    return c
add("B00-collection-normal-labs",Bc())
c=Bc(); c["labs"]["crp_mg_l"]=None; add("B01-crp-null",c)
c=Bc(); c["labs"]["temperature_c"]=None; add("B02-temp-null",c)
c=Bc(); c["labs"]={"crp_mg_l":None,"temperature_c":None}; add("B03-both-null",c)
c=Bc(); c["labs"]["crp_mg_l"]=10; add("B04-crp-10",c)
c=Bc(); c["labs"]["crp_mg_l"]=10.5; add("B05-crp-10.5",c)
c=Bc(); c["labs"]["temperature_c"]=38.0; add("B06-temp-38.0",c)
c=Bc(); c["labs"]["temperature_c"]=37.9; add("B07-temp-37.9",c)
c=Bc(); c["signs"]=["motor_deficit"]; add("B08-motor",c)
c=Bc(); c["signs"]=["sensory_deficit"]; add("B09-sensory",c)
c=Bc(); c["symptoms"].append("bilateral_radicular_symptoms"); add("B10-bilateral",c)
c=Bc(); c["history"]=["diabetes"]; add("B11-diabetes",c)
c=Bc(); c["history"]=["iv_drug_use"]; add("B12-ivdu",c)
c=Bc(); c["history"]=["immunosuppression"]; add("B13-immunosupp",c)
c=Bc(); c["history"]=["indwelling_line_or_dialysis"]; add("B14-line",c)
c=Bc(); c["surgery"]={"weeks_ago":4,"procedure":"L4-5 microdiscectomy"}; add("B15-surgery-4wk",c)
c=Bc(); c["history"]=["chronic_steroid_use"]; add("B16-chronic-steroid",c)
c=Bc(); c["patient"]["age_years"]=None; add("B17-age-null",c)
c=Bc(); c["signs"]=["reflex_change"]; add("B18-reflex-change",c)
c=Bc(); c["symptoms"].append("urinary_retention"); add("B19-urinary-retention",c)
c=Bc(); c["region"]="cervical"; c["imaging"]["findings"]=[F("epidural_collection","C5-C6","mild")]; add("B20-cervical-collection",c)
c=Bc(); c["history"]=["known_malignancy"]; add("B21-collection-cancer",c)
c=Bc(); c["symptoms"].append("radicular_pain"); add("B22-unilateral-radicular",c)

# ---------- C: post-op (change 3)
def Cc():
    c=base(); c["patient"]["age_years"]=55; c["symptoms"]=["axial_pain","radicular_pain"]
    c["surgery"]={"weeks_ago":3,"procedure":"L4-5 decompression"}
    c["imaging"]={"mri_done":True,"findings":[F("postoperative_change","L4-L5"),F("cauda_equina_compression","L4-L5","moderate")],"report_text":""}
    c["symptom_duration_weeks"]=1
    return c
add("C00-postop-3wk-cauda-compression",Cc())
c=Cc(); c["surgery"]["weeks_ago"]=6; add("C01-postop-6wk",c)
c=Cc(); c["surgery"]["weeks_ago"]=6.5; add("C02-postop-6.5wk",c)
c=Cc(); c["symptoms"]+=["saddle_numbness","urinary_retention"]; c["signs"]=["saddle_anesthesia"]; add("C03-postop-CES-clinical",c)
c=Cc(); c["region"]="cervical"; c["surgery"]["procedure"]="ACDF C5-6"; c["imaging"]["findings"]=[F("postoperative_change","C5-C6"),F("cord_compression","C5-C6","moderate")]; add("C04-postop-cervical-cord",c)
c=Cc(); c["imaging"]["findings"]=[F("postoperative_change","L4-L5"),F("epidural_collection","L4-L5","moderate")]; add("C05-postop-collection",c)
c=Cc(); c["imaging"]={"mri_done":False,"findings":[],"report_text":""}; c["symptoms"]=["axial_pain"]; add("C06-postop-newpain-nocrp",c)
c=Cc(); c["imaging"]={"mri_done":False,"findings":[],"report_text":""}; c["symptoms"]=["axial_pain"]; c["labs"]={"crp_mg_l":4,"temperature_c":36.7}; add("C07-postop-newpain-normal-labs",c)
c=Cc(); c["imaging"]={"mri_done":False,"findings":[],"report_text":""}; c["symptoms"]=["axial_pain"]; c["surgery"]["weeks_ago"]=10; add("C08-postop-10wk-nocrp",c)
c=Cc(); c["imaging"]={"mri_done":False,"findings":[],"report_text":""}; c["symptoms"]=["axial_pain","wound_drainage"]; add("C09-postop-wound-drainage",c)
c=Cc(); c["imaging"]["findings"]=[F("postoperative_change","L4-L5")]; c["labs"]={"crp_mg_l":None,"temperature_c":None}; add("C10-postop-change-only-nocrp",c)
c=Cc(); c["signs"]=["severe_motor_deficit","progressive_deficit"]; add("C11-postop-progressive",c)
c=Cc(); c["imaging"]={"mri_done":False,"findings":[],"report_text":""}; c["symptoms"]=["axial_pain"]; c["surgery"]["weeks_ago"]=0; add("C12-postop-0wk-nocrp",c)
c=Cc(); c["history"]=["known_malignancy"]; c["imaging"]["findings"]=[F("postoperative_change","L4-L5"),F("nerve_root_compression","L5")]; c["signs"]=["motor_deficit"]; add("C13-postop-cancer-root",c)

# ---------- D: bilateral sciatica (change 4)
def Dc():
    c=base(); c["patient"]["age_years"]=48; c["symptoms"]=["radicular_pain","bilateral_radicular_symptoms"]
    c["imaging"]={"mri_done":True,"findings":[F("canal_stenosis","L4-L5")],"report_text":""}
    return c
add("D00-bilat-ungraded-stenosis",Dc())
c=Dc(); c["imaging"]["findings"]=[F("disc_protrusion","L4-L5")]; add("D01-bilat-ungraded-protrusion",c)
c=Dc(); c["imaging"]["findings"]=[F("canal_stenosis","L4-L5","mild")]; add("D02-bilat-mild-stenosis",c)
c=Dc(); c["imaging"]["findings"]=[F("canal_stenosis","L4-L5","severe")]; add("D03-bilat-severe-stenosis",c)
c=Dc(); c["imaging"]={"mri_done":False,"findings":[],"report_text":""}; add("D04-bilat-3wk-no-mri",c)
c=Dc(); c["imaging"]={"mri_done":False,"findings":[],"report_text":""}; c["symptom_duration_weeks"]=12; add("D05-bilat-12wk-no-mri",c)
c=Dc(); c["imaging"]={"mri_done":False,"findings":[],"report_text":""}; c["symptom_duration_weeks"]=11.9; add("D06-bilat-11.9wk-no-mri",c)
c=Dc(); c["imaging"]={"mri_done":False,"findings":[],"report_text":""}; c["symptom_duration_weeks"]=None; add("D07-bilat-duration-null-no-mri",c)
c=Dc(); c["imaging"]={"mri_done":False,"findings":[],"report_text":""}; c["symptom_duration_weeks"]=52; add("D08-bilat-52wk-no-mri",c)
c=Dc(); c["symptom_duration_weeks"]=20; add("D09-bilat-20wk-ungraded-stenosis",c)
c=Dc(); c["imaging"]["findings"]=[F("disc_protrusion","L4-L5","mild")]; add("D10-bilat-mild-protrusion",c)

# ---------- E: age (change 5)
def Ec():
    c=base(); c["patient"]["age_years"]=60; c["symptoms"]=["axial_pain"]; c["symptom_duration_weeks"]=8
    c["conservative_care"]={"weeks":6,"response":"unchanged"}
    c["imaging"]={"mri_done":True,"findings":[F("disc_degeneration","L4-L5","mild")],"report_text":""}
    return c
add("E00-age60-fail-mri-done",Ec())
c=Ec(); c["imaging"]={"mri_done":False,"findings":[],"report_text":""}; add("E01-age60-fail-no-mri",c)
c=Ec(); c["imaging"]["findings"]=[F("disc_degeneration","C5-C6","mild")]; add("E02-age60-fail-mri-other-region",c)
c=Ec(); c["imaging"]={"mri_done":False,"findings":[],"report_text":""}; c["patient"]["age_years"]=50; add("E03-age50-fail-no-mri",c)
c=Ec(); c["imaging"]={"mri_done":False,"findings":[],"report_text":""}; c["patient"]["age_years"]=None; add("E04-agenull-fail-no-mri",c)
c=Ec(); c["conservative_care"]["response"]="worsening"; add("E05-age60-worsening-mri-done",c)
def E2():
    c=base(); c["patient"]["age_years"]=80; c["symptoms"]=["axial_pain"]; c["symptom_duration_weeks"]=4
    return c
add("E10-age80-4wk",E2())
c=E2(); c["symptom_duration_weeks"]=12; add("E11-age80-12wk",c)
c=E2(); c["symptom_duration_weeks"]=11.9; add("E12-age80-11.9wk",c)
c=E2(); c["patient"]["age_years"]=79; add("E13-age79-4wk",c)
c=E2(); c["symptom_duration_weeks"]=None; add("E14-age80-duration-null",c)
c=E2(); c["symptom_duration_weeks"]=20; c["history"]=["osteoporosis"]; add("E15-age80-20wk-osteoporosis",c)

# ---------- G: neck both arms (change 6)
def Gc():
    c=base(); c["patient"]["age_years"]=52; c["region"]="cervical"; c["symptoms"]=["paresthesia","bilateral_radicular_symptoms"]
    c["symptom_duration_weeks"]=4
    return c
add("G00-neck-both-arms",Gc())
c=Gc(); c["region"]="lumbar"; add("G01-lumbar-bilateral",c)
c=Gc(); c["signs"]=["umn_signs"]; add("G02-neck-both-arms-umn",c)
c=Gc(); c["imaging"]={"mri_done":True,"findings":[F("disc_bulge","C5-C6","mild")],"report_text":""}; add("G03-neck-both-arms-mri-mild",c)
c=Gc(); c["region"]=None; add("G04-region-null-bilateral",c)

for n,c in cases.items():
    json.dump(c,open(f"{D}/{n}.spinecase","w"),indent=2)
print(len(cases))

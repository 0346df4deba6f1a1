import json, copy, os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases")
def base(**kw):
    c = {"format":"spinecds-case","version":2,
         "patient":{"age_years":55,"sex":"female"},
         "visit_date":"2026-12-07",
         "region":"lumbar","symptom_duration_weeks":2,
         "conservative_care":{"weeks":0,"response":"not_tried"},
         "intervention_candidate":False,
         "symptoms":[],"signs":[],"history":[],
         "imaging":{"mri_done":False,"findings":[],"report_text":""},
         "labs":{"crp_mg_l":None,"temperature_c":None},
         "mjoa":None,"surgery":None,"mscc":None,"notes":""}
    for k,v in kw.items():
        if k=="age": c["patient"]["age_years"]=v
        elif k=="sex": c["patient"]["sex"]=v
        elif k=="findings": c["imaging"]["findings"]=v; c["imaging"]["mri_done"]=True
        elif k=="report": c["imaging"]["report_text"]=v
        elif k=="mri": c["imaging"]["mri_done"]=v
        elif k=="crp": c["labs"]["crp_mg_l"]=v
        elif k=="temp": c["labs"]["temperature_c"]=v
        elif k=="care": c["conservative_care"]={"weeks":v[0],"response":v[1]}
        elif k=="dur": c["symptom_duration_weeks"]=v
        elif k=="cand": c["intervention_candidate"]=v
        else: c[k]=v
    return c
def F(code, level=None, grade=None):
    d={"code":code}
    if grade: d["grade"]=grade
    if level: d["level"]=level
    return d
cases={}
def add(name, expect, **kw):
    c=base(**kw); c["notes"]="EXPECT: "+expect
    cases[name]=c

# ---------- Part A: cancer exception ----------
LUMB=[F("disc_extrusion","L4-L5","moderate"),F("nerve_root_compression","L5","moderate")]
CERV=[F("disc_protrusion","C5-C6","moderate"),F("foraminal_stenosis","C5-C6","moderate"),F("nerve_root_compression","C6","moderate")]
CA=["known_malignancy"]
RAD=["radicular_pain","paresthesia"]
add("A01-lumbar-exception-baseline","expedited; whole-spine MRI within a week; says why",
    history=CA, symptoms=RAD, signs=["sensory_deficit"], findings=LUMB,
    report="MRI lumbar spine: L4-L5 left paracentral disc extrusion compressing the traversing left L5 root. No cauda equina compression. No bone marrow lesion.")
add("A02-cervical-exception-baseline","expedited",
    region="cervical", history=CA, symptoms=RAD, signs=["motor_deficit","reflex_change"], findings=CERV)
add("A03-thoracic-region-lumbar-findings","emergency (thoracic presentation; exception only cervical/lumbar)",
    region="thoracic", history=CA, symptoms=["axial_pain","radicular_pain"], signs=["sensory_deficit"], findings=LUMB)
add("A04-lumbar-region-thoracic-level-findings","emergency (findings not in region)",
    history=CA, symptoms=RAD, signs=["sensory_deficit"], findings=[F("disc_extrusion","T11-T12","moderate"),F("nerve_root_compression","T12","moderate")])
add("A05-lumbar-findings-no-level","emergency (no levels -> not shown that MRI covers region)",
    history=CA, symptoms=RAD, signs=["sensory_deficit"], findings=[F("disc_extrusion",None,"moderate"),F("nerve_root_compression",None,"moderate")])
add("A06-bilateral-radicular","emergency or at least not lower than non-cancer twin (bilateral = CES concern)",
    history=CA, symptoms=RAD+["bilateral_radicular_symptoms"], signs=["sensory_deficit"], findings=LUMB)
add("A06b-bilateral-radicular-no-cancer-twin","reference twin of A06 without cancer",
    symptoms=RAD+["bilateral_radicular_symptoms"], signs=["sensory_deficit"], findings=LUMB)
add("A07-night-pain","expedited acceptable (NG234 1 week), not routine",
    history=CA, symptoms=RAD+["night_pain"], signs=["sensory_deficit"], findings=LUMB)
add("A08-weight-loss","expedited acceptable",
    history=CA, symptoms=RAD+["weight_loss"], signs=["sensory_deficit"], findings=LUMB)
add("A09-progressive-pain","expedited acceptable",
    history=CA, symptoms=RAD+["progressive_pain","axial_pain"], signs=["sensory_deficit"], findings=LUMB)
add("A10-child-cancer-disc","not exempt to routine; paediatric referral; emergency preferred (adult exception does not apply to child)",
    age=10, sex="male", history=CA, symptoms=RAD, signs=["sensory_deficit"], findings=LUMB)
add("A11-age-unknown","expedited or emergency; missing lists age",
    age=None, history=CA, symptoms=RAD, signs=["sensory_deficit"], findings=LUMB)
add("A12-region-unknown","emergency (region unknown)",
    region=None, history=CA, symptoms=RAD, signs=["sensory_deficit"], findings=LUMB)
add("A13-duration-unknown","expedited",
    dur=None, history=CA, symptoms=RAD, signs=["sensory_deficit"], findings=LUMB)
add("A14-german-report-cord-compression","emergency (report names epidural mass / compression not entered)",
    history=CA, symptoms=RAD, signs=["sensory_deficit"], findings=LUMB,
    report="MRT LWS: Bandscheibensequester L4/5 mit Kompression der Wurzel L5 links. Zusätzlich epidurale Raumforderung in Höhe LWK 2 mit Kompression der Cauda equina, vereinbar mit Metastase.")
add("A15-spanish-report-metastasis","emergency",
    history=CA, symptoms=RAD, signs=["sensory_deficit"], findings=LUMB,
    report="RM columna lumbar: extrusión discal L4-L5 que comprime la raíz L5 izquierda. Lesión lítica en el cuerpo vertebral L2 sugestiva de metástasis con masa epidural y compresión de la cola de caballo.")
add("A16-french-report-epidural","emergency",
    history=CA, symptoms=RAD, signs=["sensory_deficit"], findings=LUMB,
    report="IRM lombaire : hernie discale L4-L5 exclue comprimant la racine L5 gauche. Épidurite tumorale en regard de L2 avec compression de la queue de cheval. Métastase vertébrale L2.")
add("A17-italian-report-unreadable","emergency or explicit warning that the report could not be read; not silent expedited",
    history=CA, symptoms=RAD, signs=["sensory_deficit"], findings=LUMB,
    report="RM rachide lombare: ernia discale espulsa L4-L5 con compressione della radice L5. Lesione metastatica del corpo vertebrale L2 con massa epidurale e compressione della cauda equina.")
add("A18-english-report-metastasis-not-entered","emergency",
    history=CA, symptoms=RAD, signs=["sensory_deficit"], findings=LUMB,
    report="L4-L5 disc extrusion compressing the left L5 nerve root. Incidental note: enhancing lesion of the L2 vertebral body suspicious for metastasis.")
add("A19-english-report-negated","expedited (negated serious findings)",
    history=CA, symptoms=RAD, signs=["sensory_deficit"], findings=LUMB,
    report="L4-L5 disc extrusion compressing the left L5 nerve root. No vertebral metastasis. No epidural tumour. No cauda equina compression. Normal conus.")
add("A20-english-report-possible-metastasis","emergency (uncertain metastasis counts)",
    history=CA, symptoms=RAD, signs=["sensory_deficit"], findings=LUMB,
    report="L4-L5 disc extrusion compressing the left L5 nerve root. Possible small metastasis in L3, cannot be excluded; consider contrast study.")
add("A21-finding-vertebral-metastasis","emergency",
    history=CA, symptoms=RAD, signs=["sensory_deficit"], findings=LUMB+[F("vertebral_metastasis","L2")])
add("A22-finding-cauda-equina-compression","emergency",
    history=CA, symptoms=RAD, signs=["sensory_deficit"], findings=LUMB+[F("cauda_equina_compression","L4-L5","severe")])
add("A23-cervical-cord-signal","emergency",
    region="cervical", history=CA, symptoms=RAD, signs=["sensory_deficit"], findings=CERV+[F("cord_signal_change","C5-C6")])
add("A24-cervical-hand-clumsiness","emergency",
    region="cervical", history=CA, symptoms=RAD+["hand_clumsiness"], signs=["sensory_deficit"], findings=CERV)
add("A25-gait","emergency",
    history=CA, symptoms=RAD+["gait_disturbance"], signs=["sensory_deficit"], findings=LUMB)
add("A26-umn","emergency",
    region="cervical", history=CA, symptoms=RAD, signs=["sensory_deficit","umn_signs"], findings=CERV)
add("A27-sensory-level","emergency",
    history=CA, symptoms=RAD, signs=["sensory_deficit","sensory_level"], findings=LUMB)
add("A28-severe-motor","emergency",
    history=CA, symptoms=RAD, signs=["motor_deficit","severe_motor_deficit"], findings=LUMB)
add("A29-progressive-deficit","emergency",
    history=CA, symptoms=RAD, signs=["motor_deficit","progressive_deficit"], findings=LUMB)
add("A30-urinary-retention","emergency",
    history=CA, symptoms=RAD+["urinary_retention"], signs=["sensory_deficit"], findings=LUMB)
add("A31-saddle-numbness","emergency",
    history=CA, symptoms=RAD+["saddle_numbness"], signs=["sensory_deficit"], findings=LUMB)
add("A32-reduced-anal-tone","emergency",
    history=CA, symptoms=RAD, signs=["sensory_deficit","reduced_anal_tone"], findings=LUMB)
add("A33-bowel","emergency",
    history=CA, symptoms=RAD+["bowel_dysfunction"], signs=["sensory_deficit"], findings=LUMB)
add("A34-mjoa-entered","emergency",
    region="cervical", history=CA, symptoms=RAD, signs=["sensory_deficit"], findings=CERV, mjoa=17)
add("A35-mscc-entered","emergency",
    history=CA, symptoms=RAD, signs=["sensory_deficit"], findings=LUMB,
    mscc={"separate_areas":1,"deficit_hours":None,"paraplegic_hours":0,"predicted_survival_months":None,"radiosensitive_histology":None})
add("A36-lesion-not-explaining","emergency (only degeneration, no root lesion)",
    history=CA, symptoms=["axial_pain","paresthesia"], signs=["sensory_deficit"], findings=[F("disc_degeneration","L4-L5","moderate"),F("modic_change","L4-L5")])
add("A37-level-format-L4-5","expedited (L4/5 should be recognised) or emergency (safe)",
    history=CA, symptoms=RAD, signs=["sensory_deficit"], findings=[F("disc_extrusion","L4/5","moderate"),F("nerve_root_compression","L5 left","moderate")])
add("A38-T12-L1-conus-level","emergency (T12-L1 is conus level; cord)",
    history=CA, symptoms=RAD, signs=["sensory_deficit"], findings=[F("disc_extrusion","T12-L1","moderate"),F("nerve_root_compression","L1","moderate")])
add("A39-extra-thoracic-finding-in-lumbar-case","emergency? (lumbar case with a thoracic level lesion outside region)",
    history=CA, symptoms=RAD, signs=["sensory_deficit"], findings=LUMB+[F("disc_protrusion","T9-T10","mild")])
add("A40-fever-cancer-disc","urgent at least (infection)",
    history=CA+["fever"], symptoms=RAD, signs=["sensory_deficit"], findings=LUMB, temp=38.5, crp=80)
add("A41-fracture-cancer","emergency (possible pathological fracture)",
    history=CA+["osteoporosis"], symptoms=RAD+["axial_pain"], signs=["sensory_deficit"], findings=LUMB+[F("fracture","L1","moderate")])
add("A42-epidural-collection-cancer","emergency/urgent",
    history=CA, symptoms=RAD, signs=["sensory_deficit"], findings=LUMB+[F("epidural_collection","L4-L5")])
add("A43-mri-done-false-with-findings","emergency (no MRI actually)",
    history=CA, symptoms=RAD, signs=["sensory_deficit"], findings=LUMB, mri=False)
add("A44-tumour-on-imaging-no-cancer-history","emergency",
    symptoms=RAD, signs=["sensory_deficit"], findings=LUMB+[F("epidural_tumor","L2")])
add("A45-cancer-axial-only-no-neuro","expedited (NG234 suspected metastasis, MRI within 1 week)",
    history=CA, symptoms=["axial_pain"], dur=3)
add("A46-cancer-thoracic-pain-only","expedited",
    region="thoracic", history=CA, symptoms=["axial_pain"], dur=3)
add("A47-cancer-no-mri-radicular","emergency (no MRI: cannot apply exception)",
    history=CA, symptoms=RAD, signs=["sensory_deficit"])
add("A48-cancer-chronic-radicular-52w","expedited acceptable",
    history=CA, symptoms=RAD, signs=["sensory_deficit"], findings=LUMB, dur=52, care=(40,"unchanged"))
add("A49-cervical-bilateral-arm","emergency (bilateral arm symptoms suggest cord)",
    region="cervical", history=CA, symptoms=RAD+["bilateral_radicular_symptoms"], signs=["sensory_deficit"], findings=CERV)
add("A50-stenosis-only-lumbar","expedited (stenosis explains)",
    history=CA, symptoms=RAD, signs=["sensory_deficit"], findings=[F("canal_stenosis","L3-L4","moderate"),F("foraminal_stenosis","L4-L5","moderate")], age=72)
add("A51-cord-compression-cervical-no-signal","emergency",
    region="cervical", history=CA, symptoms=RAD, signs=["sensory_deficit"], findings=CERV+[F("cord_compression","C5-C6","mild")])
add("A52-german-report-clean","expedited (report clean)",
    history=CA, symptoms=RAD, signs=["sensory_deficit"], findings=LUMB,
    report="MRT LWS: Bandscheibensequester L4/5 mit Kompression der Wurzel L5 links. Kein Hinweis auf Metastasen. Keine Kompression der Cauda equina.")
add("A53-report-arabic-unreadable","emergency or explicit warning",
    history=CA, symptoms=RAD, signs=["sensory_deficit"], findings=LUMB,
    report="التصوير بالرنين المغناطيسي: انزلاق غضروفي في الفقرة L4-L5 مع ورم نقيلي في الفقرة L2 وضغط على ذيل الفرس.")
add("A54-english-report-cord-compression-in-lumbar","emergency (report cord/conus compression)",
    history=CA, symptoms=RAD, signs=["sensory_deficit"], findings=LUMB,
    report="L4-L5 disc extrusion compressing the L5 root. At T12-L1 there is an epidural soft tissue mass compressing the conus medullaris.")
add("A55-motor-deficit-only-mild","expedited",
    history=CA, symptoms=RAD, signs=["motor_deficit"], findings=LUMB)
add("A56-no-neuro-symptom-only-radicular-pain","expedited",
    history=CA, symptoms=["radicular_pain"], findings=LUMB)
add("A57-incomplete-region-and-age-null","emergency or at least not expedited",
    age=None, region=None, history=CA, symptoms=RAD, findings=LUMB)

# ---------- Post-op ----------
S2={"weeks_ago":2,"procedure":"L4-L5 microdiscectomy"}
add("P01-postop-collection-2w","urgent; operating team same day",
    symptoms=["radicular_pain","axial_pain"], surgery=S2, findings=[F("epidural_collection","L4-L5","moderate"),F("postoperative_change","L4-L5")])
add("P02-postop-recurrent-disc-3w","urgent",
    symptoms=["radicular_pain"], signs=["sensory_deficit"], surgery={"weeks_ago":3,"procedure":"L5-S1 discectomy"}, findings=[F("disc_extrusion","L5-S1","moderate"),F("nerve_root_compression","S1","moderate")])
add("P03-postop-recurrent-disc-10w","not urgent post-op (beyond 6 weeks); routine/expedited",
    symptoms=["radicular_pain"], signs=["sensory_deficit"], surgery={"weeks_ago":10,"procedure":"L5-S1 discectomy"}, findings=[F("disc_extrusion","L5-S1","moderate"),F("nerve_root_compression","S1","moderate")], dur=3)
add("P04-postop-6w-boundary","urgent (within 6 weeks inclusive)",
    symptoms=["radicular_pain"], surgery={"weeks_ago":6,"procedure":"L4-L5 decompression"}, findings=[F("nerve_root_compression","L5","moderate")])
add("P04b-postop-6.1w","not post-op rule",
    symptoms=["radicular_pain"], surgery={"weeks_ago":6.1,"procedure":"L4-L5 decompression"}, findings=[F("nerve_root_compression","L5","moderate")])
add("P05-postop-CES","emergency (not downgraded)",
    symptoms=["radicular_pain","urinary_retention","saddle_numbness"], signs=["saddle_anesthesia"], surgery={"weeks_ago":1,"procedure":"L4-L5 laminectomy"}, findings=[F("epidural_collection","L4-L5","severe"),F("cauda_equina_compression","L4-L5","severe")])
add("P06-postop-infection-collection","urgent at least; infection wording; cultures",
    symptoms=["axial_pain","wound_drainage"], signs=["wound_erythema"], history=["fever"], temp=38.7, crp=120, surgery=S2, findings=[F("epidural_collection","L4-L5","moderate")])
add("P07-postop-change-only","NOT urgent (no compression/collection)",
    symptoms=["axial_pain"], surgery=S2, findings=[F("postoperative_change","L4-L5")])
add("P08-postop-mild-foraminal-other-level","probably not urgent (mild stenosis is not compression) - check",
    symptoms=["axial_pain"], surgery=S2, findings=[F("postoperative_change","L4-L5"),F("foraminal_stenosis","L2-L3","mild")])
add("P09-postop-cervical-cord-compression","emergency/urgent",
    region="cervical", symptoms=["hand_clumsiness","radicular_pain"], signs=["umn_signs"], surgery={"weeks_ago":2,"procedure":"C5-C6 ACDF"}, findings=[F("cord_compression","C5-C6","moderate"),F("epidural_collection","C5-C6")])
add("P10-postop-cancer-radicular-root-compression","urgent at least (post-op rule not lowered by exception)",
    history=CA, symptoms=RAD, signs=["sensory_deficit"], surgery=S2, findings=LUMB)
add("P11-postop-0w","urgent",
    symptoms=["radicular_pain"], surgery={"weeks_ago":0,"procedure":"L4-L5 discectomy (3 days ago)"}, findings=[F("epidural_collection","L4-L5","mild")])
add("P12-postop-collection-in-report-only","urgent (report names haematoma) or warning",
    symptoms=["radicular_pain"], surgery=S2, findings=[F("postoperative_change","L4-L5")],
    report="Postoperative changes at L4-L5. There is a 2 cm epidural haematoma compressing the thecal sac and the left L5 root.")
add("P13-postop-collection-52w","urgent/whatever, not 'operating team' wording necessarily",
    symptoms=["axial_pain"], surgery={"weeks_ago":52,"procedure":"L4-L5 fusion"}, findings=[F("epidural_collection","L4-L5","mild")])
add("P14-postop-wound-only-no-mri","urgent (wound infection) - check",
    symptoms=["axial_pain","wound_drainage"], signs=["wound_erythema"], surgery=S2)
add("P15-postop-mild-disc-bulge-no-compression","not urgent",
    symptoms=["axial_pain"], surgery=S2, findings=[F("postoperative_change","L4-L5"),F("disc_bulge","L3-L4","mild")])
add("P16-postop-canal-stenosis-adjacent","urgent? (stenosis = compression?)",
    symptoms=["radicular_pain"], surgery=S2, findings=[F("canal_stenosis","L3-L4","moderate")])
add("P17-postop-4w-mild-root","(weeks_ago required number)",
    symptoms=["radicular_pain"], surgery={"weeks_ago":4,"procedure":""}, findings=[F("nerve_root_compression","L5","mild")])
add("P18-postop-thoracic-region-collection","urgent",
    region="thoracic", symptoms=["axial_pain"], surgery={"weeks_ago":3,"procedure":"T10 decompression"}, findings=[F("epidural_collection","T10","moderate")])

# ---------- Part B: regression ----------
add("B01-acute-lbp","routine, no imaging", age=35, sex="male", symptoms=["axial_pain"], dur=1)
add("B02-acute-neck","routine, no imaging", age=35, region="cervical", symptoms=["axial_pain"], dur=1)
add("B03-chronic-lbp-mri-degeneration","routine, no further imaging", age=48, symptoms=["axial_pain"], dur=26, care=(20,"unchanged"), findings=[F("disc_degeneration","L4-L5","moderate"),F("modic_change","L5-S1"),F("facet_arthropathy","L4-S1","mild")])
add("B04-chronic-neck-mri","routine", age=52, region="cervical", symptoms=["axial_pain"], dur=30, care=(20,"improving"), findings=[F("disc_osteophyte_complex","C5-C6","mild"),F("facet_arthropathy","C4-C6","mild")])
add("B05-sciatica-2w","routine, no imaging", age=40, symptoms=["radicular_pain"], dur=2)
add("B06-sciatica-6w-candidate","routine + MRI", age=40, symptoms=["radicular_pain"], dur=6, care=(6,"unchanged"), cand=True)
add("B07-sciatica-6w-not-candidate","routine, no MRI", age=40, symptoms=["radicular_pain"], dur=6, care=(6,"unchanged"))
add("B08-sciatica-12w-mri-candidate","routine, elective surgical referral", age=40, symptoms=["radicular_pain","paresthesia"], signs=["sensory_deficit","reflex_change"], dur=12, care=(12,"unchanged"), cand=True, findings=[F("disc_extrusion","L5-S1","moderate"),F("nerve_root_compression","S1","moderate")])
add("B09-sciatica-12w-mri-not-candidate","routine", age=40, symptoms=["radicular_pain"], dur=12, care=(12,"improving"), findings=[F("disc_protrusion","L5-S1","mild")])
add("B10-sciatica-mild-weakness","routine + re-examination", age=40, symptoms=["radicular_pain"], signs=["motor_deficit"], dur=2)
add("B11-sciatica-foot-drop","urgent/expedited", age=40, symptoms=["radicular_pain"], signs=["motor_deficit","severe_motor_deficit"], dur=1)
add("B12-cervical-myelopathy-moderate","expedited/urgent surgical referral", age=64, sex="male", region="cervical", symptoms=["hand_clumsiness","gait_disturbance"], signs=["umn_signs"], dur=20, findings=[F("cord_compression","C4-C5","moderate"),F("cord_signal_change","C4-C5"),F("canal_stenosis","C4-C6","severe")], mjoa=13)
add("B13-cervical-myelopathy-mild","expedited referral", age=58, region="cervical", symptoms=["hand_clumsiness"], signs=["umn_signs"], dur=12, findings=[F("cord_compression","C5-C6","mild")], mjoa=16)
add("B14-cervical-myelopathy-progressive","urgent", age=66, region="cervical", symptoms=["hand_clumsiness","gait_disturbance"], signs=["umn_signs","progressive_deficit"], dur=4)
add("B15-CES-full","emergency", age=45, symptoms=["radicular_pain","bilateral_radicular_symptoms","urinary_retention"], signs=["saddle_anesthesia"], dur=0.3)
add("B16-CES-saddle-only","emergency", age=45, symptoms=["radicular_pain","saddle_numbness"], dur=0.3)
add("B17-bilateral-sciatica-only","emergency/urgent (GIRFT CES pathway)", age=45, symptoms=["radicular_pain","bilateral_radicular_symptoms"], dur=1)
add("B18-fever-back-pain","urgent", age=50, symptoms=["axial_pain"], history=["fever"], temp=38.3, dur=1)
add("B19-diabetes-lbp-normal-crp","routine", age=58, symptoms=["axial_pain"], history=["diabetes"], crp=4, dur=2)
add("B20-crp-high-no-risk","? routine or expedited", age=45, symptoms=["axial_pain"], crp=40, dur=2)
add("B21-high-energy-neck-trauma","emergency; CT; immobilisation", age=30, region="cervical", symptoms=["axial_pain"], signs=["midline_tenderness"], history=["high_energy_trauma","trauma_rule_positive"], dur=0)
add("B22-low-energy-neck-rule-negative","routine, no imaging", age=40, region="cervical", symptoms=["axial_pain"], history=["low_energy_trauma"], dur=0.2)
add("B23-elderly-osteoporosis-fall","radiography; not emergency", age=80, symptoms=["axial_pain"], signs=["midline_tenderness"], history=["osteoporosis","low_energy_trauma"], dur=0.3)
add("B24-steroid-osteoporosis-no-trauma","radiography", age=70, symptoms=["axial_pain"], history=["osteoporosis","chronic_steroid_use"], dur=1)
add("B25-ankylosing-minor-trauma","emergency/urgent CT", age=70, sex="male", region="cervical", symptoms=["axial_pain"], history=["ankylosing_disorder","low_energy_trauma"], dur=0.1)
add("B26-child-back-pain","paediatric referral, no scare", age=8, sex="male", symptoms=["axial_pain"], dur=2)
add("B27-adolescent-spondylolisthesis","paediatric referral", age=15, symptoms=["axial_pain"], dur=10, findings=[F("spondylolisthesis","L5-S1","mild")])
add("B28-age-16","adult routine", age=16, symptoms=["axial_pain"], dur=1)
add("B29-elderly-new-lbp","routine (maybe radiography)", age=75, symptoms=["axial_pain"], dur=2)
add("B30-elderly-stenosis-not-candidate","routine", age=82, symptoms=["radicular_pain","bilateral_radicular_symptoms"], dur=40, care=(30,"unchanged"), findings=[F("canal_stenosis","L3-L5","severe")])
add("B30b-elderly-stenosis-unilateral","routine", age=82, symptoms=["radicular_pain"], dur=40, care=(30,"unchanged"), findings=[F("canal_stenosis","L3-L5","severe")])
add("B31-elderly-stenosis-candidate","routine, elective referral", age=72, symptoms=["radicular_pain"], dur=20, care=(12,"unchanged"), cand=True, findings=[F("canal_stenosis","L4-L5","severe"),F("spondylolisthesis","L4-L5","mild")])
add("B32-night-pain-only","routine (or expedited) - check", age=45, symptoms=["axial_pain","night_pain"], dur=2)
add("B33-weight-loss-60","expedited", age=60, symptoms=["axial_pain","weight_loss"], dur=4)
add("B34-neck-straightening","routine", age=30, region="cervical", symptoms=["axial_pain"], dur=4, findings=[F("lordosis_straightening","C3-C6","mild")])
add("B35-thoracic-pain-acute","routine? check", age=40, region="thoracic", symptoms=["axial_pain"], dur=1)
add("B36-remote-postop-chronic","routine", age=55, symptoms=["axial_pain"], dur=30, care=(20,"unchanged"), surgery={"weeks_ago":60,"procedure":"L4-L5 fusion"}, findings=[F("postoperative_change","L4-L5")])
add("B37-cervical-radic-2w","routine, no MRI", age=45, region="cervical", symptoms=["radicular_pain","paresthesia"], dur=2)
add("B38-cervical-radic-12w-candidate-mri","routine, elective referral", age=45, region="cervical", symptoms=["radicular_pain"], signs=["sensory_deficit"], dur=12, care=(10,"unchanged"), cand=True, findings=[F("foraminal_stenosis","C6-C7","severe"),F("nerve_root_compression","C7","moderate")])
add("B39-lbp-improving-4w","routine", age=38, symptoms=["axial_pain"], dur=4, care=(4,"improving"))
add("B40-lbp-worsening-8w-candidate","routine (MRI may be considered)", age=45, symptoms=["axial_pain"], dur=8, care=(8,"worsening"), cand=True)
add("B41-incomplete-age-null","no routine plan; missing listed", age=None, symptoms=["axial_pain"], dur=1)
add("B42-ivdu-no-fever","routine/expedited?", age=35, symptoms=["axial_pain"], history=["iv_drug_use"], crp=3, dur=1)
add("B43-remote-cancer-axial","expedited (NG234)", age=62, symptoms=["axial_pain"], history=CA, dur=6)
add("B44-sciatica-worsening-2w","routine", age=40, symptoms=["radicular_pain"], dur=2, care=(2,"worsening"))
add("B45-chronic-lbp-annular-fissure","routine, no further imaging", age=33, symptoms=["axial_pain"], dur=16, care=(12,"unchanged"), findings=[F("annular_fissure","L4-L5"),F("disc_bulge","L4-L5","mild")])
add("B46-elderly-90-neck","routine", age=90, region="cervical", symptoms=["axial_pain"], dur=3)
add("B47-child-14-disc","paediatric referral", age=14, symptoms=["radicular_pain"], dur=4, findings=[F("disc_protrusion","L5-S1","moderate")])
add("B48-lbp-immunosuppression-no-fever","? expedited/urgent w/ CRP unknown", age=50, symptoms=["axial_pain"], history=["immunosuppression"], dur=1)

os.makedirs(OUT, exist_ok=True)
for n,c in cases.items():
    with open(os.path.join(OUT,n+".spinecase"),"w") as f: json.dump(c,f,indent=2,ensure_ascii=False); f.write("\n")
print(len(cases))

# ---------- level-boundary probes (added after first run) ----------
cases.clear()
for lv,root,reg in [("T10-T11","T11","lumbar"),("T9-T10","T10","lumbar"),("T12","T12","lumbar"),("T2-T3","T3","cervical"),("T1-T2","T1","cervical"),("C7-T1","C8","cervical"),("l4-l5","l5","lumbar"),("L4–L5","L5","lumbar"),("lumbar","L5","lumbar"),("L3-L4 and T11-T12","L4","lumbar")]:
    add(f"L-{reg}-{lv.replace(' ','_').replace('–','en-dash')}","emergency if level outside region / conus-cord level; expedited if in region",
        region=reg, history=CA, symptoms=RAD, signs=["sensory_deficit"], findings=[F("disc_extrusion",lv,"moderate"),F("nerve_root_compression",root,"moderate")])
for n,c in cases.items():
    with open(os.path.join(OUT,n+".spinecase"),"w") as f: json.dump(c,f,indent=2,ensure_ascii=False); f.write("\n")
print(len(cases))

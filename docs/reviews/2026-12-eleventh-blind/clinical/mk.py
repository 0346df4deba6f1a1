import json,os
def case(name, age, sex, region, dur, cc_w=0, cc_r="not_tried", cand=False, sym=(), sig=(), hist=(), mri=False, find=(), report="", crp=None, temp=None, mjoa=None, surgery=None, mscc=None, notes="", lang="", decision=None, visit="2026-12-10", pname="", ident=""):
    d={"format":"spinecds-case","version":2,
       "patient":{"age_years":age,"sex":sex,"name":pname,"identifier":ident,"birth_date":None,"language":lang},
       "visit_date":visit,"region":region,"symptom_duration_weeks":dur,
       "conservative_care":{"weeks":cc_w,"response":cc_r},"intervention_candidate":cand,
       "symptoms":list(sym),"signs":list(sig),"history":list(hist),
       "imaging":{"mri_done":mri,"findings":[dict(zip(("code","grade","level"),f)) if len(f)==3 else dict(zip(("code","level"),f)) for f in find],"report_text":report},
       "labs":{"crp_mg_l":crp,"temperature_c":temp},"mjoa":mjoa,"surgery":surgery,"mscc":mscc,"decision":decision,"notes":notes}
    for f in d["imaging"]["findings"]:
        if f.get("grade") is None: f.pop("grade",None)
    os.makedirs("cases",exist_ok=True)
    json.dump(d,open(f"cases/{name}.spinecase","w"),indent=2,ensure_ascii=False)
dec=lambda s,n,t: {"status":s,"note":n,"clinician":"Dr Test","decided_at":"2026-12-10T10:00:00+01:00","triage":t,"knowledge_base":{"id":"spine-mri","version":"unknown","checksum":"unknown"}}
case("c01-young-lumbar-incidental",28,"female","lumbar",3,sym=["axial_pain"],mri=True,
 find=[("disc_bulge","mild","L4-L5"),("annular_fissure","mild","L4-L5"),("disc_degeneration","mild","L5-S1")],
 report="MRI lumbar spine: mild disc desiccation L5-S1, small broad-based bulge with annular fissure L4-L5. No nerve root compression. Canal and foramina patent.",
 lang="es",pname="Lucía Gómez",ident="MRN001",decision=dec("accepted","","routine"))
case("c02-old-cervical-degenerative",74,"male","cervical",5,sym=["axial_pain"],mri=True,
 find=[("disc_degeneration","moderate","C4-C7"),("facet_arthropathy","moderate","C3-C7"),("foraminal_stenosis","moderate","C5-C6"),("disc_osteophyte_complex","mild","C5-C6"),("lordosis_straightening",None,"C3-C7")],
 report="Multilevel spondylosis C4-C7, moderate left C5-C6 foraminal narrowing. No canal stenosis, normal cord signal.",lang="de")
case("c03-acute-sciatica-extrusion",45,"male","lumbar",2,sym=["radicular_pain","paresthesia"],sig=["sensory_deficit"],mri=True,
 find=[("disc_extrusion","moderate","L5-S1"),("nerve_root_compression","moderate","L5-S1")],
 report="Right paracentral L5-S1 extrusion compressing the traversing right S1 root.",lang="fr")
case("c04-persistent-sciatica-candidate",50,"female","lumbar",12,cc_w=10,cc_r="unchanged",cand=True,sym=["radicular_pain"],sig=["sensory_deficit","reflex_change"],mri=True,
 find=[("disc_protrusion","moderate","L4-L5"),("nerve_root_compression","moderate","L4-L5")],
 report="Left L4-L5 protrusion compressing the left L5 root, concordant.",decision=dec("modified","Patient prefers transforaminal epidural steroid injection first; surgical opinion if no benefit in 6 weeks.","routine"))
case("c05-progressive-foot-drop",38,"male","lumbar",1,sym=["radicular_pain"],sig=["motor_deficit","severe_motor_deficit","progressive_deficit"],mri=True,
 find=[("disc_extrusion","severe","L4-L5"),("nerve_root_compression","severe","L4-L5")],
 report="Large left L4-L5 extrusion with severe compression of the left L5 root. Cauda equina not compressed.",notes="Ankle dorsiflexion 2/5, was 4/5 three days ago. Bladder normal, no saddle anaesthesia.")
case("c06-mild-dcm",61,"female","cervical",16,sym=["hand_clumsiness","paresthesia","axial_pain"],sig=["umn_signs"],mri=True,mjoa=15,
 find=[("disc_osteophyte_complex","moderate","C5-C6"),("canal_stenosis","moderate","C5-C6"),("cord_compression","moderate","C5-C6"),("cord_signal_change","mild","C5-C6")],
 report="C5-C6 disc osteophyte complex with moderate canal stenosis and cord flattening; faint T2 intramedullary hyperintensity.",decision=dec("accepted","","routine"))
case("c07-progressing-dcm",68,"male","cervical",30,sym=["hand_clumsiness","gait_disturbance","paresthesia"],sig=["umn_signs","motor_deficit","progressive_deficit","sensory_deficit"],mri=True,mjoa=10,
 find=[("canal_stenosis","severe","C3-C6"),("cord_compression","severe","C4-C5"),("cord_signal_change","moderate","C4-C5")],
 report="Multilevel severe canal stenosis C3-C6 with cord compression and T2 signal change at C4-C5.",lang="ar",notes="Two falls in the last month; now using a stick.")
case("c08-suspected-ces-no-mri",None,"female","lumbar",None,sym=["axial_pain","bilateral_radicular_symptoms","saddle_numbness"],sig=["saddle_anesthesia"],mri=False,lang="de",
 notes="Telephone referral from GP; age not yet confirmed. Bladder function not yet assessed (no post-void scan).")
case("c09-ces-retention-mri",55,"male","lumbar",0.3,sym=["radicular_pain","bilateral_radicular_symptoms","urinary_retention","saddle_numbness"],sig=["saddle_anesthesia","reduced_anal_tone","motor_deficit"],mri=True,
 find=[("disc_extrusion","severe","L4-L5"),("cauda_equina_compression","severe","L4-L5"),("canal_stenosis","severe","L4-L5")],
 report="Massive central L4-L5 extrusion occupying >75% of the canal, severe compression of the cauda equina.",lang="es",notes="Post-void residual 900 ml. Painless retention.")
case("c10-prostate-mets-no-mscc",71,"male","thoracic",4,sym=["axial_pain","night_pain","progressive_pain"],sig=[],hist=["known_malignancy"],mri=True,
 find=[("vertebral_metastasis","moderate","T9"),("vertebral_metastasis","mild","T11")],
 report="Sclerotic metastases T9 and T11 without epidural extension or cord compression. Vertebral heights maintained.",notes="Metastatic prostate cancer on ADT. Neurologically intact, walking normally.")
case("c11-mscc-paraplegic-poor-prognosis",69,"male","thoracic",2,sym=["axial_pain","night_pain","urinary_retention"],sig=["paraplegia","sensory_level","severe_motor_deficit","motor_deficit"],hist=["known_malignancy","weight_loss"] if False else ["known_malignancy"],mri=True,
 find=[("epidural_tumor","severe","T4"),("cord_compression","severe","T4"),("vertebral_metastasis","severe","T4"),("epidural_tumor","moderate","T10"),("cord_compression","moderate","T10")],
 report="Metastatic non-small-cell lung cancer: epidural tumour with severe cord compression at T4 and moderate at T10.",
 mscc={"separate_areas":2,"deficit_hours":96,"paraplegic_hours":72,"predicted_survival_months":2,"radiosensitive_histology":False},lang="de",
 decision=dec("declined","Patient and family chose best supportive care after discussion; single-fraction radiotherapy for pain only.","emergency"))
case("c12-mscc-unknown-primary",66,"male","thoracic",6,sym=["axial_pain","night_pain","weight_loss","gait_disturbance"],sig=["motor_deficit","sensory_level"],hist=[],mri=True,
 find=[("vertebral_metastasis","severe","T8"),("epidural_tumor","severe","T8"),("cord_compression","severe","T8")],
 report="Destructive T8 lesion with epidural tumour and cord compression. Appearance suggests metastasis; no known primary.",
 mscc={"separate_areas":1,"deficit_hours":30,"paraplegic_hours":0,"predicted_survival_months":None,"radiosensitive_histology":None},lang="fr",notes="Still walking with help. No known cancer.")
case("c13-ivdu-epidural-abscess",34,"male","lumbar",1.5,sym=["axial_pain","night_pain","radicular_pain"],sig=["motor_deficit","midline_tenderness"],hist=["iv_drug_use","fever"],mri=True,
 find=[("discitis_osteomyelitis","severe","L3-L4"),("epidural_collection","moderate","L3-L4")],
 report="L3-L4 discitis-osteomyelitis with ventral epidural collection, rim-enhancing.",crp=180,temp=38.9)
case("c14-immunosuppressed-raised-crp-draft",63,"female",None,2,sym=["axial_pain","night_pain"],sig=["midline_tenderness"],hist=["immunosuppression","diabetes","chronic_steroid_use"],mri=False,crp=45,temp=None,lang="es",
 notes="Rheumatoid arthritis on methotrexate and prednisolone 10 mg. Temperature not yet measured. Region not yet entered (draft).")
case("c15-osteoporotic-fracture",78,"female","thoracic",2,sym=["axial_pain"],sig=["midline_tenderness"],hist=["osteoporosis","chronic_steroid_use","low_energy_trauma"],mri=True,
 find=[("fracture","moderate","T12")],
 report="Acute osteoporotic wedge compression fracture T12 with marrow oedema, 30% height loss, no retropulsion, no canal compromise. No suspicious marrow lesion.",notes="Pain started after lifting a shopping bag. Neurologically intact.")
case("c16-high-energy-cspine-unknown-age",None,"unknown","cervical",0,sym=["axial_pain"],sig=["midline_tenderness"],hist=["high_energy_trauma","trauma_rule_positive"],mri=False,
 notes="Motorbike collision at 60 km/h, arrived by ambulance, GCS 14, identity not yet known.")
case("c17-ankylosing-fall-neck",64,"male","cervical",0.1,sym=["axial_pain"],sig=[],hist=["ankylosing_disorder","low_energy_trauma"],mri=False,lang="fr",
 notes="Ankylosing spondylitis; fell from standing height, new neck pain. No neurological symptoms.")
case("c18-child-night-pain",11,"male","lumbar",6,sym=["axial_pain","night_pain"],sig=[],hist=[],mri=False,lang="ar",
 notes="Pain wakes him at night, relieved by ibuprofen. No trauma.")
case("c19-cervical-radiculopathy-normal-mri",40,"male","cervical",3,sym=["radicular_pain","paresthesia"],sig=["motor_deficit","sensory_deficit"],mri=True,find=[],
 report="MRI cervical spine: normal. No disc herniation, no foraminal or canal stenosis, normal cord.",notes="Weakness of finger abduction and ulnar-sided numbness.")
case("c20-lumbar-symptoms-cervical-mri",52,"female","lumbar",3,sym=["radicular_pain"],sig=[],mri=True,
 find=[("disc_protrusion","moderate","C5-C6"),("foraminal_stenosis","moderate","C5-C6")],
 report="MRI CERVICAL spine: C5-C6 protrusion with moderate right foraminal narrowing. Cord normal.",notes="Presents with left leg pain below the knee; the MRI is an old cervical study.")

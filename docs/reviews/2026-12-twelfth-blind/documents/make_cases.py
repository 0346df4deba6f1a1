import json, copy
KB = {"id":"spine-mri","version":"1.6.45","checksum":"c2fec333561b11daca886ba24070aa4f42f3871ca6e7143ff5fa0f0a4262838d"}
def case(name, **kw):
    c = {"format":"spinecds-case","version":2,
         "patient":{"age_years":None,"sex":"unknown","name":"","identifier":"","birth_date":None,"language":""},
         "visit_date":None,"region":None,"symptom_duration_weeks":None,
         "conservative_care":{"weeks":0,"response":"not_tried"},"intervention_candidate":False,
         "symptoms":[],"signs":[],"history":[],
         "imaging":{"mri_done":False,"findings":[],"report_text":""},
         "labs":{"crp_mg_l":None,"temperature_c":None},"mjoa":None,"surgery":None,"mscc":None,
         "decision":None,"notes":""}
    for k,v in kw.items():
        if k=="patient": c["patient"].update(v)
        elif k=="imaging": c["imaging"].update(v)
        elif k=="labs": c["labs"].update(v)
        else: c[k]=v
    json.dump(c, open(f"cases/{name}.spinecase","w"), ensure_ascii=False, indent=2)
def dec(status, triage, note="", who="Dr. A. Moreau", at="2026-12-07T10:30:00+01:00", kb=KB):
    return {"status":status,"note":note,"clinician":who,"decided_at":at,"triage":triage,"knowledge_base":kb}

# ---------- ROUTINE ----------
case("01-routine-en-neck-reversal",
  patient={"age_years":47,"sex":"female","name":"Margaret O'Brien","identifier":"MRN-440172","birth_date":"1979-05-14","language":"en"},
  visit_date="2026-12-07", region="cervical", symptom_duration_weeks=3,
  symptoms=["axial_pain"],
  imaging={"mri_done":True,"findings":[{"code":"lordosis_reversal","grade":"mild","level":"C3-C6"},{"code":"disc_bulge","grade":"mild","level":"C5-C6"}],
           "report_text":"MRI cervical spine: mild reversal of the cervical lordosis C3-C6. Small disc bulge C5-C6 without canal or foraminal stenosis. Normal cord signal."},
  decision=dec("accepted","routine",who="Dr. S. Patel",at="2026-12-07T09:40:00+00:00"),
  notes="Office worker, laptop at kitchen table.")
case("02-routine-de-lumbar-epidural-collection",
  patient={"age_years":34,"sex":"male","name":"Jonas Weber","identifier":"PAT-2026-08815","language":"de"},
  visit_date="2026-12-04", region="lumbar", symptom_duration_weeks=3,
  conservative_care={"weeks":2,"response":"unchanged"},
  symptoms=["axial_pain","radicular_pain","paresthesia"],
  imaging={"mri_done":True,"findings":[{"code":"disc_protrusion","grade":"moderate","level":"L5-S1"},{"code":"epidural_collection","grade":"mild","level":"L4-L5"},{"code":"nerve_root_compression","grade":"mild","level":"S1 links"}],
           "report_text":"Bandscheibenprotrusion L5/S1 mit Kontakt zur Wurzel S1 links. Kleine epidurale Flüssigkeitsansammlung dorsal L4/5 (DD Abszess, Hämatom), klinische Korrelation empfohlen."},
  notes="Kein Fieber gemessen. Keine Antikoagulation.")
case("03-routine-fr-lumbar-stenosis-elderly",
  patient={"age_years":72,"sex":"female","name":"Monique Lefèvre","identifier":"IPP 7730154","birth_date":"1954-02-03","language":"fr"},
  visit_date="2026-12-02", region="lumbar", symptom_duration_weeks=16,
  conservative_care={"weeks":8,"response":"improving"},
  symptoms=["axial_pain","radicular_pain"],
  imaging={"mri_done":True,"findings":[{"code":"canal_stenosis","grade":"moderate","level":"L4-L5"},{"code":"facet_arthropathy","grade":"moderate","level":"L4-L5"},{"code":"spondylolisthesis","grade":"mild","level":"L4-L5"},{"code":"disc_degeneration","level":"L3-S1"}],
           "report_text":"Canal lombaire rétréci modéré L4-L5 sur arthrose zygapophysaire et antélisthésis de grade 1."},
  decision=dec("modified","routine",note="Kinésithérapie poursuivie ; paracétamol plutôt qu'AINS (DFG 48 ml/min). Pas d'AINS.",who="Dr A. Moreau",at="2026-12-02T16:05:00+01:00"),
  notes="Insuffisance rénale chronique stade 3a.")
case("04-routine-ar-teen-lumbar-radicular",
  patient={"age_years":15,"sex":"female","name":"مريم خالد العمر","identifier":"HSP-55-0921","birth_date":"2011-04-18","language":"ar"},
  visit_date="2026-12-07", region="lumbar", symptom_duration_weeks=10,
  conservative_care={"weeks":8,"response":"unchanged"}, intervention_candidate=False,
  symptoms=["radicular_pain","paresthesia"], signs=["sensory_deficit"],
  decision=dec("accepted","routine",who="Dr. K. Haddad",at="2026-12-07T11:15:00+03:00"),
  notes="Gymnast. Mother present. No night pain, no weight loss.")

# ---------- EXPEDITED ----------
case("05-urgent-es-osteoporotic-fracture",
  patient={"age_years":74,"sex":"female","name":"Rosario Gutiérrez Molina","identifier":"NHC 0031456","birth_date":"1952-06-11","language":"es"},
  visit_date="2026-12-03", region="thoracic", symptom_duration_weeks=1,
  symptoms=["axial_pain"], signs=["midline_tenderness"], history=["osteoporosis","low_energy_trauma","chronic_steroid_use"],
  imaging={"mri_done":True,"findings":[{"code":"fracture","grade":"moderate","level":"T12"}],
           "report_text":"Fractura-acuñamiento aguda de T12 con pérdida de altura del 30 %, edema óseo. Muro posterior conservado. Sin compresión medular."},
  notes="Se cayó al agacharse para coger la compra. Prednisona 10 mg/día por polimialgia.")
case("06-expedited-en-child-back-pain",
  patient={"age_years":12,"sex":"male","name":"Oliver Grant","identifier":"NHS 943 476 5919","birth_date":"2014-03-22","language":"en"},
  visit_date="2026-12-07", region="lumbar", symptom_duration_weeks=6,
  symptoms=["axial_pain","night_pain"],
  notes="Plays football; pain wakes him at night. Parent present.")
case("07-emergency-ar-myelopathy-unknown-duration",
  patient={"age_years":61,"sex":"male","name":"أحمد محمود السيد","identifier":"MRN 771203","language":"ar"},
  visit_date="2026-12-06", region="cervical", symptom_duration_weeks=None,
  symptoms=["hand_clumsiness","paresthesia"], signs=["umn_signs"],
  imaging={"mri_done":True,"findings":[{"code":"canal_stenosis","grade":"moderate","level":"C5-C6"},{"code":"disc_osteophyte_complex","grade":"moderate","level":"C5-C6"},{"code":"cord_compression","grade":"mild","level":"C5-C6"}],
           "report_text":"Disc-osteophyte complex at C5-C6 with moderate canal stenosis and mild cord compression. No cord signal change."},
  mjoa=15, intervention_candidate=True,
  decision=dec("accepted","expedited",who="Dr. K. Haddad",at="2026-12-06T12:00:00+03:00"),
  notes="Duration unclear; patient says 'several months'.")
case("08-expedited-fr-cancer-back-pain",
  patient={"age_years":55,"sex":"female","name":"Nadia Benali","identifier":"IPP 8812043","language":"fr"},
  visit_date="2026-12-07", region="thoracic", symptom_duration_weeks=3,
  symptoms=["axial_pain","night_pain","progressive_pain"], history=["known_malignancy"],
  notes="Cancer du sein traité en 2022. Pas de déficit neurologique.")

# ---------- URGENT ----------
case("09-urgent-en-infection-declined",
  patient={"age_years":66,"sex":"male","name":"Desmond Clarke","identifier":"MRN-100384","language":"en"},
  visit_date="2026-12-07", region="lumbar", symptom_duration_weeks=1.5,
  symptoms=["axial_pain","night_pain"], history=["diabetes","indwelling_line_or_dialysis","fever"],
  labs={"crp_mg_l":118,"temperature_c":38.4},
  decision=dec("declined","urgent",note="Patient declined same-day admission (carer for wife). Bloods and cultures taken in surgery; MRI booked for tomorrow 08:00; safety-net given; district nurse informed.",who="Dr. S. Patel",at="2026-12-07T17:20:00+00:00"),
  notes="Haemodialysis Mon/Wed/Fri via tunnelled line.")
case("10-expedited-es-cervical-myelopathy",
  patient={"age_years":68,"sex":"male","name":"Manuel Ortega Sánchez","identifier":"NHC 0011273","birth_date":"1958-09-30","language":"es"},
  visit_date="2026-12-07", region="cervical", symptom_duration_weeks=40,
  conservative_care={"weeks":12,"response":"worsening"}, intervention_candidate=True,
  symptoms=["hand_clumsiness","gait_disturbance","paresthesia"], signs=["umn_signs","sensory_deficit"],
  imaging={"mri_done":True,"findings":[{"code":"canal_stenosis","grade":"severe","level":"C4-C5"},{"code":"cord_compression","grade":"moderate","level":"C4-C5"},{"code":"cord_signal_change","level":"C4-C5"},{"code":"disc_osteophyte_complex","grade":"moderate","level":"C5-C6"}],
           "report_text":"Estenosis de canal grave C4-C5 con compresión medular e hiperseñal T2 intramedular. Complejo disco-osteofitario C5-C6."},
  mjoa=13,
  decision=dec("accepted","expedited",who="Dra. E. Navarro",at="2026-12-07T12:20:00+01:00"),
  notes="Le cuesta abrocharse los botones desde hace meses; se ha caído dos veces.")
case("11-urgent-fr-postop-wound",
  patient={"age_years":45,"sex":"male","name":"Karim Haddad","identifier":"IPP 5521900","language":"fr"},
  visit_date="2026-12-07", region="lumbar", symptom_duration_weeks=1,
  symptoms=["axial_pain","wound_drainage"], signs=["wound_erythema"],
  labs={"crp_mg_l":62,"temperature_c":37.9},
  surgery={"weeks_ago":2,"procedure":"Microdiscectomie L5-S1"},
  imaging={"mri_done":True,"findings":[{"code":"postoperative_change","level":"L5-S1"}],"report_text":""},
  notes="")
case("12-expedited-de-suspected-malignancy",
  patient={"age_years":64,"sex":"male","name":"Dieter Krause","identifier":"PAT-2026-01377","language":"de"},
  visit_date="2026-12-07", region="thoracic", symptom_duration_weeks=5,
  symptoms=["axial_pain","night_pain","weight_loss"],
  decision=dec("modified","expedited",note="MRT BWS ohne KM in 3 Tagen angemeldet; zusätzlich Labor (BSG, Elektrophorese, PSA).",who="Dr. M. Becker",at="2026-12-07T13:10:00+01:00", kb={"id":"spine-mri","version":"1.6.40","checksum":"0000000000000000000000000000000000000000000000000000000000000000"}),
  notes="7 kg Gewichtsverlust in 3 Monaten, Raucher.")

# ---------- EMERGENCY ----------
case("13-emergency-ar-mscc-paraplegic",
  patient={"age_years":70,"sex":"male","name":"يوسف إبراهيم خليل","identifier":"MRN 330918","language":"ar"},
  visit_date="2026-12-07", region="thoracic", symptom_duration_weeks=1,
  symptoms=["axial_pain","urinary_retention"], signs=["paraplegia","sensory_level"], history=["known_malignancy"],
  imaging={"mri_done":True,"findings":[{"code":"vertebral_metastasis","level":"T4"},{"code":"vertebral_metastasis","level":"T10"},{"code":"epidural_tumor","level":"T10"},{"code":"cord_compression","grade":"severe","level":"T10"}],
           "report_text":"Metastases T4 and T10, epidural tumour T10 with severe cord compression."},
  mscc={"separate_areas":1,"deficit_hours":72,"paraplegic_hours":60,"predicted_survival_months":2,"radiosensitive_histology":False},
  notes="Prostate cancer, bone metastases.")
case("14-urgent-de-spondylodiscitis-missing-labs",
  patient={"age_years":57,"sex":"male","name":"Stefan Müller","identifier":"PAT-2026-04410","language":"de"},
  visit_date="2026-12-07", region="lumbar", symptom_duration_weeks=4,
  symptoms=["axial_pain","night_pain"], history=["diabetes"],
  imaging={"mri_done":True,"findings":[{"code":"discitis_osteomyelitis","level":"L3-L4"},{"code":"modic_change","level":"L3-L4"}],
           "report_text":"Signalveränderungen der Deckplatten L3/4 mit Flüssigkeit im Bandscheibenfach, vereinbar mit Spondylodiszitis. Kein epiduraler Abszess."},
  decision=dec("modified","urgent",note="Stationäre Aufnahme heute über Notaufnahme; CRP/Temperatur werden dort bestimmt; Blutkulturen vor Antibiose.",who="Dr. M. Becker",at="2026-12-07T15:00:00+01:00"),
  notes="Labor noch ausstehend.")
case("15-emergency-es-mscc-unknowns",
  patient={"age_years":52,"sex":"female","name":"Lucía Martín Pérez","identifier":"NHC 0099001","language":"es"},
  visit_date="2026-12-07", region="thoracic", symptom_duration_weeks=2,
  symptoms=["axial_pain","gait_disturbance"], signs=["motor_deficit","sensory_level"], history=["known_malignancy"],
  imaging={"mri_done":True,"findings":[{"code":"epidural_tumor","level":"T7-T8"},{"code":"cord_compression","grade":"moderate","level":"T7-T8"}],"report_text":""},
  mscc={"separate_areas":1,"deficit_hours":None,"paraplegic_hours":0,"predicted_survival_months":None,"radiosensitive_histology":None},
  decision=dec("accepted","emergency",who="Dra. E. Navarro",at="2026-12-07T08:50:00+01:00"),
  notes="Linfoma vs carcinoma: biopsia pendiente.")
case("16-emergency-fr-incomplete-cauda",
  patient={"age_years":None,"sex":"female","name":"Élodie Martin","identifier":"IPP 9900112","language":"fr"},
  visit_date="2026-12-07", region=None, symptom_duration_weeks=None,
  symptoms=["saddle_numbness","urinary_retention","radicular_pain","bilateral_radicular_symptoms"], signs=[],
  notes="Appel téléphonique : engourdissement du périnée depuis ce matin.")

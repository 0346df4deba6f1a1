from gen import *
MRI=lambda *f: {"mri_done":True,"findings":list(f),"report_text":""}
NRC={"code":"nerve_root_compression","grade":"moderate","level":"L5-S1"}
def E(**kw):
    c=base(patient={"age_years":42,"sex":"female"},symptoms=["radicular_pain"],symptom_duration_weeks=8,
           conservative_care={"weeks":6,"response":"unchanged"},intervention_candidate=True,imaging=MRI(NRC))
    for k,v in kw.items():
        if k=="patient": c["patient"].update(v)
        else: c[k]=v
    return c
run("e01_esi_base",E(),summary=True)
run("e02_weeks_5_9",E(conservative_care={"weeks":5.9,"response":"unchanged"}))
run("e03_not_candidate",E(intervention_candidate=False))
run("e04_improving",E(conservative_care={"weeks":6,"response":"improving"}))
run("e05_worsening",E(conservative_care={"weeks":6,"response":"worsening"}))
run("e06_cervical",E(region="cervical",imaging=MRI({"code":"nerve_root_compression","grade":"moderate","level":"C6-C7"})))
run("e07_axial_only",E(symptoms=["axial_pain"],imaging=MRI({"code":"disc_degeneration","grade":"moderate","level":"L4-L5"})))
run("e08_no_mri",E(imaging={"mri_done":False,"findings":[],"report_text":""}))
run("e09_severe_motor",E(signs=["motor_deficit","severe_motor_deficit"]))
run("e10_known_ca",E(history=["known_malignancy"]))
run("e11_fever",E(history=["fever"],labs={"crp_mg_l":80,"temperature_c":38.6}))
run("e12_not_tried_8wk",E(conservative_care={"weeks":8,"response":"not_tried"}))
run("e13_dur_null",E(symptom_duration_weeks=None))
run("e14_mri_normal",E(imaging=MRI()))
run("e15_mri_bulge_mild",E(imaging=MRI({"code":"disc_bulge","grade":"mild","level":"L3-L4"})))
run("e16_thoracic",E(region="thoracic",imaging=MRI({"code":"disc_protrusion","grade":"moderate","level":"T7-T8"})))
run("e17_handout_en",E(),handout=True)
run("e18_handout_de",E(patient={"language":"de"}),lang="de")
run("e19_postop_3wk",E(surgery={"weeks_ago":3,"procedure":"L5-S1 microdiscectomy"}))
run("e20_paresthesia_only",E(symptoms=["paresthesia"]))
run("e21_motor",E(signs=["motor_deficit"]))
run("e22_weeks_12_stenosis",E(symptoms=["radicular_pain"],imaging=MRI({"code":"canal_stenosis","grade":"severe","level":"L4-L5"})))
run("e23_age_null",E(patient={"age_years":None}))

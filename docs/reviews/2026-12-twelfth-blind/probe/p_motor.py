from gen import *
MRI=lambda *f: {"mri_done":True,"findings":list(f),"report_text":""}
def M(**kw):
    c=base(symptoms=["radicular_pain"],signs=["motor_deficit"],symptom_duration_weeks=3)
    for k,v in kw.items():
        if k=="patient": c["patient"].update(v)
        else: c[k]=v
    return c
run("m01_lumbar_motor",M(),summary=True)
run("m02_nomotor_ref",M(signs=[]))
run("m03_cervical_motor",M(region="cervical"))
run("m04_thoracic_motor",M(region="thoracic"))
run("m05_visit_null",M(visit_date=None))
run("m06_motor_sensory_reflex",M(signs=["motor_deficit","sensory_deficit","reflex_change"]))
run("m07_severe",M(signs=["motor_deficit","severe_motor_deficit"]))
run("m08_progressive",M(signs=["motor_deficit","progressive_deficit"]))
run("m09_after8wk_candidate",M(symptom_duration_weeks=9,conservative_care={"weeks":8,"response":"unchanged"},intervention_candidate=True))
run("m10_handout_es",M(patient={"language":"es"}),lang="es")
run("m11_mri_nrc",M(imaging=MRI({"code":"nerve_root_compression","grade":"moderate","level":"L5-S1"})))
run("m12_age_null",M(patient={"age_years":None}))
run("m13_reflex_only",M(signs=["reflex_change"]))
run("m14_dur_null",M(symptom_duration_weeks=None))
run("m15_handout_fr",M(patient={"language":"fr"}),lang="fr")
run("m16_handout_ar",M(patient={"language":"ar"}),lang="ar")
run("m17_handout_de",M(patient={"language":"de"}),lang="de")
run("m18_improving8",M(symptom_duration_weeks=10,conservative_care={"weeks":8,"response":"improving"}))
run("m19_sensory_only",M(signs=["sensory_deficit"]))
run("m20_motor_axial_only",M(symptoms=["axial_pain"]))

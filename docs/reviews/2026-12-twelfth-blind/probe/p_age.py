from gen import *
MRI=lambda *f: {"mri_done":True,"findings":list(f),"report_text":""}
def A(**kw):
    c=base(patient={"age_years":17,"sex":"female"},symptoms=["axial_pain","night_pain"],symptom_duration_weeks=3)
    for k,v in kw.items():
        if k=="patient": c["patient"].update(v)
        else: c[k]=v
    return c
run("a01_17_night",A(),summary=True)
run("a02_16_night",A(patient={"age_years":16}))
run("a03_15_night",A(patient={"age_years":15}))
run("a04_19_night",A(patient={"age_years":19}))
run("a05_20_night",A(patient={"age_years":20}))
run("a06_17_weightloss",A(symptoms=["axial_pain","weight_loss"]))
run("a07_17_no_night",A(symptoms=["axial_pain"]))
run("a08_agenull_night",A(patient={"age_years":None}))
run("a09_17_night_mri_normal",A(imaging=MRI({"code":"disc_degeneration","grade":"mild","level":"L4-L5"})))
run("a10_17_night_fever",A(history=["fever"],labs={"crp_mg_l":50,"temperature_c":38.5}))
run("a11_17_night_cervical",A(region="cervical"))
run("a12_17_night_knownca",A(history=["known_malignancy"]))
run("a13_18_night_bilat",A(patient={"age_years":18},symptoms=["axial_pain","night_pain","radicular_pain","bilateral_radicular_symptoms"]))
run("a14_19_night_es",A(patient={"age_years":19,"language":"es"}),lang="es")
run("a15_16_night_visit_null",A(patient={"age_years":16},visit_date=None))
run("a16_20_weightloss",A(patient={"age_years":20},symptoms=["axial_pain","weight_loss"]))
run("a17_15_ces",A(patient={"age_years":15},symptoms=["axial_pain","urinary_retention","saddle_numbness"]))
run("a18_17_night_motor",A(signs=["motor_deficit"]))
run("a19_50_night",A(patient={"age_years":50}))
run("a20_49_night",A(patient={"age_years":49}))
run("a21_17_night_thoracic",A(region="thoracic"))
run("a22_17_night_region_null",A(region=None))
run("a23_17_night_birthdate",A(patient={"birth_date":"2009-06-01"}))

from gen import *
MRI=lambda *f: {"mri_done":True,"findings":list(f),"report_text":""}
def C(**kw):
    c=base(patient={"age_years":62,"sex":"female"},symptoms=["axial_pain"],history=["known_malignancy"],symptom_duration_weeks=2)
    for k,v in kw.items():
        if k=="patient": c["patient"].update(v)
        else: c[k]=v
    return c
run("c01_knownca_lumbar",C(),summary=True)
run("c02_knownca_mri_normal",C(imaging=MRI({"code":"disc_degeneration","grade":"mild","level":"L4-L5"})))
run("c03_knownca_cervical",C(region="cervical"))
run("c04_knownca_mscc",C(region="thoracic",signs=["motor_deficit"],imaging=MRI({"code":"epidural_tumor","level":"T7"},{"code":"cord_compression","grade":"severe","level":"T7"}),mscc={"separate_areas":1,"deficit_hours":12,"paraplegic_hours":0,"predicted_survival_months":8,"radiosensitive_histology":False}),summary=True)
run("c05_knownca_de",C(patient={"language":"de"}),lang="de")
run("c06_knownca_radicular_only",C(symptoms=["radicular_pain"]))
run("c07_knownca_no_pain",C(symptoms=[],signs=[]))
run("c08_knownca_mets_no_deficit",C(imaging=MRI({"code":"vertebral_metastasis","level":"L2"})))
run("c09_knownca_bilat",C(symptoms=["radicular_pain","bilateral_radicular_symptoms"]))
run("c10_knownca_routine_ref_nohx",C(history=[]))
run("c11_knownca_mri_wholespine_done",C(imaging=MRI({"code":"disc_bulge","grade":"mild","level":"L4-L5"}),notes="whole spine MRI done"))
run("c12_knownca_fever",C(history=["known_malignancy","fever"],labs={"crp_mg_l":60,"temperature_c":38.4}))

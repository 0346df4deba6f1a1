from gen import *
MRI=lambda *f: {"mri_done":True,"findings":list(f),"report_text":""}
def T(**kw):
    c=base(patient={"age_years":58,"sex":"male"},region="thoracic",symptoms=["axial_pain"],symptom_duration_weeks=4,imaging=MRI({"code":"vertebral_metastasis","level":"T9"}))
    for k,v in kw.items():
        if k=="patient": c["patient"].update(v)
        else: c[k]=v
    return c
run("t01_mets_nohx",T(),summary=True)
run("t02_mets_knownca",T(history=["known_malignancy"]))
run("t03_epidural_tumor_cordcomp_nohx",T(signs=["motor_deficit"],imaging=MRI({"code":"epidural_tumor","level":"T9"},{"code":"cord_compression","grade":"severe","level":"T9"})),summary=True)
run("t04_mets_nohx_de",T(patient={"language":"de"}),lang="de")
run("t05_mets_nohx_fr",T(patient={"language":"fr"}),lang="fr")
run("t06_mets_nohx_es",T(patient={"language":"es"}),lang="es")
run("t07_mets_nohx_ar",T(patient={"language":"ar"}),lang="ar")
run("t08_cordcomp_nohx_mscc_obj",T(signs=["motor_deficit"],imaging=MRI({"code":"epidural_tumor","level":"T9"},{"code":"cord_compression","grade":"severe","level":"T9"}),mscc={"separate_areas":1,"deficit_hours":6,"paraplegic_hours":0,"predicted_survival_months":None,"radiosensitive_histology":None}))
run("t09_mets_nohx_age17",T(patient={"age_years":17}))
run("t10_mets_fracture_nohx",T(imaging=MRI({"code":"vertebral_metastasis","level":"T9"},{"code":"fracture","grade":"moderate","level":"T9"})))
run("t11_mets_nohx_lumbar",T(region="lumbar",imaging=MRI({"code":"vertebral_metastasis","level":"L3"})))
run("t12_epidural_tumor_nohx_nodeficit",T(imaging=MRI({"code":"epidural_tumor","level":"T9"})))
run("t13_cordcomp_nohx_de",T(signs=["motor_deficit"],imaging=MRI({"code":"epidural_tumor","level":"T9"},{"code":"cord_compression","grade":"severe","level":"T9"}),patient={"language":"de"}),lang="de")

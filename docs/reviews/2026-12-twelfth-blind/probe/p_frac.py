from gen import *
MRI=lambda *f: {"mri_done":True,"findings":list(f),"report_text":""}
def F(**kw):
    c=base(patient={"age_years":75,"sex":"female"},region="thoracic",symptoms=["axial_pain"],history=["osteoporosis"],symptom_duration_weeks=1)
    for k,v in kw.items():
        if k=="patient": c["patient"].update(v)
        else: c[k]=v
    return c
run("f01_osteo_base",F(),summary=True)
run("f02_osteo_infection",F(history=["osteoporosis","fever"],labs={"crp_mg_l":120,"temperature_c":38.7}),summary=True)
run("f03_osteo_known_ca",F(history=["osteoporosis","known_malignancy"]))
run("f04_steroid_age60",F(patient={"age_years":60},history=["chronic_steroid_use"]))
run("f05_lowenergy_age80",F(patient={"age_years":80},history=["low_energy_trauma"]))
run("f06_osteo_mri_fracture",F(imaging=MRI({"code":"fracture","grade":"moderate","level":"T12"})))
run("f07_osteo_severe_motor",F(signs=["motor_deficit","severe_motor_deficit"]))
run("f08_osteo_bilat_lumbar",F(region="lumbar",symptoms=["radicular_pain","bilateral_radicular_symptoms"]))
run("f09_osteo_ankylosing",F(history=["osteoporosis","ankylosing_disorder","low_energy_trauma"]))
run("f10_osteo_cervical_nexus",F(region="cervical",history=["osteoporosis","low_energy_trauma","trauma_rule_positive"]))
run("f11_osteo_mri_normal",F(imaging=MRI({"code":"disc_degeneration","grade":"mild","level":"T8-T9"})))
run("f12_osteo_ivdu",F(history=["osteoporosis","iv_drug_use"],symptoms=["axial_pain","night_pain"]))
run("f13_osteo_temp_only",F(labs={"crp_mg_l":None,"temperature_c":38.5}))
run("f14_osteo_infection_fr",F(history=["osteoporosis","fever"],labs={"crp_mg_l":120,"temperature_c":38.7},patient={"language":"fr"}),lang="fr")
run("f15_osteo_weightloss",F(symptoms=["axial_pain","weight_loss"]))
run("f16_osteo_age_null",F(patient={"age_years":None}))
run("f17_osteo_lumbar_motor",F(region="lumbar",signs=["motor_deficit"]))
run("f18_osteo_crp_only",F(labs={"crp_mg_l":80,"temperature_c":None}))

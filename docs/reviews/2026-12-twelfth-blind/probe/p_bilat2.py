from gen import *
MRI=lambda *f: {"mri_done":True,"findings":list(f),"report_text":""}
run("b29_unilat_ces_comp",base(symptoms=["radicular_pain"],imaging=MRI({"code":"cauda_equina_compression","grade":"severe","level":"L4-L5"})))
run("b30_dur12_ces_comp",base(symptoms=["radicular_pain","bilateral_radicular_symptoms"],symptom_duration_weeks=12,imaging=MRI({"code":"cauda_equina_compression","grade":"severe","level":"L4-L5"})))
run("b31_mri_normal_report",base(symptoms=["radicular_pain","bilateral_radicular_symptoms"],imaging={"mri_done":True,"findings":[],"report_text":"MRI lumbar spine: normal. No disc herniation, no canal stenosis, no compression of the cauda equina."}))
run("b32_thoracic_text",base(region="thoracic",symptoms=["radicular_pain","bilateral_radicular_symptoms"]))
run("b33_dur12_null_care",base(symptoms=["radicular_pain","bilateral_radicular_symptoms"],symptom_duration_weeks=12,patient={"age_years":None}))
run("b34_dur12_region_null",base(symptoms=["radicular_pain","bilateral_radicular_symptoms"],symptom_duration_weeks=12,region=None))

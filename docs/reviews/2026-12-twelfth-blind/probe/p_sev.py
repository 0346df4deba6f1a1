from gen import *
MRI=lambda *f: {"mri_done":True,"findings":list(f),"report_text":""}
def S(**kw):
    c=base(symptoms=["radicular_pain"],signs=["motor_deficit","severe_motor_deficit"],symptom_duration_weeks=1)
    for k,v in kw.items():
        if k=="patient": c["patient"].update(v)
        else: c[k]=v
    return c
run("s01_severe_lumbar",S(),summary=True)
run("s02_progressive_lumbar",S(signs=["motor_deficit","progressive_deficit"]))
run("s03_severe_cervical",S(region="cervical"))
run("s04_severe_mri_nrc",S(imaging=MRI({"code":"nerve_root_compression","grade":"severe","level":"L4-L5"})))
run("s05_severe_handout_de",S(patient={"language":"de"}),lang="de")
run("s06_progressive_knownca",S(signs=["motor_deficit","progressive_deficit"],history=["known_malignancy"],region="thoracic"))
run("s07_severe_no_motor_code",S(signs=["severe_motor_deficit"]))
run("s08_progressive_only",S(signs=["progressive_deficit"]))
run("s09_severe_postop",S(surgery={"weeks_ago":2,"procedure":"L4-L5 decompression"}))
run("s10_severe_fever",S(history=["fever"],labs={"crp_mg_l":90,"temperature_c":38.8}))
run("s11_severe_region_null",S(region=None))
run("s12_severe_dur12",S(symptom_duration_weeks=26,conservative_care={"weeks":20,"response":"unchanged"}))

exec(open("probe.py").read().split("json.dump(probes")[0].split("P(\"p01")[0])
P("p25-bilateral-sciatica-with-deficit-1wk","c08-suspected-ces-no-mri",lambda d:(d.__setitem__("symptoms",["axial_pain","bilateral_radicular_symptoms","radicular_pain"]),d.__setitem__("signs",["motor_deficit","sensory_deficit"]),d["patient"].__setitem__("age_years",42),d.__setitem__("symptom_duration_weeks",1)),"bilateral sciatica + objective deficit, 1 week")
P("p26-mscc-myeloma","c12-mscc-unknown-primary",lambda d:d["mscc"].update(radiosensitive_histology=True,predicted_survival_months=24),"MSCC radiosensitive (myeloma)")
P("p27-child-neck-trauma","c16-high-energy-cspine-unknown-age",lambda d:d["patient"].__setitem__("age_years",10),"child high-energy neck trauma: NG41 children")
P("p28-mild-motor-acute-no-mri","c05-progressive-foot-drop",lambda d:(d.__setitem__("signs",["motor_deficit"]),d["imaging"].update(mri_done=False,findings=[],report_text="")),"acute radiculopathy mild weakness, no MRI")
P("p29-mets-thoracic-no-mri","c10-prostate-mets-no-mscc",lambda d:d["imaging"].update(mri_done=False,findings=[],report_text=""),"cancer + thoracic pain, no MRI: NG234 MRI within 1 week")
P("p30-fever-only-lumbar","c01-young-lumbar-incidental",lambda d:(d["labs"].update(temperature_c=38.4),d.__setitem__("decision",None)),"young incidental + fever 38.4")
import subprocess
for name,base,why in probes:
    p=f"probes/{name}.spinecase"
    for fmt in ("text","json"):
        out=subprocess.run([B,"evaluate","--format",fmt,p],capture_output=True,text=True)
        open(f"probes/{name}.{ 'txt' if fmt=='text' else 'json'}","w").write(out.stdout+out.stderr)
    subprocess.run([B,"render","--document","handout","-o",f"probes/{name}.handout.pdf",p])
    subprocess.run(["pdftotext","-layout",f"probes/{name}.handout.pdf",f"probes/{name}.handout.txt"])
    j=json.load(open(f"probes/{name}.json"))
    print(name.ljust(38),j["triage"].ljust(9),j["red_flags"],j["actions"],j.get("missing"),j.get("mscc_surgery") and (j["mscc_surgery"]["eligible"],j["mscc_surgery"]["surgery_favoured"]))
idx=json.load(open("probes/index.json")); idx+= [list(x) for x in probes]; json.dump(idx,open("probes/index.json","w"),indent=1)

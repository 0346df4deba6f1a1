import json,copy,subprocess
B="/work/main/_build2/app/cli/spinecds-cli"
def load(n): return json.load(open(f"cases/{n}.spinecase"))
probes=[]
def P(name, base, fn, why):
    d=load(base); fn(d); p=f"probes/{name}.spinecase"; json.dump(d,open(p,"w"),indent=2,ensure_ascii=False); probes.append((name,base,why))
KB={"id":"spine-mri","version":"1.6.38","checksum":"ca768986ede277ff4ab266161241fd175436a6b152b809df4a4b1cef2b09a802"}
P("p01-sciatica-plus-motor","c03-acute-sciatica-extrusion",lambda d:d["signs"].append("motor_deficit"),"routine sciatica + objective weakness: follow-up dates vs 2-week re-exam")
P("p02-fracture-crp-normal","c15-osteoporotic-fracture",lambda d:d["labs"].update(crp_mg_l=3,temperature_c=36.8),"osteoporotic fracture with CRP/temp normal: fracture plan?")
P("p03-fracture-no-steroid","c15-osteoporotic-fracture",lambda d:d.__setitem__("history",["osteoporosis","low_energy_trauma"]),"osteoporotic fracture, no steroid risk, CRP unknown")
P("p04-mets-on-mri-no-known-cancer","c10-prostate-mets-no-mscc",lambda d:d.__setitem__("history",[]),"vertebral metastasis on MRI, no known cancer")
P("p05-infection-region-lumbar","c14-immunosuppressed-raised-crp-draft",lambda d:d.__setitem__("region","lumbar"),"region entered: radiograph-first still alongside contrast MRI?")
P("p06-bilateral-sciatica-only","c08-suspected-ces-no-mri",lambda d:(d.__setitem__("symptoms",["axial_pain","bilateral_radicular_symptoms"]),d.__setitem__("signs",[]),d["patient"].__setitem__("age_years",42)),"bilateral sciatica alone (GIRFT CES warning sign)")
P("p07-incontinence-only","c03-acute-sciatica-extrusion",lambda d:d["symptoms"].append("urinary_incontinence"),"sciatica + new urinary incontinence")
P("p08-dcm-mjoa-null","c06-mild-dcm",lambda d:d.__setitem__("mjoa",None),"mild DCM with mJOA unknown: triage must not drop")
P("p09-dcm-mjoa12-stable","c06-mild-dcm",lambda d:d.__setitem__("mjoa",12),"moderate DCM without progressive deficit")
P("p10-mscc-unknown-age60","c12-mscc-unknown-primary",lambda d:d["patient"].__setitem__("age_years",60),"eligible null + age<65: surgery_favoured should be null")
P("p11-mscc-eligible","c11-mscc-paraplegic-poor-prognosis",lambda d:(d["mscc"].update(separate_areas=1,paraplegic_hours=0,predicted_survival_months=8),d["patient"].__setitem__("age_years",58),d["signs"].remove("paraplegia"),d.__setitem__("decision",None)),"all criteria met age 58: eligible true, favoured true")
P("p12-abscess-no-deficit","c13-ivdu-epidural-abscess",lambda d:d.__setitem__("signs",["midline_tenderness"]),"discitis+epidural collection without deficit")
P("p13-ivdu-no-labs-no-mri","c13-ivdu-epidural-abscess",lambda d:(d.__setitem__("signs",[]),d.__setitem__("history",["iv_drug_use"]),d["labs"].update(crp_mg_l=None,temperature_c=None),d["imaging"].update(mri_done=False,findings=[],report_text="")),"IVDU back pain, no CRP/temp, no MRI")
P("p14-adolescent-15-no-flags","c18-child-night-pain",lambda d:(d["patient"].__setitem__("age_years",15),d.__setitem__("symptoms",["axial_pain"])),"15-year-old mechanical pain")
P("p15-age16-night-pain","c18-child-night-pain",lambda d:d["patient"].__setitem__("age_years",16),"16-year-old with night pain (boundary)")
P("p16-elderly-minor-neck-trauma","c17-ankylosing-fall-neck",lambda d:(d["patient"].__setitem__("age_years",70),d.__setitem__("history",["low_energy_trauma"])),"70-year-old low-energy fall with neck pain: Canadian C-spine high risk")
P("p17-incidental-age-null","c01-young-lumbar-incidental",lambda d:(d["patient"].__setitem__("age_years",None),d.__setitem__("decision",None)),"routine case with age unknown: no routine plan")
P("p18-ces-symptoms-normal-mri","c09-ces-retention-mri",lambda d:d["imaging"].update(findings=[],report_text="Normal lumbar MRI. No compression."),"CES clinical features, MRI normal")
P("p19-mscc-deficit-hours-null","c12-mscc-unknown-primary",lambda d:d["mscc"].update(deficit_hours=None),"MSCC deficit hours unknown")
P("p20-cancer-new-weakness-no-mscc-obj","c10-prostate-mets-no-mscc",lambda d:d["signs"].append("motor_deficit"),"known cancer + vertebral mets + new weakness, no mscc object")
P("p21-decision-current-kb","c01-young-lumbar-incidental",lambda d:d["decision"].__setitem__("knowledge_base",KB),"accepted decision with current KB: not stale")
P("p22-weak-radic-normal-mri-expected","c19-cervical-radiculopathy-normal-mri",lambda d:d["signs"].append("progressive_deficit"),"normal MRI + progressive deficit")
P("p23-thoracic-pain-age-over50-noflags","c02-old-cervical-degenerative",lambda d:(d.__setitem__("region","thoracic"),d["imaging"].update(mri_done=False,findings=[],report_text="")),"74y new thoracic pain, no MRI: ACR thoracic pain age>50 red flag?")
P("p24-mets-opioid-ctx","c10-prostate-mets-no-mscc",lambda d:d["symptoms"].remove("progressive_pain"),"cancer pain advice")
json.dump(probes,open("probes/index.json","w"),indent=1)
for name,base,why in probes:
    p=f"probes/{name}.spinecase"
    r=subprocess.run([B,"validate",p],capture_output=True,text=True)
    if "valid" not in r.stdout or "invalid" in r.stdout: print("INVALID",name,r.stdout,r.stderr)
    for fmt in ("text","json"):
        out=subprocess.run([B,"evaluate","--format",fmt,p],capture_output=True,text=True)
        open(f"probes/{name}.{ 'txt' if fmt=='text' else 'json'}","w").write(out.stdout+out.stderr)
    subprocess.run([B,"render","--document","handout","-o",f"probes/{name}.handout.pdf",p])
    subprocess.run(["pdftotext","-layout",f"probes/{name}.handout.pdf",f"probes/{name}.handout.txt"])
    j=json.load(open(f"probes/{name}.json"))
    print(name.ljust(38),j["triage"].ljust(9),j["red_flags"],j["actions"],j.get("missing"),j.get("follow_up"),j.get("decision"),j.get("mscc_surgery") and (j["mscc_surgery"]["eligible"],j["mscc_surgery"]["surgery_favoured"]))

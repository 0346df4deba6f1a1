exec(open("gen.py").read().split("for n,c in cases.items()")[0])
cases={}
c=A(); c["history"]=[]; c["region"]="cervical"; c["imaging"]["findings"]=[F("disc_protrusion","C5-C6","moderate"),F("nerve_root_compression","C6")]; c["mjoa"]=14; add("A58-control-cervical-mjoa14-nocancer",c)
c=A(); c["imaging"]["findings"]=[F("disc_extrusion","xyz","moderate"),F("nerve_root_compression","foo")]; add("A59-unparseable-levels",c)
c=A(); c["imaging"]["findings"]=[F("disc_extrusion","L4-L5","moderate"),F("nerve_root_compression","L5")]; c["imaging"]["report_text"]="L4-5 extrusion compressing L5. Enhancing soft tissue in the left L5-S1 foramen, suspicious for metastasis."; add("A60-report-foraminal-metastasis",c)
c=Ec(); c["imaging"]={"mri_done":True,"findings":[],"report_text":"No disc herniation. No canal or foraminal stenosis. Normal cord and conus."}; add("E09-age60-fail-mri-negated-report",c)
c=A(); c["region"]="cervical"; c["imaging"]["findings"]=[F("disc_protrusion","C5-C6","moderate"),F("nerve_root_compression","C6")]; c["symptoms"]=["radicular_pain","paresthesia","axial_pain"]; c["signs"]=["motor_deficit","reflex_change"]; add("A61-cervical-neckpain-radic",c)
c=A(); c["patient"]["age_years"]=15; add("A62-age15",c)
for n,c in cases.items():
    json.dump(c,open(f"{D}/{n}.spinecase","w"),indent=2)

exec(open("gen.py").read().split("for n,c in cases.items()")[0])
cases={}
c=base(); c["patient"]["age_years"]=45; c["symptoms"]=["axial_pain"]; c["history"]=["diabetes"]; add("B31-control-diabetes-pain-no-crp-no-collection",c)
c=Bc(); c["history"]=["diabetes"]; c["labs"]["crp_mg_l"]=8; add("B32-diabetes-crp8",c)
for n,c in cases.items():
    json.dump(c,open(f"{D}/{n}.spinecase","w"),indent=2)

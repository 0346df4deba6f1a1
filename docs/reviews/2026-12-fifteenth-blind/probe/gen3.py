exec(open("gen.py").read().split("# ---------- Part A")[0])
cases={}
def add(name, expect, **kw):
    c=base(**kw); c["notes"]="EXPECT: "+expect; cases[name]=c
add("B53-routine-lbp-report-names-abscess","not routine, or warning report not entered", age=45, symptoms=["axial_pain"], dur=3, findings=[F("disc_bulge","L3-L4","mild")], report="L3-L4 mild disc bulge. Rim-enhancing epidural abscess at L3-L4 compressing the cauda equina.")
add("B54-routine-lbp-report-names-metastasis","not routine, or warning", age=60, symptoms=["axial_pain"], dur=3, findings=[F("disc_degeneration","L4-L5","mild")], report="Degenerative disc L4-L5. Lytic lesion of L2 vertebral body suspicious for metastasis.")
add("B55-routine-neck-report-cord-compression","not routine, or warning", age=55, region="cervical", symptoms=["axial_pain"], dur=3, findings=[F("disc_degeneration","C5-C6","mild")], report="C5-C6 disc osteophyte complex with severe canal stenosis and cord compression, T2 signal change in the cord.")
add("B56-routine-lbp-report-german-fracture","not routine, or warning", age=45, symptoms=["axial_pain"], dur=3, findings=[F("disc_bulge","L3-L4","mild")], report="MRT LWS: Frische Deckplattenfraktur LWK 1 mit Hinterkantenbeteiligung.")
import os
for n,c in cases.items():
    with open(os.path.join(OUT,n+".spinecase"),"w") as f: json.dump(c,f,indent=2,ensure_ascii=False); f.write("\n")

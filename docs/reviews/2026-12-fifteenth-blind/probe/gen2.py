exec(open("gen.py").read().split("# ---------- level-boundary probes")[0].split("# ---------- Part A")[0])
cases={}
def add(name, expect, **kw):
    c=base(**kw); c["notes"]="EXPECT: "+expect; cases[name]=c
N=dict(temp=36.8, crp=4)
S2={"weeks_ago":2,"procedure":"L4-L5 microdiscectomy"}
CA=["known_malignancy"]; RAD=["radicular_pain","paresthesia"]
LUMB=[F("disc_extrusion","L4-L5","moderate"),F("nerve_root_compression","L5","moderate")]
add("P19-postop-2w-root-compression-normal-labs","urgent (compression within 6 w)", symptoms=["radicular_pain"], surgery=S2, findings=[F("nerve_root_compression","L5","moderate")], **N)
add("P20-postop-2w-recurrent-disc-deficit-normal-labs","urgent", symptoms=["radicular_pain"], signs=["sensory_deficit"], surgery=S2, findings=LUMB, **N)
add("P21-postop-3w-severe-canal-stenosis-normal-labs","urgent", symptoms=["radicular_pain"], surgery={"weeks_ago":3,"procedure":"L3-L5 decompression"}, findings=[F("canal_stenosis","L3-L4","severe")], **N)
add("P22-postop-haematoma-report-only-normal-labs","urgent or warning that report names a collection not entered", symptoms=["radicular_pain"], surgery=S2, findings=[F("postoperative_change","L4-L5")], report="Postoperative changes at L4-L5. There is a 2 cm epidural haematoma compressing the thecal sac and the left L5 root.", **N)
add("P23-postop-2w-CE-compression-asymptomatic-normal-labs","urgent/emergency", symptoms=["axial_pain"], surgery=S2, findings=[F("cauda_equina_compression","L4-L5","moderate")], **N)
add("P24-postop-cervical-cord-compression-normal-labs","urgent", region="cervical", symptoms=["axial_pain"], surgery={"weeks_ago":2,"procedure":"C5-C6 ACDF"}, findings=[F("cord_compression","C5-C6","mild")], **N)
add("P25-postop-5.9w-collection-normal-labs","urgent", symptoms=["axial_pain"], surgery={"weeks_ago":5.9,"procedure":"L4-L5 discectomy"}, findings=[F("epidural_collection","L4-L5","mild")], **N)
add("P26-postop-6w-collection-normal-labs","urgent (inclusive)", symptoms=["axial_pain"], surgery={"weeks_ago":6,"procedure":"L4-L5 discectomy"}, findings=[F("epidural_collection","L4-L5","mild")], **N)
add("P27-postop-6.5w-collection-normal-labs","urgent via collection rule; not 'operating team' post-op rule", symptoms=["axial_pain"], surgery={"weeks_ago":6.5,"procedure":"L4-L5 discectomy"}, findings=[F("epidural_collection","L4-L5","mild")], **N)
add("P28-postop-2w-collection-normal-labs","urgent; operating team same day", symptoms=["axial_pain","radicular_pain"], surgery=S2, findings=[F("epidural_collection","L4-L5","moderate")], **N)
add("P29-postop-2w-cancer-root-normal-labs","urgent (post-op compression) not expedited", history=CA, symptoms=RAD, signs=["sensory_deficit"], surgery=S2, findings=LUMB, **N)
add("P30-postop-2w-no-mri-radicular-normal-labs","routine/expedited with MRI; check", symptoms=["radicular_pain"], surgery=S2, **N)
add("P31-postop-2w-postop-change-normal-labs","routine (no compression)", symptoms=["axial_pain"], surgery=S2, findings=[F("postoperative_change","L4-L5")], **N)
add("P32-postop-2w-mild-bulge-normal-labs","routine", symptoms=["axial_pain"], surgery=S2, findings=[F("postoperative_change","L4-L5"),F("disc_bulge","L3-L4","mild")], **N)
add("P33-postop-2w-mild-foraminal-other-level-normal-labs","routine (mild foraminal narrowing is not compression)", symptoms=["axial_pain"], surgery=S2, findings=[F("postoperative_change","L4-L5"),F("foraminal_stenosis","L2-L3","mild")], **N)
add("P34-postop-2w-disc-osteophyte-cervical-mild","routine?", region="cervical", symptoms=["axial_pain"], surgery={"weeks_ago":2,"procedure":"C5-C6 ACDF"}, findings=[F("postoperative_change","C5-C6"),F("disc_osteophyte_complex","C6-C7","mild")], **N)
add("P35-postop-2w-collection-CRP-high-no-fever","urgent infection + post-op", symptoms=["axial_pain"], surgery=S2, findings=[F("epidural_collection","L4-L5","moderate")], temp=37.2, crp=60)
add("P36-postop-2w-root-compression-in-spanish-report","urgent or warning", symptoms=["radicular_pain"], surgery=S2, findings=[F("postoperative_change","L4-L5")], report="Cambios postquirúrgicos L4-L5. Colección epidural de 2 cm que comprime el saco dural y la raíz L5 izquierda.", **N)
# extra exception probes
add("A58-cancer-fracture-no-osteoporosis","emergency (pathological fracture + neuro)", history=CA, symptoms=RAD, signs=["sensory_deficit"], findings=LUMB+[F("fracture","L1","mild")])
add("A59-cancer-spondylolisthesis-instability","emergency? (instability in cancer = SINS)", history=CA, symptoms=RAD, signs=["sensory_deficit"], findings=LUMB+[F("instability","L4-L5")])
add("A60-cancer-discitis-finding","urgent/emergency", history=CA, symptoms=RAD, signs=["sensory_deficit"], findings=LUMB+[F("discitis_osteomyelitis","L4-L5")], **N)
add("A61-cancer-note-only-text","expedited; notes never interpreted", history=CA, symptoms=RAD, signs=["sensory_deficit"], findings=LUMB)
cases["A61-cancer-note-only-text"]["notes"]="EXPECT: expedited (notes not interpreted). Patient reports thoracic band-like pain at T6 and feels legs are heavy."
add("A62-cancer-report-french-clean-negated","expedited", history=CA, symptoms=RAD, signs=["sensory_deficit"], findings=LUMB, report="IRM lombaire : hernie discale L4-L5 comprimant la racine L5 gauche. Pas de lésion osseuse suspecte. Pas de compression de la queue de cheval.")
add("A63-cancer-report-spanish-clean","expedited", history=CA, symptoms=RAD, signs=["sensory_deficit"], findings=LUMB, report="RM lumbar: hernia discal L4-L5 que comprime la raíz L5 izquierda. No se observan lesiones óseas sugestivas de metástasis. Sin compresión de la cola de caballo.")
add("A64-cancer-report-garbage","emergency or warning", history=CA, symptoms=RAD, signs=["sensory_deficit"], findings=LUMB, report="%%%% ### 12345 ??? \u0000x" .replace("\u0000",""))
add("A65-cancer-report-english-mass-thoracic","emergency (report names thoracic epidural mass)", history=CA, symptoms=RAD, signs=["sensory_deficit"], findings=LUMB, report="Lumbar MRI with sagittal localiser: L4-L5 extrusion compressing L5. On the localiser, an epidural mass is seen at T9 with cord compression.")
add("A66-cancer-report-english-marrow-infiltration","emergency? (diffuse marrow infiltration)", history=CA, symptoms=RAD, signs=["sensory_deficit"], findings=LUMB, report="L4-L5 extrusion compressing L5. Diffuse abnormal marrow signal throughout the lumbar vertebrae, concerning for marrow infiltration.")
add("A67-cancer-report-english-lepto","emergency? (leptomeningeal enhancement)", history=CA, symptoms=RAD, signs=["sensory_deficit"], findings=LUMB, report="L4-L5 extrusion compressing L5. Nodular enhancement along the cauda equina nerve roots suggests leptomeningeal metastatic disease.")
add("A68-cancer-age-80","expedited", age=80, history=CA, symptoms=RAD, signs=["sensory_deficit"], findings=LUMB)
add("A69-cancer-age-15","paediatric; not adult exception", age=15, history=CA, symptoms=RAD, signs=["sensory_deficit"], findings=LUMB)
add("B49-lbp-80-no-trauma","routine? threshold probe", age=80, symptoms=["axial_pain"], dur=2)
add("B50-neck-75","routine", age=75, region="cervical", symptoms=["axial_pain"], dur=3)
add("B51-sciatica-6w-candidate-improving","routine, no MRI (improving)", age=40, symptoms=["radicular_pain"], dur=6, care=(6,"improving"), cand=True)
add("B52-acute-lbp-normal-labs-steroid","routine? with normal labs", age=70, symptoms=["axial_pain"], history=["chronic_steroid_use"], dur=1, **N)
import os
for n,c in cases.items():
    with open(os.path.join(OUT,n+".spinecase"),"w") as f: json.dump(c,f,indent=2,ensure_ascii=False); f.write("\n")
print(len(cases))

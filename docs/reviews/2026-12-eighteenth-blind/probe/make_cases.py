import json, os
def case(name, age, sex, region, dur, symptoms, signs, history, findings, report, crp=None, temp=None, mjoa=None, surgery=None, lang="", cc=(0,"not_tried"), cand=False):
    return name, {
      "format":"spinecds-case","version":2,
      "patient":{"age_years":age,"sex":sex,"name":"Probe "+name,"identifier":"P18-"+name[:3],"birth_date":None,"language":lang},
      "visit_date":"2026-12-15","region":region,"symptom_duration_weeks":dur,
      "conservative_care":{"weeks":cc[0],"response":cc[1]},"intervention_candidate":cand,
      "symptoms":symptoms,"signs":signs,"history":history,
      "imaging":{"mri_done":True,"findings":findings,"report_text":report},
      "labs":{"crp_mg_l":crp,"temperature_c":temp},"mjoa":mjoa,"surgery":surgery,"mscc":None,"decision":None,"notes":""}
def f(code, grade=None, level=None):
    d={"code":code}
    if grade: d["grade"]=grade
    if level: d["level"]=level
    return d
C=[]
# ---------- controls: fully entered ----------
C.append(case("C01-en-cervical-reversal",47,"female","cervical",3,["axial_pain"],[],[],
 [f("lordosis_reversal","mild","C3-C6")],
 "MRI cervical spine: mild reversal of the normal cervical lordosis. No disc herniation. No fracture, no suspicious marrow lesion. No cord compression, no cord signal change. No epidural collection."))
C.append(case("C02-en-lumbar-extrusion",39,"male","lumbar",3,["radicular_pain","axial_pain"],[],[],
 [f("disc_extrusion","moderate","L5-S1"),f("nerve_root_compression",None,"L5-S1")],
 "MRI lumbar spine: left paracentral disc extrusion at L5-S1 compressing the descending left S1 nerve root. No cauda equina compression. No fracture. The conus is normal. No discitis."))
C.append(case("C03-en-known-ca-metastasis",63,"female","thoracic",2,["axial_pain"],[],["known_malignancy"],
 [f("vertebral_metastasis",None,"T8")],
 "MRI thoracic spine: metastasis in the T8 vertebral body without epidural extension. No cord compression. No pathological fracture."))
C.append(case("C04-en-postop",58,"male","lumbar",10,["axial_pain"],[],[],
 [f("postoperative_change",None,"L4-L5")],
 "Post-operative changes after L4-L5 interbody fusion. Post-operative marrow oedema adjacent to the L4-L5 interbody cage, no fracture. No epidural collection. No discitis.",
 surgery={"weeks_ago":10,"procedure":"L4-L5 TLIF"}))
C.append(case("C05-en-bruise",41,"female","lumbar",1,["axial_pain"],[],["low_energy_trauma"],
 [f("disc_degeneration","mild","L4-L5")],
 "MRI lumbar spine after a fall: bone marrow oedema in the L2 vertebral body in keeping with a bone bruise, no fracture line. Mild L4-L5 disc degeneration. No canal stenosis."))
C.append(case("C06-de-stenosis",48,"male","lumbar",12,["axial_pain","radicular_pain"],[],[],
 [f("canal_stenosis","moderate","L4-L5")],
 "MRT LWS: Kein Bandscheibenvorfall; mäßige Spinalkanalstenose L4/5. Keine Fraktur, keine suspekte Knochenmarkläsion. Keine Kompression der Cauda equina.",
 lang="de", cc=(8,"unchanged")))
C.append(case("C07-de-modic1",46,"female","lumbar",8,["axial_pain"],[],[],
 [f("disc_degeneration","moderate","L4-L5"),f("modic_change",None,"L4-L5")],
 "MRT LWS: Osteochondrose L4/5 mit frischem Knochenmarködem (Modic Typ 1). Kein Anhalt für Spondylodiszitis. Keine Spinalkanalstenose.",
 lang="de", cc=(6,"unchanged")))
C.append(case("C08-de-myelopathy",61,"male","cervical",16,["hand_clumsiness","gait_disturbance"],["umn_signs"],[],
 [f("disc_protrusion","moderate","C5-C6"),f("cord_compression","moderate","C5-C6"),f("cord_signal_change",None,"C5-C6")],
 "MRT HWS: Bandscheibenprotrusion HWK 5/6 mit Myelonkompression und Signalanhebung des Myelons in Höhe HWK 5/6. Keine Fraktur.",
 mjoa=13, lang="de"))
C.append(case("C09-de-old-fracture",68,"female","thoracic",3,["axial_pain"],[],[],
 [f("disc_degeneration","mild","T10-T11"),f("fracture","mild","T11")],
 "MRT BWS: Alte, konsolidierte Deckplattenimpressionsfraktur BWK 11 ohne Knochenmarködem. Kein frisches Knochenmarködem. Keine Myelonkompression.",
 lang="de"))
C.append(case("C10-es-modic1",45,"male","lumbar",7,["axial_pain"],[],[],
 [f("modic_change",None,"L4-L5"),f("disc_degeneration","moderate","L4-L5")],
 "RM lumbar: Cambios Modic tipo 1 con edema óseo en los platillos de L4-L5. Sin fractura. Sin compresión de la cola de caballo.",
 lang="es", cc=(6,"unchanged")))
C.append(case("C11-es-osteoporotic-fracture",76,"female","lumbar",1,["axial_pain"],[],["osteoporosis","low_energy_trauma"],
 [f("fracture","mild","L1")],
 "RM columna lumbar: Edema óseo agudo en el cuerpo vertebral de L1 con leve pérdida de altura, compatible con fractura osteoporótica aguda. Sin retropulsión. Sin compresión medular.",
 lang="es"))
C.append(case("C12-es-normal",34,"female","cervical",2,["axial_pain"],[],[],
 [f("lordosis_straightening","mild","C4-C6")],
 "RM cervical: Rectificación de la lordosis cervical. Alturas de cuerpos vertebrales conservadas, sin fracturas, sin compresión medular, sin colecciones epidurales ni signos de espondilodiscitis.",
 lang="es"))
C.append(case("C13-fr-reversal",50,"male","cervical",3,["axial_pain"],[],[],
 [f("lordosis_reversal","mild","C4-C6")],
 "IRM cervicale : discrète inversion de la lordose cervicale. Pas de hernie discale. Pas de compression médullaire, pas d'hypersignal médullaire. Pas de fracture, pas de lésion osseuse suspecte.",
 lang="fr"))
C.append(case("C14-fr-spondylodiscitis",57,"male","lumbar",2,["axial_pain","night_pain"],[],["diabetes","fever"],
 [f("discitis_osteomyelitis",None,"L2-L3"),f("epidural_collection",None,"L2-L3")],
 "IRM lombaire : spondylodiscite L2-L3 avec petite collection épidurale antérieure. Pas de compression de la queue de cheval.",
 crp=120, temp=38.6, lang="fr"))
C.append(case("C15-fr-bruise",38,"female","thoracic",1,["axial_pain"],[],["low_energy_trauma"],
 [],
 "IRM dorsale : contusion osseuse de T12 après chute, sans trait de fracture. Pas de compression médullaire.",
 lang="fr"))
# ---------- serious finding left out or only hedged ----------
C.append(case("B01-en-possible-cord-compression",55,"female","cervical",4,["axial_pain"],[],[],
 [f("lordosis_reversal","mild","C4-C6"),f("disc_protrusion","moderate","C5-C6")],
 "MRI cervical spine: mild reversal of the cervical lordosis. Disc protrusion at C5-C6. Cord compression is unlikely, but cannot be excluded at C5-C6."))
C.append(case("B02-en-possible-discitis",49,"male","lumbar",3,["axial_pain"],[],[],
 [f("disc_extrusion","moderate","L4-L5")],
 "MRI lumbar spine: L4-L5 disc extrusion. Early discitis at L4-L5 is not definitely seen, although it cannot be ruled out."))
C.append(case("B03-en-new-oedema-fracture",71,"female","thoracic",1,["axial_pain"],[],["low_energy_trauma"],
 [f("disc_degeneration","mild","T11-T12")],
 "MRI thoracic spine: new bone marrow oedema in the T12 vertebral body with 20% loss of height. Mild T11-T12 disc degeneration. No cord compression."))
C.append(case("B04-en-cord-signal-hedged",60,"male","cervical",6,["axial_pain"],[],[],
 [f("disc_protrusion","moderate","C5-C6")],
 "MRI cervical spine: disc protrusion at C5-C6. No cord compression, although cord signal change cannot be excluded at C5-C6."))
C.append(case("B05-de-fresh-fracture",78,"female","lumbar",1,["axial_pain"],[],["osteoporosis"],
 [f("disc_bulge","mild","L3-L4")],
 "MRT LWS: Frisches Knochenmarködem in LWK 1 im Sinne einer frischen Sinterungsfraktur. Bandscheibenvorwölbung LWK 3/4.",
 lang="de"))
C.append(case("B06-de-mscc-omitted",64,"male","thoracic",2,["axial_pain"],[],["known_malignancy"],
 [f("vertebral_metastasis",None,"T8")],
 "MRT BWS: Osteolytische Metastase BWK 8 mit epiduraler Tumorausdehnung und Myelonkompression in Höhe BWK 8.",
 lang="de"))
C.append(case("B07-de-abscess-hedged",46,"male","lumbar",2,["axial_pain"],[],["iv_drug_use"],
 [f("discitis_osteomyelitis",None,"L3-L4")],
 "MRT LWS: Spondylodiszitis LWK 3/4. Kein sicherer Anhalt für eine epidurale Abszedierung, diese ist jedoch nicht sicher auszuschließen.",
 crp=80, lang="de"))
C.append(case("B08-es-cauda-omitted",44,"male","lumbar",2,["radicular_pain"],[],[],
 [f("disc_extrusion","severe","L4-L5")],
 "RM lumbar: Hernia discal extruida L4-L5 con compresión de la cola de caballo.",
 lang="es"))
C.append(case("B09-es-possible-cord-compression",59,"female","cervical",5,["axial_pain"],[],[],
 [f("disc_osteophyte_complex","moderate","C6-C7")],
 "RM cervical: Complejo disco-osteofitario C6-C7. Posible compresión medular leve en C6-C7.",
 lang="es"))
C.append(case("B10-es-fracture-hedged",72,"female","thoracic",1,["axial_pain"],[],["low_energy_trauma","osteoporosis"],
 [],
 "RM dorsal: No se identifica fractura aguda en T12, pero esta no se puede descartar completamente. Sin compresión medular.",
 lang="es"))
C.append(case("B11-fr-collection-hedged",53,"male","lumbar",2,["axial_pain"],[],["fever"],
 [f("discitis_osteomyelitis",None,"L3-L4")],
 "IRM lombaire : spondylodiscite L3-L4. Pas de collection épidurale franche, mais celle-ci ne peut être formellement exclue.",
 crp=95, temp=38.4, lang="fr"))
C.append(case("B12-fr-instability-hedged",48,"female","cervical",5,["axial_pain"],[],[],
 [f("spondylolisthesis","mild","C4-C5")],
 "IRM cervicale : spondylolisthésis C4-C5 de 3 mm. Instabilité peu probable, mais ne peut être exclue sans clichés dynamiques.",
 lang="fr"))
C.append(case("B13-fr-recent-oedema",67,"male","thoracic",1,["axial_pain"],[],[],
 [],
 "IRM dorsale : œdème osseux récent du corps vertébral de T9 avec discret tassement. Pas de compression médullaire.",
 lang="fr"))
for name,c in C:
    with open(f"cases/{name}.spinecase","w") as fh:
        json.dump(c,fh,ensure_ascii=False,indent=2); fh.write("\n")
print(len(C))
